// Driving the popup as a user would: open it for a tab, wait until it shows
// a state, read what is on screen, click a finding, look at the page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExtensionBrowser, OpenOptions, Tab } from './browsers';

/** Any state the popup settles in. */
export const SETTLED = '[data-testid=grade], [data-testid=not-policy], [data-testid=error], [data-testid=timeout], [data-testid^=unreadable]';
export const POPUP_SIZE: OpenOptions = { width: 400, height: 600 };

/** The extension APIs the tests call from an extension page. */
interface ExtensionApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: {
    local: { remove(keys: string[]): Promise<void>; set(items: object): Promise<void>; get(keys?: string | null): Promise<Record<string, unknown>> };
    session: { set(items: object): Promise<void> };
  };
}

/**
 * An extension page to call extension APIs from. It is the popup opened with
 * no target: it finds itself as the active tab and shows "cannot read".
 */
export async function openControl(browser: ExtensionBrowser): Promise<Tab> {
  const control = await browser.open(browser.extensionUrl('/popup.html'), POPUP_SIZE);
  await control.waitFor(SETTLED);
  return control;
}

export async function tabIdOf(control: Tab, url: string): Promise<number> {
  // Not tabs.query({ url }): Firefox match patterns take no port.
  const id = await control.evaluate(
    async (url) => {
      const chrome = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      return (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id;
    },
    url,
  );
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Open the popup for the tab showing `url` (test-only ?tabId=) and wait for its state. */
export async function openPopup(browser: ExtensionBrowser, control: Tab, url: string, options: OpenOptions = {}): Promise<Tab> {
  const tabId = await tabIdOf(control, url);
  const popup = await browser.open(browser.extensionUrl(`/popup.html?tabId=${tabId}`), { ...POPUP_SIZE, ...options });
  await popup.waitFor(SETTLED);
  return popup;
}

/** Ids of all tabs, including those whose URL the extension may not see. */
export const tabIds = (control: Tab): Promise<number[]> =>
  control.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    return (await chrome.tabs.query({})).map((tab) => tab.id!);
  }, undefined);

export const badgeOf = (control: Tab, tabId: number): Promise<string> =>
  control.evaluate((tabId) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.action.getBadgeText({ tabId }), tabId);

/** A UI string as the page shows it: from the extension's messages in the page's language (the popup sets <html lang>). */
export async function message(tab: Tab, key: string): Promise<string> {
  const lang = await tab.evaluate(() => document.documentElement.lang, undefined);
  const locale = lang.startsWith('zh') ? 'zh_CN' : 'en';
  const messages = JSON.parse(readFileSync(resolve(import.meta.dirname, `../../public/_locales/${locale}/messages.json`), 'utf8')) as Record<string, { message: string }>;
  return messages[key]!.message;
}

/** The history as the popup keeps it (entrypoints/popup/storage.ts): its index, and the keys of stored records. */
export interface StoredHistory {
  index: { id: string; url?: string; bytes: number; analysedAt: number; listed: boolean }[];
  records: string[];
}

export const readHistory = (control: Tab): Promise<StoredHistory> =>
  control.evaluate(async () => {
    const all = await (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.local.get(null);
    return {
      index: (all.history ?? []) as StoredHistory['index'],
      records: Object.keys(all).filter((k) => k.startsWith('record:')),
    };
  }, undefined);

/** Old analyses that take `pages` × `bytes` of storage, as if left from earlier visits. */
export const fillHistory = (control: Tab, pages: number, bytes: number): Promise<void> =>
  control.evaluate(
    async ({ pages, bytes }) => {
      const items: Record<string, unknown> = {};
      const index = [];
      for (let i = 0; i < pages; i++) {
        items[`record:old-${i}`] = { text: 'x'.repeat(bytes) };
        index.push({ id: `old-${i}`, url: `https://old.example/${i}`, site: 'old.example', analysedAt: i + 1, grade: 'C', textHash: `h${i}`, hash: 'x', truncated: false, bytes, listed: true });
      }
      await (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.local.set({ ...items, history: index });
    },
    { pages, bytes },
  );

/** Forget everything the extension stored but the interface language the tests chose. */
export const clearStorage = (control: Tab): Promise<void> =>
  control.evaluate(async () => {
    const local = (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.local;
    await local.remove(Object.keys(await local.get(null)).filter((key) => key !== 'locale'));
  }, undefined);

/** What the context menu handler stores for the popup (entrypoints/popup/storage.ts). */
export const sendSelection = (control: Tab, selection: { text: string; tabId: number; url: string; frameId?: number }): Promise<void> =>
  control.evaluate(
    (selection) => (globalThis as unknown as { chrome: ExtensionApi }).chrome.storage.session.set({ pendingSelection: { ...selection, at: Date.now() } }),
    selection,
  );

/** What the page shows highlighted (Highlight API or <mark>): the sentence and the term, whitespace dropped, and whether the sentence is in view. */
export interface Highlighted {
  sentence: string;
  term: string;
  inView: boolean;
  styled: boolean;
}

export function readHighlight(page: Tab): Promise<Highlighted | null> {
  // No named inner functions: tsx (scripts/) would wrap them in a helper the page does not have.
  return page.evaluate(() => {
    const ignored = /[\s|]/g;
    const frames = Array.from(document.querySelectorAll('iframe'), (f) => f.contentDocument).filter((d): d is Document => !!d);
    for (const doc of [document, ...frames]) {
      const win = doc.defaultView as Window & typeof globalThis;
      const sentence = win.CSS.highlights?.get('zhiqing');
      const marks = Array.from(doc.querySelectorAll('mark[data-zhiqing]'));
      if (!sentence?.size && !marks.length) continue;
      const range = sentence?.size ? (Array.from(sentence)[0] as Range) : undefined;
      const term = win.CSS.highlights?.get('zhiqing-term');
      const rect = (range ?? marks[0]!).getBoundingClientRect();
      const frameTop = win.frameElement?.getBoundingClientRect().top ?? 0;
      const style = doc.querySelector<HTMLStyleElement>('style[data-zhiqing]');
      return {
        sentence: (range ? range.toString() : marks.map((m) => m.textContent).join('')).replace(ignored, ''),
        term: (term?.size ? (Array.from(term)[0] as Range).toString() : marks.filter((m) => m.getAttribute('data-zhiqing') === 'term').map((m) => m.textContent).join('')).replace(ignored, ''),
        inView: rect.height > 0 && rect.top + frameTop >= 0 && rect.top + frameTop < window.innerHeight,
        // A page's CSP can block the <style> that paints ::highlight().
        styled: range ? !!style?.sheet : true,
      };
    }
    return null;
  }, undefined);
}

export const strip = (s: string): string => s.replace(/[\s|]/g, '');

export async function poll<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}

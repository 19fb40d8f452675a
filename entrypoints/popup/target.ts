// What the popup analyses: a selection sent from the context menu in the
// last minute, else the active tab.
import { browser } from 'wxt/browser';
import { MAX_CHARS } from '../content/protocol';
import { openPage, UnreadablePage } from './page';
import type { Source } from './run';
import { pendingSelection } from './storage';

const SELECTION_TTL_MS = 60_000;

export interface Target extends Source {
  /** the tab to highlight in and badge; none when the selection's tab is gone */
  tabId?: number;
  fromSelection: boolean;
}

/**
 * The selection as the page has it, line breaks included (the menu's
 * selectionText has them collapsed). The menu click granted activeTab; a
 * PDF viewer or a browser page refuses, and selectionText is used instead.
 */
async function pageSelection(tabId: number, frameId = 0): Promise<string | undefined> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func: () => getSelection()?.toString() });
    return result?.result as string | undefined;
  } catch {
    return undefined;
  }
}

async function selectionTarget(): Promise<Target | undefined> {
  const selection = await pendingSelection.getValue();
  if (!selection) return undefined;
  await pendingSelection.removeValue();
  if (Date.now() - selection.at > SELECTION_TTL_MS) return undefined;
  const { title, tabId, url } = selection;
  const fromPage = tabId === undefined ? undefined : await pageSelection(tabId, selection.frameId);
  const text = fromPage && fromPage.trim().length >= selection.text.trim().length ? fromPage : selection.text;
  return {
    tabId,
    url,
    fromSelection: true,
    // No cache key: a selection is analysed once, as it is.
    open: async () => ({
      fingerprint: '',
      extract: async () => {
        if (!text.trim()) throw new UnreadablePage('empty');
        return { text: text.slice(0, MAX_CHARS), headings: {}, title, truncated: text.length > MAX_CHARS };
      },
    }),
  };
}

/**
 * The active tab. Test-only: a popup opened as a tab has no active tab of
 * its own, so the E2E tests name the target as `popup.html?tabId=N`.
 */
async function tabTarget(): Promise<Target> {
  const forced = Number(new URLSearchParams(location.search).get('tabId'));
  const tab = forced ? await browser.tabs.get(forced) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const tabId = tab?.id;
  if (tabId === undefined) throw new UnreadablePage('restricted');
  const url = tab?.url?.split('#')[0];
  return { tabId, url, key: url, fromSelection: false, open: () => openPage(tabId) };
}

export async function resolveTarget(): Promise<Target> {
  return (await selectionTarget()) ?? tabTarget();
}

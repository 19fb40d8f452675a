// The UI in both languages: the two message files say the same things with
// the same substitutions, t() follows the locale chosen at run time, and the
// choice is kept in storage.local over the browser's language.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message } from './i18n';

type Messages = Record<string, Message>;
const read = (locale: string): Messages => JSON.parse(readFileSync(new URL(`../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8'));
const zh = read('zh_CN');
const en = read('en');
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

// wxt/browser is the extension's `browser`, or in Node the global chrome: fakeBrowser stands in for it.
vi.stubGlobal('chrome', fakeBrowser);
/** a fresh i18n module (its locale is module state) in a browser of this language */
async function load(uiLanguage: string): Promise<typeof import('./i18n')> {
  fakeBrowser.i18n.getUILanguage = () => uiLanguage;
  vi.resetModules();
  return import('./i18n');
}

describe('message files', () => {
  it('zh_CN and en have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it.each(Object.keys(zh))('%s: the same placeholders in both, each used and fed by the same substitution', (key) => {
    const contents = (m: Message) => Object.fromEntries(Object.entries(m.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
    expect(contents(en[key]!)).toEqual(contents(zh[key]!));
    for (const m of [zh[key]!, en[key]!]) {
      for (const name of Object.keys(contents(m))) expect(m.message.toLowerCase()).toContain(`$${name}$`);
      expect(m.message.trim()).not.toBe('');
    }
    // $1…$n with none skipped: t(key, a, b) fills every one
    const numbers = Object.values(contents(zh[key]!)).map((c) => Number(c.slice(1))).sort();
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  // the extension's own name, and the switch that names the other language in its own words
  const CHINESE_ON_PURPOSE = new Set(['extName', 'languageSwitch']);
  it.each(Object.keys(en).filter((k) => !CHINESE_ON_PURPOSE.has(k)))('en %s has no Chinese left', (key) => {
    expect(en[key]!.message).not.toMatch(CJK);
  });

  it('the footer’s note and its three links fit one line of the 400 px popup', () => {
    // about 56 Latin characters fit at the footer's 12 px, 16 px padding each side and 12 px gaps
    const line = ['localOnly', 'compareLink', 'reanalyse', 'historyLink'].map((k) => en[k]?.message ?? '').join('');
    expect(line.length).toBeLessThanOrEqual(56);
  });
});

describe('t()', () => {
  it('follows the browser’s language until a locale is set, then switches', async () => {
    const { t, getLocale, setLocale } = await load('en-GB');
    expect(getLocale()).toBe('en');
    expect(t('reanalyse')).toBe(en.reanalyse!.message);
    setLocale('zh_CN');
    expect(t('reanalyse')).toBe(zh.reanalyse!.message);
    setLocale('en');
    expect(t('problemsTitle')).toBe('What this policy gets wrong');
  });

  it.each([
    ['zh-CN', 'zh_CN'],
    ['zh-TW', 'zh_CN'],
    ['en-US', 'en'],
    ['de', 'en'],
  ] as const)('a browser in %s starts in %s', async (language, locale) => {
    expect((await load(language)).getLocale()).toBe(locale);
  });

  it('substitutes as chrome.i18n does, in either language', async () => {
    const { t, setLocale } = await load('zh-CN');
    expect(t('gradeNotices', 3, 0.75, 2)).toBe('3 项提示共 0.75 分，最多计 2 分（只有提示时评级不低于 B）');
    setLocale('en');
    expect(t('gradeNotices', 3, 0.75, 2)).toBe('3 notices, 0.75 pt, counted up to 2 (notices alone never go below B)');
    // a page title is shown as written, its own $1 and $$ included
    expect(t('compareOnly', 'Shop $1 $$ terms')).toBe('Only Shop $1 $$ terms');
  });

  it.each([
    [{ message: 'Total: $$$1', placeholders: undefined }, ['5'], 'Total: $5'],
    [{ message: '$Count$ of $TOTAL$', placeholders: { count: { content: '$1' }, total: { content: '$2' } } }, ['2', '9'], '2 of 9'],
    [{ message: '$1 and $2', placeholders: undefined }, ['one'], 'one and '],
    [{ message: 'Costs $NOPE$', placeholders: {} }, [], 'Costs $NOPE$'],
  ])('format %j with %j', async (message, subs, shown) => {
    const { format } = await load('en');
    expect(format(message, subs)).toBe(shown);
  });
});

describe('the chosen locale', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a saved choice wins over the browser’s language, and is saved where every page reads it', async () => {
    const first = await load('zh-CN');
    expect(await first.loadLocale()).toBe('zh_CN');
    await first.saveLocale('en');
    expect(await fakeBrowser.storage.local.get('locale')).toEqual({ locale: 'en' });

    const next = await load('zh-CN');
    expect(await next.loadLocale()).toBe('en');
    expect(next.t('reanalyse')).toBe(en.reanalyse!.message);
  });

  it('a stored value that is not a locale is ignored', async () => {
    await fakeBrowser.storage.local.set({ locale: 'fr' });
    expect(await (await load('en-US')).loadLocale()).toBe('en');
  });

  it('a component using useLocale re-renders in the new language, and the page’s lang follows', async () => {
    const { document } = parseHTML('<!doctype html><html lang="zh-CN"><body><div id="app"></div></body></html>');
    vi.stubGlobal('document', document);
    const { t, useLocale, setLocale } = await load('zh-CN');
    const Footer = () => {
      useLocale();
      return h('button', null, t('reanalyse'));
    };
    const root = document.getElementById('app')!;
    act(() => render(h(Footer, null), root));
    expect(root.textContent).toBe('重新分析');
    act(() => setLocale('en'));
    expect(root.textContent).toBe('Re-analyse');
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    vi.unstubAllGlobals();
    vi.stubGlobal('chrome', fakeBrowser);
  });
});

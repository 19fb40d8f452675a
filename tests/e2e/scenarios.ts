// What a user sees, checked the same way in each browser.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchers, type BrowserName, type ExtensionBrowser, type Tab } from './browsers';
import { answerQuestions } from '../../lib/compare';
import type { Analysis } from '../../lib/types';
import { CJK, seriousA11yProblems, uiTextOutsidePolicy } from './a11y';
import { corpusFiles, CORPUS_DIR, startFixtureServer, type FixtureServer } from './fixtures';
import { goldCollected } from './gold';
import { POPUP_SIZE, SETTLED, badgeOf, clearStorage, fillHistory, message, openControl, openPopup, poll, readHighlight, readHistory, sendSelection, strip, tabIdOf, tabIds } from './popup';

const ROOT = resolve(import.meta.dirname, '../..');
/** Screenshots to look at after a run (git-ignored). */
const SHOTS = join(ROOT, 'docs/screenshots/tmp');
/** Share of a policy's gold `collected` items the popup must list. */
const MIN_GOLD_SHARE = 0.85;
const RESTRICTED_PAGE: Record<BrowserName, string> = { chromium: 'chrome://version/', firefox: 'about:support' };

export function extensionSuite(name: BrowserName): void {
  describe(`${name}: the extension`, () => {
    let browser: ExtensionBrowser;
    let server: FixtureServer;
    let control: Tab;
    const shot = (what: string): string => join(SHOTS, `${name}-${what}.png`);

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      server = await startFixtureServer();
      browser = await launchers[name]();
      control = await openControl(browser);
      // The interface in 简体中文 whatever the browser's language: the tests read Chinese names (the English test sets its own).
      await setLocale('zh_CN');
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    /** Open `path` on the fixture server and the popup for it. */
    async function analysePage(path: string): Promise<{ page: Tab; popup: Tab; url: string }> {
      const url = server.url(path);
      const page = await browser.open(url);
      const popup = await openPopup(browser, control, url);
      return { page, popup, url };
    }

    async function expectGoldCollected(popup: Tab, policy: string): Promise<void> {
      const gold = goldCollected(policy);
      const shown = new Set(await popup.texts('[data-testid=collected] .chip-label'));
      const missing = gold.filter((item) => !shown.has(item.label));
      if (missing.length) console.log(`${name} ${policy}: gold collected items not shown: ${missing.map((m) => m.id).join(', ')}`);
      expect(gold.length - missing.length, `shown ${[...shown].join('、')}`).toBeGreaterThanOrEqual(Math.ceil(gold.length * MIN_GOLD_SHARE));
    }

    /** Expand the first finding of a section, click its first quote, return the quote. */
    async function clickFirstQuote(popup: Tab, section: string): Promise<string> {
      await popup.click(`[data-testid=${section}] details summary`);
      const [quote] = await popup.texts(`[data-testid=${section}] .quote-text`);
      await popup.click(`[data-testid=${section}] .quote-button`);
      await popup.waitFor('.locate-result');
      return quote!;
    }

    async function expectHighlighted(popup: Tab, page: Tab, quote: string): Promise<void> {
      expect(await popup.texts('.locate-result')).toEqual([await message(popup, 'locateFound')]);
      await page.front();
      const seen = await poll(() => readHighlight(page), (h) => !!h?.inView);
      expect(seen, 'no highlight in the page').not.toBeNull();
      expect(seen!.sentence.startsWith(strip(quote).slice(0, 12)), `highlighted "${seen!.sentence}" for "${quote}"`).toBe(true);
      expect(seen!.term.length).toBeGreaterThan(0);
      expect(seen!.sentence).toContain(seen!.term);
      expect(seen!.inView, 'the sentence is scrolled into view').toBe(true);
      expect(seen!.styled, 'the highlight style is in the page').toBe(true);
    }

    it.each(corpusFiles())('%s: the popup shows a grade, the gold collected items, and the badge the grade', async (policy) => {
      const { page, popup, url } = await analysePage(policy);
      const [grade] = await popup.texts('[data-testid=grade]');
      expect(grade).toMatch(/^[A-E]$/);
      await expectGoldCollected(popup, policy);
      expect(await badgeOf(control, await tabIdOf(control, url))).toBe(grade);
      if (policy === 'coolapk-2022.md') await popup.screenshot(shot('result'));
      await popup.close();
      await page.close();
    });

    it('the first finding is a violation with its basis, and a click on its quote highlights its sentence in the page', async () => {
      const { page, popup } = await analysePage('coolapk-2022.md');
      // this policy says registering or using it is consent: a high violation, first in the list
      expect((await popup.texts('[data-testid=problems] .finding .kind'))[0]).toBe(await message(popup, 'kind_violation'));
      expect((await popup.texts('[data-testid=problems] .finding .finding-title'))[0]).toContain('视为同意');
      expect((await popup.texts('[data-testid=problems] .finding .finding-aside'))[0]).toContain('个人信息保护法');
      // a high violation caps the grade at C
      expect(['C', 'D', 'E']).toContain((await popup.texts('[data-testid=grade]'))[0]);
      const quote = await clickFirstQuote(popup, 'problems');
      await expectHighlighted(popup, page, quote);
      await page.screenshot(shot('page-highlight'));
      await popup.close();
      await page.close();
    });

    it('a click on a data item quote highlights its sentence too', async () => {
      const { page, popup } = await analysePage('qiushui-game-2023.md');
      await popup.click('[data-testid=collected] .chip');
      const [quote] = await popup.texts('[data-testid=collected] .quote-text');
      await popup.click('[data-testid=collected] .quote-button');
      await popup.waitFor('.locate-result');
      await expectHighlighted(popup, page, quote!);
      await popup.close();
      await page.close();
    });

    it('reads sections folded away (<details>, hidden, display:none, aria-hidden) and opens them to highlight', async () => {
      const { page, popup } = await analysePage('folded/coolapk-2022.md');
      await expectGoldCollected(popup, 'coolapk-2022.md');
      // The findings' sentences sit in folded sections: in view means opened.
      const quote = await clickFirstQuote(popup, 'problems');
      await expectHighlighted(popup, page, quote);
      await popup.close();
      await page.close();
    });

    it('reads a policy inside a same-origin iframe and highlights there', async () => {
      const { page, popup } = await analysePage('framed/yibaotong.md');
      await expectGoldCollected(popup, 'yibaotong.md');
      const quote = await clickFirstQuote(popup, 'problems');
      await expectHighlighted(popup, page, quote);
      await popup.close();
      await page.close();
    });

    it('a page cannot silence the reader: forged start events change nothing, and the extension id is never posted to the page', async () => {
      const { page, popup } = await analysePage('hostile/coolapk-2022.md');
      const id = new URL(browser.extensionUrl('/')).host;
      // what WXT's content-script context listened for: a document event named after the extension id
      await page.evaluate((extension) => {
        for (const entry of ['content', 'reader']) {
          const type = `${extension}:${entry}:wxt:content-script-started`;
          document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: entry, messageId: 'forged' } }));
          window.postMessage({ type, contentScriptName: entry, messageId: 'forged' }, '*');
        }
      }, id);
      const quote = await clickFirstQuote(popup, 'problems');
      await expectHighlighted(popup, page, quote);
      const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard, undefined);
      expect(heard.filter((m) => !m.includes('forged')).join('\n')).not.toContain(id);
      await popup.close();
      await page.close();
    });

    it("highlights under a page's strict Content-Security-Policy", async () => {
      const { page, popup } = await analysePage('csp/coolapk-2022.md');
      const quote = await clickFirstQuote(popup, 'problems');
      await expectHighlighted(popup, page, quote);
      await popup.close();
      await page.close();
    });

    it('exports the analysis as Markdown, CSV and JSON files built in the popup', async () => {
      const { page, popup } = await analysePage('coolapk-2022.md');
      await popup.waitFor('[data-testid=export]');
      // Catch the files as the popup hands them to the browser: the blob and
      // the download name, read back without any request.
      await popup.evaluate(() => {
        const w = window as unknown as { exported: { name: string; blob: Blob }[] };
        w.exported = [];
        let last: Blob | undefined;
        const create = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob | MediaSource) => ((last = blob as Blob), create(blob));
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          w.exported.push({ name: this.download, blob: last! });
        };
      }, undefined);
      for (const format of ['markdown', 'csv', 'json']) await popup.click(`[data-testid=export] [data-format=${format}]`);
      const files = await popup.evaluate(async () => {
        const w = window as unknown as { exported: { name: string; blob: Blob }[] };
        return Promise.all(w.exported.map(async (f) => ({ name: f.name, text: await f.blob.text() })));
      }, undefined);
      expect(files.map((f) => f.name.split('.').pop())).toEqual(['md', 'csv', 'json']);
      // in the UI's language: Firefox ESR here has no zh-CN language pack
      expect(files[0]!.text).toMatch(/^# (?:知情 Zhiqing：|Zhiqing: )/);
      expect(files[1]!.text).toContain('data,phone,');
      const grade = (await popup.texts('[data-testid=grade]'))[0];
      expect(JSON.parse(files[2]!.text).summary.grade).toBe(grade);
      await popup.close();
      await page.close();
    });

    it('the compare page sets two analysed policies side by side', async () => {
      await clearStorage(control);
      const one = await analysePage('coolapk-2022.md');
      const two = await analysePage('cib-bank-2021.txt');
      const { index } = await poll(() => readHistory(control), (h) => h.index.length === 2);
      const id = (url: string): string => index.find((e) => e.url === url)!.id;
      const compare = await browser.open(browser.extensionUrl(`/compare.html?left=${id(one.url)}&right=${id(two.url)}`));
      await compare.waitFor('[data-testid=compare-sdks]');
      // each side is named by site and title, with its grade
      const [leftCard, rightCard] = [await compare.texts('[data-testid=side-left]'), await compare.texts('[data-testid=side-right]')];
      expect(leftCard[0]).toContain('127.0.0.1');
      expect(leftCard[0]).toContain(await one.popup.texts('[data-testid=grade]').then((g) => g[0]!));
      expect(rightCard[0]).toContain(await two.popup.texts('[data-testid=grade]').then((g) => g[0]!));
      // the question grid answers from each side's analysis: every cell as lib/compare answers the stored analysis
      const answers = async (side: 'left' | 'right', q: string) => compare.evaluate(
        ({ side, q }) => document.querySelector(`[data-testid=question-${q}] [data-testid=answer-${side}-${q}]`)?.closest('td')?.getAttribute('data-answer'),
        { side, q },
      );
      for (const [side, url] of [['left', one.url], ['right', two.url]] as const) {
        // As JSON: WebDriver BiDi returns objects only a few levels deep.
        const stored = JSON.parse(
          await control.evaluate(
            async (key) => JSON.stringify((await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(key))[key]),
            `record:${id(url)}`,
          ),
        ) as Analysis;
        const expected = answerQuestions(stored);
        expect(expected.length).toBeGreaterThan(10);
        for (const q of expected) expect(await answers(side, q.id), `${side} ${q.id}`).toBe(q.answer);
      }
      // coolapk lists its SDKs (穿山甲 among them): a count; the grid says yes with that count
      expect(await answers('left', 'sdk_count')).toBe('yes');
      const [sdkCount] = await one.popup.texts('[data-testid=sdks] .section-count');
      expect((await compare.texts('[data-testid=question-sdk_count] td'))[0]).toContain(sdkCount!);
      // a face question: coolapk collects no face data and does not say so either way; the bank's answer comes from its text
      expect(['unstated', 'no']).toContain(await answers('left', 'face'));
      // coolapk embeds 穿山甲 ads; the bank does not. The bank collects health data (私人银行 medical services); coolapk does not.
      expect((await compare.texts('[data-testid=compare-sdks] [data-side=left]'))[0]).toContain('穿山甲');
      expect((await compare.texts('[data-testid=compare-collected] [data-side=right]'))[0]).toMatch(/健康/);
      expect((await compare.texts('[data-testid=compare-collected] [data-side=both]'))[0]).toMatch(/手机号码|Phone/);
      // coolapk takes consent from registering; the bank does not: a violation only on the left
      expect((await compare.texts('[data-testid=compare-violations] [data-side=left]'))[0]).toContain('视为同意');
      await compare.screenshot(shot('compare'));
      for (const tab of [compare, one.popup, two.popup, one.page, two.page]) await tab.close();
    });

    it('a history filled near the quota makes room: the oldest analyses go, the new one is kept, and the history page says how full it is', async () => {
      await clearStorage(control);
      // 9 old analyses of 800 KB: 7.2 MB of Chrome's 10 MB, past the history's 7 MB budget
      await fillHistory(control, 9, 800_000);
      const { page, popup, url } = await analysePage('cib-bank-2021.txt');
      expect((await popup.texts('[data-testid=grade]'))[0]).toMatch(/^[A-E]$/);
      const { index, records } = await poll(() => readHistory(control), (h) => h.index.some((e) => e.url === url));
      const total = index.reduce((sum, e) => sum + e.bytes, 0);
      expect(total).toBeLessThanOrEqual(7 * 1024 * 1024);
      expect(index.filter((e) => e.id.startsWith('old-')).length).toBeLessThan(9);
      expect(index.find((e) => e.id === 'old-0'), 'the oldest analysis goes first').toBeUndefined();
      expect(records.sort()).toEqual(index.map((e) => `record:${e.id}`).sort());
      // a second open is answered from the history that made room for it
      await popup.close();
      const again = await openPopup(browser, control, url);
      expect((await again.texts('.meta'))[0]).toContain(await message(again, 'fromCache'));
      await again.close();
      const history = await browser.open(browser.extensionUrl('/history.html'));
      await history.waitFor('[data-testid=history-usage]');
      expect((await history.texts('[data-testid=history-item]')).length).toBe(index.length);
      expect(await history.texts('[data-testid=history-full]')).toHaveLength(1);
      await history.close();
      await page.close();
    });

    it('a policy that changed since it was read: the popup says so, the comparison shows the new data item and the removed sentence, the history lists both versions and deletes one, and history off keeps nothing new', async () => {
      await clearStorage(control);
      const { page, popup, url } = await analysePage('qiushui-game-2023.md');
      expect(await popup.texts('[data-testid=changed]')).toEqual([]);
      await popup.close();
      // The site edits its policy: face data is collected now, the signature line is gone.
      await page.evaluate(() => {
        const lines = [...document.querySelectorAll('main p')];
        const nickname = lines.find((p) => p.textContent!.includes('收集内容：游戏昵称'))!;
        const face = document.createElement('p');
        face.textContent = '我们会收集您的人脸信息，用于完成实名认证。';
        nickname.after(face);
        lines.find((p) => p.textContent!.includes('收集内容：个性签名'))!.remove();
      }, undefined);
      const again = await openPopup(browser, control, url);
      await again.waitFor('[data-testid=changed-summary]');
      expect((await again.texts('[data-testid=changed]'))[0]).toContain(await message(again, 'showChanges'));
      expect((await again.texts('[data-testid=changed-summary]'))[0]).toContain('+人脸');
      await again.screenshot(shot('changed'));
      await again.close();

      const { index } = await poll(() => readHistory(control), (h) => h.index.filter((e) => e.url === url).length === 2);
      const [newer, older] = index.filter((e) => e.url === url).sort((a, b) => b.analysedAt - a.analysedAt);
      const compare = await browser.open(browser.extensionUrl(`/compare.html?left=${older!.id}&right=${newer!.id}`));
      await compare.waitFor('[data-testid=changes]');
      expect(await compare.texts('[data-testid=changes-collected] [data-testid=change-added]')).toEqual([expect.stringContaining('人脸')]);
      expect((await compare.texts('[data-testid=diff-removed]')).join('\n')).toContain('个性签名');
      expect((await compare.texts('[data-testid=diff-added]')).join('\n')).toContain('我们会收集您的人脸信息');
      await compare.screenshot(shot('changes'));
      await compare.close();

      const history = await browser.open(browser.extensionUrl('/history.html'));
      await history.waitFor('[data-testid=history-list]');
      expect(await history.texts('[data-testid=history-item]')).toHaveLength(2);
      expect(await history.texts('[data-testid=history-changes]')).toHaveLength(1);
      await history.screenshot(shot('history'));
      await history.click('[data-testid=history-delete]');
      await poll(() => history.texts('[data-testid=history-item]'), (items) => items.length === 1);
      expect((await readHistory(control)).index).toHaveLength(1);
      // History off: what was kept goes, and a new analysis is not listed.
      await history.evaluate(() => void (window.confirm = () => true), undefined);
      await history.click('[data-testid=history-enabled]');
      await poll(() => readHistory(control), (h) => h.index.length === 0);
      const other = await analysePage('linyi12345-2021.txt');
      await poll(() => readHistory(control), (h) => h.index.length === 1);
      expect((await readHistory(control)).index.map((e) => e.listed)).toEqual([false]);
      await history.close();
      const reopened = await browser.open(browser.extensionUrl('/history.html'));
      await reopened.waitFor('[data-testid=history-empty]');
      await reopened.click('[data-testid=history-enabled]');
      for (const tab of [reopened, other.popup, other.page, page]) await tab.close();
    });

    it('a second open of the same page is answered from the cache', async () => {
      await clearStorage(control);
      const first = await analysePage('linyi12345-2021.txt');
      const fromCache = await message(first.popup, 'fromCache');
      expect((await first.popup.texts('.meta'))[0]).not.toContain(fromCache);
      await first.popup.close();
      const again = await openPopup(browser, control, first.url);
      expect((await again.texts('.meta'))[0]).toContain(fromCache);
      expect(await again.texts('[data-testid=grade]')).toEqual(await badgeOf(control, await tabIdOf(control, first.url)).then((b) => [b]));
      await again.close();
      await first.page.close();
    });

    it("a news article shows 'not a privacy policy' with 'analyse anyway', which shows the result", async () => {
      const { page, popup, url } = await analysePage('news.html');
      await popup.waitFor('[data-testid=not-policy]');
      await popup.screenshot(shot('not-policy'));
      expect(await badgeOf(control, await tabIdOf(control, url))).toBe('');
      const [button] = await popup.texts('[data-testid=not-policy] button');
      expect(button).toBe(await message(popup, 'analyseAnyway'));
      await popup.click('[data-testid=not-policy] button');
      await popup.waitFor('[data-testid=grade]');
      await popup.close();
      await page.close();
    });

    it("an English page is not a policy either, and the UI speaks one of the two locales", async () => {
      const { page, popup } = await analysePage('english.html');
      await popup.waitFor('[data-testid=not-policy]');
      const locales = ['zh_CN', 'en'].map((l) => JSON.parse(readFileSync(join(ROOT, 'public/_locales', l, 'messages.json'), 'utf8')).notPolicyTitle.message);
      expect(locales).toContain((await popup.texts('[data-testid=not-policy] h1'))[0]);
      await popup.close();
      await page.close();
    });

    it('a page forty policies long is analysed from its start, and says so', async () => {
      const { page, popup } = await analysePage('huge/coolapk-2022.md');
      expect((await popup.texts('[data-testid=grade]'))[0]).toMatch(/^[A-E]$/);
      expect(await popup.texts('.warning-note')).toHaveLength(1);
      await popup.close();
      await page.close();
    });

    it('the popup keeps answering while a page forty policies long is analysed', async () => {
      await clearStorage(control); // an earlier test may have kept this page's analysis
      const url = server.url('huge/coolapk-2022.md');
      const page = await browser.open(url);
      const popup = await browser.open(browser.extensionUrl(`/popup.html?tabId=${await tabIdOf(control, url)}`), POPUP_SIZE);
      await popup.waitFor('[data-testid=loading], [data-testid=grade]');
      // Ticks of a 10 ms timer while the loading view is up: a thread busy
      // with the analysis would leave a gap as long as the analysis.
      const { gaps, loaded } = await popup.evaluate(
        () =>
          new Promise<{ gaps: number[]; loaded: number }>((resolve) => {
            const gaps: number[] = [];
            const started = performance.now();
            let last = started;
            const tick = (): void => {
              const now = performance.now();
              // The tick that finds the result drawn also waited for the drawing: not counted.
              if (!document.querySelector('[data-testid=loading]')) return resolve({ gaps, loaded: now - started });
              gaps.push(now - last);
              last = now;
              setTimeout(tick, 10);
            };
            tick();
          }),
        undefined,
      );
      await popup.waitFor('[data-testid=grade]');
      const worst = Math.max(...gaps);
      console.log(`${name}: loading ${Math.round(loaded)} ms, ${gaps.length} ticks, longest gap ${Math.round(worst)} ms`);
      expect(gaps.length, 'the popup was still loading when looked at').toBeGreaterThan(5);
      expect(worst).toBeLessThan(250);
      await popup.close();
      await page.close();
    });

    it('the necessary-information block: a demand beyond the type is a violation; choosing another type recomputes it, and the choice is kept for the site', async () => {
      await clearStorage(control);
      const { page, popup, url } = await analysePage('extra/数字人民币.txt');
      await popup.waitFor('[data-testid=necessary]');
      // a wallet app (网络支付类): registering is refused without location, which its list does not hold
      expect(await popup.evaluate(() => (document.querySelector('[data-testid=app-type]') as HTMLSelectElement).value, undefined)).toBe('');
      expect((await popup.texts('[data-testid=necessary] .section-title'))[0]).toMatch(/网络支付类|Online payment/);
      expect((await popup.texts('[data-testid=necessary-beyond] .finding-title'))).toEqual([expect.stringMatching(/位置|Location/)]);
      expect(await popup.texts('[data-testid=finding-beyond_necessary]')).toHaveLength(1);
      await popup.evaluate(() => document.querySelector('[data-testid=necessary]')!.scrollIntoView(), undefined);
      await popup.screenshot(shot('necessary'));
      const choose = (value: string) =>
        popup.evaluate((value) => {
          const select = document.querySelector('[data-testid=app-type]') as HTMLSelectElement;
          select.value = value;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }, value);
      // a ride-hailing app's list holds location (and, with the registered phone, the password): the demand is within it
      await choose('ride_hailing');
      await poll(() => popup.texts('[data-testid=necessary] .section-title'), ([title]) => /网络约车类|Ride-hailing/.test(title ?? ''));
      expect(await popup.texts('[data-testid=necessary-beyond]')).toEqual([]);
      expect((await popup.texts('[data-testid=necessary-listed] .chip-label')).join('|')).toMatch(/位置|Location/);
      expect(await popup.texts('[data-testid=finding-beyond_necessary]')).toEqual([]);
      await popup.close();
      const again = await openPopup(browser, control, url);
      await again.waitFor('[data-testid=necessary]');
      expect(await again.evaluate(() => (document.querySelector('[data-testid=app-type]') as HTMLSelectElement).value, undefined)).toBe('ride_hailing');
      expect((await again.texts('[data-testid=necessary] .section-title'))[0]).toMatch(/网络约车类|Ride-hailing/);
      await again.close();
      await page.close();
    });

    /** The interface language, as the popup's switch would save it. */
    const setLocale = (locale: 'en' | 'zh_CN') =>
      control.evaluate((locale) => (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({ locale }), locale);

    it('with the keyboard alone: export is within 15 Tab presses on the largest corpus page, a list is one tab stop, and Enter opens a finding', async () => {
      const { page, popup } = await analysePage('didi-hk-2018.html');
      const focused = () => popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { inProblems: !!el?.closest('[data-testid=problems]'), tag: el?.tagName ?? '', inExport: !!el?.closest('[data-testid=export]'), own: el?.getAttribute('data-testid') ?? '' };
      }, undefined);
      let presses = 0;
      for (; presses < 15; presses++) {
        const now = await focused();
        if (now.own === 'jump-export' || now.inExport) break;
        await popup.press('Tab');
      }
      expect(presses, 'Tab presses to reach export').toBeLessThan(15);
      if ((await focused()).own === 'jump-export') await popup.press('Enter');
      expect((await focused()).inExport, 'focus is on an export button').toBe(true);
      // From the top again: the findings list is one tab stop; arrows move inside it; Enter opens one.
      await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur(), undefined);
      for (let i = 0; i < 20 && !(await focused()).inProblems; i++) await popup.press('Tab');
      expect((await focused()).tag).toBe('SUMMARY');
      await popup.press('ArrowDown');
      const second = await popup.evaluate(() => [...document.querySelectorAll('[data-testid=problems] .findings > details > summary')].indexOf(document.activeElement!), undefined);
      expect(second).toBe(1);
      await popup.press('Enter');
      const open = await poll(() => popup.evaluate(() => (document.activeElement!.parentElement as HTMLDetailsElement).open, undefined), (o) => o);
      expect(open).toBe(true);
      await popup.press('Tab');
      // the next Tab leaves the list (or enters the finding just opened), never the next finding's summary
      const after = await popup.evaluate(() => [...document.querySelectorAll('[data-testid=problems] .findings > details > summary')].indexOf(document.activeElement!), undefined);
      expect(after).toBe(-1);
      await popup.close();
      await page.close();
    });

    it('axe-core finds no serious or critical problem in the popup (result light and dark, not-a-policy, error), the compare page or the history page', async () => {
      await clearStorage(control);
      const problems: Record<string, unknown> = {};
      const check = async (what: string, tab: { close(): Promise<void> } & Parameters<typeof seriousA11yProblems>[0]) => {
        const found = await seriousA11yProblems(tab);
        if (found.length) problems[what] = found;
      };
      // Firefox over WebDriver BiDi cannot emulate prefers-color-scheme: dark is checked in Chromium (the same CSS).
      for (const dark of name === 'chromium' ? [false, true] : [false]) {
        const { page, popup } = await analysePage('coolapk-2022.md');
        if (dark) await popup.close();
        const tab = dark ? await openPopup(browser, control, server.url('coolapk-2022.md'), { dark: true }) : popup;
        await tab.click('[data-testid=problems] details summary');
        await check(dark ? 'result-dark' : 'result', tab);
        await tab.close();
        await page.close();
      }
      const news = await analysePage('news.html');
      await news.popup.waitFor('[data-testid=not-policy]');
      await check('not-policy', news.popup);
      const error = await browser.open(browser.extensionUrl('/popup.html?tabId=999999999'), POPUP_SIZE);
      await error.waitFor('[data-testid=error], [data-testid^=unreadable]');
      await check('error', error);
      const two = await analysePage('cib-bank-2021.txt');
      const { index } = await poll(() => readHistory(control), (h) => h.index.length >= 2);
      const compare = await browser.open(browser.extensionUrl(`/compare.html?left=${index[1]!.id}&right=${index[0]!.id}`));
      await compare.waitFor('[data-testid=question-grid]');
      await check('compare', compare);
      const darkCompare = await browser.open(browser.extensionUrl(`/compare.html?left=${index[1]!.id}&right=${index[0]!.id}`), { dark: name === 'chromium' });
      await darkCompare.waitFor('[data-testid=question-grid]');
      await check('compare-dark', darkCompare);
      const history = await browser.open(browser.extensionUrl('/history.html'));
      await history.waitFor('[data-testid=history-list]');
      await check('history', history);
      expect(problems).toEqual({});
      for (const tab of [news.popup, news.page, error, two.popup, two.page, compare, darkCompare, history]) await tab.close();
    });

    it('in English the popup, compare and history pages speak no Chinese but the policy\'s own words; the switch gives Chinese and is remembered', async () => {
      await clearStorage(control);
      await setLocale('en');
      try {
        const { page, popup, url } = await analysePage('coolapk-2022.md');
        await popup.click('[data-testid=problems] details summary');
        const text = await uiTextOutsidePolicy(popup);
        const chinese = [...text.matchAll(new RegExp(CJK.source, "g"))].map((m) => text.slice(Math.max(0, m.index - 12), m.index + 12));
        expect(chinese, 'Chinese left in the English interface').toEqual([]);
        expect(await popup.evaluate(() => document.documentElement.lang, undefined)).toBe('en');
        await popup.screenshot(shot('popup-en'));
        // The compare and history pages speak English too.
        const bank = await analysePage('cib-bank-2021.txt');
        const { index } = await poll(() => readHistory(control), (h) => h.index.length >= 2);
        for (const [path, ready] of [
          [`/compare.html?left=${index[1]!.id}&right=${index[0]!.id}`, '[data-testid=question-grid]'],
          ['/history.html', '[data-testid=history-list]'],
        ] as const) {
          const tab = await browser.open(browser.extensionUrl(path));
          await tab.waitFor(ready);
          const words = await uiTextOutsidePolicy(tab);
          const left = [...words.matchAll(new RegExp(CJK.source, 'g'))].map((m) => words.slice(Math.max(0, m.index - 12), m.index + 12));
          expect(left, `Chinese left in the English ${path}`).toEqual([]);
          await tab.close();
        }
        await bank.popup.close();
        await bank.page.close();
        await popup.click('[data-testid=language]');
        await poll(() => popup.texts('[data-testid=result] .headline'), ([h]) => CJK.test(h ?? ''));
        await popup.close();
        const again = await openPopup(browser, control, url);
        expect((await again.texts('[data-testid=result] .headline'))[0]).toMatch(CJK);
        expect(await again.evaluate(() => document.documentElement.lang, undefined)).toBe('zh-CN');
        await again.close();
        await page.close();
      } finally {
        await setLocale('zh_CN');
      }
    });

    it('malformed markup still gives the gold collected items', async () => {
      const { page, popup } = await analysePage('malformed/yibaotong.md');
      await expectGoldCollected(popup, 'yibaotong.md');
      await popup.close();
      await page.close();
    });

    it('a Japanese privacy policy is not taken for a Chinese one', async () => {
      const { page, popup } = await analysePage('japanese.html');
      await popup.waitFor('[data-testid=not-policy]');
      await popup.close();
      await page.close();
    });

    it('an empty page says there is nothing to read and suggests the context menu', async () => {
      const { page, popup } = await analysePage('empty.html');
      await popup.waitFor('[data-testid=unreadable-empty]');
      expect(await popup.texts('.notice-hint')).toEqual([await message(popup, 'selectHint')]);
      await popup.close();
      await page.close();
    });

    it('a page the browser does not let extensions read says so and suggests the context menu', async () => {
      const before = await tabIds(control);
      const page = await browser.open(RESTRICTED_PAGE[name]);
      // The extension cannot see this tab's URL: it is the one tab that is new.
      const [tabId] = await poll(
        async () => (await tabIds(control)).filter((id) => !before.includes(id)),
        (ids) => ids.length === 1,
      );
      const popup = await browser.open(browser.extensionUrl(`/popup.html?tabId=${tabId}`), POPUP_SIZE);
      await popup.waitFor('[data-testid=unreadable-restricted]');
      expect(await popup.texts('.notice-hint')).toEqual([await message(popup, 'selectHint')]);
      await popup.close();
      await page.close();
    });

    it('text sent from the context menu is analysed on its own', async () => {
      const url = server.url('news.html');
      const page = await browser.open(url);
      // The policy shown in a dialog of the news page, say; the page has no selection to read back.
      const text = readFileSync(join(CORPUS_DIR!, 'xinlianmeng.txt'), 'utf8').slice(0, 6000);
      await sendSelection(control, { text, tabId: await tabIdOf(control, url), url });
      const popup = await browser.open(browser.extensionUrl('/popup.html'), POPUP_SIZE);
      await popup.waitFor(SETTLED);
      expect((await popup.texts('.meta'))[0]).toContain(await message(popup, 'fromSelection'));
      expect((await popup.texts('[data-testid=grade]'))[0]).toMatch(/^[A-E]$/);
      expect((await popup.texts('[data-testid=collected] .chip-label')).length).toBeGreaterThan(3);
      await popup.close();
      await page.close();
    });

    it("the context menu's selection is read back from the page in full", async () => {
      const url = server.url('coolapk-2022.md');
      const page = await browser.open(url);
      await page.evaluate(() => getSelection()!.selectAllChildren(document.querySelector('main')!), undefined);
      // selectionText as the menu might hand it over: only a start.
      await sendSelection(control, { text: '酷安隐私保护政策', tabId: await tabIdOf(control, url), url, frameId: 0 });
      const popup = await browser.open(browser.extensionUrl('/popup.html'), POPUP_SIZE);
      await popup.waitFor(SETTLED);
      expect(await popup.texts('[data-testid=error], [data-testid=timeout], [data-testid^=unreadable], [data-testid=not-policy]'), 'the popup shows a result').toEqual([]);
      await expectGoldCollected(popup, 'coolapk-2022.md');
      await popup.close();
      await page.close();
    });

    it('made no network request but to the fixture server, and its pages cannot make one', async () => {
      // The extension's CSP (connect-src 'self') refuses a request even from
      // code in its own page: "no network" does not rest on our code alone.
      const canary = `${server.origin}/canary`;
      const popup = await browser.open(browser.extensionUrl('/popup.html'), POPUP_SIZE);
      await popup.waitFor(SETTLED);
      const refused = await popup.evaluate((url) => fetch(url).then(() => false, () => true), canary);
      await popup.close();
      expect(refused, 'the popup could fetch from the network').toBe(true);
      expect(browser.requests.filter((r) => r.url === canary && !r.blocked)).toEqual([]);

      // The pages the tests opened were recorded (the recording works). Saved pages reference their sites' scripts and trackers; the fixture
      // CSP refuses those inside the browser, so they never leave it.
      const web = browser.requests.filter((r) => /^(https?|wss?):/.test(r.url) && !r.blocked).map((r) => r.url);
      expect(web.some((url) => url.startsWith(`${server.origin}/`))).toBe(true);
      expect(web.filter((url) => !url.startsWith(`${server.origin}/`))).toEqual([]);
    });
  });
}

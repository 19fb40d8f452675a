// npm run screenshots: the extension as a user sees it (the popup at 400×600,
// the pages at a laptop's size), from a real Chromium with fonts-noto-cjk,
// written to docs/screenshots/. Needs a build first. The interface language
// is set through the popup's own stored choice, so the figures do not depend
// on the machine's locale.
import { join, resolve } from 'node:path';
import { launchChromium, type Tab } from '../tests/e2e/browsers';
import { startFixtureServer } from '../tests/e2e/fixtures';
import { clearStorage, openControl, openPopup, poll, readHighlight, readHistory } from '../tests/e2e/popup';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const POLICY = 'coolapk-2022.md';
const PAGE_SIZE = { width: 1000, height: 760 };

const server = await startFixtureServer();
const browser = await launchChromium();
try {
  const control = await openControl(browser);
  const setLocale = (locale: 'zh_CN' | 'en') =>
    control.evaluate((locale) => (globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }).chrome.storage.local.set({ locale }), locale);
  await clearStorage(control);
  const page = await browser.open(server.url(POLICY));

  // The first screen, in both languages, light and dark.
  for (const locale of ['zh_CN', 'en'] as const) {
    await setLocale(locale);
    for (const dark of [false, true]) {
      const popup = await openPopup(browser, control, server.url(POLICY), { dark });
      await popup.screenshot(join(OUT, `popup-${locale === 'en' ? 'en' : 'zh'}-${dark ? 'dark' : 'light'}.png`));
      await popup.close();
    }
  }
  await setLocale('zh_CN');

  // A bank, a game (dark), and a policy that grades well, with how the grade was reached open.
  for (const [name, file, dark] of [
    ['popup-bank', 'cib-bank-2021.txt', false],
    ['popup-game-dark', 'extra/崩坏3.txt', true],
    ['popup-good', 'extra/QQ.txt', false],
  ] as const) {
    await browser.open(server.url(file));
    const popup = await openPopup(browser, control, server.url(file), { dark });
    if (name === 'popup-good') await popup.click('[data-testid=grade-how] summary');
    else await popup.click('[data-testid=problems] details summary');
    await popup.screenshot(join(OUT, `${name}.png`));
    await popup.close();
  }

  // 必要个人信息, scrolled into view: a wallet app that refuses registration without location.
  await browser.open(server.url('extra/数字人民币.txt'));
  const wallet = await openPopup(browser, control, server.url('extra/数字人民币.txt'));
  await wallet.evaluate(() => document.querySelector('[data-testid=necessary]')!.scrollIntoView(), undefined);
  await wallet.screenshot(join(OUT, 'popup-necessary.png'));
  await wallet.close();

  // Dark, with the first finding open and its sentence located in the page.
  const dark = await openPopup(browser, control, server.url(POLICY), { dark: true });
  await dark.click('[data-testid=problems] details summary');
  await dark.click('[data-testid=problems] .quote-button');
  await dark.waitFor('.locate-result');
  await dark.screenshot(join(OUT, 'popup-dark.png'));
  await page.front();
  await poll(() => readHighlight(page), (h) => !!h?.inView);
  // Let the smooth scroll settle.
  await new Promise((r) => setTimeout(r, 800));
  await page.screenshot(join(OUT, 'page-highlight.png'));
  await dark.close();

  await browser.open(server.url('news.html'));
  const notPolicy = await openPopup(browser, control, server.url('news.html'));
  await notPolicy.screenshot(join(OUT, 'popup-not-policy.png'));

  // The policy changes: the popup notices, and the compare page shows what changed.
  await page.evaluate(() => {
    const face = document.createElement('p');
    face.textContent = '为了完成实名认证，我们会收集您的人脸信息。';
    document.querySelector('main p')!.after(face);
  }, undefined);
  const changed = await openPopup(browser, control, server.url(POLICY));
  await changed.waitFor('[data-testid=changed-summary]');
  await changed.screenshot(join(OUT, 'popup-changed.png'));
  await changed.close();
  const { index } = await readHistory(control);
  const versions = index.filter((e) => e.url === server.url(POLICY)).sort((a, b) => a.analysedAt - b.analysedAt);
  const shoot = async (path: string, file: string, ready: string): Promise<Tab> => {
    const tab = await browser.open(browser.extensionUrl(path), PAGE_SIZE);
    await tab.waitFor(ready);
    await tab.screenshot(join(OUT, file));
    return tab;
  };
  await shoot(`/compare.html?left=${versions[0]!.id}&right=${versions.at(-1)!.id}`, 'compare-versions.png', '[data-testid=changes]');
  const bank = index.find((e) => e.url === server.url('cib-bank-2021.txt'))!;
  await shoot(`/compare.html?left=${versions.at(-1)!.id}&right=${bank.id}`, 'compare.png', '[data-testid=question-grid]');
  await shoot('/history.html', 'history.png', '[data-testid=history-list]');
  console.log(`screenshots in ${OUT}`);
} finally {
  await browser.close();
  await server.close();
}

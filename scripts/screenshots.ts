// npm run screenshots: the popup as a user sees it (400×600, Chromium with
// the zh-CN UI where chromium-l10n is installed, fonts-noto-cjk for the
// Chinese), written to docs/screenshots/. Needs a build first.
import { join, resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/browsers';
import { startFixtureServer } from '../tests/e2e/fixtures';
import { openControl, openPopup, poll, readHighlight } from '../tests/e2e/popup';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const POLICY = 'coolapk-2022.md';

const server = await startFixtureServer();
const browser = await launchChromium();
try {
  const control = await openControl(browser);
  const page = await browser.open(server.url(POLICY));

  const result = await openPopup(browser, control, server.url(POLICY));
  await result.screenshot(join(OUT, 'popup-result.png'));
  await result.close();

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

  // The compare page, with a second policy analysed beside the first.
  const other = 'xinlianmeng.txt';
  await browser.open(server.url(other));
  await (await openPopup(browser, control, server.url(other))).close();
  const compare = await browser.open(browser.extensionUrl(`/compare.html?left=${encodeURIComponent(server.url(POLICY))}`), { width: 1000, height: 760 });
  await compare.waitFor('[data-testid=compare-sdks]');
  await compare.screenshot(join(OUT, 'compare.png'));
  console.log(`screenshots in ${OUT}`);
} finally {
  await browser.close();
  await server.close();
}

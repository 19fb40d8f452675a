// npm run bench:extension: click-to-summary in Chromium and Firefox, from the popup's
// navigation start (what a toolbar click triggers) to the result painted
// (the popup's `zhiqing:shown` mark), median of RUNS runs:
//   cold   — a fresh popup (jieba not loaded in it), the cache cleared;
//   cached — a fresh popup, the page's analysis in storage.local.
// The largest corpus page and the longest plain-text policy are measured,
// with a three-sentence policy as the baseline in the same run. The stage
// columns are the popup's User Timing marks (ms since its navigation start):
// its script starts · page injected and cache read · policy text extracted ·
// jieba ready · analysed · result painted. Last, Firefox's medians as a
// ratio to Chromium's on the same pages (the target is ≤ 1.3).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, launchFirefox, type ExtensionBrowser, type Tab } from '../tests/e2e/browsers';
import { corpusFiles, CORPUS_DIR, startFixtureServer } from '../tests/e2e/fixtures';
import { clearStorage, openControl, poll, POPUP_SIZE, SETTLED, tabIdOf } from '../tests/e2e/popup';

const RUNS = 5;
const STAGES = ['script-start', 'page-opened', 'text-extracted', 'segmenter-ready', 'analysed', 'shown'] as const;
type Marks = Partial<Record<(typeof STAGES)[number], number>>;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const ms = (x: number | undefined): string => (x === undefined ? '—' : `${Math.round(x)}`);

async function timePopup(browser: ExtensionBrowser, tabId: number): Promise<Marks> {
  const popup = await browser.open(browser.extensionUrl(`/popup.html?tabId=${tabId}`), POPUP_SIZE);
  const marks = await poll(
    () =>
      popup.evaluate(
        () => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.replace('zhiqing:', ''), m.startTime])) as Marks,
        undefined,
      ),
    (m) => m.shown !== undefined,
    30_000,
  );
  await popup.close();
  if (marks.shown === undefined) throw new Error('the popup showed no result');
  return marks;
}

async function measure(browser: ExtensionBrowser, control: Tab, url: string): Promise<{ cold: Marks[]; cached: Marks[]; chars: string }> {
  const page = await browser.open(url);
  const tabId = await tabIdOf(control, url);
  const cold: Marks[] = [];
  for (let i = 0; i < RUNS; i++) {
    await clearStorage(control);
    cold.push(await timePopup(browser, tabId));
  }
  const cached: Marks[] = [];
  for (let i = 0; i < RUNS; i++) cached.push(await timePopup(browser, tabId));
  // What the popup said it analysed, for the table.
  const popup = await browser.open(browser.extensionUrl(`/popup.html?tabId=${tabId}`), POPUP_SIZE);
  await popup.waitFor(SETTLED);
  const [meta] = await popup.texts('.meta');
  await popup.close();
  await page.close();
  return { cold, cached, chars: /([\d,]+)\s*(字|char)/.exec(meta ?? '')?.[1] ?? '— (not a policy)' };
}

const size = (file: string): number => statSync(join(CORPUS_DIR!, file)).size;
const bySize = (files: string[]): string[] => [...files].sort((a, b) => size(b) - size(a));
const largestPage = bySize(corpusFiles())[0]!;
const longestText = bySize(corpusFiles().filter((f) => !f.endsWith('.html')))[0]!;

const rows: [string, string][] = [
  ['baseline: 3-sentence policy', 'tiny-policy.html'],
  [`largest page (${Math.round(size(largestPage) / 1024)} KB)`, largestPage],
  [`longest text policy (${Math.round(size(longestText) / 1024)} KB)`, longestText],
];
const server = await startFixtureServer();
/** medians of shown, per browser, page and kind */
const medians: Record<string, Record<string, { cold: number; cached: number }>> = {};
try {
  for (const [name, launch] of [
    ['Chromium', launchChromium],
    ['Firefox', launchFirefox],
  ] as const) {
    const browser = await launch();
    try {
      const control = await openControl(browser);
      // One throw-away run so the browser's own first-use costs are not in the figures.
      await measure(browser, control, server.url('tiny-policy.html'));
      console.log(`\n${name}, click-to-summary in ms, median of ${RUNS} (min–max); targets: cold ≤ 600, cached ≤ 100\n`);
      console.log(`| page | chars | cold | cached | cold, by stage: ${STAGES.join(' · ')} | cached, by stage |`);
      console.log('|---|---|---|---|---|---|');
      medians[name] = {};
      for (const [label, file] of rows) {
        const { cold, cached, chars } = await measure(browser, control, server.url(file));
        const shown = (runs: Marks[]): string => {
          const xs = runs.map((m) => m.shown!);
          return `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;
        };
        const stages = (runs: Marks[]): string => STAGES.map((s) => ms(median(runs.map((m) => m[s] ?? NaN).filter((x) => !Number.isNaN(x))))).join(' · ');
        medians[name]![file] = { cold: median(cold.map((m) => m.shown!)), cached: median(cached.map((m) => m.shown!)) };
        console.log(`| ${label}: ${file} | ${chars} | ${shown(cold)} | ${shown(cached)} | ${stages(cold)} | ${stages(cached)} |`);
      }
    } finally {
      await browser.close();
    }
  }
  console.log('\nFirefox ÷ Chromium (medians; target ≤ 1.3)\n');
  console.log('| page | cold | cached |');
  console.log('|---|---|---|');
  for (const [label, file] of rows) {
    const f = medians.Firefox![file]!;
    const c = medians.Chromium![file]!;
    console.log(`| ${label} | ${(f.cold / c.cold).toFixed(2)} | ${(f.cached / c.cached).toFixed(2)} |`);
  }
} finally {
  await server.close();
}

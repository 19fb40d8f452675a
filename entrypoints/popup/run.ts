// One analysis as the popup runs it: open the page, answer from the cache
// when its text is unchanged since the last analysis, else extract, segment
// and classify.
//
// Why here, in the popup: the content script only extracts (in the page's
// process, while the popup loads jieba in parallel), and the popup realm
// lives exactly as long as the result is looked at. A background worker
// would keep jieba warm only while it is alive (Chrome stops an idle one
// after 30 s), so the cache, not a warm worker, makes a second open fast.
import { browser } from 'wxt/browser';
import type { LoadingStep } from '@/components/Loading';
import type { Analysis } from '@/lib/types';
import type { OpenedPage } from './page';
import { readCache, writeCache } from './storage';

export interface Outcome {
  analysis: Analysis;
  cached: boolean;
  truncated: boolean;
}

export interface Source {
  /** cache key; none for text that has no page of its own */
  key?: string;
  url?: string;
  open: () => Promise<OpenedPage>;
}

// The engine (jieba's glue, lexicons, OpenCC tables) is most of the popup's
// code and a cached result needs none of it: load it only to analyse.
const engine = (): Promise<typeof import('@/lib/analyze')> => import('@/lib/analyze');

/** User Timing marks: visible in DevTools, and read by scripts/bench-extension.ts. */
const mark = (name: string): void => void performance.mark(`zhiqing:${name}`);

/** Resolves after the browser has painted, so a new step is on screen before jieba blocks the thread. */
const painted = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export async function analyse(source: Source, onStep: (step: LoadingStep) => void, useCache = true): Promise<Outcome> {
  onStep('reading');
  const [page, cached] = await Promise.all([source.open(), useCache && source.key ? readCache(source.key) : null]);
  mark('page-opened');
  // An extension update may change the analysis: its version is part of the key.
  const hash = `${browser.runtime.getManifest().version}:${page.fingerprint}`;
  if (cached?.hash === hash) return { analysis: cached.analysis, cached: true, truncated: cached.truncated };

  // Load the segmenter while the page extracts the policy.
  let ready = false;
  const segmenter = engine()
    .then(({ warmUp }) => warmUp())
    .then(() => {
      ready = true;
      mark('segmenter-ready');
    });
  const text = await page.extract();
  mark('text-extracted');
  await painted();
  if (!ready) {
    onStep('segmenter');
    await segmenter;
  }
  onStep('analysing');
  await painted();
  const { analyzePolicy } = await engine();
  const analysis = await analyzePolicy(text.text, {
    title: text.title,
    url: source.url,
    fetchedAt: new Date().toISOString(),
    headings: text.headings,
  });
  mark('analysed');
  // The result is shown whether or not it could be stored.
  if (source.key) void writeCache(source.key, { hash, analysis, truncated: text.truncated }).catch(() => undefined);
  return { analysis, cached: false, truncated: text.truncated };
}

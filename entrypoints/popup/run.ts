// One analysis as the popup runs it: open the page, answer from the cache
// when its text is unchanged since the last analysis, else extract, segment
// and classify.
//
// Why here, in the popup: the content script only extracts (in the page's
// process, while the popup's worker loads jieba in parallel), and the popup
// lives exactly as long as the result is looked at. A background worker
// would keep jieba warm only while it is alive (Chrome stops an idle one
// after 30 s), so the cache, not a warm worker, makes a second open fast.
// The engine runs in a dedicated worker (./worker.ts) so the popup never
// freezes, and gives up after a deadline.
import { browser } from 'wxt/browser';
import type { LoadingStep } from '@/components/Loading';
import type { Analysis } from '@/lib/types';
import AnalysisWorker from './analysis.worker?worker';
import type { OpenedPage } from './page';
import { readCache, writeCache } from './storage';
import { startEngine, type WorkerLike } from './worker';

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

/** User Timing marks: visible in DevTools, and read by scripts/bench-extension.ts. */
const mark = (name: string): void => void performance.mark(`zhiqing:${name}`);

export async function analyse(source: Source, onStep: (step: LoadingStep) => void, useCache = true): Promise<Outcome> {
  onStep('reading');
  const [page, cached] = await Promise.all([source.open(), useCache && source.key ? readCache(source.key) : null]);
  mark('page-opened');
  // An extension update may change the analysis: its version is part of the key.
  const hash = `${browser.runtime.getManifest().version}:${page.fingerprint}`;
  if (cached?.hash === hash) return { analysis: cached.analysis, cached: true, truncated: cached.truncated };
  let truncated = false;

  // Load the segmenter (in the worker) while the page extracts the policy.
  let ready = false;
  const engine = startEngine(() => new AnalysisWorker() as unknown as WorkerLike);
  void engine.ready.then(() => {
    ready = true;
    mark('segmenter-ready');
  });
  let analysis: Analysis;
  try {
    const text = await page.extract();
    mark('text-extracted');
    if (!ready) onStep('segmenter');
    analysis = await engine.analyse(
      { text: text.text, options: { title: text.title, url: source.url, fetchedAt: new Date().toISOString(), headings: text.headings } },
      () => onStep('analysing'),
    );
    truncated = text.truncated;
  } finally {
    engine.stop();
  }
  mark('analysed');
  // The result is shown whether or not it could be stored.
  if (source.key) void writeCache(source.key, { hash, analysis, truncated }).catch(() => undefined);
  return { analysis, cached: false, truncated };
}

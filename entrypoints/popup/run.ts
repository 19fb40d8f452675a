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
import { appTypeChoice, entryFor, keepAnalysis, readAnalysis, versionsOf, type HistoryEntry } from './storage';
import { startEngine, type EngineRun, type WorkerLike } from './worker';

export interface Outcome {
  analysis: Analysis;
  cached: boolean;
  truncated: boolean;
  /** this analysis in the history (kept while the result is shown) */
  entry?: HistoryEntry;
  /** the page's last analysis before its text changed */
  previous?: HistoryEntry;
}

export interface Source {
  /** cache key; none for text that has no page of its own */
  key?: string;
  url?: string;
  open: () => Promise<OpenedPage>;
}

const newEngine = (): EngineRun => startEngine(() => new AnalysisWorker() as unknown as WorkerLike);
/**
 * The first analysis's worker starts as this module loads, before the page is
 * asked for anything: a worker takes ~150 ms to start and jieba's dictionary
 * ~300 ms to build, all of it while the page answers. An answer from the cache
 * stops it unused.
 */
let early: EngineRun | undefined = newEngine();

/** User Timing marks: visible in DevTools, and read by scripts/bench-extension.ts. */
const mark = (name: string): void => void performance.mark(`zhiqing:${name}`);

export async function analyse(source: Source, onStep: (step: LoadingStep) => void, useCache = true): Promise<Outcome> {
  onStep('reading');
  const [page, versions, appTypes] = await Promise.all([source.open(), source.key ? versionsOf(source.key) : [], appTypeChoice(source.url)]);
  mark('page-opened');
  // An extension update or another app type may change the analysis: both are part of the hash.
  const hash = `${browser.runtime.getManifest().version}:${page.fingerprint}${appTypes ? `:${appTypes.join(',') || 'none'}` : ''}`;
  const latest = versions[0];
  if (useCache && latest?.hash === hash) {
    const analysis = await readAnalysis(latest.id);
    if (analysis) {
      early?.stop();
      early = undefined;
      return { analysis, cached: true, truncated: latest.truncated, entry: latest, previous: previousVersion(versions, latest) };
    }
  }
  let truncated = false;

  // Load the segmenter (in the worker) while the page extracts the policy.
  let ready = false;
  const engine = early ?? newEngine();
  early = undefined;
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
      { text: text.text, options: { title: text.title, url: source.url, fetchedAt: new Date().toISOString(), headings: text.headings, appTypes } },
      () => onStep('analysing'),
    );
    truncated = text.truncated;
  } finally {
    engine.stop();
  }
  mark('analysed');
  if (!source.key) return { analysis, cached: false, truncated };
  const entry = await entryFor({ url: source.key, hash, analysis, truncated });
  // The result is shown while it is kept, whether or not it can be.
  void keepAnalysis(entry, analysis).catch(() => false);
  return { analysis, cached: false, truncated, entry, previous: previousVersion(versions, entry) };
}

/** The newest other version of the page whose text differs from `current`'s. */
const previousVersion = (versions: readonly HistoryEntry[], current: HistoryEntry): HistoryEntry | undefined =>
  versions.find((e) => e.id !== current.id && e.textHash !== current.textHash && e.analysedAt <= current.analysedAt);

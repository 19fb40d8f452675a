// The popup's side of the analysis worker: one worker per analysis, started
// before the page's text arrives (so jieba loads meanwhile), given up on
// after a deadline. A page that makes the engine slow can then cost the
// reader a wait with a clear end, never a frozen popup.
import type { WorkerReply, WorkerRequest } from './analysis.protocol';
import type { Analysis } from '@/lib/types';

/**
 * How long an analysis may take once the text is in the worker. The largest
 * text the reader hands over (300,000 characters) takes about a second; the
 * slowest adversarial inputs measured (npm run bench) under 3 ms/KB, i.e.
 * about 1 s for that text. Twenty seconds is generous on a slow machine and
 * still short enough that nobody wonders whether anything is happening.
 */
export const DEADLINE_MS = 20_000;

export class AnalysisTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`analysis stopped after ${seconds} s`);
  }
}

/** What the popup needs of a Worker (a fake one in unit tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface EngineRun {
  /** resolves when jieba's dictionary is loaded */
  ready: Promise<void>;
  /** hand over the text; resolves with the analysis, rejects on error or deadline */
  analyse(request: WorkerRequest, onAnalysing: () => void): Promise<Analysis>;
  /** stop the worker (the popup closed, or the result came from the cache) */
  stop(): void;
}

export function startEngine(create: () => WorkerLike, deadlineMs = DEADLINE_MS): EngineRun {
  const worker = create();
  let onReply: (reply: WorkerReply) => void = () => undefined;
  let onReady!: () => void;
  let onFail!: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    onReady = resolve;
    onFail = reject;
  });
  // A load failure also surfaces through analyse(); nobody need await ready.
  ready.catch(() => undefined);
  worker.onmessage = ({ data }) => {
    if (data.kind === 'ready') onReady();
    else if (data.kind === 'error') onFail(new Error(data.message));
    onReply(data);
  };
  worker.onerror = (event) => {
    event.preventDefault?.();
    const error = new Error(event.message || 'the analysis worker failed');
    onFail(error);
    onReply({ kind: 'error', message: error.message });
  };

  return {
    ready,
    analyse: (request, onAnalysing) =>
      new Promise<Analysis>((resolve, reject) => {
        const timer = setTimeout(() => {
          worker.terminate();
          reject(new AnalysisTimeout(Math.round(deadlineMs / 1000)));
        }, deadlineMs);
        const settle = (): void => {
          clearTimeout(timer);
          worker.terminate();
        };
        onReply = (reply) => {
          if (reply.kind === 'analysing') onAnalysing();
          else if (reply.kind === 'done') {
            settle();
            resolve(reply.analysis);
          } else if (reply.kind === 'error') {
            settle();
            reject(new Error(reply.message));
          }
        };
        worker.postMessage(request);
      }),
    stop: () => worker.terminate(),
  };
}

// The engine in a worker: jieba and the classifiers run here, so the popup's
// thread keeps painting and answering clicks whatever the page holds.
import { getSegmenter } from '@/lib/segment';
import type { WorkerReply, WorkerRequest } from './analysis.protocol';

const reply = (message: WorkerReply): void => self.postMessage(message);
const failed = (error: unknown): void => reply({ kind: 'error', message: error instanceof Error ? error.message : String(error) });

// jieba's wasm is fetched and compiled while the engine's modules (lexicons,
// rules) are evaluated: the worker starts on the slow part first.
const segmenter = getSegmenter();
const engine = import('@/lib/analyze');
const warm = Promise.all([segmenter, engine]).then(([, { warmUp }]) => warmUp());
warm.then(() => reply({ kind: 'ready' }), failed);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { text, options } = event.data;
  try {
    await warm;
    reply({ kind: 'analysing' });
    const { analyzePolicy } = await engine;
    reply({ kind: 'done', analysis: await analyzePolicy(text, options) });
  } catch (error) {
    failed(error);
  }
};

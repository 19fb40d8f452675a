// The engine in a worker: jieba and the classifiers run here, so the popup's
// thread keeps painting and answering clicks whatever the page holds.
import { analyzePolicy, warmUp, type AnalyzeOptions } from '@/lib/analyze';
import type { WorkerReply, WorkerRequest } from './analysis.protocol';

const reply = (message: WorkerReply): void => self.postMessage(message);

// The dictionary loads as soon as the worker starts, while the page extracts.
const warm = warmUp().then(
  () => reply({ kind: 'ready' }),
  (error: unknown) => reply({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { text, options } = event.data;
  try {
    await warm;
    reply({ kind: 'analysing' });
    const analysis = await analyzePolicy(text, options as AnalyzeOptions);
    reply({ kind: 'done', analysis });
  } catch (error) {
    reply({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};

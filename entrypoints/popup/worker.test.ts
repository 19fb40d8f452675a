// The popup's deadline on the analysis worker, with a worker that answers as told.
import { describe, expect, it, vi } from 'vitest';
import type { WorkerReply, WorkerRequest } from './analysis.protocol';
import { AnalysisTimeout, startEngine, type WorkerLike } from './worker';
import type { Analysis } from '@/lib/types';

/** A worker that replies with `script` to each request, and records whether it was stopped. */
function fakeWorker(script: (request: WorkerRequest) => WorkerReply[]): WorkerLike & { terminated: boolean } {
  const worker = {
    terminated: false,
    onmessage: null as WorkerLike['onmessage'],
    onerror: null as WorkerLike['onerror'],
    postMessage(request: WorkerRequest) {
      for (const data of script(request)) queueMicrotask(() => worker.onmessage?.({ data } as MessageEvent<WorkerReply>));
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

const request: WorkerRequest = { text: '我们会收集您的手机号码。', options: {} };
const analysis = { schemaVersion: 1, text: request.text } as Analysis;

describe('the analysis worker, seen from the popup', () => {
  it('hands back the analysis, says when it is analysing, and stops the worker', async () => {
    const worker = fakeWorker(() => [{ kind: 'analysing' }, { kind: 'done', analysis }]);
    const onAnalysing = vi.fn();
    await expect(startEngine(() => worker).analyse(request, onAnalysing)).resolves.toBe(analysis);
    expect(onAnalysing).toHaveBeenCalledOnce();
    expect(worker.terminated).toBe(true);
  });

  it('gives up at the deadline with a timeout the popup can name, and stops the worker', async () => {
    vi.useFakeTimers();
    try {
      const worker = fakeWorker(() => [{ kind: 'analysing' }]);
      const result = startEngine(() => worker, 5_000).analyse(request, () => undefined);
      const caught = result.catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(4_999);
      expect(worker.terminated).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      const error = await caught;
      expect(error).toBeInstanceOf(AnalysisTimeout);
      expect((error as AnalysisTimeout).seconds).toBe(5);
      expect(worker.terminated).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("passes on the engine's error message", async () => {
    const worker = fakeWorker(() => [{ kind: 'error', message: 'the dictionary did not load' }]);
    await expect(startEngine(() => worker).analyse(request, () => undefined)).rejects.toThrow('the dictionary did not load');
    expect(worker.terminated).toBe(true);
  });

  it('a worker that fails to start is an error, not a wait for the deadline', async () => {
    const worker = fakeWorker(() => []);
    const engine = startEngine(() => worker);
    const result = engine.analyse(request, () => undefined);
    worker.onerror?.({ message: 'SyntaxError in worker', preventDefault: () => undefined } as ErrorEvent);
    await expect(result).rejects.toThrow('SyntaxError in worker');
    await expect(engine.ready).rejects.toThrow('SyntaxError in worker');
  });
});

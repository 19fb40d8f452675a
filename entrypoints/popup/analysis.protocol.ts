// Messages between the popup and its analysis worker.
import type { AnalyzeOptions } from '@/lib/analyze';
import type { Analysis } from '@/lib/types';

export interface WorkerRequest {
  text: string;
  options: AnalyzeOptions;
}

export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'analysing' }
  | { kind: 'done'; analysis: Analysis }
  | { kind: 'error'; message: string };

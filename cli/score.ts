// Scoring an Analysis against a gold file (../shared/corpus/README.md).
import { nameKey } from '../lib/org';
import type { Analysis } from '../lib/types';

export interface Gold {
  file: string;
  collected: string[];
  mentioned_only?: string[];
  permissions: string[];
  sdks?: { name: string; vendor: string | null }[];
  named_recipients?: string[];
  recipient_kinds?: string[];
  sharing_types?: string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** what was predicted but is not gold, and what gold has that was missed */
  extra: string[];
  missed: string[];
}

export const FIELDS = ['collected', 'permissions', 'sdks', 'named_recipients', 'recipient_kinds', 'sharing_types'] as const;
export type Field = (typeof FIELDS)[number];

/** Names compare by lib/org's nameKey; one containing the other matches. */
function namesMatch(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

function scoreSets(predicted: readonly string[], gold: readonly string[], fuzzy: boolean): Counts {
  const unmatched = [...new Set(gold)];
  const extra: string[] = [];
  let tp = 0;
  for (const p of new Set(predicted)) {
    const i = unmatched.findIndex((g) => (fuzzy ? namesMatch(p, g) : p === g));
    if (i === -1) extra.push(p);
    else {
      tp++;
      unmatched.splice(i, 1);
    }
  }
  return { tp, fp: extra.length, fn: unmatched.length, extra, missed: unmatched };
}

function predictedFields(a: Analysis): Record<Field, string[]> {
  const recipients = a.sharing.flatMap((c) => c.recipients);
  return {
    collected: a.dataItems.filter((d) => d.status === 'collected').map((d) => d.id),
    permissions: a.permissions.map((p) => p.id),
    sdks: a.sdks.map((s) => s.name),
    named_recipients: recipients.filter((r) => r.kind === 'named_org').map((r) => r.name),
    recipient_kinds: recipients.map((r) => r.kind),
    sharing_types: a.sharing.map((c) => c.type),
  };
}

export function scoreFile(a: Analysis, gold: Gold): Record<Field, Counts> {
  const p = predictedFields(a);
  return {
    collected: scoreSets(p.collected, gold.collected, false),
    permissions: scoreSets(p.permissions, gold.permissions, false),
    sdks: scoreSets(p.sdks, (gold.sdks ?? []).map((s) => s.name), true),
    named_recipients: scoreSets(p.named_recipients, gold.named_recipients ?? [], true),
    recipient_kinds: scoreSets(p.recipient_kinds, gold.recipient_kinds ?? [], false),
    sharing_types: scoreSets(p.sharing_types, gold.sharing_types ?? [], false),
  };
}

export function f1(c: Pick<Counts, 'tp' | 'fp' | 'fn'>): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

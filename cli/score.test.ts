import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../lib/analyze';
import type { Analysis } from '../lib/types';
import { loadPolicy } from './input';
import { nameKey } from '../lib/org';
import { f1, FIELDS, scoreFile, type Field, type Gold } from './score';

describe('scoring', () => {
  it('compares names without whitespace and punctuation', () => {
    expect(nameKey('Umeng（友盟） SDK')).toBe('umeng友盟sdk');
  });

  it('counts a name inside the other as a match, once', () => {
    const a = { dataItems: [], permissions: [], sharing: [], sdks: [{ name: '友盟SDK' }, { name: '友盟' }, { name: '极光' }] } as unknown as Analysis;
    const gold = { file: 'x', collected: [], permissions: [], sdks: [{ name: 'Umeng（友盟） SDK', vendor: null }] } as Gold;
    expect(scoreFile(a, gold).sdks).toMatchObject({ tp: 1, fp: 2, fn: 0 });
  });

  it('computes F1', () => {
    expect(f1({ tp: 8, fp: 2, fn: 2 }).f1).toBeCloseTo(0.8);
  });
});

// The bar, on the hand-labelled corpus beside the repository. Not a
// per-file special case: the same rules run on every policy.
const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
// The bundled sample's own expectation (samples/sample-policy.gold.json).
const SAMPLES = join(import.meta.dirname, '..', 'samples');
// Our blind-labelled dev set (devset/LABELLING.md): 20 policies the rules were not written from.
const DEVSET = join(import.meta.dirname, '..', 'devset');
const BAR: Partial<Record<Field, number>> = { collected: 0.9, permissions: 0.85, sdks: 0.9, named_recipients: 0.8, recipient_kinds: 0.85, sharing_types: 0.85 };
// issue 8's bars on the dev set
const DEVSET_BAR: Partial<Record<Field, number>> = { collected: 0.95, permissions: 0.92, sdks: 0.9, named_recipients: 0.8 };

describe.each(
  [
    [CORPUS, BAR],
    [SAMPLES, BAR],
    [DEVSET, DEVSET_BAR],
  ].filter(([dir]) => existsSync(dir as string)) as [string, Partial<Record<Field, number>>][],
)('evaluation on %s', (dir, bars) => {
  it('meets the F1 bar on every field', async () => {
    const totals = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, { tp: number; fp: number; fn: number }>;
    for (const goldFile of readdirSync(dir).filter((f) => f.endsWith('.gold.json'))) {
      const gold = JSON.parse(readFileSync(join(dir, goldFile), 'utf8')) as Gold;
      const policy = loadPolicy(join(dir, gold.file));
      const scores = scoreFile(await analyzePolicy(policy.text, { title: policy.title, headings: policy.headings }), gold);
      for (const field of FIELDS) for (const k of ['tp', 'fp', 'fn'] as const) totals[field][k] += scores[field][k];
    }
    for (const [field, bar] of Object.entries(bars)) expect(f1(totals[field as Field]).f1, field).toBeGreaterThanOrEqual(bar);
  });
});

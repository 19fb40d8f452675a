// Every lexicon example, silent example and cue example read the way a
// policy is read: analyzePolicy, with the real jieba tokenizer and every
// lexicon term loaded as a user word. A copy of the matcher would miss what
// the tokenizer does (手机通讯录 is one word, so 通讯录 alone never matches in it).
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePolicy, warmUp } from '../analyze';
import { getSegmenter } from '../segment';
import { buildTermIndex, contextReader, findTerms, type Stance } from '../tag';
import { buildPolicyText, sentenceOf } from '../text';
import type { Analysis } from '../types';
import * as CUES from './cues';
import { DATA_ITEMS } from './dataItems';
import { PERMISSIONS } from './permissions';
import type { TermEntry } from './types';

const collected = (a: Analysis): string[] => a.dataItems.filter((d) => d.status === 'collected').map((d) => d.id);
const permissions = (a: Analysis): string[] => a.permissions.map((p) => p.id);

const cases = (entries: readonly TermEntry[], pick: (e: TermEntry) => readonly string[]) =>
  entries.flatMap((e) => pick(e).map((sentence) => [e.id, sentence] as const));

beforeAll(warmUp);

describe('data items, as analyzePolicy reads them', () => {
  it.each(cases(DATA_ITEMS, (e) => [e.example]))('%s is collected: %s', async (id, sentence) => {
    expect(collected(await analyzePolicy(sentence))).toContain(id);
  });

  it.each(cases(DATA_ITEMS, (e) => e.silent ?? []))('%s is not collected: %s', async (id, sentence) => {
    expect(collected(await analyzePolicy(sentence))).not.toContain(id);
  });
});

describe('permissions, as analyzePolicy reads them', () => {
  it.each(cases(PERMISSIONS, (e) => [e.example]))('%s is found: %s', async (id, sentence) => {
    expect(permissions(await analyzePolicy(sentence))).toContain(id);
  });

  it.each(cases(PERMISSIONS, (e) => e.silent ?? []))('%s is not found: %s', async (id, sentence) => {
    expect(permissions(await analyzePolicy(sentence))).not.toContain(id);
  });
});

// What each cue list's example shows, as analyzePolicy reads it.
const mentioned = (id: string) => (a: Analysis) => a.dataItems.find((d) => d.id === id)?.status === 'mentioned';
const TAGGING_CUES: Record<string, (a: Analysis) => boolean> = {
  COLLECT_VERBS: (a) => collected(a).includes('phone'),
  STRONG_NEGATORS: mentioned('phone'),
  WEAK_NEGATORS: (a) => mentioned('location')(a) && !permissions(a).includes('location'),
  NEGATABLE_VERBS: (a) => mentioned('contacts')(a) && !permissions(a).includes('contacts'),
  CONDITION_STARTS: (a) => collected(a).includes('phone'),
  DEFINITION_CUES: mentioned('id_document'),
  DEFINITION_SECTIONS: mentioned('location'),
  MINOR_CUES: mentioned('minor_info'),
  ADVICE_CUES: mentioned('credentials'),
  LOCAL_ONLY_CUES: mentioned('face'),
  CHANNEL_CUES: (a) => !collected(a).includes('sms') && !collected(a).includes('email'),
  PERMISSION_CUES: (a) => permissions(a).includes('camera'),
  UNLAWFUL_COLLECTION: (a) => !collected(a).includes('contacts') && !permissions(a).includes('contacts'),
};
// Cues of a sentence's stance, which the findings read through the same context reader.
const STANCE_CUES: Record<string, Stance> = { QUESTION_CUES: 'question', PROMISE_TO_ASK: 'promise', EXAMPLE_STARTS: 'example' };

describe('cue examples', () => {
  it('every cue list has its reading here', () => {
    expect(Object.keys(CUES).sort()).toEqual([...Object.keys(TAGGING_CUES), ...Object.keys(STANCE_CUES)].sort());
  });

  it.each(Object.entries(TAGGING_CUES))('%s: analyzePolicy reads its example as meant', async (name, meant) => {
    expect(meant(await analyzePolicy(CUES[name as keyof typeof CUES].example))).toBe(true);
  });

  it.each(Object.entries(STANCE_CUES))('%s: its example has stance %s', (name, stance) => {
    const doc = buildPolicyText(CUES[name as keyof typeof CUES].example);
    const at = doc.text.length - 2;
    expect(contextReader(doc).stance(sentenceOf(doc, at)!, at)).toBe(stance);
  });
});

// Both lexicons are one jieba dictionary, so a word of one that holds a word
// of the other (手机通讯录 ⊃ 通讯录, 定位服务 ⊃ 定位) is cut as one token and hides
// it. Each such pair is decided on purpose: the longer word is a term of the
// other lexicon too, or a notWhen phrase of the shorter word's entry says it
// means something else.
describe('a word of one lexicon that holds a word of the other', () => {
  const pairs = (outer: readonly TermEntry[], inner: readonly TermEntry[]) =>
    outer.flatMap((o) =>
      o.terms.flatMap((word) =>
        inner.flatMap((i) => (i.terms.some((t) => t !== word && word.includes(t)) ? [[word, i] as const] : [])),
      ),
    );
  const undecided = async (outer: readonly TermEntry[], inner: readonly TermEntry[]): Promise<string[]> => {
    const segmenter = await getSegmenter();
    const index = buildTermIndex(inner);
    return pairs(outer, inner)
      .filter(([word, entry]) => {
        const hits = findTerms(word, segmenter.tokenize(word), index);
        const owned = hits.some((h) => h.id === entry.id) || inner.some((e) => e.terms.includes(word));
        return !owned && !entry.notWhen?.some((n) => n.includes(word) || word.includes(n));
      })
      .map(([word, entry]) => `${word} (${entry.id})`);
  };

  it('data words that hold a permission word', async () => {
    expect(await undecided(DATA_ITEMS, PERMISSIONS)).toEqual([]);
  });

  it('permission words that hold a data word', async () => {
    expect(await undecided(PERMISSIONS, DATA_ITEMS)).toEqual([]);
  });
});

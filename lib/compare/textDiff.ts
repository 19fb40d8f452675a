// The text diff of two versions of one policy, sentence by sentence (the
// engine's own sentences), grouped by the section each sentence sits in.
// jsdiff aligns the sentences; each distinct sentence is first turned into a
// number so the diff compares numbers, not strings.
import { diffArrays } from 'diff';
import { splitSentences } from '../text';
import type { Analysis, Section, Span } from '../types';

export type SentenceOp = 'same' | 'added' | 'removed';

export interface SentenceChange extends Span {
  op: SentenceOp;
  sentence: string;
  // start/end: in the new text for 'same' and 'added', in the old text for 'removed'
}

export interface SectionDiff {
  /** top-level section heading ('' for the text before the first heading) */
  title: string;
  /** every sentence in order when the section changed; empty when it did not */
  sentences: SentenceChange[];
  /** sentences left as they were */
  unchanged: number;
}

export interface TextDiff {
  sections: SectionDiff[];
  added: number;
  removed: number;
  isEmpty: boolean;
}

type Version = Pick<Analysis, 'text' | 'sections'>;

/**
 * jsdiff's work grows with sentences × edits; past this budget it gives up
 * (2,000 edits between two 300 KB texts, about 0.3 s), so time stays bounded.
 */
const MAX_WORK = 24_000_000;

/** Top-level sections: those no earlier section contains. */
function topLevel(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  for (const s of [...sections].sort((a, b) => a.start - b.start)) {
    const last = out.at(-1);
    if (!last || s.start >= last.end) out.push(s);
  }
  return out;
}

/** Title of the top-level section at each offset; offsets must come in increasing order. */
function sectionTitles(sections: readonly Section[]): (offset: number) => string {
  const tops = topLevel(sections);
  let i = 0;
  return (offset) => {
    while (i < tops.length && tops[i]!.start <= offset) i++;
    const s = tops[i - 1];
    return s && offset < s.end ? s.title : '';
  };
}

/**
 * Which sentences stay, as index pairs. A sentence only one side has is
 * removed or added whatever the alignment, so only the sentences both sides
 * have go to jsdiff (GNU diff discards such lines too): a rewrite costs no
 * more than a small edit. Past MAX_EDITS (sections moved around wholesale),
 * the shared sentences that moved are shown as removed and added again.
 */
function kept(oldIds: readonly number[], newIds: readonly number[]): [number, number][] {
  const inOld = new Set(oldIds);
  const inNew = new Set(newIds);
  const oldShared = oldIds.flatMap((id, i) => (inNew.has(id) ? [i] : []));
  const newShared = newIds.flatMap((id, i) => (inOld.has(id) ? [i] : []));
  const parts = diffArrays(
    oldShared.map((i) => oldIds[i]!),
    newShared.map((i) => newIds[i]!),
    { maxEditLength: Math.ceil(MAX_WORK / (oldShared.length + newShared.length + 1)) },
  );
  const pairs: [number, number][] = [];
  let o = 0;
  let n = 0;
  for (const part of parts ?? []) {
    if (part.removed) o += part.count;
    else if (part.added) n += part.count;
    else for (let k = 0; k < part.count; k++) pairs.push([oldShared[o++]!, newShared[n++]!]);
  }
  return pairs;
}

/** A sentence diff of `before` and `after`, section by section. */
export function textDiff(before: Version, after: Version): TextDiff {
  const oldSentences = splitSentences(before.text);
  const newSentences = splitSentences(after.text);
  const ids = new Map<string, number>();
  const idOf = (text: string, s: Span): number => {
    const key = text.slice(s.start, s.end);
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  const oldIds = oldSentences.map((s) => idOf(before.text, s));
  const newIds = newSentences.map((s) => idOf(after.text, s));

  const oldTitle = sectionTitles(before.sections);
  const newTitle = sectionTitles(after.sections);
  const sections: SectionDiff[] = [];
  let added = 0;
  let removed = 0;
  const push = (op: SentenceOp, text: string, s: Span, title: string) => {
    let last = sections.at(-1);
    if (!last || last.title !== title) sections.push((last = { title, sentences: [], unchanged: 0 }));
    last.sentences.push({ op, sentence: text.slice(s.start, s.end), start: s.start, end: s.end });
    if (op === 'same') last.unchanged++;
    else if (op === 'added') added++;
    else removed++;
  };
  // everything between two kept sentences is removed (old) then added (new)
  let o = 0;
  let n = 0;
  const upTo = (oldEnd: number, newEnd: number) => {
    for (; o < oldEnd; o++) push('removed', before.text, oldSentences[o]!, oldTitle(oldSentences[o]!.start));
    for (; n < newEnd; n++) push('added', after.text, newSentences[n]!, newTitle(newSentences[n]!.start));
  };
  for (const [oi, ni] of kept(oldIds, newIds)) {
    upTo(oi, ni);
    push('same', after.text, newSentences[ni]!, newTitle(newSentences[ni]!.start));
    o++;
    n++;
  }
  upTo(oldSentences.length, newSentences.length);
  // a section where nothing changed keeps only its count
  for (const s of sections) if (s.unchanged === s.sentences.length) s.sentences = [];
  return { sections, added, removed, isEmpty: added === 0 && removed === 0 };
}

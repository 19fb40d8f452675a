// Lexicon lookup over jieba tokens: a term matches when it is exactly one
// token or a run of consecutive tokens, so it never starts or ends inside a
// word (卡号 does not match inside 信用卡号码's neighbours by accident).
import type { Token } from '../segment';
import type { TermEntry } from '../lexicon/types';
import { foldText } from '../text';

export interface TermHit {
  id: string;
  term: string;
  start: number;
  end: number;
}

export interface TermIndex {
  terms: Map<string, string>;
  /** every proper prefix of every term, to stop extending a run early */
  prefixes: Set<string>;
  notWhen: Map<string, string[]>;
}

export function buildTermIndex(entries: readonly TermEntry[]): TermIndex {
  const terms = new Map<string, string>();
  const prefixes = new Set<string>();
  const notWhen = new Map<string, string[]>();
  for (const entry of entries) {
    // Terms are written folded already; folding again guards a stray 繁體 character.
    for (const term of entry.terms.map(foldText)) {
      terms.set(term, entry.id);
      for (let i = 1; i < term.length; i++) prefixes.add(term.slice(0, i));
    }
    if (entry.notWhen?.length) notWhen.set(entry.id, entry.notWhen.map(foldText));
  }
  return { terms, prefixes, notWhen };
}

/** Is the hit inside a longer phrase that means something else? */
function excluded(folded: string, hit: TermHit, phrases: readonly string[] | undefined): boolean {
  if (!phrases) return false;
  for (const phrase of phrases) {
    // Only an occurrence starting in [end - len, start] covers the hit: look
    // in that window, not the rest of the text.
    const window = folded.slice(Math.max(0, hit.end - phrase.length), hit.start + phrase.length);
    if (window.includes(phrase)) return true;
  }
  return false;
}

// A term followed by the rest of an organisation's name is part of that
// name (北京示例征信有限公司), not a kind of data.
const ORG_TAIL = /^[^，,。；;、\s()（）:：]{0,10}?(有限公司|有限责任公司|股份公司|集团|研究院|研究中心)/;

/** Longest-first matches of index terms over the tokens of `folded`. */
export function findTerms(folded: string, tokens: readonly Token[], index: TermIndex): TermHit[] {
  return findTermsOf(folded, tokens, [index])[0]!;
}

/**
 * The same for several indexes in one pass over the tokens (the data and the
 * permission lexicons): each index keeps its own longest-first matches.
 */
export function findTermsOf(folded: string, tokens: readonly Token[], indexes: readonly TermIndex[]): TermHit[][] {
  const hits: TermHit[][] = indexes.map(() => []);
  // per index: the token before which no new match may start (the end of its last match)
  const resume = indexes.map(() => 0);
  const best: (TermHit | undefined)[] = indexes.map(() => undefined);
  const next = indexes.map(() => 0);
  for (let i = 0; i < tokens.length; i++) {
    let run = '';
    let open = 0;
    for (let k = 0; k < indexes.length; k++) {
      best[k] = undefined;
      if (resume[k]! <= i) open |= 1 << k;
    }
    for (let j = i; j < tokens.length && open; j++) {
      run += tokens[j]!.word;
      for (let k = 0; k < indexes.length; k++) {
        if (!(open & (1 << k))) continue;
        const index = indexes[k]!;
        const id = index.terms.get(run);
        if (id) {
          best[k] = { id, term: run, start: tokens[i]!.start, end: tokens[j]!.end };
          next[k] = j + 1;
        }
        if (!index.prefixes.has(run)) open &= ~(1 << k);
      }
    }
    for (let k = 0; k < indexes.length; k++) {
      const hit = best[k];
      if (!hit) continue;
      resume[k] = next[k]!;
      if (!excluded(folded, hit, indexes[k]!.notWhen.get(hit.id)) && !ORG_TAIL.test(folded.slice(hit.end, hit.end + 16))) hits[k]!.push(hit);
    }
  }
  return hits;
}

/** The hits (sorted by start) that start inside `span`, found by binary search. */
export function hitsIn(hits: readonly TermHit[], span: { start: number; end: number }): TermHit[] {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: TermHit[] = [];
  for (let i = lo; i < hits.length && hits[i]!.start < span.end; i++) out.push(hits[i]!);
  return out;
}

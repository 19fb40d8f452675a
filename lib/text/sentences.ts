// Sentence splitting. A sentence ends at 。！？；!?; or a line break; a line
// is a list item or a table row already (extraction keeps one row a line).
// Very long runs (tables flattened into one line, run-on clauses) are cut at
// commas so that evidence stays a readable quote.
import type { Span } from '../types';

const END = /[。！？；!?;]+[”’」』）)]*|\n+/g;
const MAX_SENTENCE = 220;
const SOFT_BREAK = /[，,]/g;
const HARD_LIMIT = 1000;

export interface Sentence extends Span {
  /** index in the sentence list */
  index: number;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Cut an over-long span at the comma nearest each MAX_SENTENCE mark; a run
 * with no comma for HARD_LIMIT characters is cut there, so that no sentence
 * (and nothing read per sentence) grows with the page.
 */
function splitLong(text: string, span: Span, out: Span[]): void {
  let start = span.start;
  while (span.end - start > MAX_SENTENCE) {
    SOFT_BREAK.lastIndex = start + 40;
    let cut = -1;
    for (let m = SOFT_BREAK.exec(text); m && m.index < span.end && m.index - start <= HARD_LIMIT; m = SOFT_BREAK.exec(text)) {
      if (m.index - start > MAX_SENTENCE && cut !== -1) break;
      cut = m.index + 1;
    }
    if (cut === -1 && span.end - start > HARD_LIMIT) cut = start + HARD_LIMIT;
    if (cut === -1 || cut >= span.end) break;
    out.push(trimSpan(text, start, cut));
    start = cut;
  }
  out.push(trimSpan(text, start, span.end));
}

export function splitSentences(text: string): Sentence[] {
  const spans: Span[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    splitLong(text, trimSpan(text, start, end), spans);
    start = m.index + m[0].length;
  }
  splitLong(text, trimSpan(text, start, text.length), spans);
  return spans.filter((s) => s.end > s.start).map((s, index) => ({ ...s, index }));
}

/** The sentence containing `offset` (binary search over sorted sentences). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

// A long quote (a table row can be a whole page) is cut around its matched
// term, so the term is always in view: some context before it, more after.

/** Characters a quote shows at most. */
export const QUOTE_CHARS = 180;
/** Of those, how many come before the term when the quote is cut. */
const BEFORE = 60;

export interface QuoteWindow {
  before: string;
  term: string;
  after: string;
  /** text was dropped at the start / at the end */
  cutStart: boolean;
  cutEnd: boolean;
}

/** `quote` with the term at [from, to) (from === to: no term), cut to `max` characters around it. */
export function quoteWindow(quote: string, from: number, to: number, max = QUOTE_CHARS): QuoteWindow {
  const whole = (start: number, end: number): QuoteWindow => ({
    before: quote.slice(start, from),
    term: quote.slice(from, to),
    after: quote.slice(to, end),
    cutStart: start > 0,
    cutEnd: end < quote.length,
  });
  if (quote.length <= max) return whole(0, quote.length);
  // A very long term keeps its start in view.
  const termEnd = Math.min(to, from + max);
  const start = Math.max(0, Math.min(Math.max(from - BEFORE, termEnd - max), quote.length - max));
  const end = start + max;
  return { ...whole(start, end), term: quote.slice(from, Math.min(to, end)), after: quote.slice(Math.min(to, end), end) };
}

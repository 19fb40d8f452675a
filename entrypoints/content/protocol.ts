// What the popup and the injected content script say to each other. The
// injection answers with a PageProbe (the return value of
// scripting.executeScript, so it must survive JSON serialisation: no Maps);
// then the script serves extraction and highlight requests.

/** One analysis reads at most this many characters; real policies stay under 100 k. */
export const MAX_CHARS = 300_000;

export interface PageProbe {
  /** changes whenever the page's text does: the cache key's second half */
  fingerprint: string;
}

export interface PageText {
  text: string;
  /** heading line → level, as lib/extract saw them */
  headings: Record<string, number>;
  title?: string;
  /** the page held more text than one analysis reads; `text` is its start */
  truncated: boolean;
}

export interface ExtractRequest {
  type: 'zhiqing:extract';
}

export interface HighlightRequest {
  type: 'zhiqing:highlight';
  /** Evidence.quote: the sentence to find in the page */
  quote: string;
  /** the matched term inside the quote, marked more strongly */
  term?: string;
}

export interface HighlightReply {
  found: boolean;
}

export type PageRequest = ExtractRequest | HighlightRequest;

export function isPageRequest(message: unknown): message is PageRequest {
  const type = (message as PageRequest | null)?.type;
  return type === 'zhiqing:extract' || (type === 'zhiqing:highlight' && typeof (message as HighlightRequest).quote === 'string');
}

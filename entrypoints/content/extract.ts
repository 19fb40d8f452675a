// Reads the policy out of the live page with lib's extractor. Two things the
// extractor cannot see by itself: a policy inside a same-origin iframe, and
// collapsed sections, which Readability drops when they are hidden by an
// attribute or an inline style (class-hidden ones survive, since a cloned
// document has no computed style).
import { extractDocument } from '../../lib/extract';
import { MAX_CHARS, type PageText } from './protocol';

const MAX_FRAME_DEPTH = 3;
const CJK = /[\u3400-\u9fff]/;

/** The document and every same-origin frame document below it. */
export function readableDocuments(root: Document, depth = 0): Document[] {
  const docs = [root];
  if (depth >= MAX_FRAME_DEPTH) return docs;
  for (const frame of Array.from(root.querySelectorAll<HTMLIFrameElement>('iframe, frame'))) {
    let inner: Document | null = null;
    try {
      inner = frame.contentDocument;
    } catch {
      // cross-origin: the page's own code cannot read it either
    }
    if (inner?.body) docs.push(...readableDocuments(inner, depth + 1));
  }
  return docs;
}

/** A copy of `doc` with closed <details> opened and hidden sections shown. */
function unfolded(doc: Document): Document {
  const copy = doc.cloneNode(true) as Document;
  for (const el of Array.from(copy.querySelectorAll('details:not([open])'))) el.setAttribute('open', '');
  for (const el of Array.from(copy.querySelectorAll<HTMLElement>('[hidden], [aria-hidden="true"], [style]'))) {
    // Only text-bearing elements: aria-hidden icons carry ligature names
    // ("expand_more") that must not become policy text.
    const text = el.textContent ?? '';
    if (!CJK.test(text) && text.trim().length < 40) continue;
    el.removeAttribute('hidden');
    el.removeAttribute('aria-hidden');
    if (el.style.display === 'none') el.style.removeProperty('display');
    if (el.style.visibility === 'hidden') el.style.removeProperty('visibility');
  }
  return copy;
}

/** The policy text of the page: the frame document that yields the most text. */
export function extractPage(doc: Document): PageText {
  let best: ReturnType<typeof extractDocument> | undefined;
  for (const candidate of readableDocuments(doc)) {
    const page = extractDocument(unfolded(candidate));
    if (!best || page.text.length > best.text.length) best = page;
  }
  const page = best!;
  return {
    text: page.text.slice(0, MAX_CHARS),
    headings: Object.fromEntries(page.headings),
    title: doc.title.trim() || page.title,
    truncated: page.text.length > MAX_CHARS,
  };
}

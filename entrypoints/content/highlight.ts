// Finds an evidence sentence in the live page and highlights it. Evidence
// offsets refer to the extracted, normalised text, not to the DOM, so the
// quote is looked up in the page's own text with whitespace, invisible
// characters and the ' | ' the extractor puts between table cells ignored,
// across text-node boundaries.
import { readableDocuments } from './extract';

const SENTENCE = 'zhiqing';
const TERM = 'zhiqing-term';
const MARK_ATTR = 'data-zhiqing';

// Ignored on both sides of the comparison (see lib/text/normalize.ts).
const IGNORED = /[\s\u00ad\u200b-\u200f\u2060\ufeff\u202a-\u202e|]/;
// Text the extractor never reads (lib/extract/dom.ts SKIP).
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'BUTTON', 'SELECT', 'OPTION']);
// When a whole quote is not found (the page changed, or a normalisation we
// do not mirror), its first characters usually still are.
const PREFIXES = [40, 20, 12];

const HIGHLIGHT_CSS = `
::highlight(${SENTENCE}) { background-color: rgba(255, 214, 10, 0.45); color: inherit; }
::highlight(${TERM}) { background-color: rgb(255, 140, 0); color: #000; }
`;
const MARK_COLORS = { sentence: 'rgba(255, 214, 10, 0.45)', term: 'rgb(255, 140, 0)' };

/** The page's significant characters, each mapped back to its text node. */
interface TextIndex {
  chars: string;
  nodes: Text[];
  nodeOf: number[];
  offsetOf: number[];
}

export function indexText(doc: Document): TextIndex {
  const root = doc.body ?? doc.documentElement;
  const index: TextIndex = { chars: '', nodes: [], nodeOf: [], offsetOf: [] };
  const parts: string[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (skipped(node.parentElement)) continue;
    const data = (node as Text).data;
    const n = index.nodes.push(node as Text) - 1;
    for (let i = 0; i < data.length; i++) {
      if (IGNORED.test(data[i]!)) continue;
      parts.push(data[i]!);
      index.nodeOf.push(n);
      index.offsetOf.push(i);
    }
  }
  index.chars = parts.join('');
  return index;
}

function skipped(el: Element | null): boolean {
  for (; el; el = el.parentElement) if (SKIP.has(el.tagName.toUpperCase())) return true;
  return false;
}

const significant = (s: string): string => Array.from(s).filter((c) => !IGNORED.test(c)).join('');

/** Where the quote (and its term) sit in `index.chars`, or undefined. */
export function locate(index: TextIndex, quote: string, term?: string): { start: number; end: number; term?: { start: number; end: number } } | undefined {
  const needle = significant(quote);
  if (!needle) return undefined;
  let start = index.chars.indexOf(needle);
  if (start < 0) {
    const prefix = PREFIXES.find((n) => n < needle.length && index.chars.includes(needle.slice(0, n)));
    if (prefix === undefined) return undefined;
    start = index.chars.indexOf(needle.slice(0, prefix));
  }
  const end = Math.min(start + needle.length, index.chars.length);
  const termNeedle = term ? significant(term) : '';
  const termStart = termNeedle ? index.chars.indexOf(termNeedle, start) : -1;
  const inside = termStart >= 0 && termStart + termNeedle.length <= end;
  return { start, end, term: inside ? { start: termStart, end: termStart + termNeedle.length } : undefined };
}

function toRange(doc: Document, index: TextIndex, start: number, end: number): Range {
  const range = doc.createRange();
  range.setStart(index.nodes[index.nodeOf[start]!]!, index.offsetOf[start]!);
  range.setEnd(index.nodes[index.nodeOf[end - 1]!]!, index.offsetOf[end - 1]! + 1);
  return range;
}

/** Open <details> and un-hide hidden ancestors so the sentence can be seen. */
function reveal(node: Node): void {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (el.tagName === 'DETAILS') (el as HTMLDetailsElement).open = true;
    if (el.hidden) el.hidden = false;
    const style = el.ownerDocument.defaultView!.getComputedStyle(el);
    // 'revert' drops back to the browser's own default for the element.
    if (style.display === 'none') el.style.setProperty('display', 'revert', 'important');
    if (style.visibility === 'hidden') el.style.setProperty('visibility', 'visible', 'important');
  }
}

function scrollTo(range: Range): void {
  const win = range.startContainer.ownerDocument!.defaultView!;
  // A page in a background tab does not animate: a smooth scroll would stall.
  const behavior: ScrollBehavior = win.document.visibilityState === 'visible' ? 'smooth' : 'instant';
  // A policy in a same-origin iframe: bring the frame into view first.
  for (let frame = win.frameElement; frame; frame = frame.ownerDocument.defaultView?.frameElement ?? null) {
    frame.scrollIntoView({ block: 'center' });
  }
  const holder = range.startContainer.parentElement;
  if (holder && holder.getBoundingClientRect().height < win.innerHeight / 2) {
    holder.scrollIntoView({ block: 'center', behavior });
  } else {
    // A long block: centre the sentence itself, not the block.
    holder?.scrollIntoView({ block: 'start' });
    win.scrollBy({ top: range.getBoundingClientRect().top - win.innerHeight / 3, behavior });
  }
}

/** The CSS Custom Highlight API, where the page's browser has it. */
function highlightApi(doc: Document): HighlightRegistry | undefined {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  return win && typeof win.Highlight === 'function' ? win.CSS?.highlights : undefined;
}

function addHighlightStyle(doc: Document): void {
  if (doc.querySelector(`style[${MARK_ATTR}]`)) return;
  // A <style> element, not a constructed sheet: Firefox content scripts
  // cannot hand a sheet of their own to the page's adoptedStyleSheets.
  const style = doc.createElement('style');
  style.setAttribute(MARK_ATTR, '');
  style.textContent = HIGHLIGHT_CSS;
  (doc.head ?? doc.documentElement).append(style);
}

/** Fallback: wrap each run of the sentence in <mark>, the term's runs stronger. */
export function wrapInMarks(doc: Document, index: TextIndex, start: number, end: number, term?: { start: number; end: number }): void {
  type Run = { node: number; from: number; to: number; strong: boolean };
  const runs: Run[] = [];
  for (let i = start; i < end; i++) {
    const strong = !!term && i >= term.start && i < term.end;
    const last = runs.at(-1);
    if (last && last.node === index.nodeOf[i] && last.strong === strong) last.to = index.offsetOf[i]! + 1;
    else runs.push({ node: index.nodeOf[i]!, from: index.offsetOf[i]!, to: index.offsetOf[i]! + 1, strong });
  }
  // Each text node is replaced once, by its text cut into plain and marked pieces.
  for (const node of new Set(runs.map((r) => r.node))) {
    const text = index.nodes[node]!;
    const pieces: Node[] = [];
    let at = 0;
    for (const run of runs.filter((r) => r.node === node)) {
      if (run.from > at) pieces.push(doc.createTextNode(text.data.slice(at, run.from)));
      const mark = doc.createElement('mark');
      mark.setAttribute(MARK_ATTR, run.strong ? 'term' : 'sentence');
      mark.style.backgroundColor = run.strong ? MARK_COLORS.term : MARK_COLORS.sentence;
      mark.style.color = 'inherit';
      mark.textContent = text.data.slice(run.from, run.to);
      pieces.push(mark);
      at = run.to;
    }
    if (at < text.data.length) pieces.push(doc.createTextNode(text.data.slice(at)));
    text.replaceWith(...pieces);
  }
}

export function clearHighlights(doc: Document): void {
  for (const d of readableDocuments(doc)) {
    highlightApi(d)?.delete(SENTENCE);
    highlightApi(d)?.delete(TERM);
    for (const mark of Array.from(d.querySelectorAll(`mark[${MARK_ATTR}]`))) {
      const parent = mark.parentNode;
      mark.replaceWith(...Array.from(mark.childNodes));
      parent?.normalize();
    }
  }
}

/** Highlight the quote in the page (or one of its same-origin frames). */
export function highlightQuote(doc: Document, quote: string, term?: string): boolean {
  clearHighlights(doc);
  for (const d of readableDocuments(doc)) {
    const index = indexText(d);
    const spot = locate(index, quote, term);
    if (!spot) continue;
    const range = toRange(d, index, spot.start, spot.end);
    reveal(range.startContainer);
    reveal(range.endContainer);
    scrollTo(range);
    const registry = highlightApi(d);
    if (registry) {
      const win = d.defaultView as Window & typeof globalThis;
      registry.set(SENTENCE, new win.Highlight(range));
      if (spot.term) {
        const strong = new win.Highlight(toRange(d, index, spot.term.start, spot.term.end));
        strong.priority = 1;
        registry.set(TERM, strong);
      }
      addHighlightStyle(d);
    } else {
      wrapInMarks(d, index, spot.start, spot.end, spot.term);
    }
    return true;
  }
  return false;
}

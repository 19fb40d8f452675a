// HTML pages: Readability picks the article; a walk of its DOM keeps the
// structure later stages need (headings, list items, table rows with cells
// kept apart). When Readability returns too little or the wrong block, the
// densest block of Chinese text is used instead.
import { Readability } from '@mozilla/readability';
import type { ExtractedText } from './markup';

export interface ExtractedPage extends ExtractedText {
  /** which route produced the text */
  method: 'readability' | 'dense-block';
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION',
]);
const CELL = new Set(['TD', 'TH']);
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

function cjkCount(s: string): number {
  return s.match(CJK)?.length ?? 0;
}

/** Text of `root` with one line a block, one row a line, cells apart. */
export function structuredText(root: Element): ExtractedText {
  const lines: string[] = [];
  const headings = new Map<string, number>();
  let line = '';
  const flush = (): string => {
    const done = line.replace(/\s+/g, ' ').trim();
    if (done) lines.push(done);
    line = '';
    return done;
  };
  // An explicit stack, not recursion: a page may nest its markup thousands deep.
  // A frame either enters a node or leaves a block element.
  const stack: { node: Node; leaving?: true }[] = [{ node: root }];
  while (stack.length) {
    const { node, leaving } = stack.pop()!;
    const el = node as Element;
    if (leaving) {
      const done = flush();
      const level = /^H([1-6])$/.exec(el.tagName.toUpperCase())?.[1];
      if (done && level) headings.set(done, Number(level));
      else if (done && isEmphasisOnly(el)) headings.set(done, 3);
      continue;
    }
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.getAttribute('aria-hidden') === 'true') continue;
    if (tag === 'BR') {
      flush();
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      stack.push({ node, leaving: true });
    }
    if (CELL.has(tag) && line.trim()) line += ' | ';
    const children = Array.from(el.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
  }
  flush();
  return { text: lines.join('\n'), headings };
}

/** A paragraph whose whole text is bold reads as a heading. */
function isEmphasisOnly(el: Element): boolean {
  const text = el.textContent?.trim() ?? '';
  if (!text || text.length > 40) return false;
  const bold = Array.from(el.querySelectorAll('b, strong'))
    .map((b) => b.textContent?.trim() ?? '')
    .join('');
  return bold.length >= text.length - 1;
}

/** Descend from body into the child holding most of the Chinese text. */
function densestBlock(doc: Document): Element {
  let node: Element = doc.body ?? doc.documentElement;
  for (;;) {
    // a lone wrapper holds all its parent holds: step in without counting (deep nesting stays linear)
    const only = node.children.length === 1 ? node.children[0]! : undefined;
    if (only && !SKIP.has(only.tagName.toUpperCase()) && !hasOwnText(node)) {
      node = only;
      continue;
    }
    const total = cjkCount(node.textContent ?? '');
    let next: Element | undefined;
    for (const child of Array.from(node.children)) {
      if (SKIP.has(child.tagName.toUpperCase())) continue;
      if (cjkCount(child.textContent ?? '') >= total * 0.7) next = child;
    }
    if (!next || total === 0) return node;
    node = next;
  }
}

function hasOwnText(el: Element): boolean {
  for (const child of Array.from(el.childNodes)) if (child.nodeType === 3 && child.nodeValue?.trim()) return true;
  return false;
}

/** Markup nested deeper than this goes to the dense-block reader: Readability's walks slow down badly past it. */
const MAX_READABILITY_DEPTH = 500;

/** Does the tree nest deeper than `limit`? (iterative) */
function deeperThan(root: Element, limit: number): boolean {
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return false;
}

function readability(doc: Document): Element | undefined {
  if (deeperThan(doc.documentElement, MAX_READABILITY_DEPTH)) return undefined;
  try {
    // Readability mutates the document it is given: hand it a copy.
    const copy = doc.cloneNode(true) as Document;
    const article = new Readability<Element>(copy, { serializer: (el) => el as Element, charThreshold: 200 }).parse();
    return article?.content ?? undefined;
  } catch {
    return undefined;
  }
}

export function extractDocument(doc: Document): ExtractedPage {
  const dense = densestBlock(doc);
  const article = readability(doc);
  const title = doc.title?.trim() || undefined;
  if (article) {
    const fromArticle = structuredText(article);
    // Readability sometimes keeps a teaser or a sidebar: trust it only when
    // it holds most of the Chinese text of the densest block.
    if (cjkCount(fromArticle.text) >= cjkCount(dense.textContent ?? '') * 0.6) {
      return { ...fromArticle, title, method: 'readability' };
    }
  }
  return { ...structuredText(dense), title, method: 'dense-block' };
}

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
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || el.getAttribute('aria-hidden') === 'true') return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    if (CELL.has(tag) && line.trim()) line += ' | ';
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) {
      const done = flush();
      const level = /^H([1-6])$/.exec(tag)?.[1];
      if (done && level) headings.set(done, Number(level));
      else if (done && isEmphasisOnly(el)) headings.set(done, 3);
    }
  };
  walk(root);
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

function readability(doc: Document): Element | undefined {
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

// A cheap hash of the page's text, so that a cached analysis can be matched
// without extracting the policy again (extraction is most of the content
// script's time on a long page). crypto.subtle is missing on http:// pages,
// hence cyrb53 (a public-domain 53-bit string hash) rather than SHA-256.
import { readableDocuments } from './extract';

function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Hash and length of all text in the page and its same-origin frames. */
export function pageFingerprint(doc: Document): string {
  const text = readableDocuments(doc)
    .map((d) => d.body?.textContent ?? '')
    .join('\u0000');
  return `${cyrb53(text).toString(36)}:${text.length}`;
}

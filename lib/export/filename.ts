// The name an export is saved under: "知情-example.com-星河记账隐私政策-2024-03-15.md",
// in English "zhiqing-example.com-星河记账隐私政策-2024-03-15.md" (the title as the policy writes it).
import type { Locale } from '../locale/types';
import { LIST_MARKER } from '../text';
import type { Analysis } from '../types';

const MAX_TITLE = 40;
/** Sentence punctuation: a "title" holding any is a line of the text taken for one. */
const SENTENCE = /[。，；！？：,;!?]/;
const UNSAFE = /[\u0000-\u001f\u007f\\/:*?"<>|\s]+/g;
/** the product, and the name for a policy with neither site nor title */
const WORDS: Readonly<Record<Locale, { product: string; policy: string }>> = {
  zh_CN: { product: '知情', policy: '隐私政策' },
  en: { product: 'zhiqing', policy: 'privacy-policy' },
};

/** The site a policy came from, without "www." (page URLs only). */
function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, hostname } = new URL(url);
    return /^https?:$/.test(protocol) && hostname ? hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

/** The policy's title when it reads as one: not a list item, not a sentence, not a paragraph. */
function titleOf(title: string | undefined): string | undefined {
  const t = title?.trim();
  return t && t.length <= MAX_TITLE && !SENTENCE.test(t) && !LIST_MARKER.test(t) ? t : undefined;
}

/**
 * Site, title and date, each when known, safe on every OS. A title that does
 * not read as one is left out rather than naming the file after a sentence.
 */
export function exportFileName(a: Analysis, extension: string, locale: Locale = 'zh_CN'): string {
  const words = WORDS[locale];
  const date = (a.source.fetchedAt ?? new Date().toISOString()).slice(0, 10);
  const parts = [hostOf(a.source.url), titleOf(a.source.title)].filter((p): p is string => !!p);
  const name = (parts.length ? parts : [words.policy]).map((p) => p.replace(UNSAFE, '_')).join('-');
  return `${words.product}-${name}-${date}.${extension}`;
}

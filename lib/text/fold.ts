// A folded copy of the text for matching: same length as the original, one
// UTF-16 unit for one, so an offset found in the fold is an offset in the
// original. Folding maps 繁體 characters to 简体 (OpenCC's character tables,
// first choice only), full-width ASCII to half-width, and Latin to lower case.
import tsCharacters from 'opencc-js/dict/TSCharacters';
import hkVariantsRev from 'opencc-js/dict/HKVariantsRev';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';

const FULLWIDTH_START = 0xff01; // ！
const FULLWIDTH_END = 0xff5e; // ～
const FULLWIDTH_OFFSET = 0xfee0;

function buildTable(): Map<string, string> {
  const table = new Map<string, string>();
  // Variants first (啓→啟), then 繁→简 on top, so 啓 ends up as 启.
  for (const dict of [hkVariantsRev, twVariantsRev, tsCharacters]) {
    for (const pair of dict.split('|')) {
      const [from, to] = pair.split(' ');
      // Keep only one-unit → one-unit pairs: folding must not change length.
      if (from?.length === 1 && to?.length === 1) table.set(from, table.get(to) ?? to);
    }
  }
  return table;
}

let table: Map<string, string> | undefined;

function foldChar(ch: string, t: Map<string, string>): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  if (code >= FULLWIDTH_START && code <= FULLWIDTH_END) {
    return foldChar(String.fromCharCode(code - FULLWIDTH_OFFSET), t);
  }
  if (code === 0x3000 || code === 0xa0) return ' ';
  return t.get(ch) ?? ch;
}

/** Same-length fold: 繁→简, full-width→half-width, lower case. */
export function foldText(text: string): string {
  table ??= buildTable();
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!, table);
  return out;
}

/** How many characters of `text` change when folded to 简体 (for script detection). */
export function countTraditional(text: string): { hant: number; han: number } {
  table ??= buildTable();
  let hant = 0;
  let han = 0;
  for (const ch of text) {
    if (!/\p{Script=Han}/u.test(ch)) continue;
    han++;
    if (table.has(ch) && table.get(ch) !== ch) hant++;
  }
  return { hant, han };
}

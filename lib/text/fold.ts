// A folded copy of the text for matching: same length as the original, one
// UTF-16 unit for one, so an offset found in the fold is an offset in the
// original. Folding maps 繁體 characters to 简体 (OpenCC's character tables,
// first choice only), full-width ASCII to half-width, and Latin to lower case.
import tsCharacters from 'opencc-js/dict/TSCharacters';
import stCharacters from 'opencc-js/dict/STCharacters';
import hkVariantsRev from 'opencc-js/dict/HKVariantsRev';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';

const FULLWIDTH_START = 0xff01; // ！
const FULLWIDTH_END = 0xff5e; // ～
const FULLWIDTH_OFFSET = 0xfee0;

function pairs(dict: string): [string, string][] {
  return dict.split('|').flatMap((pair) => {
    const [from, to] = pair.split(' ');
    // Keep only one-unit → one-unit pairs: folding must not change length.
    return from?.length === 1 && to?.length === 1 ? [[from, to] as [string, string]] : [];
  });
}

// Valid 简体 characters OpenCC's character table still folds (显著 → 显着).
const KEEP = ['著'];

function buildTable(): Map<string, string> {
  // A character that is itself valid 简体 (户, 台, 著, 乾) is never folded,
  // even where OpenCC lists it as a variant of something else.
  const simplified = new Set([...pairs(stCharacters).map(([from]) => from), ...KEEP]);
  const table = new Map<string, string>();
  for (const [from, to] of pairs(tsCharacters)) if (!simplified.has(from) && !table.has(from)) table.set(from, to);
  // HK/TW variants (啓, 綫) map to a standard 繁體 form; fold that onward.
  for (const [from, to] of [...pairs(hkVariantsRev), ...pairs(twVariantsRev)]) {
    if (!simplified.has(from) && !table.has(from)) table.set(from, table.get(to) ?? to);
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

// Bytes → text, for files and stdin. A byte-order mark decides; then UTF-16
// without one (Chinese text in UTF-16 has code units a byte-oriented reader
// calls binary); then UTF-8, strict or with a stray invalid byte replaced;
// then the legacy encodings, by a detector (chardet) rather than a guess:
// GB18030 (a superset of GBK and GB2312), Big5, Shift_JIS, EUC-KR, Latin-1.
import chardet from 'chardet';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'shift_jis' | 'euc-jp' | 'euc-kr' | 'windows-1252';

/** What chardet names, in TextDecoder's labels. */
const DETECTED: Readonly<Record<string, Encoding>> = {
  'GB18030': 'gb18030',
  'Big5': 'big5',
  'Shift_JIS': 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
};

const SAMPLE = 8192;
/** a UTF-8 file with a few bad bytes (at most one per this many characters) is still UTF-8 */
const REPLACED_PER = 1000;
const REPLACED_ANYWAY = 3;
/** share of a UTF-16 sample's code units that must be text (CJK, ASCII, CJK punctuation) */
const UTF16_TEXT = 0.9;
const MIN_NULS = 0.01;

function isTextUnit(u: number): boolean {
  return (
    (u >= 0x20 && u < 0x7f) || u === 0x0a || u === 0x0d || u === 0x09 || (u >= 0x3000 && u <= 0x303f) ||
    (u >= 0x3400 && u <= 0x9fff) || (u >= 0xff00 && u <= 0xffef)
  );
}

/**
 * UTF-16 without a byte-order mark: most code units, read one way, are text,
 * and some are ASCII (a newline, a digit), whose other byte is NUL. Without
 * NULs, a double-byte legacy encoding (Shift_JIS) can read as CJK too.
 */
function utf16Without(bytes: Uint8Array): Encoding | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return undefined;
  let nuls = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nuls++;
  if (nuls < n * MIN_NULS) return undefined;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    if (isTextUnit(bytes[i]! | (bytes[i + 1]! << 8))) le++;
    if (isTextUnit((bytes[i]! << 8) | bytes[i + 1]!)) be++;
  }
  const units = n / 2;
  // ASCII-only text reads as text both ways only if it has no NULs: real UTF-16 of ASCII has them
  if (le / units >= UTF16_TEXT && le > be) return 'utf-16le';
  if (be / units >= UTF16_TEXT && be > le) return 'utf-16be';
  return undefined;
}

function bom(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The encoding a byte-order mark or the bytes themselves show, for the text ones; undefined when they look binary. */
export function detectEncoding(bytes: Uint8Array): Encoding | undefined {
  const marked = bom(bytes);
  if (marked) return marked;
  const wide = utf16Without(bytes);
  if (wide) return wide;
  if (looksBinary(bytes)) return undefined;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const replaced = text.split('\uFFFD').length - 1;
    if (replaced <= Math.max(REPLACED_ANYWAY, text.length / REPLACED_PER)) return 'utf-8';
  }
  const [best] = chardet.analyse(bytes.subarray(0, 64 * 1024));
  return (best && DETECTED[best.name]) ?? 'gb18030';
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SAMPLE);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > head.length * 0.05;
}

/** The text of `bytes` in `encoding`; TextDecoder drops a byte-order mark, and invalid bytes become U+FFFD. */
export function decodeAs(bytes: Uint8Array, encoding: Encoding): string {
  return new TextDecoder(encoding).decode(bytes);
}

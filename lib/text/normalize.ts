// The text every offset refers to (Analysis.text): line endings unified,
// invisible characters removed, runs of spaces collapsed, blank lines
// squeezed. Characters are otherwise kept as written (繁體 stays 繁體; the
// matching fold is separate, see fold.ts).

// Zero-width characters and soft hyphens split words invisibly (身份\u200b证).
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff\u202a-\u202e]/g;
// Bidi controls and C0 controls other than tab/newline.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function normalizeText(input: string): string {
  return input
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f]+/g, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

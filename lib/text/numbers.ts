// Numbers as policies and laws write them: 15, 十五, 两, 三十, 第四百九十七条.

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** 十四 → 14, 四百九十七 → 497, 两 → 2; Arabic digits as they are. */
export function numberIn(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    const unit = UNITS[ch];
    if (unit) {
      total += (digit || 1) * unit;
      digit = 0;
    } else digit = DIGITS[ch] ?? digit;
  }
  return total + digit;
}

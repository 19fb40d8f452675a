// Pattern pieces more than one rule reads.

/**
 * A stated time limit: 15个工作日, 【15】天, 三十日, 一个月. The number and the
 * unit are the named groups `n` and `unit` (Says.longerThanWorkingDays reads them).
 */
export const TIME_LIMIT = '[【\\[]?(?<n>\\d{1,3}|[一二两三四五六七八九十]{1,3})[】\\]]?\\s*(?<unit>个工作日|工作日|个自然日|自然日|日|天|个月|月|周)';

/** A time limit in working days: a month is 22, a week 5, a calendar day 5/7. */
export function workingDays(n: number, unit: string): number {
  if (unit.includes('月')) return n * 22;
  if (unit.includes('工作')) return n;
  if (unit.includes('周')) return n * 5;
  return (n * 5) / 7;
}

// Pattern pieces more than one rule reads.

/**
 * A stated time limit: 15个工作日, 【15】天, 三十日, 一个月. The number and the
 * unit are the named groups `n` and `unit` (Says.longerThanWorkingDays reads them).
 */
export const TIME_LIMIT = '[【\\[]?(?<n>\\d{1,3}|[一二两三四五六七八九十]{1,3})[】\\]]?\\s*(?<unit>个工作日|工作日|个自然日|自然日|日|天|个月|月|周)';

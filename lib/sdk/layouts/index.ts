// The layouts real policies use for their SDK lists, each read into records
// of { name, vendor?, purpose?, span } (record.ts):
//   - table rows with cells kept apart ("极光推送 | 深圳市…公司 | 推送")
//   - a name line followed by labelled field lines ("使用目的：…", "SDK提供方：…")
//   - labelled fields on one line ("SDK名称：极光推送；使用目的：…")
//   - numbered prose ("（1）OPPO推送SDK：用于推送消息；所分享的信息…")
//   - tables flattened into one line, rows told apart by their numbers
//   - tables flattened into one cell a line
//   - comma-separated cells on numbered lines, "name（用于…）" lists, prose
export { type SdkRecord } from './record';
export { fromCellLines, fromCommaRows, fromTableRows } from './tables';
export { fromFieldBlocks, fromNumberedProse, fromPurposeLists } from './lists';
export { fromFlattenedRows } from './flattened';
export { fromProse } from './prose';

// The one table of list markers: what opens a list item, a bullet or a
// numbered heading. Readers strip it from names and titles, and a line that
// starts with one is an item or a section, never a document's title.
export type MarkerRow = readonly [pattern: string, example: string];

export const LIST_MARKERS: readonly MarkerRow[] = [
  ['\\d{1,2}(?:\\.\\d{1,2})+\\.?', '3.2.1 我们如何共享'],
  ['[（(]?\\d{1,3}[)）.、．]', '（1）极光推送SDK'],
  ['[（(][一二三四五六七八九十]{1,3}[)）]', '（二）第三方SDK'],
  ['[一二三四五六七八九十]{1,3}[、.．]', '一、我们如何收集和使用您的个人信息'],
  ['第[一二三四五六七八九十\\d]{1,3}[条章节部分]', '第三条 信息的存储'],
  ['[①-⑳]', '②支付宝SDK'],
  ['[a-z][)）.、](?=\\s|[\\u4e00-\\u9fff])', 'a) 设备信息'],
  ['[ivx]{1,4}[.)）]', 'ii. 我们会在获得您的同意后…'],
  ['[-*•·●○◆◇■□▪▶►➢✓]', '• 我们采用多方位的安全保护措施'],
  // a lone Latin l or o left where a bullet glyph was lost in copying ("l 支付宝SDK")
  ['[lo](?=\\s+[\\u4e00-\\u9fffa-z])', 'l 高德地图SDK'],
];

/** A list marker at the start of a line or name, with the space after it. */
export const LIST_MARKER = new RegExp(`^\\s*(?:${LIST_MARKERS.map(([p]) => p).join('|')})\\s*`, 'i');

// Section detection. A heading is a short line that starts with a Chinese
// outline marker (一、 / （一） / 1. / 第X条) or a line the extractor saw as a
// heading (HTML h1-h6, Markdown #, a line that is entirely bold).
import type { Section } from '../types';

export interface SectionNode extends Section {
  /** 1 = top level; deeper numbers nest inside */
  level: number;
}

type HeadingRule = readonly [pattern: RegExp, level: number, example: string];

const CN_NUM = '[一二三四五六七八九十百零〇两]+';

/** Outline markers, most general last. Each example must match its own rule. */
export const HEADING_RULES: readonly HeadingRule[] = [
  [new RegExp(`^第${CN_NUM}[章部]`), 1, '第一章 总则'],
  [new RegExp(`^${CN_NUM}\\s*[、.．]`), 1, '四、我们如何共享、转让、公开披露您的个人信息'],
  [new RegExp(`^第${CN_NUM}条`), 2, '第三条 信息的收集'],
  [new RegExp(`^[（(]${CN_NUM}[）)]`), 2, '（一）我们如何收集您的个人信息'],
  [/^\d{1,2}\s*[、.．](?!\d)/, 3, '1. 注册账户'],
  [/^\d{1,2}\.\d{1,2}(\.\d{1,2})?(?!\d)/, 4, '2.3 设备信息'],
  [/^[（(]\d{1,2}[）)]/, 4, '(1) 位置信息'],
];

const MAX_HEADING = 40;
const SENTENCE_END = /[。；;，,：:]$/;

/** Level of a line as a heading, or 0 if it is not one. */
export function headingLevel(line: string): number {
  if (line.length > MAX_HEADING || line.length < 2 || SENTENCE_END.test(line)) return 0;
  for (const [pattern, level] of HEADING_RULES) if (pattern.test(line)) return level;
  return 0;
}

/**
 * Sections of `text`. `extraHeadings` are lines the extractor marked as
 * headings (text → level); they count even without an outline marker.
 */
export function detectSections(text: string, extraHeadings?: ReadonlyMap<string, number>): SectionNode[] {
  const heads: { title: string; start: number; level: number }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const title = line.trim();
    const explicit = extraHeadings?.get(title);
    const level = headingLevel(title) || (explicit && title.length <= 60 ? explicit + 0.5 : 0);
    if (level) heads.push({ title, start: offset + line.indexOf(title), level });
    offset += line.length + 1;
  }
  return heads.map((h, i) => {
    let end = text.length;
    for (let j = i + 1; j < heads.length; j++) {
      if (heads[j]!.level <= h.level) {
        end = heads[j]!.start;
        break;
      }
    }
    return { title: h.title, start: h.start, end, level: h.level };
  });
}

/** Sections containing `offset`, outermost first. */
export function sectionPath(sections: readonly SectionNode[], offset: number): SectionNode[] {
  return sections.filter((s) => s.start <= offset && offset < s.end);
}

// Plain text and Markdown sources: strip markup and leading metadata, and
// remember which lines were headings so section detection can use them.

export interface ExtractedText {
  text: string;
  /** heading line (as it appears in `text`) → level */
  headings: Map<string, number>;
  title?: string;
}

// YAML/TOML front matter at the very top, or an archive's metadata block
// (key: value lines between --- fences).
const FRONT_MATTER = /^\uFEFF?\s*(---|\+\+\+)\n[\s\S]*?\n\1[ \t]*(\n|$)/;
const FRONT_TITLE = /^title:\s*["']?(.+?)["']?\s*$/m;

type InlineRule = readonly [pattern: RegExp, replacement: string, example: string];

/** Inline Markdown → text. Each example shows what the rule removes. */
export const INLINE_RULES: readonly InlineRule[] = [
  [/!\[[^\]]*\]\([^)]*\)/g, '', '![logo](a.png)'],
  [/\[([^\]]+)\]\([^)]*\)/g, '$1', '[隐私政策](https://example.com)'],
  [/<br\s*\/?>/gi, '\n', '第一行<br>第二行'],
  [/<\/?[a-z][^>]*>/gi, '', '<span style="color:red">加粗</span>'],
  [/(\*\*|__)(.+?)\1/g, '$2', '我们会收集您的**身份证号码**'],
  [/(^|[^*\w])\*(?!\s)([^*\n]+?)\*(?!\*)/g, '$1$2', '*斜体*'],
  [/`([^`]+)`/g, '$1', '`cn.jpush`'],
  [/\\([\\`*_{}[\]()#+\-.!|])/g, '$1', '1\\. 注册'],
];

function stripInline(line: string): string {
  for (const [pattern, replacement] of INLINE_RULES) line = line.replace(pattern, replacement);
  return line;
}

const TABLE_DIVIDER = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;
const BOLD_LINE = /^(\*\*|__)([^*_]+)\1[：:]?$/;

export function extractMarkdown(source: string): ExtractedText {
  const headings = new Map<string, number>();
  let title: string | undefined;
  const front = FRONT_MATTER.exec(source);
  if (front) {
    title = FRONT_TITLE.exec(front[0])?.[1];
    source = source.slice(front[0].length);
  }
  const lines: string[] = [];
  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    let line = raw.trim();
    if (TABLE_DIVIDER.test(line) && line.includes('-')) continue;
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line);
    const bold = BOLD_LINE.exec(line);
    line = line
      .replace(/^>\s?/, '')
      .replace(/^[-*+]\s+(?!\S*-{3})/, '')
      .replace(/^\|(.*)\|$/, '$1')
      .replace(/\s*\|\s*/g, ' | ');
    line = stripInline(heading ? heading[2]! : line).trim();
    if (heading && line) {
      headings.set(line, heading[1]!.length);
      if (!title && heading[1] === '#') title = line;
    } else if (bold && line) headings.set(line, 3);
    lines.push(line);
  }
  return { text: lines.join('\n'), headings, title };
}

export function extractPlainText(source: string): ExtractedText {
  return { text: source, headings: new Map() };
}

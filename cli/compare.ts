// npm run compare -- LEFT RIGHT [--json]: two versions of one policy (what
// changed in meaning, then the sentences added and removed, section by
// section), or two policies side by side (the question grid). Both end with
// what only one side has.
import { analyzePolicy } from '../lib/analyze';
import {
  answerQuestions,
  changesBetween,
  compareAnalyses,
  textDiff,
  type AnsweredQuestion,
  type Change,
  type Changes,
  type Comparison,
  type Side,
  type TextDiff,
} from '../lib/compare';
import { SHARING_LABEL } from '../lib/export/labels';
import { InputError, loadPolicy } from './input';

const USAGE = 'usage: npm run compare -- LEFT RIGHT [--json]   (.html .htm .md .txt; old version first)';

/** Two texts sharing at least this share of their sentences are two versions of one policy. */
const SAME_POLICY = 0.5;
/** Characters of a quote shown on one terminal line. */
const QUOTE_CHARS = 60;

const ROWS: readonly [keyof Omit<Comparison, 'grade'>, string][] = [
  ['violations', '违规'],
  ['gaps', '缺项'],
  ['notices', '提示'],
  ['collected', '收集的个人信息'],
  ['sensitive', '其中敏感'],
  ['permissions', '系统权限'],
  ['sdks', '第三方 SDK'],
  ['recipients', '具名接收方'],
  ['sharingTypes', '共享类型'],
  ['checks', '已告知事项'],
];

/** Page text never drives the terminal: control characters (ESC, C1) are dropped. */
const forTerminal = (text: string): string => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
const short = (text: string): string => forTerminal(text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text);

function lines(title: string, side: Side<string>, left: string, right: string): string[] {
  if (!side.onlyLeft.length && !side.onlyRight.length && !side.both.length) return [];
  const out = [`${title}`];
  if (side.onlyLeft.length) out.push(`  仅 ${left}：${side.onlyLeft.join('、')}`);
  if (side.onlyRight.length) out.push(`  仅 ${right}：${side.onlyRight.join('、')}`);
  if (side.both.length) out.push(`  两者都有：${side.both.join('、')}`);
  return out;
}

function comparisonLines(c: Comparison, left: string, right: string): string[] {
  const label = (ids: string[]) => ids.map((id) => SHARING_LABEL[id] ?? id);
  const types = c.sharingTypes;
  const shown = { ...c, sharingTypes: { onlyLeft: label(types.onlyLeft), onlyRight: label(types.onlyRight), both: label(types.both) } };
  return ROWS.flatMap(([key, title]) => lines(title, shown[key], left, right));
}

function changeLines(c: Changes): string[] {
  const out = [`含义上的变化：${forTerminal(c.summary)}`];
  const row = (sign: string, what: string, change: Change, extra = '') => {
    const quote = change.evidence[0]?.quote;
    out.push(`  ${sign} ${what}：${forTerminal(change.label)}${extra}${quote ? `  「${short(quote)}」` : ''}`);
  };
  const both = (what: string, d: { added: Change[]; removed: Change[] }) => {
    for (const x of d.added) row('+', what, x);
    for (const x of d.removed) row('−', what, x);
  };
  for (const d of c.collected.added) row('+', '收集', d, d.sensitive ? ' ⚠' : '');
  for (const d of c.collected.removed) row('−', '收集', d, d.sensitive ? ' ⚠' : '');
  both('权限', c.permissions);
  both('SDK', c.sdks);
  both('具名接收方', c.recipients);
  both('共享类型', c.sharingTypes);
  for (const k of c.checks.nowPass) row('+', '已告知', k);
  for (const k of c.checks.nowFail) row('−', '不再告知', k);
  both('发现', c.findings);
  return out;
}

function textLines(d: TextDiff): string[] {
  const out = [`文字变化：新增 ${d.added} 句，删去 ${d.removed} 句`];
  for (const s of d.sections) {
    if (!s.sentences.length) continue;
    out.push(`【${forTerminal(s.title) || '开头'}】`);
    for (const x of s.sentences) if (x.op !== 'same') out.push(`  ${x.op === 'added' ? '+' : '−'} ${forTerminal(x.sentence)}`);
  }
  const quiet = d.sections.filter((s) => !s.sentences.length).length;
  if (quiet) out.push(`（另有 ${quiet} 节没有变化）`);
  return out;
}

/** Columns measured in terminal cells: CJK and full-width characters take two. */
const cells = (text: string): number => [...text].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - cells(text)));

const ANSWER = { yes: '是', no: '否', unstated: '未说明' } as const;
const shownAnswer = (q: AnsweredQuestion): string => `${ANSWER[q.answer]}${q.value !== undefined ? `（${forTerminal(String(q.value))}）` : ''}`;

function questionTable(left: AnsweredQuestion[], right: AnsweredQuestion[], l: string, r: string): string[] {
  const rows = left.map((q, i) => [q.zh, shownAnswer(q), shownAnswer(right[i]!), q.answer === right[i]!.answer && q.value === right[i]!.value ? '' : '≠']);
  const header = ['问题', forTerminal(l), forTerminal(r), ''];
  const widths = [0, 1, 2].map((c) => Math.max(...[header, ...rows].map((row) => cells(row[c]!))));
  const line = (row: string[]) => `  ${row.slice(0, 3).map((x, c) => pad(x, widths[c]!)).join('  ')}  ${row[3]}`.trimEnd();
  return [line(header), ...rows.map(line)];
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length !== 2 || files.some((f) => f.startsWith('--'))) {
    console.error(`zhiqing: give two policy files\n${USAGE}`);
    return 2;
  }
  try {
    const [left, right] = await Promise.all(
      files.map(async (f) => {
        const p = loadPolicy(f);
        return analyzePolicy(p.text, { title: p.title, headings: p.headings });
      }),
    );
    const c = compareAnalyses(left!, right!);
    const text = textDiff(left!, right!);
    const shared = text.sections.reduce((n, s) => n + s.unchanged, 0);
    const versions = shared >= SAME_POLICY * Math.min(shared + text.removed, shared + text.added);
    const questions = { left: answerQuestions(left!), right: answerQuestions(right!) };
    if (json) {
      console.log(JSON.stringify(versions ? { ...c, changes: changesBetween(left!, right!), text, questions } : { ...c, questions }, null, 2));
      return 0;
    }
    const [l, r] = files.map((f) => f.split('/').pop()!) as [string, string];
    const out: string[] = [];
    if (versions) {
      out.push(`知情 Zhiqing 对比同一政策的两个版本：${forTerminal(l)}（评级 ${c.grade.left}） → ${forTerminal(r)}（评级 ${c.grade.right}）`, '');
      out.push(...changeLines(changesBetween(left!, right!)), '', ...textLines(text), '', '逐项对比');
    } else {
      out.push(`知情 Zhiqing 对比：${forTerminal(l)}（评级 ${c.grade.left}） ↔ ${forTerminal(r)}（评级 ${c.grade.right}）`, '');
      out.push(...questionTable(questions.left, questions.right, l, r), '');
    }
    out.push(...comparisonLines(c, l, r));
    console.log(out.join('\n'));
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      console.error(`zhiqing: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));

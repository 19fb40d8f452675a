// npm run compare -- LEFT RIGHT [--json]: two policies (two sites, or two
// versions of one) side by side.
import { analyzePolicy } from '../lib/analyze';
import { compareAnalyses, type Comparison, type Side } from '../lib/compare';
import { SHARING_LABEL } from '../lib/export/labels';
import { InputError, loadPolicy } from './input';

const USAGE = 'usage: npm run compare -- LEFT RIGHT [--json]   (.html .htm .md .txt)';

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

function lines(title: string, side: Side<string>, left: string, right: string): string[] {
  if (!side.onlyLeft.length && !side.onlyRight.length && !side.both.length) return [];
  const out = [`${title}`];
  if (side.onlyLeft.length) out.push(`  仅 ${left}：${side.onlyLeft.join('、')}`);
  if (side.onlyRight.length) out.push(`  仅 ${right}：${side.onlyRight.join('、')}`);
  if (side.both.length) out.push(`  两者都有：${side.both.join('、')}`);
  return out;
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
    const label = (ids: string[]) => ids.map((id) => SHARING_LABEL[id] ?? id);
    if (json) {
      console.log(JSON.stringify(c, null, 2));
      return 0;
    }
    const [l, r] = files.map((f) => f.split('/').pop()!) as [string, string];
    console.log(`知情 Zhiqing 对比：${l}（评级 ${c.grade.left}） ↔ ${r}（评级 ${c.grade.right}）\n`);
    const types = c.sharingTypes;
    const shown = { ...c, sharingTypes: { onlyLeft: label(types.onlyLeft), onlyRight: label(types.onlyRight), both: label(types.both) } };
    console.log(ROWS.flatMap(([key, title]) => lines(title, shown[key], l, r)).join('\n'));
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

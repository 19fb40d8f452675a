// npx tsx cli/necessary.ts [DIR…]: each policy's guessed app type(s) and every
// beyond_necessary finding with its quotes, for checking by hand
// (default: the 28 policies of ../shared).
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzePolicy } from '../lib/analyze';
import { loadPolicy } from './input';

const SHARED = resolve(import.meta.dirname, '..', '..', 'shared');
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : [join(SHARED, 'corpus'), join(SHARED, 'corpus-extra')];

for (const dir of dirs) {
  for (const file of readdirSync(dir).filter((f) => /\.(txt|md|html?)$/.test(f) && f !== 'README.md').sort()) {
    const policy = loadPolicy(join(dir, file));
    const a = await analyzePolicy(policy.text, { title: policy.title, headings: policy.headings });
    const n = a.necessary!;
    const types = n.types.filter((t) => t.chosen).map((t) => `${t.name} ${t.confidence}`);
    const offered = n.types.filter((t) => !t.chosen).slice(0, 2).map((t) => `${t.name} ${t.confidence}`);
    console.log(`\n${file}: ${n.unsure ? '不确定' : types.join('、')}${offered.length ? `  (其次: ${offered.join('、')})` : ''}`);
    const count = (s: string) => n.items.filter((i) => i.status === s).length;
    console.log(`  必要 ${count('necessary')} · 超范围 ${count('beyond')} · 可选 ${count('optional')}`);
    for (const item of n.items.filter((i) => i.status === 'beyond')) {
      for (const e of item.evidence) console.log(`  ✗ ${item.label}: ${e.quote.replace(/\s+/g, ' ').slice(0, 180)}`);
    }
    for (const item of n.items.filter((i) => i.byLaw)) console.log(`  § ${item.label} (法律要求): ${item.evidence[0]?.quote.replace(/\s+/g, ' ').slice(0, 120)}`);
  }
}

// npm run eval -- DIR [--verbose]: precision / recall / F1 per field, summed
// over every file named by a *.gold.json in DIR.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePolicy } from '../lib/analyze';
import { loadPolicy } from './input';
import { f1, FIELDS, scoreFile, type Counts, type Field, type Gold } from './score';

const pct = (x: number): string => x.toFixed(3);

async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const dir = argv.find((a) => !a.startsWith('-'));
  if (!dir) {
    console.error('usage: npm run eval -- DIR [--verbose]');
    return 2;
  }
  let goldFiles: string[];
  try {
    goldFiles = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
  } catch {
    console.error(`zhiqing eval: cannot read directory ${dir}`);
    return 2;
  }
  if (!goldFiles.length) {
    console.error(`zhiqing eval: no *.gold.json in ${dir}`);
    return 2;
  }
  const totals = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Omit<Counts, 'extra' | 'missed'>>;
  for (const goldFile of goldFiles) {
    const gold = JSON.parse(readFileSync(join(dir, goldFile), 'utf8')) as Gold;
    const policy = loadPolicy(join(dir, gold.file));
    const analysis = await analyzePolicy(policy.text, { title: policy.title, headings: policy.headings });
    const scores = scoreFile(analysis, gold);
    if (verbose) console.log(`\n${gold.file}`);
    for (const field of FIELDS) {
      const c = scores[field];
      totals[field].tp += c.tp;
      totals[field].fp += c.fp;
      totals[field].fn += c.fn;
      if (verbose) {
        const detail = [c.extra.length && `+${c.extra.join(',')}`, c.missed.length && `-${c.missed.join(',')}`].filter(Boolean).join('  ');
        console.log(`  ${field.padEnd(17)} F1 ${pct(f1(c).f1)}  ${detail}`);
      }
    }
  }
  console.log(`\n${goldFiles.length} files in ${dir}`);
  console.log(`${'field'.padEnd(17)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp/fp/fn`);
  for (const field of FIELDS) {
    const s = f1(totals[field]);
    const t = totals[field];
    console.log(`${field.padEnd(17)} ${pct(s.precision).padStart(6)} ${pct(s.recall).padStart(6)} ${pct(s.f1).padStart(6)}   ${t.tp}/${t.fp}/${t.fn}`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));

// npm run eval:findings -- [--verbose]: the findings on every policy of
// ../shared (corpus and corpus-extra), scored against the blind dev-set
// labels (devset/*.gold.json findings, devset/findings/*.findings.json) and
// against CAPP-130's 潜在风险 sentences (corpus-extra/capp-labels).
// Prints the grade table, per-violation firing counts and agreement.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyzePolicy } from '../lib/analyze';
import { nameKey } from '../lib/org';
import { explainGrade } from '../lib/risk';
import type { Analysis } from '../lib/types';
import { loadPolicy } from './input';

interface Labelled {
  violations: { id: string; quote: string }[];
  checks_failed: string[];
  notices: { id: string; quote?: string }[];
}

const SHARED = join(import.meta.dirname, '..', '..', 'shared');
const DEVSET = join(import.meta.dirname, '..', 'devset');

interface Policy {
  name: string;
  path: string;
  labels?: Labelled;
  /** CAPP-130's 潜在风险 sentences */
  capp?: string[];
}

function policies(): Policy[] {
  const out: Policy[] = [];
  const corpus = join(SHARED, 'corpus');
  for (const f of readdirSync(corpus).filter((f) => !/README|\.json$/.test(f))) {
    const stem = f.replace(/\.[^.]+$/, '');
    const labelFile = join(DEVSET, 'findings', `${stem}.findings.json`);
    out.push({ name: stem, path: join(corpus, f), labels: existsSync(labelFile) ? JSON.parse(readFileSync(labelFile, 'utf8')) : undefined });
  }
  const extra = join(SHARED, 'corpus-extra');
  for (const f of readdirSync(extra).filter((f) => f.endsWith('.txt'))) {
    const stem = basename(f, '.txt');
    const goldFile = join(DEVSET, `${stem}.gold.json`);
    const cappFile = join(extra, 'capp-labels', `${stem}.jsonl`);
    out.push({
      name: stem,
      path: join(extra, f),
      labels: existsSync(goldFile) ? JSON.parse(readFileSync(goldFile, 'utf8')).findings : undefined,
      capp: existsSync(cappFile)
        ? readFileSync(cappFile, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as { text: string; label: string[] })
            .filter((r) => r.label.includes('潜在风险'))
            .map((r) => r.text)
        : undefined,
    });
  }
  return out;
}

/** Does some evidence sentence of these findings hold (or sit inside) the quote? */
function covers(quotes: readonly string[], sentence: string): boolean {
  const k = nameKey(sentence);
  return k.length > 0 && quotes.some((q) => {
    const e = nameKey(q);
    return e.length > 0 && (e.includes(k) || k.includes(e));
  });
}

async function main(argv: string[]): Promise<void> {
  const verbose = argv.includes('--verbose');
  const byId = new Map<string, { fires: number; tp: number; fp: number; fn: number; sentTp: number; sentN: number }>();
  const stat = (id: string) => byId.get(id) ?? (byId.set(id, { fires: 0, tp: 0, fp: 0, fn: 0, sentTp: 0, sentN: 0 }), byId.get(id)!);
  const grades = new Map<string, number>();
  let capp = { covered: 0, total: 0 };
  const gaps = { tp: 0, fp: 0, fn: 0 };
  const notices = { tp: 0, fp: 0, fn: 0 };
  console.log('| policy | grade | score | findings that set it |\n|---|---|---|---|');
  for (const p of policies()) {
    const policy = loadPolicy(p.path);
    const a: Analysis = await analyzePolicy(policy.text, { title: policy.title, headings: policy.headings });
    const g = explainGrade(a.risks);
    grades.set(g.grade, (grades.get(g.grade) ?? 0) + 1);
    const top = g.costs.filter((c) => c.risk.kind !== 'notice').slice(0, 6).map((c) => `${c.risk.id} ${c.points}`);
    console.log(`| ${p.name} | ${g.grade}${g.cappedBy ? '*' : ''} | ${g.score} | ${top.join(', ')} |`);
    const fired = new Map(a.risks.map((r) => [r.id, r]));
    for (const r of a.risks.filter((r) => r.kind === 'violation')) stat(r.id).fires++;
    if (p.labels) {
      const labelled = new Set(p.labels.violations.map((v) => v.id));
      for (const id of new Set([...labelled, ...[...fired.values()].filter((r) => r.kind === 'violation').map((r) => r.id)])) {
        if (id === 'beyond_necessary') continue;
        const s = stat(id);
        const has = fired.has(id);
        if (has && labelled.has(id)) s.tp++;
        else if (has) s.fp++;
        else s.fn++;
        for (const v of p.labels.violations.filter((v) => v.id === id)) {
          s.sentN++;
          if (has && covers(fired.get(id)!.evidence.map((e) => e.quote), v.quote)) s.sentTp++;
        }
        if (verbose && has !== labelled.has(id)) console.log(`    ${has ? '+' : '-'}${id}${has ? ` «${fired.get(id)!.evidence[0]?.quote.slice(0, 70)}»` : ` «${p.labels.violations.find((v) => v.id === id)!.quote.slice(0, 70)}»`}`);
      }
      const gapIds = new Set(a.risks.filter((r) => r.kind === 'gap').map((r) => r.id.replace(/^missing_/, '')));
      if (fired.has('targeting_no_optout')) gapIds.add('targeting_optout');
      const goldGaps = new Set(p.labels.checks_failed);
      for (const id of gapIds) goldGaps.has(id) ? gaps.tp++ : gaps.fp++;
      for (const id of goldGaps) if (!gapIds.has(id)) gaps.fn++;
      const extraGaps = [...gapIds].filter((id) => !goldGaps.has(id));
      const missedGaps = [...goldGaps].filter((id) => !gapIds.has(id));
      if (verbose && (extraGaps.length || missedGaps.length)) console.log(`    gaps +${extraGaps.join(',')} -${missedGaps.join(',')}`);
      const noticeIds = new Set(a.risks.filter((r) => r.kind === 'notice').map((r) => r.id));
      const goldNotices = new Set(p.labels.notices.map((n) => n.id));
      for (const id of noticeIds) goldNotices.has(id) ? notices.tp++ : notices.fp++;
      for (const id of goldNotices) if (!noticeIds.has(id)) notices.fn++;
      if (verbose) console.log(`    notices +${[...noticeIds].filter((id) => !goldNotices.has(id)).join(',')} -${[...goldNotices].filter((id) => !noticeIds.has(id)).join(',')}`);
    }
    if (p.capp) {
      const quotes = a.risks.filter((r) => r.kind !== 'gap').flatMap((r) => r.evidence.map((e) => e.quote));
      capp = { covered: capp.covered + p.capp.filter((s) => covers(quotes, s)).length, total: capp.total + p.capp.length };
    }
  }
  const n = [...grades.values()].reduce((x, y) => x + y, 0);
  console.log(`\ngrades: ${['A', 'B', 'C', 'D', 'E'].map((g) => `${g} ${grades.get(g) ?? 0}`).join(' · ')} (of ${n}; largest share ${Math.round((100 * Math.max(...grades.values())) / n)}%)`);
  console.log('\n| violation | fires on | labelled policies: tp/fp/fn | labelled sentences quoted |\n|---|---|---|---|');
  for (const [id, s] of [...byId].sort()) console.log(`| ${id} | ${s.fires} | ${s.tp}/${s.fp}/${s.fn} | ${s.sentTp}/${s.sentN} |`);
  const prf = (c: { tp: number; fp: number; fn: number }) => `P ${(c.tp / (c.tp + c.fp || 1)).toFixed(2)} R ${(c.tp / (c.tp + c.fn || 1)).toFixed(2)} (${c.tp}/${c.fp}/${c.fn})`;
  console.log(`\ngaps (check ids) against labels: ${prf(gaps)}`);
  console.log(`notices against labels: ${prf(notices)}`);
  console.log(`CAPP-130 潜在风险 sentences quoted by a violation or notice: ${capp.covered}/${capp.total} (${((100 * capp.covered) / capp.total).toFixed(1)}%)`);
}

await main(process.argv.slice(2));

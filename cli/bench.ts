// npm run bench -- [DIR] [--batch]: first batch throughput over
// ../shared/corpus-extra (policies per second in one process, against a
// process per file) and peak memory; then, unless --batch, per policy file in
// DIR, cold start (segmenter init + first analysis, in a fresh process) and
// warm analysis time (median of RUNS runs) beside jieba `cut` alone on the
// same text in the same run, as a ratio.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePolicy, warmUp } from '../lib/analyze';
import { foldText, normalizeText } from '../lib/text';
import { getSegmenter } from '../lib/segment';
import { extractMarkdown } from '../lib/extract';
import { analyzeFolder, listPolicies } from './batch';
import { loadPolicy } from './input';

const RUNS = 21;
const COLD_RUNS = 5;
const COLD_SCRIPT = fileURLToPath(new URL('./bench-cold.ts', import.meta.url));
const ANALYZE_CLI = fileURLToPath(new URL('./analyze.ts', import.meta.url));
const BATCH_DIR = fileURLToPath(new URL('../../shared/corpus-extra', import.meta.url));
const BATCH_RUNS = 5;
/** files (and runs of each) timed through `npx tsx cli/analyze.ts FILE` */
const SINGLE_FILES = 3;
const SINGLE_RUNS = 3;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/**
 * Median ms of jieba `cut` alone and of the whole analysis, runs interleaved
 * so that a noisy neighbour slows both alike.
 */
async function timeInterleaved(cut: () => unknown, analyze: () => Promise<unknown>): Promise<{ cut: number; warm: number }> {
  const cuts: number[] = [];
  const warms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    cut();
    cuts.push(performance.now() - t);
    t = performance.now();
    await analyze();
    warms.push(performance.now() - t);
  }
  return { cut: median(cuts), warm: median(warms) };
}

function coldStart(file: string): number {
  const runs: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', COLD_SCRIPT, file], { encoding: 'utf8' });
    runs.push(Number(out.trim()));
  }
  return median(runs);
}

async function main(dir: string): Promise<void> {
  const files = readdirSync(dir).filter((f) => /\.(html?|md|txt)$/.test(f) && f !== 'README.md').sort();
  await warmUp();
  const segmenter = await getSegmenter();
  console.log(`${'file'.padEnd(26)} ${'chars'.padStart(7)} ${'cut ms'.padStart(7)} ${'warm ms'.padStart(8)} ${'ratio'.padStart(6)} ${'cold ms'.padStart(8)}`);
  for (const file of files) {
    const path = join(dir, file);
    const policy = loadPolicy(path);
    const options = { title: policy.title, headings: policy.headings };
    await analyzePolicy(policy.text, options);
    // jieba alone, on the same (normalised, folded) text the analysis cuts
    const folded = foldText(normalizeText(policy.text));
    const { cut, warm } = await timeInterleaved(
      () => segmenter.cut(folded),
      () => analyzePolicy(policy.text, options),
    );
    const cold = coldStart(path);
    console.log(
      `${file.padEnd(26)} ${String(folded.length).padStart(7)} ${cut.toFixed(1).padStart(7)} ${warm.toFixed(1).padStart(8)} ${(warm / cut).toFixed(2).padStart(6)} ${cold.toFixed(0).padStart(8)}`,
    );
  }
  console.log(`\nwarm: median of ${RUNS} runs; cold: segmenter init + first analysis in a fresh process, median of ${COLD_RUNS}`);
  await adversarial(files.map((f) => join(dir, f)));
}

const KB = 1024;
/** Text of about `size` characters made of `unit` repeated. */
const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/**
 * Inputs that once made a pattern backtrack or a scan go quadratic (issue 9),
 * each about 80 KB, and one real policy repeated to 100 K, 1 M and 2 M
 * characters: ms per KB, median of 3. A linear analysis keeps ms/KB flat.
 */
async function adversarial(policies: string[]): Promise<void> {
  const inputs: [name: string, text: () => string][] = [
    ['share + run of capitals', () => fill(`我们会与第三方共享您的信息${'A'.repeat(64)}。`, 80 * KB)],
    ['share + Ab×80', () => fill(`我们会与第三方共享您的信息${'Ab'.repeat(80)}。`, 80 * KB)],
    ['letters, digits and dots', () => `隐私政策\n${fill('a1.', 80 * KB)}`],
    ['提供给第三方 without a stop', () => fill('提供给第三方', 80 * KB)],
    ['sdka…', () => fill('sdka', 80 * KB)],
    ['[ lines (Markdown)', () => extractMarkdown(fill('[\n', 40 * KB)).text],
    ['名称： lines (SDK fields)', () => fill('名称：示例SDK\n提供方：示例有限公司\n', 80 * KB)],
  ];
  const base = policies.map((p) => loadPolicy(p).text).join('\n');
  for (const size of [100_000, 1_000_000, 2_000_000]) inputs.push([`policies × ${(size / 1000).toLocaleString()} K`, () => fill(`${base}\n`, size)]);
  console.log(`\n${'adversarial input'.padEnd(30)} ${'chars'.padStart(9)} ${'ms'.padStart(8)} ${'ms/KB'.padStart(7)}`);
  for (const [name, make] of inputs) {
    const text = make();
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await analyzePolicy(text);
      runs.push(performance.now() - t);
    }
    const ms = median(runs);
    console.log(`${name.padEnd(30)} ${String(text.length).padStart(9)} ${ms.toFixed(0).padStart(8)} ${(ms / (text.length / KB)).toFixed(2).padStart(7)}`);
  }
}

/**
 * Policies per second through cli/batch in this process (segmenter already
 * warm, median of BATCH_RUNS passes over the folder), through the batch CLI
 * as a user runs it (one process: start, warm-up, every file), and through a
 * process per file (`npx tsx cli/analyze.ts FILE`, median over a few files);
 * peak RSS of this process, which so far has done nothing but the batches.
 */
async function batch(dir: string): Promise<void> {
  const files = listPolicies(dir);
  const sink = { write: () => {}, stderr: { write: () => true } };
  await analyzeFolder(dir, files, { format: 'csv' }, sink);
  const passes: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < BATCH_RUNS; i++) {
    const t = performance.now();
    await analyzeFolder(dir, files, { format: 'csv' }, sink);
    passes.push(performance.now() - t);
  }
  // CPU time as well as wall time: on a shared machine other processes slow the wall clock, not this
  const { user, system } = process.cpuUsage(cpu);
  const cpuMs = (user + system) / 1000 / BATCH_RUNS;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const wall = (run: () => unknown): number => {
    const t = performance.now();
    run();
    return performance.now() - t;
  };
  const cli = median(Array.from({ length: 3 }, () => wall(() => execFileSync('npx', ['tsx', ANALYZE_CLI, dir, '--out', '/dev/null'], { stdio: 'ignore' }))));
  const single = median(
    files.slice(0, SINGLE_FILES).flatMap((f) => Array.from({ length: SINGLE_RUNS }, () => wall(() => execFileSync('npx', ['tsx', ANALYZE_CLI, join(dir, f)], { stdio: 'ignore' })))),
  );
  const rate = (ms: number, n: number): string => `${((n / ms) * 1000).toFixed(1)} policies/s`;
  console.log(`batch over ${dir}: ${files.length} policies`);
  console.log(`  in one process, warm (median of ${BATCH_RUNS}):  ${median(passes).toFixed(0)} ms, ${rate(median(passes), files.length)}`);
  console.log(`  in one process, CPU time per pass:  ${cpuMs.toFixed(0)} ms, ${rate(cpuMs, files.length)} of CPU`);
  console.log(`  batch CLI, start to end (median of 3):  ${cli.toFixed(0)} ms, ${rate(cli, files.length)}`);
  console.log(`  a process per file (median of ${SINGLE_FILES} files × ${SINGLE_RUNS}):  ${single.toFixed(0)} ms a file, ${rate(single, 1)}`);
  console.log(`  peak RSS of the in-process batches: ${peakMb.toFixed(0)} MB\n`);
}

const args = process.argv.slice(2);
await batch(BATCH_DIR);
if (!args.includes('--batch')) await main(args.find((a) => !a.startsWith('--')) ?? '../shared/corpus');

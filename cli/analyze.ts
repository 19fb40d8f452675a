// npm run analyze -- [FILE|-] [--json | --format json|markdown|csv|html] [--out PATH]
// npm run analyze -- DIR [--format csv|jsonl|md] [--full] [--out PATH]
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzePolicy } from '../lib/analyze';
import { EXPORTS, RECORD_FORMATS, type ExportFormat, type RecordFormat } from '../lib/export';
import { analyzeFolder, listPolicies } from './batch';
import { InputError, loadPolicy } from './input';
import { formatSummary } from './summary';

const SAMPLE = fileURLToPath(new URL('../samples/sample-policy.md', import.meta.url));
const USAGE = `usage: npm run analyze -- [FILE|-] [--json | --format json|markdown|csv|html] [--out PATH]
       npm run analyze -- DIR [--format csv|jsonl|md] [--full] [--out PATH]
  FILE: .html .htm .md .txt (UTF-8 or GBK); - reads stdin; no FILE: the bundled sample
  DIR: every such file in DIR and its subfolders, one record per policy (csv by default);
       --full adds the whole Analysis to each JSON line; exit 1 when some files were skipped`;

interface Args {
  path: string;
  format?: string;
  out?: string;
  full: boolean;
}

function parseArgs(argv: string[]): Args | string {
  let format: string | undefined;
  let out: string | undefined;
  let full = false;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') format = 'json';
    else if (arg === '--full') full = true;
    else if (arg === '--format' || arg === '--out') {
      const value = argv[++i];
      if (!value) return `${arg} needs a value`;
      if (arg === '--out') out = value;
      else format = value;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else paths.push(arg);
  }
  if (paths.length > 1) return 'one file or folder at a time';
  return { path: paths[0] ?? SAMPLE, format, out, full };
}

/** Lines to stdout, or to PATH (a CSV file there starts with a BOM, so Excel reads it as UTF-8). */
function output(out: string | undefined, bom: boolean): { write: (text: string) => void; close: () => void } {
  if (!out) return { write: (text) => void process.stdout.write(`${text}\n`), close: () => {} };
  let fd: number;
  try {
    fd = openSync(out, 'w');
  } catch (e) {
    throw new InputError(`cannot write ${out}: ${(e as Error).message}`);
  }
  if (bom) writeSync(fd, '\uFEFF');
  return { write: (text) => void writeSync(fd, `${text}\n`), close: () => closeSync(fd) };
}

async function analyzeFile(args: Args): Promise<number> {
  const format = args.format === 'md' ? 'markdown' : args.format;
  if (format !== undefined && !(format in EXPORTS)) return usageError(`--format takes one of ${Object.keys(EXPORTS).join(', ')} for a file`);
  if (args.full) return usageError('--full is for a folder');
  const policy = loadPolicy(args.path);
  const analysis = await analyzePolicy(policy.text, { title: policy.title, headings: policy.headings });
  const out = output(args.out, false);
  out.write(format ? EXPORTS[format as ExportFormat].render(analysis) : formatSummary(analysis, policy.name));
  out.close();
  return 0;
}

async function analyzeDir(args: Args): Promise<number> {
  const format = args.format === 'markdown' ? 'md' : (args.format ?? 'csv');
  if (!(format in RECORD_FORMATS)) return usageError(`--format takes one of ${Object.keys(RECORD_FORMATS).join(', ')} for a folder`);
  if (args.full && format !== 'jsonl') return usageError('--full goes with --format jsonl');
  const files = listPolicies(args.path);
  if (!files.length) {
    console.error(`zhiqing: no policy files (.html .htm .md .txt) in ${args.path}`);
    return 2;
  }
  const out = output(args.out, format === 'csv');
  const { failed } = await analyzeFolder(args.path, files, { format: format as RecordFormat, full: args.full }, { write: out.write, stderr: process.stderr });
  out.close();
  return failed.length ? 1 : 0;
}

function usageError(message: string): number {
  console.error(`zhiqing: ${message}\n${USAGE}`);
  return 2;
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') return usageError(args);
  try {
    return args.path !== '-' && statSync(args.path, { throwIfNoEntry: false })?.isDirectory() ? await analyzeDir(args) : await analyzeFile(args);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    console.error(`zhiqing: ${e.message}`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));

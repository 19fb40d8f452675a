// npm run analyze -- [FILE|-] [--json | --format json|markdown|csv|html] [--lang zh|en] [--app-type TYPE[,TYPE]] [--out PATH]
// npm run analyze -- DIR [--format csv|jsonl|md] [--full] [--app-type TYPE[,TYPE]] [--out PATH]
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzePolicy } from '../lib/analyze';
import { EXPORTS, RECORD_FORMATS, type ExportFormat, type RecordFormat } from '../lib/export';
import type { Locale } from '../lib/locale/types';
import { APP_TYPES } from '../lib/necessary/table';
import { analyzeFolder, listPolicies } from './batch';
import { InputError, loadPolicy } from './input';
import { formatSummary } from './summary';

const SAMPLE = fileURLToPath(new URL('../samples/sample-policy.md', import.meta.url));
const USAGE = `usage: npm run analyze -- [FILE|-] [--json | --format json|markdown|csv|html] [--lang zh|en] [--app-type TYPE[,TYPE]] [--out PATH]
       npm run analyze -- DIR [--format csv|jsonl|md] [--full] [--app-type TYPE[,TYPE]] [--out PATH]
  FILE: .html .htm .md .txt (UTF-8 or GBK); - reads stdin; no FILE: the bundled sample
  DIR: every such file in DIR and its subfolders, one record per policy (csv by default);
       --full adds the whole Analysis to each JSON line; exit 1 when some files were skipped
  --lang: the language of the summary and the Markdown, CSV and HTML exports (zh by default)
  --app-type: judge 必要个人信息 as these app types instead of guessing (none: none of the 39);
       the ids are in lib/necessary/table.ts, e.g. map_navigation, online_shopping`;

/** the CLI's --lang values: zh_CN also as written in a language tag */
const LANGS: Readonly<Record<string, Locale>> = { zh: 'zh_CN', zh_CN: 'zh_CN', 'zh-CN': 'zh_CN', en: 'en' };
/** --app-type none: the policy is none of the 39 types, so no item is judged */
const NO_TYPE = 'none';

interface Args {
  path: string;
  format?: string;
  out?: string;
  full: boolean;
  locale?: Locale;
  appTypes?: string[];
}

/** TYPE[,TYPE] → app type ids, [] for none, or why not: an unknown id is named with every valid one. */
function parseAppTypes(value: string): string[] | string {
  const ids = value.split(',').map((id) => id.trim()).filter(Boolean);
  if (ids.length === 1 && ids[0] === NO_TYPE) return [];
  const known = new Set(APP_TYPES.map((t) => t.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (!ids.length || unknown.length) {
    const what = ids.length ? `unknown app type ${unknown.map((id) => JSON.stringify(id)).join(', ')}` : '--app-type needs a type';
    const combined = unknown.includes(NO_TYPE) ? ` (${NO_TYPE} stands alone)` : '';
    return `${what}${combined}; --app-type takes one or more of these, comma-separated, or ${NO_TYPE}:\n  ${APP_TYPES.map((t) => t.id).join(', ')}`;
  }
  return [...new Set(ids)];
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { path: SAMPLE, full: false };
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') args.format = 'json';
    else if (arg === '--full') args.full = true;
    else if (arg === '--format' || arg === '--out' || arg === '--lang' || arg === '--app-type') {
      const value = argv[++i];
      if (!value) return `${arg} needs a value`;
      if (arg === '--out') args.out = value;
      else if (arg === '--format') args.format = value;
      else if (arg === '--lang') {
        if (!Object.hasOwn(LANGS, value)) return `--lang takes zh or en, not ${JSON.stringify(value)}`;
        args.locale = LANGS[value];
      } else {
        const types = parseAppTypes(value);
        if (typeof types === 'string') return types;
        args.appTypes = types;
      }
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else paths.push(arg);
  }
  if (paths.length > 1) return 'one file or folder at a time';
  return { ...args, path: paths[0] ?? SAMPLE };
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
  const analysis = await analyzePolicy(policy.text, { title: policy.title, headings: policy.headings, appTypes: args.appTypes });
  const out = output(args.out, false);
  const locale = args.locale ?? 'zh_CN';
  out.write(format ? EXPORTS[format as ExportFormat].render(analysis, { locale }) : formatSummary(analysis, policy.name, locale));
  out.close();
  return 0;
}

async function analyzeDir(args: Args): Promise<number> {
  const format = args.format === 'markdown' ? 'md' : (args.format ?? 'csv');
  if (!(format in RECORD_FORMATS)) return usageError(`--format takes one of ${Object.keys(RECORD_FORMATS).join(', ')} for a folder`);
  if (args.full && format !== 'jsonl') return usageError('--full goes with --format jsonl');
  // a record holds ids and numbers under English column names: it reads the same in both languages
  if (args.locale) return usageError('--lang is for a file: the records of a folder read the same in both languages');
  const files = listPolicies(args.path);
  if (!files.length) {
    console.error(`zhiqing: no policy files (.html .htm .md .txt) in ${args.path}`);
    return 2;
  }
  const out = output(args.out, format === 'csv');
  const { failed } = await analyzeFolder(args.path, files, { format: format as RecordFormat, full: args.full, appTypes: args.appTypes }, { write: out.write, stderr: process.stderr });
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

// \`… | head -1\` closes the pipe before the output ends: stop quietly, as a Unix filter does
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});

process.exitCode = await main(process.argv.slice(2));

// npm run analyze -- [FILE|-] [--json | --format json|markdown|csv|html]
import { fileURLToPath } from 'node:url';
import { analyzePolicy } from '../lib/analyze';
import { EXPORTS, type ExportFormat } from '../lib/export';
import { InputError, loadPolicy } from './input';
import { formatSummary } from './summary';

const SAMPLE = fileURLToPath(new URL('../samples/sample-policy.md', import.meta.url));
const USAGE =
  'usage: npm run analyze -- [FILE|-] [--json | --format json|markdown|csv|html]\n  FILE: .html .htm .md .txt (UTF-8 or GBK); - reads stdin; no FILE: the bundled sample';

interface Args {
  file: string;
  format?: ExportFormat;
}

function parseArgs(argv: string[]): Args | string {
  let format: ExportFormat | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') format = 'json';
    else if (arg === '--format') {
      const value = argv[++i] === 'md' ? 'markdown' : argv[i];
      if (!value || !(value in EXPORTS)) return `--format takes one of ${Object.keys(EXPORTS).join(', ')}`;
      format = value as ExportFormat;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length > 1) return 'one file at a time';
  return { file: files[0] ?? SAMPLE, format };
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`zhiqing: ${args}\n${USAGE}`);
    return 2;
  }
  let policy;
  try {
    policy = loadPolicy(args.file);
  } catch (e) {
    if (e instanceof InputError) {
      console.error(`zhiqing: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const analysis = await analyzePolicy(policy.text, { title: policy.title, headings: policy.headings });
  console.log(args.format ? EXPORTS[args.format].render(analysis) : formatSummary(analysis, policy.name));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));

// npm run analyze -- [FILE|-] [--json]
import { fileURLToPath } from 'node:url';
import { analyzePolicy } from '../lib/analyze';
import { InputError, loadPolicy } from './input';
import { formatSummary } from './summary';

const SAMPLE = fileURLToPath(new URL('../samples/sample-policy.md', import.meta.url));
const USAGE = 'usage: npm run analyze -- [FILE|-] [--json]   (FILE: .html .htm .md .txt; - reads stdin)';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = files.find((a) => a.startsWith('--'));
  if (unknown || files.length > 1) {
    console.error(unknown ? `unknown option ${unknown}\n${USAGE}` : `one file at a time\n${USAGE}`);
    return 2;
  }
  const path = files[0] ?? SAMPLE;
  let policy;
  try {
    policy = loadPolicy(path);
  } catch (e) {
    if (e instanceof InputError) {
      console.error(`zhiqing: ${e.message}`);
      return 2;
    }
    throw e;
  }
  const analysis = await analyzePolicy(policy.text, { title: policy.title, headings: policy.headings });
  console.log(json ? JSON.stringify(analysis, null, 2) : formatSummary(analysis, policy.name));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));

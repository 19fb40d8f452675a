// npm run analyze -- DIR: every policy file in a folder and its subfolders,
// analysed in one process (the segmenter loads once), one record per policy
// (lib/export/record) written as soon as it is ready, so a run over thousands
// of files holds one analysis at a time.
import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { analyzePolicy, warmUp } from '../lib/analyze';
import { policyRecord, RECORD_FORMATS, type RecordFormat } from '../lib/export';
import { InputError, loadPolicy } from './input';

const POLICY_EXTENSIONS = new Set(['.html', '.htm', '.md', '.markdown', '.txt']);
/** A folder's own documentation, not a policy. */
const README = /^readme\./i;
/** Hidden folders (.git) and installed packages hold no policies of the user's. */
const SKIPPED_DIRS = new Set(['node_modules']);
/** A file name is text from elsewhere too: no control character of it reaches the terminal. */
const printable = (s: string): string => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

/**
 * Policy files under `dir`, recursively, as paths relative to it (with "/"),
 * sorted. Symbolic links to files count; links to folders are not followed
 * (no loops).
 */
export function listPolicies(dir: string): string[] {
  const found: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop()!;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) stack.push(path);
        continue;
      }
      if (!POLICY_EXTENSIONS.has(extname(entry.name).toLowerCase()) || README.test(entry.name)) continue;
      if (entry.isFile() || (entry.isSymbolicLink() && statSync(path, { throwIfNoEntry: false })?.isFile())) {
        found.push(relative(dir, path).split(sep).join('/'));
      }
    }
  }
  return found.sort();
}

export interface BatchOptions {
  format: RecordFormat;
  /** JSON Lines only: each record carries the whole Analysis as `analysis` */
  full?: boolean;
  /** judge every policy as these app types (AnalyzeOptions.appTypes) instead of guessing */
  appTypes?: readonly string[];
}

export interface BatchIO {
  /** one line of output (no newline) */
  write: (line: string) => void;
  /** progress and skipped files */
  stderr: { write: (text: string) => unknown; isTTY?: boolean };
}

export interface BatchResult {
  analysed: number;
  failed: string[];
}

/**
 * Analyse `files` (relative to `dir`) in order. A file that cannot be read or
 * analysed is reported on stderr and skipped. Progress goes to stderr: one
 * line rewritten in place on a terminal, a line per file otherwise.
 */
export async function analyzeFolder(dir: string, files: readonly string[], options: BatchOptions, io: BatchIO): Promise<BatchResult> {
  const format = RECORD_FORMATS[options.format];
  const tty = io.stderr.isTTY === true;
  const failed: string[] = [];
  let analysed = 0;
  await warmUp();
  for (const line of format.header) io.write(line);
  for (const [i, file] of files.entries()) {
    // let I/O events in between files: the analysis never waits on I/O, and a
    // reader that closed the pipe (\`| head\`) is only heard of in an event
    if (i) await new Promise((resolve) => setImmediate(resolve));
    // \x1b[K clears what a longer name before left on the line
    const progress = `[${i + 1}/${files.length}] ${printable(file)}`;
    io.stderr.write(tty ? `\r${progress}\x1b[K` : `${progress}\n`);
    try {
      const policy = loadPolicy(join(dir, file));
      const analysis = await analyzePolicy(policy.text, { title: policy.title, headings: policy.headings, appTypes: options.appTypes });
      const record = policyRecord(analysis, file);
      io.write(options.full ? JSON.stringify({ ...record, analysis }) : format.row(record));
      analysed++;
    } catch (e) {
      failed.push(file);
      const reason = e instanceof InputError ? e.message : `${file}: ${e instanceof Error ? e.message : String(e)}`;
      io.stderr.write(`${tty ? '\r\x1b[K' : ''}zhiqing: skipped: ${printable(reason)}\n`);
    }
  }
  if (tty) io.stderr.write('\r\x1b[K');
  io.stderr.write(`zhiqing: ${analysed} of ${files.length} analysed${failed.length ? `, ${failed.length} skipped` : ''}\n`);
  return { analysed, failed };
}

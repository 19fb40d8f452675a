// Reading a policy from disk or stdin: bytes → text (cli/decode: UTF-8,
// UTF-16, GB18030, Big5, Shift_JIS…), then the extractor that fits the format.
import { readFileSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractDocument, extractMarkdown, extractPlainText, type ExtractedText } from '../lib/extract';
import { decodeAs, detectEncoding, type Encoding } from './decode';

export class InputError extends Error {}

export interface LoadedPolicy extends ExtractedText {
  name: string;
  encoding: Encoding;
}

/** Larger than any policy page; a device or an endless pipe stops here. */
const MAX_BYTES = 50 * 1024 * 1024;
const CHUNK = 1 << 20;

/** UTF-8, UTF-16 or a legacy encoding, as cli/decode detects it. */
export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } | undefined {
  const encoding = detectEncoding(bytes);
  return encoding && { text: decodeAs(bytes, encoding), encoding };
}

/** Standard input, up to MAX_BYTES. */
function readStdin(): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(CHUNK);
    let n: number;
    try {
      n = readSync(0, chunk, 0, CHUNK, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_BYTES) throw new InputError(`stdin is larger than ${MAX_BYTES >> 20} MB: not a policy page`);
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks);
}

function readFile(path: string): Uint8Array {
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${(e as Error).message}`);
  }
  if (stat.isDirectory()) throw new InputError(`${path} is a directory, not a policy file`);
  // a device (/dev/zero) or a named pipe never ends: refuse rather than hang
  if (!stat.isFile()) throw new InputError(`${path} is not a regular file (a device or a pipe?): save the policy to a file first`);
  if (stat.size > MAX_BYTES) throw new InputError(`${path} is larger than ${MAX_BYTES >> 20} MB: not a policy page`);
  try {
    return readFileSync(path);
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as Error).message}`);
  }
}

type Format = 'html' | 'markdown' | 'text';

function formatOf(name: string, text: string): Format {
  const ext = extname(name).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.txt') return 'text';
  // stdin or an unknown extension: sniff
  if (/^\s*(<!doctype html|<html|<head|<body)/i.test(text)) return 'html';
  if (/^(---\n|#{1,6} )/m.test(text.slice(0, 500))) return 'markdown';
  return 'text';
}

/** linkedom, unlike a browser, does not infer a missing <html> element. */
function parseHtml(html: string): Document {
  const wrapped = /<html[\s>]/i.test(html) ? html : `<html>${html}</html>`;
  return parseHTML(wrapped).document as unknown as Document;
}

function extractFrom(name: string, text: string): ExtractedText {
  switch (formatOf(name, text)) {
    case 'html':
      return extractDocument(parseHtml(text));
    case 'markdown':
      return extractMarkdown(text);
    default:
      return extractPlainText(text);
  }
}

/** Read FILE, or stdin for '-'. Throws InputError with a one-line message. */
export function loadPolicy(path: string): LoadedPolicy {
  const bytes = path === '-' ? readStdin() : readFile(path);
  const name = path === '-' ? 'stdin' : path;
  const decoded = decode(bytes);
  if (!decoded) throw new InputError(`${name} looks like a binary file (PDF, image, archive?): give Zhiqing the policy as HTML, Markdown or text`);
  if (!decoded.text.trim()) throw new InputError(`${name} is empty: nothing to analyse`);
  return { ...extractFrom(name, decoded.text), name, encoding: decoded.encoding };
}

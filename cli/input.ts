// Reading a policy from disk or stdin: bytes → text (UTF-8 or GBK/GB18030),
// then the extractor that fits the format.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractDocument, extractMarkdown, extractPlainText, type ExtractedText } from '../lib/extract';

export class InputError extends Error {}

export interface LoadedPolicy extends ExtractedText {
  name: string;
  encoding: 'utf-8' | 'gb18030';
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > head.length * 0.05;
}

/** UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK and GB2312). */
export function decode(bytes: Uint8Array): { text: string; encoding: LoadedPolicy['encoding'] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
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
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `no such file: ${path}` : code === 'EISDIR' ? `${path} is a directory, not a policy file` : `cannot read ${path}: ${(e as Error).message}`);
  }
  const name = path === '-' ? 'stdin' : path;
  if (looksBinary(bytes)) throw new InputError(`${name} looks like a binary file (PDF, image, archive?): give Zhiqing the policy as HTML, Markdown or text`);
  const { text, encoding } = decode(bytes);
  if (!text.trim()) throw new InputError(`${name} is empty: nothing to analyse`);
  return { ...extractFrom(name, text), name, encoding };
}

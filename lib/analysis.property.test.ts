// Property tests: whatever a page holds, analyzePolicy returns a well-formed
// Analysis. Random Unicode, HTML and Markdown (through the real extractors),
// and real policies from ../shared mutated at random. ZHIQING_PROPERTY_RUNS
// raises the number of cases (npm run test:property runs a long round).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from './analyze';
import { extractDocument, extractMarkdown } from './extract';
import { contractBreaches } from './contract';
import type { Analysis } from './types';

const RUNS = Number(process.env.ZHIQING_PROPERTY_RUNS ?? 1000);
const TIMEOUT = 600_000;

/** The same input gives the same output (timings aside). */
const withoutTimings = (a: Analysis) => ({ ...a, timings: undefined });

// ── inputs ──────────────────────────────────────────────────────────────────

const SHARED = join(import.meta.dirname, '..', '..', 'shared');
const realPolicies = ['corpus', 'corpus-extra']
  .map((d) => join(SHARED, d))
  .filter(existsSync)
  .flatMap((d) => readdirSync(d).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').map((f) => readFileSync(join(d, f), 'utf8')));

/** Policy words, markup and punctuation, so random text reaches the rules and not only the fallbacks. */
const PIECES = [
  '隐私政策', '我们会收集您的', '手机号码', '身份证号码', '人脸信息', '位置信息', '通讯录', '共享给', '第三方', '合作伙伴',
  '有限公司', '（以下简称“我们”）', 'SDK', '极光推送', '，', '。', '；', '：', '\n', '（', '）', '1、', '•', '一、', '不会',
  '如需', '单独同意', '视为同意', '境外', '注销账户', '15个工作日', '30天', 'Inc.', 'Ltd', 'Ab', 'A', '!', '【', '】',
  'Yahoo!', '统计SDK', '推送SDK', '由', '提供', '?', '？', '例如', '|', '#',
];
const policyish = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 120 }).map((xs) => xs.join(''));
const unicode = fc.string({ unit: 'binary', maxLength: 400 });
const html = fc
  .array(fc.tuple(fc.constantFrom('div', 'p', 'li', 'td', 'h2', 'span', 'details', 'script', 'table'), policyish), { maxLength: 12 })
  .map((parts) => `<html><body>${parts.map(([tag, text]) => `<${tag}>${text}</${tag}>`).join('')}</body></html>`);
const markdown = fc
  .array(fc.tuple(fc.constantFrom('# ', '## ', '- ', '1. ', '> ', '| ', '[', '**', ''), policyish), { maxLength: 12 })
  .map((lines) => `---\ntitle: x\n---\n${lines.map(([m, t]) => m + t).join('\n')}`);
/** A window of a real policy with characters inserted, deleted or replaced. */
const mutated = fc
  .tuple(fc.nat(), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 8 }))
  .map(([at, edits]) => {
    const source = realPolicies[at % Math.max(1, realPolicies.length)] ?? '隐私政策';
    const start = at % Math.max(1, source.length - 3000);
    let text = source.slice(start, start + 3000);
    for (const [pos, del, ins] of edits) {
      const p = pos % (text.length + 1);
      text = text.slice(0, p) + ins + text.slice(p + del);
    }
    return text;
  });

const extractHtml = (source: string) => {
  const page = extractDocument(parseHTML(source).document as unknown as Document);
  return analyzePolicy(page.text, { title: page.title, headings: page.headings });
};
const extractMd = (source: string) => {
  const page = extractMarkdown(source);
  return analyzePolicy(page.text, { title: page.title, headings: page.headings });
};

describe('analyzePolicy on any input', () => {
  it.each([
    ['random Unicode', unicode, (s: string) => analyzePolicy(s)],
    ['policy-like text', policyish, (s: string) => analyzePolicy(s)],
    ['HTML, through the extractor', html, extractHtml],
    ['Markdown, through the extractor', markdown, extractMd],
    ['mutated real policies', mutated, (s: string) => analyzePolicy(s)],
  ] as const)(
    '%s: never throws, keeps its contract, and gives the same output twice',
    async (_name, input, analyse) => {
      await fc.assert(
        fc.asyncProperty(input as fc.Arbitrary<string>, async (source) => {
          const a = await analyse(source);
          expect(contractBreaches(a)).toEqual([]);
          expect(withoutTimings(await analyse(source))).toEqual(withoutTimings(a));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

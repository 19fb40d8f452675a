import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyzePolicy } from '../analyze';
import type { Analysis } from '../types';
import { EXPORTS, exportFileName, toCsv, toHtml, toMarkdown } from '.';
import { md } from './markdown';

const HOSTILE = `隐私政策
更新日期：2024年1月1日
我们会收集您的手机号码<script>alert(1)</script>和"设备信息"，用于 **注册** | 登录。
=HYPERLINK("http://evil.example","x")我们会收集您的位置信息。`;

const PLAIN = `隐私政策
我们会收集您的手机号码，用于注册。您的手机号码也用于找回密码。
我们会与关联公司、关联方及合作伙伴共享您的手机号码和设备信息。
我们接入了极光推送SDK，用于消息推送，会收集您的设备标识符。
我们会记录您的IP地址（如127.0.0.1），并按照GB/T 35273-2020的要求保护。`;

/** CSV text → rows of cells (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
function parseCsv(csv: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (c !== '\r') cell += c;
  }
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

describe('Markdown escapes only what would be read as markup where the text sits', () => {
  it.each([
    // should stay as written
    ['127.0.0.1', 'inline', '127.0.0.1'],
    ['GB/T 35273-2020', 'inline', 'GB/T 35273-2020'],
    ['（如手机号码）(可选)', 'inline', '（如手机号码）(可选)'],
    ['device_id', 'inline', 'device_id'],
    ['年龄<14岁', 'inline', '年龄<14岁'],
    ['A&B', 'inline', 'A&B'],
    ['# 不是标题', 'inline', '# 不是标题'],
    ['a | b', 'inline', 'a | b'],
    ['#话题', 'block', '#话题'],
    ['-5℃', 'block', '-5℃'],
    ['1.5倍', 'block', '1.5倍'],
    ['+86 10 1234', 'block', '+86 10 1234'],
    // should be escaped
    ['**注册**', 'inline', '\\*\\*注册\\*\\*'],
    ['_斜体_', 'inline', '\\_斜体\\_'],
    ['`code`', 'inline', '\\`code\\`'],
    ['9:00~18:00', 'inline', '9:00\\~18:00'],
    ['[点此](http://evil.example)', 'inline', '\\[点此\\](http\\://evil.example)'],
    ['访问www.evil.example', 'inline', '访问www\\.evil.example'],
    ['<script>', 'inline', '\\<script>'],
    ['&amp;', 'inline', '\\&amp;'],
    ['C:\\temp', 'inline', 'C:\\\\temp'],
    ['# 标题', 'block', '\\# 标题'],
    ['> 引用', 'block', '\\> 引用'],
    ['- 条目', 'block', '\\- 条目'],
    ['+ 条目', 'block', '\\+ 条目'],
    ['---', 'block', '\\---'],
    ['1. 条目', 'block', '1\\. 条目'],
    ['2) 条目', 'block', '2\\) 条目'],
    ['微信 | 支付宝', 'cell', '微信 \\| 支付宝'],
    ['隐私政策 #', 'heading', '隐私政策 \\#'],
    // control characters dropped, line breaks folded
    ['a\u0007b\nc', 'inline', 'ab c'],
  ] as const)('%s (%s) → %s', (text, position, expected) => {
    expect(md(text, position)).toBe(expected);
  });

  it('a whole report: addresses and standards as written, markup and links from the page defused', async () => {
    const markdown = toMarkdown(await analyzePolicy(`${HOSTILE}\n${PLAIN}`));
    expect(markdown).toContain('127.0.0.1');
    expect(markdown).toContain('GB/T 35273-2020');
    expect(markdown).not.toMatch(/\\[.\-/()]/);
    expect(markdown).toContain('\\*\\*注册\\*\\*');
    expect(markdown).toContain('\\<script>');
    expect(markdown).toMatch(/## 收集的个人信息（\d+）/);
    // a bare URL in a quote is text, not a link a renderer would make
    expect(markdown).toContain('http\\://evil.example');
    expect(markdown).not.toMatch(/https?:\/\//);
  });
});

describe('CSV', () => {
  it('one column means one thing: sensitivity, finding level and SDK category each have their own', async () => {
    const a = await analyzePolicy(PLAIN);
    const csv = toCsv(a);
    expect(csv.slice(0, csv.indexOf('\r\n'))).toBe('\uFEFFkind,id,label,status,sensitive,level,category,vendor,purpose,recipients,data_items,detail,basis,quotes,offsets');
    const rows = parseCsv(csv);
    const phone = rows.find((r) => r.id === 'phone')!;
    expect(phone).toMatchObject({ kind: 'data', status: 'collected', sensitive: 'no', level: '', category: '' });
    const jpush = rows.find((r) => r.kind === 'sdk')!;
    expect(jpush).toMatchObject({ id: 'jpush', label: '极光推送SDK', category: 'push', level: '', sensitive: '' });
    expect(jpush.vendor).toContain('有限公司');
    for (const r of rows.filter((x) => ['violation', 'gap', 'notice'].includes(x.kind!))) {
      expect(['high', 'medium', 'low', 'info']).toContain(r.level);
      expect(r.category).toBe('');
    }
  });

  it('carries every quote of a row, one a line, with offsets into the text in the same order', async () => {
    const a = await analyzePolicy(PLAIN);
    const phone = parseCsv(toCsv(a)).find((r) => r.id === 'phone')!;
    const quotes = phone.quotes!.split('\n');
    const tag = a.dataItems.find((d) => d.id === 'phone')!;
    expect(quotes).toEqual([...new Set(tag.evidence.map((e) => e.quote))]);
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    const offsets = phone.offsets!.split(' ').map((o) => o.split('-').map(Number) as [number, number]);
    expect(offsets.map(([s, e]) => a.text.slice(s, e))).toEqual(quotes);
  });

  it('puts no value twice in a cell', async () => {
    const a = await analyzePolicy(PLAIN);
    // 关联公司 and 关联方 are both affiliates: one 关联方 in the cell
    const sharing = parseCsv(toCsv(a)).find((r) => r.kind === 'sharing' && r.quotes!.includes('关联公司'))!;
    expect(sharing.recipients).toBe('关联方、合作方');
    const phone = a.dataItems.find((d) => d.id === 'phone')!;
    const doubled: Analysis = { ...a, dataItems: [{ ...phone, evidence: [phone.evidence[0]!, phone.evidence[0]!] }] };
    expect(parseCsv(toCsv(doubled))[0]!.quotes).toBe(phone.evidence[0]!.quote);
  });

  it('quotes cells and defuses formulas', async () => {
    const csv = toCsv(await analyzePolicy(HOSTILE));
    expect(parseCsv(csv).some((r) => r.kind === 'data' && r.id === 'phone')).toBe(true);
    expect(csv).not.toMatch(/(^|,|\n)=HYPERLINK/m);
    expect(csv).toContain('""设备信息""');
  });
});

describe('export file names', () => {
  const at = async (title: string | undefined, url?: string): Promise<string> => {
    const a = await analyzePolicy(PLAIN, { url, fetchedAt: '2024-03-15T08:00:00.000Z' });
    return exportFileName({ ...a, source: { ...a.source, title } }, 'md');
  };

  it.each([
    ['the site and the title', '星河记账隐私政策', 'https://www.example.com/privacy', '知情-example.com-星河记账隐私政策-2024-03-15.md'],
    ['the site when the title is a list item', '1. 我们如何收集您的信息', 'https://example.com/p', '知情-example.com-2024-03-15.md'],
    ['the site when the title is a sentence', '我们会收集您的手机号码，用于注册', 'https://example.com/p', '知情-example.com-2024-03-15.md'],
    ['the site when there is no title', undefined, 'https://app.example.cn/legal/privacy.html', '知情-app.example.cn-2024-03-15.md'],
    ['the title alone without a page URL', '星河记账隐私政策', undefined, '知情-星河记账隐私政策-2024-03-15.md'],
    ['a generic name when there is neither', undefined, 'file:///tmp/policy.html', '知情-隐私政策-2024-03-15.md'],
    ['characters no file system takes replaced', '隐私政策 <2024/版> ', 'https://example.com', '知情-example.com-隐私政策_2024_版_-2024-03-15.md'],
  ])('%s', async (_, title, url, expected) => {
    expect(await at(title, url)).toBe(expected);
  });
});

describe('HTML and JSON', () => {
  it('HTML escapes page text: no markup from the policy survives', async () => {
    const html = toHtml(await analyzePolicy(HOSTILE));
    expect(html).not.toContain('<script>alert');
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.body.textContent).toContain('<script>alert(1)</script>');
    expect(document.querySelector('.grade')?.textContent).toMatch(/^[A-E]$/);
  });

  it('JSON is the Analysis itself', async () => {
    const a = await analyzePolicy(HOSTILE);
    expect(JSON.parse(EXPORTS.json.render(a))).toEqual(JSON.parse(JSON.stringify(a)));
  });
});

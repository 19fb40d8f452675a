import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyzePolicy } from '../analyze';
import type { Analysis } from '../types';
import { EXPORTS, exportFileName, toCsv, toHtml, toMarkdown } from '.';
import { md } from './markdown';
import { csvRecords } from '../../tests/unit/csv';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');

const HOSTILE = `隐私政策
更新日期：2024年1月1日
我们会收集您的手机号码<script>alert(1)</script>和"设备信息"，用于 **注册** | 登录。
=HYPERLINK("http://evil.example","x")我们会收集您的位置信息。`;

const PLAIN = `隐私政策
我们会收集您的手机号码，用于注册。您的手机号码也用于找回密码。
我们会与关联公司、关联方及合作伙伴共享您的手机号码和设备信息。
我们接入了极光推送SDK，用于消息推送，会收集您的设备标识符。
我们会记录您的IP地址（如127.0.0.1），并按照GB/T 35273-2020的要求保护。`;

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
    const rows = csvRecords(csv);
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
    const phone = csvRecords(toCsv(a)).find((r) => r.id === 'phone')!;
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
    const sharing = csvRecords(toCsv(a)).find((r) => r.kind === 'sharing' && r.quotes!.includes('关联公司'))!;
    expect(sharing.recipients).toBe('关联方、合作方');
    const phone = a.dataItems.find((d) => d.id === 'phone')!;
    const doubled: Analysis = { ...a, dataItems: [{ ...phone, evidence: [phone.evidence[0]!, phone.evidence[0]!] }] };
    expect(csvRecords(toCsv(doubled))[0]!.quotes).toBe(phone.evidence[0]!.quote);
  });

  it('quotes cells and defuses formulas', async () => {
    const csv = toCsv(await analyzePolicy(HOSTILE));
    expect(csvRecords(csv).some((r) => r.kind === 'data' && r.id === 'phone')).toBe(true);
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

/** What the policy itself names, which stays as written in every locale: title, operator, SDKs, named recipients. */
function policyWords(a: Analysis): string[] {
  const named = a.sharing.flatMap((c) => c.recipients.filter((r) => r.kind === 'named_org').map((r) => r.name));
  const words = [a.source.title, a.source.company, ...a.sdks.flatMap((s) => [s.name, s.vendor, s.purpose]), ...named];
  return [...new Set(words.filter((w): w is string => !!w))].sort((x, y) => y.length - x.length);
}

const HAN = /\p{Script=Han}/u;

/** Lines of an English Markdown export that hold a Chinese character outside quote blocks and the policy's own names. */
function chineseInMarkdown(markdown: string, a: Analysis): string[] {
  let rest = markdown
    .split('\n')
    .filter((line) => !/^\s*> /.test(line))
    .join('\n');
  for (const w of policyWords(a)) for (const form of [md(w, 'cell'), md(w), md(w, 'heading')]) rest = rest.split(form).join('…');
  return rest.split('\n').filter((line) => HAN.test(line));
}

/** The same for an HTML export: its text without blockquotes and the policy's own names. */
function chineseInHtml(html: string, a: Analysis): string[] {
  const { document } = parseHTML(html);
  for (const q of document.querySelectorAll('blockquote')) q.remove();
  const texts = [document.title, ...[...document.body.querySelectorAll('h1, h2, h3, p, li, td, th')].map((e) => e.textContent ?? '')];
  return texts.map((t) => policyWords(a).reduce((rest, w) => rest.split(w).join('…'), t)).filter((t) => HAN.test(t));
}

describe('exports in English', () => {
  // a bank's policy: findings of every kind, SDK table, named recipients, data demanded beyond the type's list
  let bank: Analysis;
  beforeAll(async () => {
    bank = await analyzePolicy(readFileSync(join(CORPUS, 'cib-bank-2021.txt'), 'utf8'), { url: 'https://www.cib.com.cn/privacy' });
  });

  it('Markdown: every heading, name and explanation is English; only quotes and the policy’s own names stay Chinese', () => {
    const markdown = toMarkdown(bank, { locale: 'en' });
    expect(chineseInMarkdown(markdown, bank)).toEqual([]);
    expect(markdown).toMatch(/^# Zhiqing: /);
    expect(markdown).toMatch(/\*\*Grade [A-E]\*\*: \S/);
    expect(markdown).toContain('How the grade was reached:');
    expect(markdown).toMatch(/## Personal information collected \(\d+\)/);
    expect(markdown).toContain('| SDK | Provider | Purpose |');
    // the check confirms it is looking at something: quotes are there, in Chinese
    expect(markdown.split('\n').filter((l) => /^\s*> /.test(l) && HAN.test(l)).length).toBeGreaterThan(10);
  });

  it('HTML: the same, and the page says it is English', () => {
    const html = toHtml(bank, { locale: 'en' });
    expect(chineseInHtml(html, bank)).toEqual([]);
    const { document } = parseHTML(html);
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.title).toMatch(/ · Zhiqing$/);
    expect(document.querySelectorAll('blockquote').length).toBeGreaterThan(10);
  });

  it('the checker finds Chinese words of our own: the Chinese export fails it', () => {
    expect(chineseInMarkdown(toMarkdown(bank), bank).length).toBeGreaterThan(10);
    expect(chineseInHtml(toHtml(bank), bank).length).toBeGreaterThan(10);
  });

  it('Chinese stays the default: no option is zh_CN, and its words are Chinese', () => {
    expect(toMarkdown(bank)).toBe(toMarkdown(bank, { locale: 'zh_CN' }));
    expect(toHtml(bank)).toBe(toHtml(bank, { locale: 'zh_CN' }));
    expect(toCsv(bank)).toBe(toCsv(bank, { locale: 'zh_CN' }));
    expect(toMarkdown(bank)).toMatch(/^# 知情 Zhiqing：/);
    expect(toMarkdown(bank)).not.toContain('Grade');
  });

  it('CSV: the same columns and ids in both languages, names in the locale', () => {
    const zh = csvRecords(toCsv(bank));
    const en = csvRecords(toCsv(bank, { locale: 'en' }));
    expect(toCsv(bank, { locale: 'en' }).split('\r\n')[0]).toBe(toCsv(bank).split('\r\n')[0]);
    expect(en.map((r) => [r.kind, r.id, r.status, r.level, r.sensitive, r.category])).toEqual(zh.map((r) => [r.kind, r.id, r.status, r.level, r.sensitive, r.category]));
    expect(en.find((r) => r.kind === 'data' && r.id === 'phone')!.label).toBe('Phone number');
    expect(zh.find((r) => r.kind === 'data' && r.id === 'phone')!.label).toBe('手机号码');
    for (const r of en.filter((x) => ['violation', 'gap', 'notice', 'check', 'permission', 'app_type', 'necessary'].includes(x.kind!))) {
      expect(`${r.label} ${r.detail} ${r.basis}`).not.toMatch(HAN);
    }
  });

  it('file names: the product in the locale, the title as the policy writes it', async () => {
    const a = await analyzePolicy(PLAIN, { url: 'https://www.example.com/privacy', fetchedAt: '2024-03-15T08:00:00.000Z' });
    expect(exportFileName({ ...a, source: { ...a.source, title: '星河记账隐私政策' } }, 'md', 'en')).toBe('zhiqing-example.com-星河记账隐私政策-2024-03-15.md');
    expect(exportFileName({ ...a, source: { ...a.source, url: undefined, title: undefined } }, 'csv', 'en')).toBe('zhiqing-privacy-policy-2024-03-15.csv');
  });
});

describe('necessary personal information in the exports', () => {
  const NOTES = `星河笔记隐私政策
星河笔记由北京星河示例科技有限公司提供。
注册时，您需要提供手机号码和身份证号码，否则将无法使用本服务。
我们会收集您的位置信息，用于推荐附近内容，您可以拒绝。`;

  it('Markdown and HTML show the type judged, each item demanded beyond its list with its quote, and what is necessary', async () => {
    const a = await analyzePolicy(NOTES, { appTypes: ['online_community'] });
    const n = a.necessary!;
    const beyond = n.items.filter((i) => i.status === 'beyond');
    expect(beyond.map((i) => i.id)).toContain('id_document');
    expect(n.items.find((i) => i.id === 'phone')?.status).toBe('necessary');
    const zh = toMarkdown(a);
    const en = toMarkdown(a, { locale: 'en' });
    expect(zh).toContain('## 必要个人信息（网络社区类）\n\n按指定的类型判断。');
    expect(zh).toMatch(/### ✗ 超出必要范围，却是注册或使用的条件（\d+）\n\n- \*\*身份证件\*\*\n  > 注册时，您需要提供手机号码和身份证号码/);
    expect(zh).toMatch(/### ✓ 基本功能所必需（\d+）\n\n[^\n]*手机号码/);
    expect(en).toContain('## Necessary personal information (Online community)\n\nJudged as the type chosen.');
    expect(en).toMatch(/### ✗ Beyond what is necessary[^\n]*\n\n- \*\*ID documents\*\*\n  > 注册时/);
    expect(en).toMatch(/### ✓ Necessary for the basic service \(\d+\)\n\n[^\n]*Phone number/);

    const { document } = parseHTML(toHtml(a, { locale: 'en' }));
    const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent === 'Necessary personal information (Online community)')!;
    expect(heading).toBeTruthy();
    const section = [];
    for (let e = heading.nextElementSibling; e && e.tagName !== 'H2'; e = e.nextElementSibling) section.push(e);
    const text = section.map((e) => e.textContent).join('\n');
    expect(text).toContain('ID documents');
    expect(section.some((e) => e.querySelector('blockquote')?.textContent?.includes('身份证号码'))).toBe(true);
  });

  it('say when no item was judged, and why; CSV has a row per type and per item', async () => {
    const none = await analyzePolicy(NOTES, { appTypes: [] });
    expect(toMarkdown(none)).toContain('已选择“不属于这些类型”');
    expect(toMarkdown(none, { locale: 'en' })).toContain('“None of these” was chosen');
    expect(csvRecords(toCsv(none)).filter((r) => r.kind === 'app_type' && r.status === 'user').map((r) => r.id)).toEqual(['none']);

    const chosen = await analyzePolicy(NOTES, { appTypes: ['online_community'] });
    const rows = csvRecords(toCsv(chosen, { locale: 'en' }));
    expect(rows.find((r) => r.kind === 'app_type' && r.status === 'user')).toMatchObject({ id: 'online_community', label: 'Online community' });
    expect(rows.find((r) => r.kind === 'necessary' && r.id === 'id_document')).toMatchObject({ status: 'beyond', label: 'ID documents' });
    expect(rows.find((r) => r.kind === 'necessary' && r.id === 'id_document')!.quotes).toContain('身份证号码');
    expect(rows.find((r) => r.kind === 'necessary' && r.id === 'phone')!.status).toBe('necessary');
  });
});

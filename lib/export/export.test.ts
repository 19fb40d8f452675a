import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyzePolicy } from '../analyze';
import { EXPORTS, toCsv, toHtml, toMarkdown } from '.';

const HOSTILE = `隐私政策
更新日期：2024年1月1日
我们会收集您的手机号码<script>alert(1)</script>和"设备信息"，用于 **注册** | 登录。
=HYPERLINK("http://evil.example","x")我们会收集您的位置信息。`;

describe('exports', () => {
  it('HTML escapes page text: no markup from the policy survives', async () => {
    const html = toHtml(await analyzePolicy(HOSTILE));
    expect(html).not.toContain('<script>alert');
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.body.textContent).toContain('<script>alert(1)</script>');
    expect(document.querySelector('.grade')?.textContent).toMatch(/^[A-E]$/);
  });

  it('Markdown keeps page text from becoming markup', async () => {
    const markdown = toMarkdown(await analyzePolicy(HOSTILE));
    expect(markdown).toContain('\\*\\*注册\\*\\*');
    expect(markdown).toMatch(/## 收集的个人信息（\d+）/);
    // a bare URL in a quote is text, not a link a renderer would make
    expect(markdown).toContain('http\\://evil\\.example');
    expect(markdown).not.toMatch(/https?:\/\//);
  });

  it('CSV has one finding a row, quotes cells and defuses formulas', async () => {
    const a = await analyzePolicy(HOSTILE);
    const csv = toCsv(a);
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('kind,id,label,status,level,detail,quote,start,end,basis');
    expect(lines.some((l) => l.startsWith('data,phone,手机号码,collected'))).toBe(true);
    // findings carry their kind and legal basis
    expect(lines.some((l) => l.startsWith('gap,missing_') && l.endsWith('条'))).toBe(true);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv).toContain('""设备信息""');
  });

  it('JSON is the Analysis itself', async () => {
    const a = await analyzePolicy(HOSTILE);
    expect(JSON.parse(EXPORTS.json.render(a))).toEqual(JSON.parse(JSON.stringify(a)));
  });
});

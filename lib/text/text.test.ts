import { describe, expect, it } from 'vitest';
import { buildPolicyText, detectSections, foldText, HEADING_RULES, headingLevel, normalizeText, splitSentences } from '.';

describe('foldText', () => {
  it.each([
    ['個人資料', '个人资料'],
    ['電郵地址', '电邮地址'],
    ['ＩＭＥＩ號碼', 'imei号码'],
    ['身份證　號碼', '身份证 号码'],
    ['Android ID', 'android id'],
  ])('folds %s to %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('keeps every offset: the fold has the length of its input', () => {
    const odd = '私隱政策😀：ＡＢＣ，繁體與简体混合\u00a0text';
    expect(foldText(odd)).toHaveLength(odd.length);
  });
});

describe('normalizeText', () => {
  it('removes zero-width characters that would split a term', () => {
    expect(normalizeText('身份\u200b证号码')).toBe('身份证号码');
  });
  it('unifies line endings, spaces and blank lines', () => {
    expect(normalizeText('第一行\r\n\r\n\r\n\r\n第二行\u00a0\u00a0有空格  ')).toBe('第一行\n\n第二行 有空格');
  });
});

describe('splitSentences', () => {
  const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

  it('splits at Chinese sentence ends and line breaks, keeping closing quotes', () => {
    expect(sentences('我们收集手机号。您可以拒绝！是否同意？“好的。”\n下一行；另一句')).toEqual([
      '我们收集手机号。',
      '您可以拒绝！',
      '是否同意？',
      '“好的。”',
      '下一行；',
      '另一句',
    ]);
  });

  it('treats each table row (one a line) as a sentence', () => {
    expect(sentences('SDK名称 | 提供方\n极光推送 | 深圳市和讯华谷信息技术有限公司')).toHaveLength(2);
  });

  it('cuts a flattened run-on line at commas so quotes stay readable', () => {
    const long = Array.from({ length: 80 }, (_, i) => `第${i}项信息包括姓名和手机号`).join('，');
    const parts = splitSentences(long);
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) expect(p.end - p.start).toBeLessThanOrEqual(260);
    expect(parts.map((p) => long.slice(p.start, p.end)).join('')).toBe(long);
  });
});

describe('sections', () => {
  it.each(HEADING_RULES.map(([pattern, level, example]) => [example, level, pattern] as const))(
    'heading rule example %s is a level-%s heading',
    (example, level) => {
      expect(headingLevel(example)).toBe(level);
    },
  );

  it.each(['我们会收集您的手机号码。', '1. 注册时，我们会收集您的手机号码、短信验证码，用于创建账户并完成登录验证，如您拒绝则无法注册。', '2023年12月4日'])(
    '%s is not a heading',
    (line) => {
      expect(headingLevel(line)).toBe(0);
    },
  );

  it('nests sections and ends each at the next heading of its level', () => {
    const text = '一、我们如何收集\n（一）注册\n收集手机号。\n（二）实名\n收集身份证。\n二、我们如何共享\n不会共享。';
    const sections = detectSections(text);
    expect(sections.map((s) => [s.title, s.level])).toEqual([
      ['一、我们如何收集', 1],
      ['（一）注册', 2],
      ['（二）实名', 2],
      ['二、我们如何共享', 1],
    ]);
    expect(text.slice(sections[0]!.start, sections[0]!.end)).toContain('收集身份证');
    expect(text.slice(sections[0]!.start, sections[0]!.end)).not.toContain('不会共享');
  });

  it('uses headings the extractor saw even without an outline marker', () => {
    const doc = buildPolicyText('前言\n欢迎使用。\n我们收集的信息\n手机号。', new Map([['我们收集的信息', 2]]));
    expect(doc.sections.map((s) => s.title)).toEqual(['我们收集的信息']);
  });
});

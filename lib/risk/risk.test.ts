// Every rule's own examples, through analyzePolicy (the real tokenizer, the
// real tagger and sharing stage): a `fires` example gives the finding with the
// example among its evidence; a `silent` one does not give it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../analyze';
import { buildPolicyText, foldText } from '../text';
import { CHECK_RULES, explainGrade, FINDING_RULES, GRADE_LIMITS, HIGH_VIOLATION_CAPS, NOTICE_CAP, POINTS } from '.';
import type { Risk } from '../types';
import { LIST_HEADERS, listZones } from './lists';

const quoted = (risk: Risk, example: string): boolean => {
  const lines = example.split('\n').map((l) => foldText(l.trim()));
  return risk.evidence.some((e) => lines.some((l) => foldText(e.quote).includes(l) || l.includes(foldText(e.quote))));
};

describe('finding rules: each example through analyzePolicy', () => {
  const cases = FINDING_RULES.flatMap((rule) => [
    ...rule.examples.fires.map((example) => [rule.id, 'fires', example] as const),
    ...rule.examples.silent.map((example) => [rule.id, 'silent', example] as const),
  ]);

  it('every rule has at least two fires and two silent examples', () => {
    for (const rule of FINDING_RULES) {
      expect(rule.examples.fires.length, rule.id).toBeGreaterThanOrEqual(2);
      expect(rule.examples.silent.length, rule.id).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(cases)('%s %s: %s', async (id, expected, example) => {
    const rule = FINDING_RULES.find((r) => r.id === id)!;
    const a = await analyzePolicy(example);
    const risk = a.risks.find((r) => r.id === id);
    if (expected === 'silent') {
      // silent: no finding, or none that quotes this example
      expect(risk === undefined || (risk.evidence.length > 0 && !quoted(risk, example)), JSON.stringify(risk?.evidence.map((e) => e.quote))).toBe(true);
      return;
    }
    expect(risk, a.risks.map((r) => r.id).join(',')).toBeDefined();
    expect(risk!.kind).toBe(rule.kind);
    expect(risk!.level).toBe(rule.level);
    if (rule.kind !== 'gap') expect(quoted(risk!, example), JSON.stringify(risk!.evidence.map((e) => e.quote))).toBe(true);
  });
});

describe('checklist', () => {
  it('every check has at least two passing and two failing examples', () => {
    for (const check of CHECK_RULES) {
      expect(check.examples.passes.length, check.id).toBeGreaterThanOrEqual(2);
      expect(check.examples.fails.length, check.id).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(CHECK_RULES.flatMap((c) => c.examples.passes.map((e) => [c.id, e] as const)))('%s passes: %s', async (id, example) => {
    const check = (await analyzePolicy(example)).checks.find((c) => c.id === id);
    expect(check?.passed).toBe(true);
  });

  it.each(CHECK_RULES.flatMap((c) => c.examples.fails.map((e) => [c.id, e] as const)))('%s fails: %s', async (id, example) => {
    const check = (await analyzePolicy(example)).checks.find((c) => c.id === id);
    expect(check?.passed).toBe(false);
  });

  it('a policy that leaves things out gets each as a gap, with the check failed', async () => {
    const a = await analyzePolicy('隐私政策\n我们会收集您的手机号码用于注册。');
    const ids = a.risks.filter((r) => r.kind === 'gap').map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['missing_contact', 'missing_retention', 'missing_rights_delete', 'missing_minors']));
    expect(a.checks.find((c) => c.id === 'contact')?.passed).toBe(false);
  });

  it('a conditional check is omitted when its condition does not hold', async () => {
    const a = await analyzePolicy('隐私政策\n我们会收集您的手机号码用于注册。');
    expect(a.checks.map((c) => c.id)).not.toContain('sdk_list');
    expect(a.checks.map((c) => c.id)).not.toContain('targeting_optout');
  });
});

const COMPLETE = `某某App隐私政策
更新日期：2024年1月1日
某某App由某某科技有限公司运营。
我们深知个人信息对您的重要性，并会尽全力保护您的个人信息安全可靠。本政策适用于某某App提供的全部产品和服务，请您在使用前仔细阅读并了解本政策的全部内容。
一、我们如何收集和使用您的个人信息
我们会收集您的手机号码用于注册。您在使用记账功能时填写的账目内容仅用于为您生成统计报表。
二、我们如何存储您的个人信息
我们在中华人民共和国境内收集和产生的个人信息，将存储在中华人民共和国境内。
我们仅在实现目的所必需的最短时间内保存您的个人信息。
您有权访问、更正、删除您的个人信息，可以撤回您的授权同意，也可以在设置中注销账户。
我们将在15个工作日内答复您的请求。
发生个人信息安全事件后，我们将及时以推送、邮件等方式告知您。
如我们停止运营，我们将停止收集您的个人信息，以公告形式通知您，并删除您的个人信息。
我们如何保护未成年人的个人信息：不满十四周岁的未成年人需监护人同意。
您可以通过privacy@example.com与我们联系，也可以向网信部门投诉。`;

describe('the grade', () => {
  it('a complete policy with nothing wrong gets an A and says so', async () => {
    const a = await analyzePolicy(COMPLETE);
    expect(a.risks).toEqual([]);
    expect(a.summary.grade).toBe('A');
    expect(a.summary.headline).toContain('未发现');
  });

  it('notices alone never bring a policy below B', async () => {
    const a = await analyzePolicy(
      `${COMPLETE}\n实名认证时，我们会单独征得您的同意后收集您的人脸信息、身份证号码、银行卡号、病史、地理位置和已安装应用列表，以及您的设备IMEI。`,
    );
    expect(a.risks.every((r) => r.kind === 'notice')).toBe(true);
    expect(a.risks.length).toBeGreaterThanOrEqual(5);
    expect(['A', 'B']).toContain(a.summary.grade);
  });

  it('one high violation caps the grade at C, two at D, and the headline names them', async () => {
    const one = await analyzePolicy(`${COMPLETE}\n您注册或登录某某App，即视为您已阅读并同意本政策。`);
    expect(one.summary.grade).toBe('C');
    expect(one.summary.headline).toContain('视为同意');
    const two = await analyzePolicy(`${COMPLETE}\n您注册或登录某某App，即视为您已阅读并同意本政策。\n我们会向合作的金融机构提供您的信用评分。`);
    expect(two.summary.grade >= 'D').toBe(true);
    expect(two.risks.filter((r) => r.kind === 'violation' && r.level === 'high').map((r) => r.id)).toEqual(['implied_consent', 'profile_sharing']);
  });

  it('is monotone: another finding or a higher level never raises it', () => {
    const risk = (id: string, kind: Risk['kind'], level: Risk['level']): Risk => ({ id, kind, level, title: id, detail: '', evidence: [] });
    const pool = [
      risk('a', 'violation', 'high'),
      risk('b', 'violation', 'medium'),
      risk('c', 'violation', 'low'),
      risk('d', 'gap', 'medium'),
      risk('e', 'gap', 'low'),
      risk('f', 'notice', 'high'),
      risk('g', 'notice', 'medium'),
    ];
    // every subset, and every subset with one more finding
    for (let mask = 0; mask < 1 << pool.length; mask++) {
      const set = pool.filter((_, i) => mask & (1 << i));
      const grade = explainGrade(set).grade;
      for (const extra of pool) expect(explainGrade([...set, extra]).grade >= grade).toBe(true);
      for (const [i, r] of set.entries()) {
        if (r.level !== 'low') continue;
        const raised = set.map((x, j) => (j === i ? { ...x, level: 'medium' as const } : x));
        expect(explainGrade(raised).grade >= grade).toBe(true);
      }
    }
  });
});

describe('docs/GRADING.md', () => {
  const doc = readFileSync(new URL('../../docs/GRADING.md', import.meta.url), 'utf8');
  const rows = (heading: string): string[][] => {
    const part = doc.split(`## ${heading}`)[1]!.split('\n## ')[0]!;
    return part.split('\n').filter((l) => /^\| [^-|]/.test(l)).slice(1).map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
  };

  it('states the points the code uses', () => {
    const table = Object.fromEntries(rows('Points per finding').map(([kind, ...pts]) => [kind, pts.map(Number)]));
    for (const kind of ['violation', 'gap', 'notice'] as const) expect(table[kind], kind).toEqual(['high', 'medium', 'low', 'info'].map((l) => POINTS[kind][l as Risk['level']]));
    expect(doc).toContain(`at most **${NOTICE_CAP}** points`);
  });

  it('states the grade bands and caps the code uses', () => {
    expect(rows('Grade by score').slice(0, -1).map(([g, max]) => [g, Number(max)])).toEqual(GRADE_LIMITS.map(([g, max]) => [g, max]));
    expect(rows('Caps').map(([n, g]) => [Number.parseInt(n!, 10), g])).toEqual([...HIGH_VIOLATION_CAPS].reverse().map(([n, g]) => [n, g]));
  });
});

describe('lists the risk stage reads item by item', () => {
  it.each(LIST_HEADERS.map((h) => [h.kind, h.example] as const))('%s: %s heads a list, and its items are in it', (kind, example) => {
    const doc = buildPolicyText(`${example}\n1、与国家安全有关的；\n2、涉及商业秘密的。\n我们会保护您的个人信息，并在合理期限内答复您提出的各类请求和意见，感谢您的理解与支持。`);
    const zones = listZones(doc);
    expect([0, 1, 2].map((i) => zones.get(i))).toEqual([kind, kind, kind]);
    // prose after the list is not in it
    expect(zones.get(3)).toBeUndefined();
  });
});

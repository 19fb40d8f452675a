import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../analyze';
import { foldText } from '../text';
import { CHECK_RULES } from './checks';
import { CHECK_RISKS, DATA_RISKS } from './rules';
import { DATA_ITEMS } from '../lexicon/dataItems';

const COMPLETE = `隐私政策
更新日期：2024年1月1日
我们会收集您的手机号码用于注册。
我们仅在实现目的所必需的最短时间内保存您的个人信息。
您有权访问、更正、删除您的个人信息，可以撤回您的授权同意，也可以在设置中注销账户。
我们如何保护未成年人的个人信息：不满十四周岁的未成年人需监护人同意。
您可以通过privacy@example.com与我们联系，也可以向网信部门投诉。`;

describe('checklist', () => {
  it.each(CHECK_RULES.map(([id, , pattern, example]) => [id, example, pattern] as const))('%s: its example passes', (_, example, pattern) => {
    expect(pattern.test(foldText(example))).toBe(true);
  });

  it('passes every check on a complete policy, with the sentence as evidence', async () => {
    const a = await analyzePolicy(COMPLETE);
    for (const check of a.checks) {
      expect(check.passed, check.id).toBe(true);
      expect(a.text.slice(check.evidence[0]!.start, check.evidence[0]!.end)).toBe(check.evidence[0]!.quote);
    }
  });

  it('a policy without a contact channel or retention period gets those risks', async () => {
    const a = await analyzePolicy('隐私政策\n我们会收集您的手机号码用于注册。');
    const ids = a.risks.map((r) => r.id);
    expect(ids).toContain('missing_contact');
    expect(ids).toContain('missing_retention');
  });
});

describe('risks and grade', () => {
  it('flags biometric collection as high, with the legal basis and the evidence', async () => {
    const a = await analyzePolicy(`${COMPLETE}\n实名认证时，我们会采集您的人脸信息。`);
    const risk = a.risks.find((r) => r.id === 'biometric')!;
    expect(risk.level).toBe('high');
    expect(risk.basis).toContain('个人信息保护法');
    expect(risk.evidence[0]!.quote).toContain('人脸');
  });

  it('more and worse risks give a worse grade', async () => {
    const mild = await analyzePolicy(COMPLETE);
    const heavy = await analyzePolicy(
      `${COMPLETE}\n我们会采集您的人脸信息、指纹、通讯录、短信内容、通话记录、身份证号码、银行卡号、精确位置信息和已安装应用列表。`,
    );
    expect(mild.summary.grade < heavy.summary.grade).toBe(true);
    expect(heavy.summary.counts.high).toBeGreaterThan(mild.summary.counts.high);
  });

  it('rule tables name only real data items and checks', () => {
    const ids = new Set(DATA_ITEMS.map((d) => d.id));
    for (const rule of DATA_RISKS) for (const id of rule.dataItems) expect(ids.has(id), id).toBe(true);
    const checks = new Set(CHECK_RULES.map(([id]) => id));
    for (const rule of CHECK_RISKS) expect(checks.has(rule.check), rule.check).toBe(true);
  });
});

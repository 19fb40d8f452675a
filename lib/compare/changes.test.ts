import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../analyze';
import { changesBetween } from '.';

const V1 = [
  '示例App隐私政策',
  '一、我们如何收集您的个人信息',
  '注册时，我们会收集您的手机号码。',
  '我们接入了友盟统计SDK，用于统计分析。',
  '二、您的权利',
  '您可以在设置中撤回您的授权同意。',
  '您可以在“设置-账号与安全”中申请注销账户。',
].join('\n');

describe('changesBetween', () => {
  it('finds no change between a policy and itself', async () => {
    const a = await analyzePolicy(V1);
    const c = changesBetween(a, await analyzePolicy(V1));
    expect(c.isEmpty).toBe(true);
    expect(c.summary).toBe('含义上没有变化');
    expect(c.collected).toEqual({ added: [], removed: [] });
  });

  it('tells exactly the one data item a new sentence adds, quoting the new version', async () => {
    const v2 = V1.replace('注册时，我们会收集您的手机号码。', '注册时，我们会收集您的手机号码。\n我们会收集您的人脸信息。');
    const c = changesBetween(await analyzePolicy(V1), await analyzePolicy(v2));
    expect(c.isEmpty).toBe(false);
    expect(c.collected.added.map((d) => d.id)).toEqual(['face']);
    expect(c.collected.added[0]).toMatchObject({ label: '人脸', sensitive: true });
    expect(c.collected.added[0]!.evidence[0]!.quote).toBe('我们会收集您的人脸信息。');
    expect(c.collected.removed).toEqual([]);
    expect(c.permissions).toEqual({ added: [], removed: [] });
    expect(c.sdks).toEqual({ added: [], removed: [] });
    expect(c.findings.added.map((f) => f.id)).toContain('biometric');
    expect(c.summary.startsWith('+人脸')).toBe(true);
  });

  it('tells what a version takes away, quoting the old version', async () => {
    const v2 = V1.replace('您可以在设置中撤回您的授权同意。\n', '').replace('我们接入了友盟统计SDK，用于统计分析。', '我们接入了友盟统计SDK和穿山甲SDK。');
    const c = changesBetween(await analyzePolicy(V1), await analyzePolicy(v2));
    expect(c.checks.nowFail.map((k) => k.id)).toEqual(['rights_withdraw']);
    expect(c.checks.nowFail[0]!.evidence[0]!.quote).toBe('您可以在设置中撤回您的授权同意。');
    expect(c.sdks.added.map((s) => s.id)).toEqual(['csj']);
    expect(c.sdks.removed).toEqual([]);
    // the gap is the failed check: named once
    expect(c.findings.added.map((f) => f.id)).toContain('missing_rights_withdraw');
    expect(c.summary).toBe('+穿山甲SDK, −可撤回同意');
  });

  it('matches an SDK by its catalog id however it is spelled, and a recipient by its name key', async () => {
    const v1 = await analyzePolicy('隐私政策\n我们接入了友盟统计SDK。我们会与北京示例数据科技有限公司共享您的手机号码。');
    const v2 = await analyzePolicy('隐私政策\n我们接入了Umeng（友盟）统计SDK。我们会与北京示例数据科技有限公司 共享您的手机号码。');
    expect(v1.sdks[0]!.name).not.toBe(v2.sdks[0]!.name);
    const c = changesBetween(v1, v2);
    expect(c.sdks).toEqual({ added: [], removed: [] });
    expect(c.recipients).toEqual({ added: [], removed: [] });
    expect(c.isEmpty).toBe(true);
  });

  it('names a new recipient and the grade before and after', async () => {
    const v1 = await analyzePolicy(V1);
    const v2 = await analyzePolicy(`${V1}\n我们会与北京示例数据科技有限公司共享您的手机号码。\n您注册即视为您已阅读并同意本政策。`);
    const c = changesBetween(v1, v2);
    expect(c.recipients.added).toMatchObject([{ label: '北京示例数据科技有限公司' }]);
    expect(c.recipients.added[0]!.evidence[0]!.quote).toContain('共享您的手机号码');
    expect(c.sharingTypes.added.map((t) => t.label)).toEqual(['共享']);
    expect(c.findings.added).toContainEqual(expect.objectContaining({ id: 'implied_consent', kind: 'violation' }));
    expect(c.summary).toContain('+共享给北京示例数据科技有限公司');
    expect(c.grade.before).not.toBe(c.grade.after);
    expect(c.summary).toContain(`评级 ${c.grade.before}→${c.grade.after}`);
  });
});

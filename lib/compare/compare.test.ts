import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../analyze';
import { compareAnalyses } from '.';

describe('compareAnalyses', () => {
  it('tells what each version collects, shares and embeds that the other does not', async () => {
    const v1 = await analyzePolicy('隐私政策\n我们会收集您的手机号码和设备信息。我们接入了友盟统计SDK用于统计分析。');
    const v2 = await analyzePolicy(
      '隐私政策\n我们会收集您的手机号码、人脸信息和位置信息。我们接入了Umeng（友盟）统计SDK和极光推送SDK。我们会与北京示例数据科技有限公司共享您的手机号码。',
    );
    const c = compareAnalyses(v1, v2);
    expect(c.collected.both).toContain('手机号码');
    expect(c.collected.onlyLeft).toContain('设备信息');
    expect(c.collected.onlyRight).toEqual(expect.arrayContaining(['人脸', '位置']));
    expect(c.sensitive.onlyRight).toContain('人脸');
    // the same SDK written two ways is one SDK
    expect(c.sdks.both).toHaveLength(1);
    expect(c.sdks.onlyRight.join()).toContain('极光');
    expect(c.recipients.onlyRight).toContain('北京示例数据科技有限公司');
  });

  it('sets the findings side by side by kind: what one policy does wrong that the other does not', async () => {
    const fair = await analyzePolicy('隐私政策\n我们会收集您的手机号码用于注册。');
    const unfair = await analyzePolicy('隐私政策\n我们会收集您的手机号码用于注册。您注册即视为您已阅读并同意本政策。');
    const c = compareAnalyses(fair, unfair);
    expect(c.violations.onlyRight).toContain('注册、登录或使用即被视为同意本政策');
    expect(c.violations.onlyLeft).toEqual([]);
    expect(c.gaps.both).toContain('没有说明信息保存多久');
  });

  it('compares a policy with itself as all shared', async () => {
    const a = await analyzePolicy('隐私政策\n我们会收集您的手机号码，并申请相机权限。');
    const c = compareAnalyses(a, a);
    for (const side of [c.collected, c.permissions, c.sdks]) {
      expect(side.onlyLeft).toEqual([]);
      expect(side.onlyRight).toEqual([]);
    }
  });
});

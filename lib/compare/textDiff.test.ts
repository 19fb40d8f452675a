import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../analyze';
import { textDiff } from '.';

const V1 = [
  '示例App隐私政策',
  '一、我们如何收集您的个人信息',
  '注册时，我们会收集您的手机号码。为保障账号安全，我们会收集您的设备信息。',
  '二、我们如何共享您的个人信息',
  '我们不会向第三方出售您的个人信息。我们会与支付机构共享订单信息。',
  '三、您的权利',
  '您可以在设置中撤回您的授权同意。您可以申请注销账户。',
].join('\n');

describe('textDiff', () => {
  it('finds nothing between a policy and itself: every section collapses to its count', async () => {
    const a = await analyzePolicy(V1);
    const d = textDiff(a, await analyzePolicy(V1));
    expect(d).toMatchObject({ isEmpty: true, added: 0, removed: 0 });
    expect(d.sections.every((s) => s.sentences.length === 0)).toBe(true);
    expect(d.sections.map((s) => [s.title, s.unchanged])).toEqual([
      ['', 1],
      ['一、我们如何收集您的个人信息', 3],
      ['二、我们如何共享您的个人信息', 3],
      ['三、您的权利', 3],
    ]);
  });

  it('shows an added sentence under its section, at its place in the new text, and a removed one at its place in the old', async () => {
    const v2 = V1.replace('我们会收集您的设备信息。', '我们会收集您的设备信息。我们会收集您的人脸信息。').replace('您可以申请注销账户。', '');
    const [a, b] = await Promise.all([analyzePolicy(V1), analyzePolicy(v2)]);
    const d = textDiff(a, b);
    expect(d).toMatchObject({ isEmpty: false, added: 1, removed: 1 });
    const changed = d.sections.filter((s) => s.sentences.length);
    expect(changed.map((s) => s.title)).toEqual(['一、我们如何收集您的个人信息', '三、您的权利']);

    const added = changed[0]!.sentences.filter((s) => s.op === 'added');
    expect(added).toHaveLength(1);
    expect(added[0]!.sentence).toBe('我们会收集您的人脸信息。');
    expect(b.text.slice(added[0]!.start, added[0]!.end)).toBe('我们会收集您的人脸信息。');

    const removed = changed[1]!.sentences.filter((s) => s.op === 'removed');
    expect(removed.map((s) => s.sentence)).toEqual(['您可以申请注销账户。']);
    expect(a.text.slice(removed[0]!.start, removed[0]!.end)).toBe('您可以申请注销账户。');
    // the section that did not change is only counted
    expect(d.sections.find((s) => s.title.startsWith('二'))).toEqual({ title: '二、我们如何共享您的个人信息', sentences: [], unchanged: 3 });
  });

  it('diffs two 300 KB versions a few sentences apart in well under a second', () => {
    const paragraph = (i: number) => `第${i}段：为向您提供第${i}项服务，我们会收集您的手机号码和设备信息，并在${i}个工作日内答复您的请求。`;
    const sections = Array.from({ length: 100 }, (_, s) => `${s + 1}. 第${s + 1}节\n${Array.from({ length: 60 }, (_, i) => paragraph(s * 60 + i)).join('\n')}`);
    const before = sections.join('\n');
    const after = before.replace(paragraph(120), `${paragraph(120)}\n我们会收集您的人脸信息。`).replace(`${paragraph(4000)}\n`, '');
    expect(before.length).toBeGreaterThan(300_000);
    const version = (text: string) => ({ text, sections: [] });
    const t = performance.now();
    const d = textDiff(version(before), version(after));
    const ms = performance.now() - t;
    expect(d).toMatchObject({ added: 1, removed: 1 });
    expect(ms).toBeLessThan(500);
  });
});

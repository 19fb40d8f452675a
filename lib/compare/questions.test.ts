import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../analyze';
import { answerQuestions, QUESTIONS } from '.';

const answer = async (text: string, id: string) => (await answerQuestions(await analyzePolicy(`隐私政策\n${text}`))).find((q) => q.id === id)!;

describe('the question grid', () => {
  const rows = QUESTIONS.flatMap((q) => q.examples.map((e) => [q.id, e.answer, e.text, e] as const));
  it.each(rows)('%s is answered %s on: %s', async (id, expected, text, example) => {
    const a = await answer(text, id);
    expect(a.answer).toBe(expected);
    if (example.value !== undefined) expect(a.value).toBe(example.value);
    // a yes or a no is one click from the sentence that says so
    if (expected !== 'unstated') {
      expect(a.evidence.length).toBeGreaterThan(0);
      for (const e of a.evidence) expect(text).toContain(e.quote);
    }
  });

  it('every question asks in Chinese and English and has a yes and an unstated example', () => {
    for (const q of QUESTIONS) {
      expect(q.zh).toMatch(/[吗？]/);
      expect(q.en).toMatch(/\?$/);
      expect(q.examples.map((e) => e.answer)).toEqual(expect.arrayContaining(['yes', 'unstated']));
    }
  });
});

describe('answerQuestions on two policies side by side', () => {
  const left = [
    '某某App隐私政策',
    '一、我们收集的信息',
    '实名认证时，我们会采集您的人脸信息和身份证号码。',
    '我们会与北京示例数据科技有限公司和上海示例广告有限公司共享您的设备信息，用于广告投放。',
    '我们接入了极光推送SDK和友盟统计SDK。',
    '我们会根据您的兴趣偏好向您推荐个性化的内容和广告。',
    '二、您的权利',
    '我们将在收到您的请求后30天内答复。',
  ].join('\n');
  const right = [
    '另一App隐私政策',
    '一、我们收集的信息',
    '我们不会收集您的人脸信息。本应用不会读取您的通讯录。',
    '我们在中华人民共和国境内收集的个人信息将存储在境内，不会传输至境外。',
    '二、您的权利',
    '您可以在“设置-账号与安全”中申请注销账户。我们将在15个工作日内答复您的请求。',
  ].join('\n');

  it('answers each side from its own text, quoting the sentence that holds the answer', async () => {
    const [l, r] = await Promise.all([left, right].map(async (t) => answerQuestions(await analyzePolicy(t))));
    const grid = (side: typeof l, id: string) => side!.find((q) => q.id === id)!;

    expect(grid(l, 'face').answer).toBe('yes');
    expect(grid(l, 'face').evidence[0]!.quote).toContain('人脸');
    expect(grid(r, 'face').answer).toBe('no');
    expect(grid(r, 'face').evidence[0]!.quote).toBe('我们不会收集您的人脸信息。');
    expect(grid(l, 'id_number').answer).toBe('yes');
    expect(grid(r, 'id_number').answer).toBe('unstated');
    expect(grid(r, 'contacts').answer).toBe('no');
    expect(grid(l, 'contacts').answer).toBe('unstated');

    expect(grid(l, 'named_recipients')).toMatchObject({ answer: 'yes', value: 2 });
    expect(grid(l, 'named_recipients').evidence[0]!.quote).toContain('北京示例数据科技有限公司');
    expect(grid(l, 'sdk_count')).toMatchObject({ answer: 'yes', value: 2 });
    expect(grid(r, 'sdk_count').answer).toBe('unstated');

    expect(grid(l, 'targeting_optout')).toMatchObject({ answer: 'unstated', value: '有个性化推荐，未说明如何关闭' });
    expect(grid(l, 'close_account').answer).toBe('unstated');
    expect(grid(r, 'close_account').answer).toBe('yes');
    expect(grid(r, 'close_account').evidence[0]!.quote).toContain('注销账户');

    expect(grid(l, 'response_time')).toMatchObject({ answer: 'yes', value: '30天' });
    expect(grid(r, 'response_time')).toMatchObject({ answer: 'yes', value: '15个工作日' });
    expect(grid(r, 'response_time').evidence[0]!.quote).toContain('15个工作日');
    expect(grid(r, 'cross_border').answer).toBe('no');
    expect(grid(r, 'cross_border').evidence[0]!.quote).toContain('不会传输至境外');
    expect(grid(l, 'cross_border').answer).toBe('unstated');
  });
});

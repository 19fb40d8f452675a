import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../analyze';
import {
  ADVICE_CUES,
  CHANNEL_CUES,
  COLLECT_VERBS,
  CONDITION_STARTS,
  DEFINITION_CUES,
  DEFINITION_SECTIONS,
  LOCAL_ONLY_CUES,
  MINOR_CUES,
  NEGATABLE_VERBS,
  PERMISSION_CUES,
  STRONG_NEGATORS,
  WEAK_NEGATORS,
} from '../lexicon/cues';
import { foldText } from '../text';
import { POLICY_SIGNALS } from './policy';

const statusOf = async (text: string) =>
  Object.fromEntries((await analyzePolicy(text)).dataItems.map((d) => [d.id, d.status]));

describe('data items: collected or only mentioned', () => {
  it('tags a plain collection sentence as collected, with evidence on the term', async () => {
    const text = '在您注册账户时，我们会收集您的手机号码。';
    const a = await analyzePolicy(text);
    const phone = a.dataItems.find((d) => d.id === 'phone')!;
    expect(phone.status).toBe('collected');
    const e = phone.evidence[0]!;
    expect(a.text.slice(e.start, e.end)).toBe(e.quote);
    expect(a.text.slice(e.match!.start, e.match!.end)).toBe('手机号码');
  });

  it('a negated data term is only mentioned', async () => {
    expect(await statusOf('我们不会收集您的指纹、声纹等生物识别信息。')).toMatchObject({ fingerprint: 'mentioned', voiceprint: 'mentioned' });
  });

  it('a negation with its verb late in the clause still negates', async () => {
    expect((await statusOf('转写完成后，我们不会对语音进行声纹特征提取。')).voiceprint).toBe('mentioned');
  });

  it("a user's choice not to provide is not a negation", async () => {
    expect((await statusOf('如您不提供手机号码，您将无法完成注册。')).phone).toBe('collected');
  });

  it('terms in a definition list are only mentioned', async () => {
    const text = '个人敏感信息是指一旦泄露、非法提供或滥用可能危害人身和财产安全的个人信息，包括身份证件号码、个人生物识别信息、银行账号、行踪轨迹、健康生理信息等。';
    const s = await statusOf(text);
    expect(s).toMatchObject({ id_document: 'mentioned', bank_account: 'mentioned', location: 'mentioned', health: 'mentioned' });
  });

  it('everything after an appendix of definitions is only mentioned, even in flattened text', async () => {
    const text = '我们会收集您的手机号码用于注册。附件：释义及名词解释：个人信息举例：姓名、身份证号码、征信信息、宗教信仰。';
    expect(await statusOf(text)).toMatchObject({ phone: 'collected', name: 'mentioned', id_document: 'mentioned', credit: 'mentioned' });
  });

  it('a glossary opened by the statutory definition is only mentioned, whatever its heading', async () => {
    const text = '一、我们如何收集信息\n我们会收集您的手机号码。\n九、附录\n1、个人信息：以电子或者其他方式记录的与已识别或者可识别的自然人有关的各种信息。\n2、个人敏感信息：包括个人财产信息（银行账号、信贷记录）、医疗健康信息等。';
    expect(await statusOf(text)).toMatchObject({ phone: 'collected', bank_account: 'mentioned', credit: 'mentioned', health: 'mentioned' });
  });

  it('the statutory definition as a sentence in a collection section defines only itself', async () => {
    const text = '一、我们如何收集和使用您的个人信息\n个人信息是指以电子或者其他方式记录的与已识别或者可识别的自然人有关的各种信息。\n注册时我们会收集您的手机号码和银行卡号。';
    expect(await statusOf(text)).toMatchObject({ phone: 'collected', bank_account: 'collected' });
  });

  it('a generic minors clause is only mentioned', async () => {
    expect((await statusOf('若您是未满14周岁的未成年人，我们会在征得监护人同意后收集儿童个人信息。')).minor_info).toBe('mentioned');
  });

  it('e-mail and SMS named as the ways we reach the user are not collected', async () => {
    const s = await statusOf('我们将以推送通知、电子邮件、短信等方式告知您。我们会收集您的手机号码用于登录。');
    expect(s).toMatchObject({ email: 'mentioned', phone: 'collected' });
    expect((await statusOf('注册时您需要提供电子邮箱地址，我们会通过电子邮件等方式向您发送验证链接。')).email).toBe('collected');
  });

  it('advice to keep a password safe is not collecting it', async () => {
    expect((await statusOf('请您妥善保管好您的账号、密码及其他身份要素。')).credentials).toBe('mentioned');
  });

  it('reads 繁體 and HK vocabulary', async () => {
    const s = await statusOf('我們會收集您的姓名、流動電話號碼、電郵地址及身份證號碼，以便為您提供服務。');
    expect(s).toMatchObject({ name: 'collected', phone: 'collected', email: 'collected', id_document: 'collected' });
  });

  it('reads a collection table flattened into one line', async () => {
    const flat = '序号服务需求场景及结果收集信息1用于会员账户创建、关联或登录在您注册会员账户时收集姓名、手机号码2用于实名制管理身份证号码、人脸信息';
    expect(await statusOf(flat)).toMatchObject({ name: 'collected', phone: 'collected', id_document: 'collected', face: 'collected' });
  });

  it('ignores a data word inside an organisation name', async () => {
    expect((await statusOf('我们的关联公司包括北京示例征信有限公司。')).credit).toBeUndefined();
  });

  it('puts sensitive flags on items', async () => {
    const a = await analyzePolicy('我们会收集您的身份证号码和设备型号。');
    expect(a.dataItems.find((d) => d.id === 'id_document')?.sensitive).toBe(true);
    expect(a.dataItems.find((d) => d.id === 'device_info')?.sensitive).toBe(false);
  });
});

describe('permissions', () => {
  it('needs a permission cue in the sentence', async () => {
    const a = await analyzePolicy('当您使用扫码功能时，我们会申请相机权限。您可以在相册中查看照片。');
    expect(a.permissions.map((p) => p.id)).toEqual(['camera']);
  });

  it('a denied permission is not tagged', async () => {
    expect((await analyzePolicy('本应用不会申请读取您的短信权限。')).permissions).toEqual([]);
  });
});

describe('isPolicy', () => {
  const policyText = `隐私政策
更新日期：2024年1月1日
一、我们如何收集和使用您的个人信息
我们会收集您的手机号码、设备信息和位置信息，用于提供服务。
二、我们如何使用Cookie和同类技术
我们使用Cookie记录您的偏好。
三、我们如何共享、转让、公开披露您的个人信息
我们不会向第三方出售您的个人信息。
四、您的权利
您可以访问、更正、删除您的个人信息，也可以注销账户。
五、我们如何保护未成年人的个人信息
六、如何联系我们
依据《中华人民共和国个人信息保护法》，您可以通过privacy@example.com联系我们。`.repeat(2);

  it('recognises a policy', async () => {
    const a = await analyzePolicy(policyText);
    expect(a.source.isPolicy).toBe(true);
    expect(a.source.policyConfidence).toBeGreaterThan(0.7);
  });

  it.each([
    ['a news article', '本报讯 昨日，市政府召开新闻发布会，介绍了今年城市建设的最新进展。据介绍，全市新建道路120公里，改造老旧小区300个。'.repeat(10)],
    ['a shop page', '限时特价！本店所有商品八折优惠，满199元包邮。加入购物车，立即购买。用户评价：质量很好，物流很快。'.repeat(10)],
    ['an English policy', 'Privacy Policy. We collect your email address and device identifiers to provide the service. '.repeat(20)],
    ['a Japanese policy', 'プライバシーポリシー。当社は、お客様の個人情報を収集し、サービスの提供のために利用します。'.repeat(20)],
    ['an empty page', ''],
  ])('says %s is not a policy', async (_, text) => {
    const a = await analyzePolicy(text);
    expect(a.source.isPolicy).toBe(false);
  });

  it.each(POLICY_SIGNALS.map(([pattern, , example]) => [example, pattern] as const))('signal example %s matches', (example, pattern) => {
    expect(pattern.test(foldText(example))).toBe(true);
  });
});

describe('cue lists', () => {
  const lists = { CHANNEL_CUES, COLLECT_VERBS, STRONG_NEGATORS, WEAK_NEGATORS, NEGATABLE_VERBS, CONDITION_STARTS, DEFINITION_CUES, DEFINITION_SECTIONS, MINOR_CUES, ADVICE_CUES, LOCAL_ONLY_CUES, PERMISSION_CUES };
  it.each(Object.entries(lists))('%s: its example contains one of its cues, and cues are folded', (_, list) => {
    expect(list.terms.some((t) => foldText(list.example).includes(t))).toBe(true);
    for (const t of list.terms) expect(foldText(t)).toBe(t);
  });
});

// The one organisation-name reader (lib/org): names by legal-form suffix and
// by brand, through the real sharing stage where a recipient is meant.
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../analyze';
import { buildPolicyText, foldText } from '../text';
import { BRANDS, findOrgNames, GENERIC_HEADS, NAME_BOUNDARY_EXCEPTIONS, ORG_SUFFIXES } from '.';

const namesIn = (text: string) => {
  const doc = buildPolicyText(text);
  return findOrgNames(doc, { start: 0, end: doc.text.length }).map((o) => o.name);
};
const named = async (text: string) =>
  (await analyzePolicy(text)).sharing.flatMap((c) => c.recipients).filter((r) => r.kind === 'named_org').map((r) => r.name);

describe('legal-form suffixes', () => {
  it.each(ORG_SUFFIXES.map(([suffix, example]) => [suffix, example] as const))('org suffix %s: %s', (_suffix, example) => {
    expect(namesIn(`我们会将您的信息提供给${example}。`)).toEqual([example]);
  });
});

describe('brands: a brand named as receiving data is a named recipient', () => {
  it.each(BRANDS.map(([, example]) => example))('%s', async (example) => {
    expect((await named(example)).length).toBeGreaterThan(0);
  });

  it.each([
    ['the operator itself', '示例科技有限公司（以下简称“我们”）运营本应用。我们会将您的设备信息提供给示例科技。', '示例科技'],
    ['the policy\'s own product', '某某微博隐私政策\n我们会将您的信息共享给微博的合作方。', '微博'],
    ['an SDK the policy lists', '我们接入了示例推送SDK。\n华为推送SDK：为推送消息，我们会向华为提供设备标识。', '华为'],
    ['a kind of company, not a name', '我们会将手机号提供给电信运营商验证。', '电信'],
    ['a crime, not a carrier', '为防范电信网络诈骗，我们会向公安机关提供必要信息。', '电信'],
    ['a platform one signs in with', '当您使用第三方帐号（包括微信、QQ）登录时，我们会读取并共享您在该平台的公开信息。', '微信'],
    ['the policy\'s own group', '示例游戏隐私政策\n儿童的个人信息将会在示例集团关联方之间共享。', '示例集团'],
    ['the user\'s account at a platform', '我们会向示例认证系统核实您所使用的微信或QQ帐号的实名情况，并向其提供必要信息。', '微信'],
  ])('not %s', async (_why, text, brand) => {
    expect(await named(text)).not.toContain(brand);
  });
});

describe('organisation name boundaries', () => {
  it.each([
    ['向中国人民银行征信中心报送', ['中国人民银行征信中心']],
    ['我们将您的姓名提供给示例支付服务有限公司。', ['示例支付服务有限公司']],
    ['我们合作机构示例支付服务有限公司的反馈', ['示例支付服务有限公司']],
    ['例如：示例信用管理有限公司、示例智信（杭州）信息技术有限公司', ['示例信用管理有限公司', '示例智信（杭州）信息技术有限公司']],
    ['包括但不限于示例金融租赁有限责任公司、示例经济研究咨询股份有限公司', ['示例金融租赁有限责任公司', '示例经济研究咨询股份有限公司']],
    ['我们会向服务合作方钉钉（中国）信息技术有限公司共享', ['钉钉（中国）信息技术有限公司']],
    ['关联公司：指阿里巴巴集团控股有限公司（Alibaba Group Holding Limited）', ['阿里巴巴集团控股有限公司', 'Alibaba Group Holding Limited']],
    ['示例\u00a0银行股份有限公司', ['示例银行股份有限公司']],
    ['我们会与华为终端有限公司共享', ['华为终端有限公司']],
    ['北京三快在线科技有限公司', ['北京三快在线科技有限公司']],
    ['我们会向Example Analytics Inc.提供设备标识', ['Example Analytics Inc.']],
    ['由示例有限公司与Sample Data Co., Ltd共同处理', ['示例有限公司', 'Sample Data Co., Ltd']],
    ['AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA Ltd', []],
  ])('%s → %j', (text, expected) => {
    expect(namesIn(text)).toEqual(expected);
  });

  it('a bank card is not a bank: 绑定银行卡 names no organisation', async () => {
    expect(await named('当您绑定银行卡或使用银行卡账单导入功能时，我们会将您的银行卡号提供给示例支付服务有限公司。')).toEqual(['示例支付服务有限公司']);
  });

  it.each(['我行手机银行', '个人网上银行', '请前往个人中心', '收藏牌局', '相关银行', '其他征信中心', '同一集团'])('%s is not a named organisation', (text) => {
    expect(namesIn(text)).toEqual([]);
  });

  it('every boundary exception and generic head is a plain string', () => {
    for (const w of [...NAME_BOUNDARY_EXCEPTIONS, ...GENERIC_HEADS]) expect(w).toBe(foldText(w));
  });
});


describe('products: another app named as where data goes', () => {
  it.each([
    ['为方便您在某某社区App查看战绩，我们会向某某社区App共享您的角色信息。', '某某社区App'],
    ['我们会将您的阅读进度同步至示例读书客户端。', '示例读书客户端'],
  ])('%s', async (text, name) => {
    expect(await named(text)).toEqual([name]);
  });

  it.each([
    ['this app', '我们不会向本App以外的任何主体提供您的信息。'],
    ['apps in general', '我们可能会向其他App提供去标识化的统计数据。'],
    ['the bank itself', '您的信息仅用于我行手机银行App内的服务，我们会向我行手机银行App推送通知。'],
    ['a source, not a recipient', '您可以从示例社区App导入您的头像与昵称。'],
  ])('not a product recipient: %s', async (_why, text) => {
    expect((await named(text)).filter((n) => /app|客户端/i.test(n))).toEqual([]);
  });
});

describe('a product name never takes in the phrase before it', () => {
  it('与游戏或者某某大神App: the app alone', async () => {
    expect(await named('为便于您查看战绩，我们会将您的游戏数据共享给游戏或者某某大神App。')).toEqual(['某某大神App']);
  });
});

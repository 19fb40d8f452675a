// Both languages, fully: every id lib can put in an Analysis has an English
// name with no Chinese left, the Chinese names are lib's own, and the legal
// bases read in English.
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../analyze';
import { KIND_LABEL, LEVEL_LABEL, RECIPIENT_LABEL, SHARING_LABEL } from '../export/labels';
import { DATA_ITEMS } from '../lexicon/dataItems';
import { PERMISSIONS } from '../lexicon/permissions';
import { CHECK_RULES, FINDING_RULES } from '../risk';
import { SDK_CATALOG } from '../sdk/catalog';
import { basisText, findingText, headline, localeOf, nameOf, type NameKind } from '.';
import { numberIn } from '../text/numbers';
import { FINDING_EN } from './findings';
import { CHECK_EN, DATA_ITEM_EN, PERMISSION_EN, SDK_CATEGORY } from './names';

/** CJK ideographs, CJK punctuation (，；《》) and full-width forms */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

const ids: Readonly<Record<NameKind, readonly string[]>> = {
  dataItem: DATA_ITEMS.map((d) => d.id),
  permission: PERMISSIONS.map((p) => p.id),
  check: CHECK_RULES.map((c) => c.id),
  sharingType: Object.keys(SHARING_LABEL),
  recipientKind: Object.keys(RECIPIENT_LABEL),
  level: Object.keys(LEVEL_LABEL),
  findingKind: Object.keys(KIND_LABEL),
  sdkCategory: [...new Set(SDK_CATALOG.map((s) => s.category))],
};
const named = Object.entries(ids).flatMap(([kind, list]) => list.map((id) => [kind as NameKind, id] as const));

describe('names', () => {
  it.each(named)('%s %s has an English name', (kind, id) => {
    const en = nameOf(kind, id, 'en');
    expect(en).not.toMatch(CJK);
    expect(en).not.toBe(id);
    expect(nameOf(kind, id, 'zh_CN')).toMatch(CJK);
  });

  it('the English tables name exactly lib’s ids: none missing, none left over', () => {
    expect(Object.keys(DATA_ITEM_EN).sort()).toEqual([...ids.dataItem].sort());
    expect(Object.keys(PERMISSION_EN).sort()).toEqual([...ids.permission].sort());
    expect(Object.keys(CHECK_EN).sort()).toEqual([...ids.check].sort());
    expect(Object.keys(FINDING_EN).sort()).toEqual(FINDING_RULES.map((r) => r.id).sort());
    expect(Object.keys(SDK_CATEGORY)).toEqual(expect.arrayContaining([...ids.sdkCategory]));
  });

  it('the Chinese names are lib’s own labels', () => {
    for (const d of DATA_ITEMS) expect(nameOf('dataItem', d.id, 'zh_CN')).toBe(d.label);
    for (const p of PERMISSIONS) expect(nameOf('permission', p.id, 'zh_CN')).toBe(p.label);
    for (const c of CHECK_RULES) expect(nameOf('check', c.id, 'zh_CN')).toBe(c.title);
    expect(nameOf('sharingType', 'cross_border', 'zh_CN')).toBe(SHARING_LABEL.cross_border);
  });

  it('an id it does not know falls back to Chinese, then to the id; never to an inherited property', () => {
    expect(nameOf('dataItem', 'constructor', 'en')).toBe('constructor');
    expect(nameOf('dataItem', 'no_such_item', 'zh_CN')).toBe('no_such_item');
  });

  it.each([
    ['zh-CN', 'zh_CN'],
    ['zh-TW', 'zh_CN'],
    ['zh', 'zh_CN'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['zu', 'en'],
  ] as const)('browser language %s shows %s', (language, locale) => {
    expect(localeOf(language)).toBe(locale);
  });
});

describe('findings', () => {
  it.each(FINDING_RULES.map((r) => [r.id, r] as const))('%s reads in English', (_id, rule) => {
    const en = findingText(rule, 'en');
    expect(en.title).not.toMatch(CJK);
    expect(en.detail).not.toMatch(CJK);
    if (rule.basis) expect(en.basis).not.toMatch(CJK);
    expect(findingText(rule, 'zh_CN')).toEqual({ title: rule.title, detail: rule.detail, ...(rule.basis ? { basis: rule.basis } : {}) });
  });

  it('a finding it has no English for keeps its own words', () => {
    const risk = { id: 'future_rule', title: '新规则', detail: '说明' };
    expect(findingText(risk, 'en')).toEqual({ title: '新规则', detail: '说明' });
  });
});

describe('legal basis', () => {
  it.each([
    ['《个人信息保护法》第十四条；认定方法 三.4', 'PIPL Art. 14; Identification Method III.4'],
    ['《个人信息保护法》第十七条、第十九条', 'PIPL Arts. 17, 19'],
    ['《个人信息保护法》第十六条；认定方法 四.2；必要个人信息范围规定 第四条', 'PIPL Art. 16; Identification Method IV.2; Necessary PI Provisions Art. 4'],
    ['认定方法 六.3、六.5', 'Identification Method VI.3, VI.5'],
    ['认定方法 五', 'Identification Method V'],
    ['认定方法 六.2；GB/T 35273-2020 8.5', 'Identification Method VI.2; GB/T 35273-2020 8.5'],
    ['GB/T 35273-2020 附录D', 'GB/T 35273-2020 Appendix D'],
    ['《民法典》第四百九十七条', 'Civil Code Art. 497'],
    ['《个人信息保护法》第四条、第七十三条', 'PIPL Arts. 4, 73'],
    ['个保法 第十三条第一款第二项', 'PIPL Art. 13(1)(2)'],
    ['《中华人民共和国网络安全法》第四十一条', 'Cybersecurity Law Art. 41'],
    ['《儿童个人信息网络保护规定》第九条', 'Provisions on the Cyber Protection of Children’s Personal Information Art. 9'],
    ['《App违法违规收集使用个人信息行为认定方法》 二.1', 'Identification Method II.1'],
    ['必要个人信息范围规定 第四条; 个保法 第十六条', 'Necessary PI Provisions Art. 4; PIPL Art. 16'],
  ])('%s → %s', (zh, en) => {
    expect(basisText(zh, 'en')).toBe(en);
    expect(basisText(zh, 'zh_CN')).toBe(zh);
  });

  it('every basis a rule or check cites translates with no Chinese left', () => {
    const cited = new Set([...FINDING_RULES.flatMap((r) => (r.basis ? [r.basis] : [])), ...CHECK_RULES.map((c) => c.gap.basis)]);
    for (const basis of cited) expect(basisText(basis, 'en'), basis).not.toMatch(CJK);
  });

  it.each([
    ['四', 4],
    ['十', 10],
    ['十四', 14],
    ['二十', 20],
    ['七十三', 73],
    ['一百零五', 105],
    ['四百九十七', 497],
  ] as const)('%s is %d', (numeral, n) => {
    expect(numberIn(numeral)).toBe(n);
  });
});

/** a short policy of our own: it says registering is consenting, and shares with unnamed partners */
const POLICY = [
  '示例笔记隐私政策',
  '更新日期：2024年3月1日',
  '示例笔记由示例科技有限公司（以下简称“我们”）运营。我们深知个人信息对您的重要性，会按照《中华人民共和国个人信息保护法》的要求保护您的个人信息。',
  '一、我们如何收集和使用您的个人信息',
  '注册账号时，我们会收集您的手机号码，用于创建账号和登录验证。您在笔记中上传的图片，仅用于为您保存和同步笔记内容。',
  '您注册、登录本应用即视为您已阅读并同意本政策的全部内容。',
  '二、我们如何共享、转让、公开披露您的个人信息',
  '我们可能与合作伙伴共享您的个人信息，用于改进服务。',
  '三、我们如何存储您的个人信息',
  '您的个人信息存储于中华人民共和国境内，保存期限为实现处理目的所必要的最短时间。',
  '四、您的权利',
  '您可以在“设置—账号”中查阅、更正、删除您的个人信息，也可以撤回同意或注销账号。我们将在十五个工作日内答复您的请求。',
  '五、我们如何处理未成年人的个人信息',
  '若您是不满十四周岁的未成年人，请在监护人的陪同下阅读本政策，并在取得监护人同意后使用我们的服务。',
  '六、如何联系我们',
  '如有疑问、意见或投诉，请发送邮件至privacy@example.com，我们会尽快处理。',
].join('\n');

describe('headline', () => {
  it('names the same findings as the Chinese headline, in English', async () => {
    const a = await analyzePolicy(POLICY);
    expect(a.risks.slice(0, 2).map((r) => r.id)).toEqual(['implied_consent', 'sharing_unnamed']);
    expect(headline(a.risks, a.source.isPolicy, 'zh_CN')).toBe(a.summary.headline);
    const en = headline(a.risks, a.source.isPolicy, 'en');
    expect(en).not.toMatch(CJK);
    const more = a.risks.filter((r) => r.kind !== 'notice').length - 2;
    expect(en).toBe(`${FINDING_EN.implied_consent!.title}; ${FINDING_EN.sharing_unnamed!.title} (and ${more} more issues)`);
  });

  it('says so when the text is not a policy', async () => {
    const a = await analyzePolicy('今天天气很好，我们去公园散步。');
    expect(headline(a.risks, a.source.isPolicy, 'en')).toBe('This text does not look like a privacy policy');
    expect(headline(a.risks, a.source.isPolicy, 'zh_CN')).toBe(a.summary.headline);
  });

  it.each([
    ['only notices', [{ id: 'clipboard', kind: 'notice', title: '读取剪切板' }], 'No violations or omissions found, only notices worth knowing'],
    ['nothing', [], 'No violations, omissions or practices of note found'],
    ['one gap', [{ id: 'missing_contact', kind: 'gap', title: '没有提供有效的联系方式' }], 'Gives no working contact details'],
  ] as const)('%s', (_case, risks, en) => {
    expect(headline(risks, true, 'en')).toBe(en);
  });
});

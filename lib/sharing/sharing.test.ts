import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../analyze';
import { buildPolicyText, foldText } from '../text';
import type { SharingClause } from '../types';
import { DEFINITION_RULES } from './definitions';
import { findBracketedNames } from '../org';
import { RECIPIENT_RULES } from './recipients';
import { NOT_TRIGGERS, TRIGGER_RULES } from './triggers';

const sharing = async (text: string): Promise<SharingClause[]> => (await analyzePolicy(text)).sharing;
const types = (clauses: SharingClause[]) => [...new Set(clauses.map((c) => c.type))];
const recipients = (clauses: SharingClause[]) => clauses.flatMap((c) => c.recipients);
const named = (clauses: SharingClause[]) => recipients(clauses).filter((r) => r.kind === 'named_org').map((r) => r.name);

describe('rule tables: every example matches its own rule', () => {
  it.each(TRIGGER_RULES.map(([pattern, type, example]) => [type, example, pattern] as const))(
    'trigger %s: %s',
    async (type, example, pattern) => {
      expect(pattern.test(foldText(example))).toBe(true);
      expect(types(await sharing(example))).toContain(type);
    },
  );

  it.each(NOT_TRIGGERS.map(([pattern, example]) => [example, pattern] as const))(
    'not a trigger: %s',
    async (example, pattern) => {
      const folded = foldText(example);
      const m = pattern.exec(folded);
      expect(m).not.toBeNull();
      // no clause is quoted at the excluded phrase
      const at = m!.index;
      for (const clause of await sharing(example)) {
        const match = clause.evidence[0]!.match;
        if (match) expect(match.end <= at || match.start >= at + m![0].length).toBe(true);
      }
    },
  );

  it.each(RECIPIENT_RULES.map(([pattern, kind, example]) => [kind, example, pattern] as const))(
    'recipient %s: %s',
    async (kind, example, pattern) => {
      expect(pattern.test(foldText(example))).toBe(true);
      expect(recipients(await sharing(example)).map((r) => r.kind)).toContain(kind);
    },
  );

  it.each(DEFINITION_RULES.map(([pattern, kind, example]) => [kind, example, pattern] as const))(
    'definition of %s: %s',
    (_kind, example, pattern) => {
      expect(pattern.test(foldText(example))).toBe(true);
    },
  );

});

describe('sharing types', () => {
  it('share: 向…提供 and 提供给', async () => {
    expect(types(await sharing('我们会将您的订单信息提供给商家。'))).toEqual(['share']);
    expect(types(await sharing('我们会向合作伙伴提供您的设备信息。'))).toEqual(['share']);
  });

  it('providing the service to the user is not sharing', async () => {
    expect(await sharing('为了向您提供服务，我们会收集您的手机号码。')).toEqual([]);
    expect(await sharing('注册时，您需要向我们提供手机号码。')).toEqual([]);
  });

  it('transfer in a merger names the acquirer even when the text does not', async () => {
    const clauses = await sharing('随着业务发展，我们有可能进行合并、收购、资产转让或类似的交易，您的个人信息有可能作为此类交易的一部分而被转移。');
    expect(types(clauses)).toEqual(['transfer']);
    expect(recipients(clauses).map((r) => r.kind)).toEqual(['acquirer']);
  });

  it('disclose to the public, and to an authority', async () => {
    const pub = await sharing('获得您明确同意后，我们可能会公开披露您的个人信息。');
    expect(types(pub)).toEqual(['disclose']);
    expect(recipients(pub).map((r) => r.kind)).toEqual(['public']);
    const auth = await sharing('我们可能会向有权机关披露您的个人信息。');
    expect(recipients(auth).map((r) => r.kind)).toEqual(['authority']);
  });

  it('entrust: 委托…代表我们处理, but not someone entrusting us', async () => {
    expect(types(await sharing('我们可能会委托有能力的专业机构代表我们来处理信息。'))).toContain('entrust');
    expect(types(await sharing('我们会向委托我们进行推广的合作伙伴共享统计信息。'))).toEqual(['share']);
  });

  it('a generic list of processing verbs is not a clause', async () => {
    expect(await sharing('我们将按照本政策收集、使用和共享您的个人信息。')).toEqual([]);
  });

  it('no_consent only heads a list of exceptions', async () => {
    expect(types(await sharing('在以下情形中，我们可能会依法共享、转让、公开披露您的个人信息而无需征得您的同意：'))).toEqual(['no_consent']);
    expect(await sharing('对此类数据的保存及处理将无需另行通知并征得您的同意。')).toEqual([]);
  });
});

describe('negation', () => {
  it.each([
    '我们不会与任何第三方共享您的个人信息。',
    '我们不会向第三方出售或提供您的个人信息。',
    '未经您同意，我们不会公开披露您的个人信息。',
    '在尚未获得您明确的同意时，我们不会将您的个人信息共享或转让给其他第三方。',
    '我们的合作伙伴无权将共享的个人信息用于任何其他用途。',
  ])('%s gives no clause', async (text) => {
    expect(await sharing(text)).toEqual([]);
  });

  it('the exceptions after a negated header still share, with their recipients', async () => {
    const clauses = await sharing('除以下情形外，我们不会将您的信息披露给第三方：\n1、根据法律法规的规定或行政、司法机构的要求；\n2、向您的交易对方提供交易信息。');
    expect(clauses.map((c) => c.type)).toEqual(['disclose', 'share']);
    expect(recipients(clauses).map((r) => r.kind)).toEqual(['authority', 'counterparty']);
  });

  it('data items in a negated clause are not shared', async () => {
    const [clause] = await sharing('我们会与广告合作伙伴共享去标识化的设备信息，但不会共享您的姓名、身份证号。');
    expect(clause?.dataItems).toContain('device_info');
    expect(clause?.dataItems).not.toContain('name');
    expect(clause?.dataItems).not.toContain('id_document');
  });
});

describe('cross_border', () => {
  it('stated', async () => {
    expect(types(await sharing('当您使用跨境汇款服务时，您的个人信息可能会被转移到境外。'))).toContain('cross_border');
    expect(types(await sharing('您的個人資料有可能被轉移並儲存於香港特別行政區以外的地方或國家之伺服器。'))).toContain('cross_border');
    expect(types(await sharing('未来如需向境外机构传输您的个人信息，我们会征得您的同意。'))).toContain('cross_border');
  });

  it.each([
    '我们在境内收集的个人信息存储在境内且不出境。',
    '我们不会向境外提供您的个人信息。',
    '我们不会将您的个人信息传输至境外。',
    '目前我们不会把这些信息传到境外；如果将来向境外传输，会事先征求您的同意。',
    '您的信息只存放在境内服务器，暂不涉及跨境传输，若确需向境外提供，我们会另行告知。',
  ])(
    'denied: %s',
    async (text) => {
      expect(types(await sharing(text))).not.toContain('cross_border');
    },
  );
});

describe('recipients', () => {
  it('a named body inside a sharing exception', async () => {
    const clauses = await sharing('2、公司有权根据征信相关法律法规的要求，向中国人民银行征信中心报送您的信贷信息。');
    expect(named(clauses)).toEqual(['中国人民银行征信中心']);
    expect(clauses[0]?.dataItems).toContain('credit');
  });

  it('affiliates named only through a definition', async () => {
    const clauses = await sharing(
      '我们可能会与我们的关联公司共享您的个人信息。\n释义\n关联公司：指与我们存在控制关系的公司，包括但不限于甲乙科技有限公司、丙丁（北京）网络技术有限公司。',
    );
    expect(named(clauses)).toEqual(['甲乙科技有限公司', '丙丁（北京）网络技术有限公司']);
  });

  it('partners named through a definition come with 合作方, not with 供应商', async () => {
    const definition = '\n我行业务合作方是指示例证券有限责任公司。';
    expect(named(await sharing(`我们会与业务合作方共享必要的信息。${definition}`))).toEqual(['示例证券有限责任公司']);
    expect(named(await sharing(`我们会将收件人信息提供给商品供应商。${definition}`))).toEqual([]);
  });

  it('繁體: 我們會與關聯公司共享您的個人資料', async () => {
    const clauses = await sharing('我們會與關聯公司共享您的個人資料。');
    expect(types(clauses)).toEqual(['share']);
    expect(recipients(clauses)).toEqual([{ name: '關聯公司', kind: 'affiliate' }]);
  });

  it('the operator, SDK vendors and sources are not named recipients', async () => {
    const text = [
      '星河科技有限公司（以下简称“我们”）非常重视您的隐私。',
      '我们会将您的订单信息提供给星河科技有限公司的客服团队。',
      '推送SDK，提供方：北京某某推送科技有限公司，我们会向其提供设备标识符。',
      '我们会从甲乙科技有限公司获取您的信用信息，并与合作伙伴共享。',
    ].join('\n');
    expect(named(await sharing(text))).toEqual([]);
  });

  it('a name in brackets after a recipient word', () => {
    const doc = buildPolicyText('我们会将您的姓名和身份证号码提交给第三方机构（网络游戏防沉迷实名认证系统）进行校验。');
    expect(findBracketedNames(doc, { start: 0, end: doc.text.length }).map((o) => o.name)).toEqual(['网络游戏防沉迷实名认证系统']);
  });
});

describe('lists of partners', () => {
  it('这些支付机构 are the ones the sentence before names', async () => {
    const clauses = await sharing('您可以选择第三方支付机构（如微信支付、PayPal）完成支付。我们需要将您的订单号与交易金额与这些支付机构共享。');
    expect(named(clauses)).toEqual(expect.arrayContaining(['微信支付', 'PayPal']));
  });

  it('a list of the kinds of partner, each naming companies, shares with each, over lines that run on', async () => {
    const clauses = await sharing(
      '我们会与合作伙伴共享您的必要信息。目前，我们授权的合作伙伴包括如下几个类型：\n（1）为我们提供功能支持的服务提供商。包括提供支付服务的支付机构（微信支付、PayPal）、提供一键登录的运营商（中国移动、联通）。\n（2）广告合作方。',
    );
    expect(named(clauses)).toEqual(expect.arrayContaining(['微信支付', 'PayPal', '中国移动', '联通']));
  });
});

describe('clauses', () => {
  it('one clause per (sentence, type), in text order, with evidence and purpose', async () => {
    const text = '为了完成配送，我们会将您的收货地址提供给物流公司。\n我们可能会向有权机关披露您的个人信息。';
    const analysis = await analyzePolicy(text);
    expect(analysis.sharing.map((c) => c.type)).toEqual(['share', 'disclose']);
    const [first] = analysis.sharing;
    expect(first?.purpose).toBe('为了完成配送');
    expect(first?.dataItems).toEqual(['address']);
    const ev = first!.evidence[0]!;
    expect(analysis.text.slice(ev.start, ev.end)).toBe(ev.quote);
    expect(analysis.text.slice(ev.match!.start, ev.match!.end)).toBe('提供给');
  });
});

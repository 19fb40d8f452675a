import { describe, it, expect } from 'vitest';
import { DATA_ITEMS } from './dataItems';
import { PERMISSIONS } from './permissions';
import type { TermEntry } from './types';
import { foldText } from '../text/fold';

// Taxonomy §1, in order (shared/spec/taxonomy.md). Ids are a public contract:
// this list changes only when the taxonomy does.
const TAXONOMY_DATA_ITEMS: readonly (readonly [id: string, label: string, sensitive: boolean])[] = [
  ['name', '姓名', false],
  ['phone', '手机号码', false],
  ['email', '电子邮箱', false],
  ['address', '地址', false],
  ['birth_date', '出生日期', false],
  ['gender', '性别', false],
  ['nationality', '国籍/民族', false],
  ['education', '学历', false],
  ['occupation', '职业/工作', false],
  ['family', '家庭/婚姻', false],
  ['id_document', '身份证件', true],
  ['face', '人脸', true],
  ['fingerprint', '指纹', true],
  ['voiceprint', '声纹', true],
  ['biometric_other', '其他生物识别', true],
  ['bank_account', '银行卡/账户', true],
  ['transaction', '交易/支付记录', true],
  ['credit', '征信/信用', true],
  ['property', '财产信息', true],
  ['location', '位置', true],
  ['device_id', '设备标识符', false],
  ['device_info', '设备信息', false],
  ['network_info', '网络信息', false],
  ['ip_address', 'IP地址', false],
  ['app_list', '应用列表', false],
  ['credentials', '账号密码', true],
  ['contacts', '通讯录', true],
  ['sms', '短信', true],
  ['call_log', '通话记录', true],
  ['photos_media', '照片/音视频', false],
  ['browsing', '浏览/搜索记录', true],
  ['usage_logs', '操作/行为日志', false],
  ['cookies', 'Cookie与同类技术', false],
  ['health', '健康生理', true],
  ['minor_info', '未成年人信息', true],
  ['other_sensitive', '其他敏感信息', true],
  ['business_info', '企业/证照信息', false],
];

// Taxonomy §2, in order.
const TAXONOMY_PERMISSIONS: readonly (readonly [id: string, label: string])[] = [
  ['camera', '相机'],
  ['microphone', '麦克风'],
  ['location', '位置'],
  ['contacts', '通讯录'],
  ['storage', '存储'],
  ['phone_state', '电话状态'],
  ['sms', '短信'],
  ['call_log', '通话记录'],
  ['calendar', '日历'],
  ['bluetooth', '蓝牙'],
  ['clipboard', '剪切板'],
  ['notifications', '通知'],
  ['sensors', '传感器'],
  ['network', '网络'],
];

// Terms deliberately listed under more than one data-item id. Empty: every
// overlap so far is resolved by longest match (e.g. 人像 / 人像面) instead.
const SHARED_DATA_TERMS = new Set<string>([]);

/** Characters of `s` that folding changes: a term must already be folded. */
function unfoldedChars(s: string): string[] {
  return [...s].filter((ch) => foldText(ch) !== ch);
}

// The cues that must share a sentence with a permission term (see analysis).
const PERMISSION_CUES = ['权限', '授权', '开启', '访问', '调用', '允许', '获取'];

/** Ranges of `text` covered by occurrences of any notWhen string. */
function blockedRanges(text: string, notWhen: readonly string[] = []): [number, number][] {
  const out: [number, number][] = [];
  for (const n of notWhen) {
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) out.push([i, i + n.length]);
  }
  return out;
}

/**
 * Terms of `entry` that match in `folded`, outside every notWhen occurrence.
 * Terms and notWhen strings are folded too, as the tagger does.
 */
function matchingTerms(entry: TermEntry, folded: string): string[] {
  const blocked = blockedRanges(folded, (entry.notWhen ?? []).map(foldText));
  return entry.terms.filter((term) => {
    const t = foldText(term);
    for (let i = folded.indexOf(t); i >= 0; i = folded.indexOf(t, i + 1)) {
      if (!blocked.some(([s, e]) => s <= i && i + t.length <= e)) return true;
    }
    return false;
  });
}

function checkEntries(kind: string, entries: readonly TermEntry[]) {
  describe(`${kind}: every entry`, () => {
    it.each(entries.map((e) => [e.id, e] as const))('%s: terms are clean and unique', (_id, e) => {
      expect(e.terms.length).toBeGreaterThan(0);
      for (const t of e.terms) {
        expect(t, `"${t}" is empty or padded`).toBe(t.trim());
        expect(t.length, `empty term in ${e.id}`).toBeGreaterThan(0);
        expect(t, `"${t}" must be written lower-case`).toBe(t.toLowerCase());
      }
      const dups = e.terms.filter((t, i) => e.terms.indexOf(t) !== i);
      expect(dups, `duplicate terms in ${e.id}`).toEqual([]);
    });

    it.each(entries.map((e) => [e.id, e] as const))('%s: terms are written folded (简体, lower-case)', (_id, e) => {
      const unfolded = e.terms.filter((t) => unfoldedChars(t).length > 0);
      expect(unfolded, `terms of ${e.id} are not in folded form`).toEqual([]);
    });

    it.each(entries.map((e) => [e.id, e] as const))('%s: every notWhen contains one of its terms', (_id, e) => {
      for (const n of e.notWhen ?? []) {
        expect(n, `notWhen "${n}" of ${e.id} is padded`).toBe(n.trim());
        expect(unfoldedChars(n), `notWhen "${n}" must be written folded`).toEqual([]);
        expect(
          e.terms.some((t) => n.includes(t)),
          `notWhen "${n}" of ${e.id} contains none of its terms`,
        ).toBe(true);
      }
      const dups = (e.notWhen ?? []).filter((n, i) => e.notWhen!.indexOf(n) !== i);
      expect(dups, `duplicate notWhen in ${e.id}`).toEqual([]);
    });

    it.each(entries.map((e) => [e.id, e] as const))('%s: example matches one of its terms', (_id, e) => {
      const folded = foldText(e.example);
      expect(folded.length).toBe(e.example.length);
      expect(matchingTerms(e, folded), `example of ${e.id}: ${e.example}`).not.toEqual([]);
    });
  });
}

checkEntries('DATA_ITEMS', DATA_ITEMS);
checkEntries('PERMISSIONS', PERMISSIONS);

describe('DATA_ITEMS', () => {
  it('has exactly the taxonomy §1 ids, in order', () => {
    expect(DATA_ITEMS.map((e) => e.id)).toEqual(TAXONOMY_DATA_ITEMS.map(([id]) => id));
  });

  it('labels are the taxonomy 中文 column', () => {
    expect(DATA_ITEMS.map((e) => [e.id, e.label])).toEqual(TAXONOMY_DATA_ITEMS.map(([id, label]) => [id, label]));
  });

  it('sensitive flags follow the taxonomy', () => {
    expect(DATA_ITEMS.filter((e) => e.sensitive).map((e) => e.id)).toEqual(
      TAXONOMY_DATA_ITEMS.filter(([, , s]) => s).map(([id]) => id),
    );
  });

  it('no term is listed under two ids (unless allowlisted)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of DATA_ITEMS) {
      for (const t of e.terms) {
        const prev = owner.get(t);
        if (prev && prev !== e.id && !SHARED_DATA_TERMS.has(t)) clashes.push(`${t}: ${prev} / ${e.id}`);
        owner.set(t, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('some examples are written in 繁體 and still match after folding', () => {
    const hant = DATA_ITEMS.filter((e) => foldText(e.example) !== e.example.toLowerCase());
    expect(hant.length).toBeGreaterThanOrEqual(3);
  });
});

describe('PERMISSIONS', () => {
  it('has exactly the taxonomy §2 ids and labels, in order', () => {
    expect(PERMISSIONS.map((e) => [e.id, e.label])).toEqual(TAXONOMY_PERMISSIONS.map(([id, l]) => [id, l]));
  });

  it('no term is listed under two permission ids', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of PERMISSIONS) {
      for (const t of e.terms) {
        const prev = owner.get(t);
        if (prev && prev !== e.id) clashes.push(`${t}: ${prev} / ${e.id}`);
        owner.set(t, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each(PERMISSIONS.map((e) => [e.id, e] as const))('%s: example carries a permission cue', (_id, e) => {
    expect(PERMISSION_CUES.some((c) => e.example.includes(c)), e.example).toBe(true);
  });
});

describe('traps stay closed', () => {
  // Sentences where a term occurs but means something else: the entry must
  // not match. [entry id, sentence]
  const dataTraps: [string, string][] = [
    ['credit', '我们会采集您的面部特征信息用于身份核验。'],
    ['location', '我们会将本政策置于首页显著位置，并收集日志以便我们定位问题。'],
    ['location', '请将手机置于特定位置进行检测。'],
    ['phone', '您可以通过本政策文末的联系方式与我们联系。'],
    ['address', '深圳市某某科技有限公司（注册地址：深圳市南山区）'],
    ['property', '如涉及合并、收购、资产转让等情形，我们将要求新的持有方继续受本政策约束。'],
    ['credentials', '我们会读取剪切板中的分享口令以打开对应页面。'],
    ['credentials', '我们依照《密码法》采用密码技术保护您的数据。'],
    ['sms', '我们会向您发送短信验证码以验证您的身份。'],
    ['nationality', '不得发布煽动民族仇恨、民族歧视的内容。'],
    ['health', '我们致力于保障未成年人身心健康，引导其健康上网。'],
    ['network_info', '本游戏的平台运营商为某某网络科技有限公司。'],
    ['fingerprint', '我们会收集设备指纹用于反欺诈。'],
    ['cookies', '您的草稿仅在本地存储，不会上传至服务器。'],
  ];
  it.each(dataTraps)('%s does not match: %s', (id, sentence) => {
    const e = DATA_ITEMS.find((x) => x.id === id)!;
    expect(matchingTerms(e, foldText(sentence))).toEqual([]);
  });

  const permissionTraps: [string, string][] = [
    ['network', '我们会在获得您的授权后通过互联网向您提供服务。'],
    ['sms', '获取短信验证码需要您授权我们使用您的手机号码。'],
    ['storage', '我们会获取Cookie及localStorage中的信息。'],
    ['location', '获取相关日志以便我们定位问题。'],
  ];
  it.each(permissionTraps)('%s does not match: %s', (id, sentence) => {
    const e = PERMISSIONS.find((x) => x.id === id)!;
    expect(matchingTerms(e, foldText(sentence))).toEqual([]);
  });
});

describe('term counts', () => {
  it('the lexicons are broad', () => {
    const count = (es: readonly TermEntry[]) => es.reduce((n, e) => n + e.terms.length, 0);
    expect(count(DATA_ITEMS)).toBeGreaterThan(600);
    expect(count(PERMISSIONS)).toBeGreaterThan(150);
  });
});

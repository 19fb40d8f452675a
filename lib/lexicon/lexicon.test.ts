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

  it('some examples are written in 繁體 (examples.test.ts runs them)', () => {
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
});

describe('term counts', () => {
  it('the lexicons are broad', () => {
    const count = (es: readonly TermEntry[]) => es.reduce((n, e) => n + e.terms.length, 0);
    expect(count(DATA_ITEMS)).toBeGreaterThan(600);
    expect(count(PERMISSIONS)).toBeGreaterThan(150);
  });
});

import { describe, it, expect } from 'vitest';
import * as OpenCC from 'opencc-js';
import { SDK_CATALOG, catalogById, type SdkCatalogEntry, type SdkCategory } from './catalog';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

// taxonomy.md §1 data-item ids (the public contract; hard-coded on purpose).
const DATA_ITEM_IDS = new Set([
  'name', 'phone', 'email', 'address', 'birth_date', 'gender', 'nationality', 'education',
  'occupation', 'family', 'id_document', 'face', 'fingerprint', 'voiceprint', 'biometric_other',
  'bank_account', 'transaction', 'credit', 'property', 'location', 'device_id', 'device_info',
  'network_info', 'ip_address', 'app_list', 'credentials', 'contacts', 'sms', 'call_log',
  'photos_media', 'browsing', 'usage_logs', 'cookies', 'health', 'minor_info', 'other_sensitive',
  'business_info',
]);

const CATEGORIES = new Set<SdkCategory>([
  'push', 'analytics', 'map', 'payment', 'login', 'social', 'identity', 'ads', 'crash', 'im',
  'cloud', 'risk', 'oaid', 'media', 'other',
]);

// Aliases that would match ordinary prose or a platform's own policy; none may be used bare.
const TOO_GENERIC = new Set([
  '推送', '统计', '地图', '支付', '定位', '登录', '分享', '广告', '认证', '客服', '直播', 'sdk',
  'qq', '微信', '微博', '百度', '腾讯', '阿里', '阿里云', '华为', '小米', '高德', '支付宝',
  '高德地图', '百度地图', '腾讯地图', '抖音', '快手', '京东', '淘宝', '银联', 'google', '谷歌',
  'facebook', 'apple', '苹果', 'oaid', 'push', 'ads', 'im', 'rtc', 'ocr', 'apm', 'cdn', 'dns',
]);

/** The matcher's view of an alias: NFKC, lowercase, whitespace removed. */
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/**
 * Aliases deliberately shared by two entries (normalised form → the entry ids).
 * Empty: every alias currently names exactly one catalog entry. Add here only when a
 * policy spelling genuinely cannot be told apart, and give the more specific entry a
 * longer alias as well.
 */
const SHARED_ALIAS_ALLOWLIST: Record<string, string[]> = {};

const byAlias = (alias: string) =>
  SDK_CATALOG.filter((e) => e.aliases.some((a) => norm(a) === norm(alias)));

/** The single entry that lists `alias`; fails the test if there is none or more than one. */
function one(alias: string): SdkCatalogEntry {
  const found = byAlias(alias);
  expect(found, alias).toHaveLength(1);
  const [e] = found;
  if (!e) throw new Error(`no catalog entry for alias "${alias}"`);
  return e;
}

describe('SDK_CATALOG shape', () => {
  it('has at least 150 entries', () => {
    expect(SDK_CATALOG.length).toBeGreaterThanOrEqual(150);
  });

  it('has unique kebab-case ids', () => {
    const ids = SDK_CATALOG.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('every entry has a name, a vendor, a valid category, a 2-letter country and aliases', () => {
    for (const e of SDK_CATALOG) {
      expect(e.name.trim(), e.id).not.toBe('');
      expect(e.vendor.trim(), e.id).not.toBe('');
      expect(CATEGORIES.has(e.category), `${e.id}: ${e.category}`).toBe(true);
      expect(e.country, e.id).toMatch(/^[A-Z]{2}$/);
      expect(e.aliases.length, e.id).toBeGreaterThan(0);
    }
  });

  it('dataItems use taxonomy §1 ids only, without repeats, at least one each', () => {
    for (const e of SDK_CATALOG) {
      expect(e.dataItems.length, e.id).toBeGreaterThan(0);
      expect(new Set(e.dataItems).size, e.id).toBe(e.dataItems.length);
      for (const d of e.dataItems) expect(DATA_ITEM_IDS.has(d), `${e.id}: ${d}`).toBe(true);
    }
  });

  it('package prefixes look like Java package names', () => {
    for (const e of SDK_CATALOG) {
      for (const p of e.packages ?? []) expect(p, e.id).toMatch(/^[a-z][a-z0-9_]*(\.[A-Za-z0-9_]+)*$/);
    }
  });
});

describe('SDK_CATALOG aliases', () => {
  it('no alias is empty or a single character', () => {
    for (const e of SDK_CATALOG) {
      for (const a of e.aliases) expect([...norm(a)].length, `${e.id}: "${a}"`).toBeGreaterThanOrEqual(2);
    }
  });

  it('no alias is a bare generic word', () => {
    for (const e of SDK_CATALOG) {
      for (const a of e.aliases) expect(TOO_GENERIC.has(norm(a)), `${e.id}: "${a}"`).toBe(false);
    }
  });

  it('no entry lists the same alias twice (after normalisation)', () => {
    for (const e of SDK_CATALOG) {
      const ns = e.aliases.map(norm);
      const dups = ns.filter((a, i) => ns.indexOf(a) !== i);
      expect(dups, e.id).toEqual([]);
    }
  });

  it('no two entries share an alias unless allow-listed', () => {
    const owners = new Map<string, string[]>();
    for (const e of SDK_CATALOG) {
      for (const a of new Set(e.aliases.map(norm))) owners.set(a, [...(owners.get(a) ?? []), e.id]);
    }
    const shared = [...owners].filter(([, ids]) => ids.length > 1);
    for (const [alias, ids] of shared) {
      expect(SHARED_ALIAS_ALLOWLIST[alias]?.slice().sort(), `"${alias}" is shared by ${ids.join(', ')}`)
        .toEqual(ids.slice().sort());
    }
  });

  it('aliases, names and vendors are written in 简体', () => {
    for (const e of SDK_CATALOG) {
      for (const s of [e.name, e.vendor, ...e.aliases]) expect(toSimplified(s), e.id).toBe(s);
    }
  });
});

describe('SDK_CATALOG spot checks', () => {
  it('JPush is 极光推送 by 深圳市和讯华谷信息技术有限公司', () => {
    const jpush = one('JPush');
    expect(one('jpush')).toBe(jpush);
    expect(jpush.id).toBe('jpush');
    expect(jpush.vendor).toBe('深圳市和讯华谷信息技术有限公司');
    expect(jpush.category).toBe('push');
    expect(jpush.country).toBe('CN');
    expect(jpush.packages).toContain('cn.jpush');
  });

  it('友盟统计 is analytics by 友盟同欣（北京）科技有限公司', () => {
    const e = one('友盟统计');
    expect(e.id).toBe('umeng-analytics');
    expect(e.vendor).toBe('友盟同欣（北京）科技有限公司');
    expect(e.category).toBe('analytics');
    expect(one('U-Share').id).toBe('umeng-share');
    expect(one('u-push').id).toBe('umeng-push');
  });

  it('个推 is push by 每日互动股份有限公司', () => {
    const e = one('个推');
    expect(e.vendor).toBe('每日互动股份有限公司');
    expect(e.category).toBe('push');
    expect(one('个推一键认证').category).toBe('login');
  });

  it('高德 map and location are separate entries by 高德软件有限公司', () => {
    const map = one('高德地图SDK');
    const loc = one('高德定位SDK');
    expect(map.id).not.toBe(loc.id);
    for (const e of [map, loc]) {
      expect(e.vendor).toBe('高德软件有限公司');
      expect(e.category).toBe('map');
      expect(e.dataItems).toContain('location');
    }
  });

  it('支付宝 SDK is payment by 支付宝（中国）网络技术有限公司', () => {
    const e = catalogById('alipay');
    expect(e?.vendor).toBe('支付宝（中国）网络技术有限公司');
    expect(e?.category).toBe('payment');
    expect(one('支付宝SDK')).toBe(e);
  });

  it('WeChat and QQ SDKs are Tencent, login/share via social', () => {
    for (const alias of ['微信SDK', 'QQ互联', 'QQ登录']) {
      const e = one(alias);
      expect(e.vendor, alias).toBe('深圳市腾讯计算机系统有限公司');
      expect(e.category, alias).toBe('social');
    }
  });

  it('identity SDKs collect face or ID data', () => {
    for (const alias of ['阿里云实人认证', '腾讯云慧眼', 'Face++']) {
      const e = one(alias);
      expect(e.category, alias).toBe('identity');
      expect(e.dataItems, alias).toContain('face');
    }
  });

  it('foreign vendors carry their own country', () => {
    expect(one('AppsFlyer').country).toBe('IL');
    expect(one('Adjust SDK').country).toBe('DE');
    expect(one('Firebase Crashlytics')).toMatchObject({ vendor: 'Google LLC', country: 'US', category: 'crash' });
  });

  it('OAID is the 移动安全联盟 entry', () => {
    const e = one('移动智能终端补充设备标识体系');
    expect(e.id).toBe('msa-oaid');
    expect(e.category).toBe('oaid');
    expect(e.dataItems).toContain('device_id');
  });

  it('covers every category', () => {
    const used = new Set(SDK_CATALOG.map((e) => e.category));
    for (const c of CATEGORIES) expect(used.has(c), c).toBe(true);
  });
});

describe('catalogById', () => {
  it('finds entries by id and returns undefined for unknown ids', () => {
    expect(catalogById('jpush')?.name).toBe('极光推送');
    expect(catalogById('bugly')?.category).toBe('crash');
    expect(catalogById('no-such-sdk')).toBeUndefined();
    expect(catalogById('')).toBeUndefined();
  });
});

// Named organisations: a Chinese name ending in an organisation suffix
// (有限公司, 银行, 中心, 局 …) read backwards from the suffix up to a word
// that cannot be part of a name (向, 与, 提供给 …); an English name ending in
// Inc./Ltd./LLC; or a name in brackets after a recipient word
// (第三方机构（…）). Every list here is data with an example in sharing.test.ts.
import type { PolicyText } from '../text';
import { nameKey } from './key';
import type { Span } from '../types';

export interface OrgName extends Span {
  name: string;
}

/** All a name reader needs of a document: the text and its same-length fold. */
export type NamedText = Pick<PolicyText, 'text' | 'folded'>;

/**
 * A name ending in 局 or 中心 is an organisation only when it is a public body
 * (某省数据管理局, 中国人民银行征信中心), not a 牌局 or a 个人中心.
 */
const PUBLIC_BODY = /^(?:国家|中国|中华|中央|全国)|^[\u4e00-\u9fff]{2,6}?[省市县区州]|银行|公司|集团|局|部|委|院/;

/** Suffixes of Chinese organisation names, longest first. [suffix, example, the rest must match] */
export const ORG_SUFFIXES: readonly (readonly [suffix: string, example: string, needs?: RegExp])[] = [
  ['股份有限公司', '浙江示例银行股份有限公司'],
  ['有限责任公司', '示例证券有限责任公司'],
  ['有限公司', '示例支付服务有限公司'],
  ['股份公司', '示例消费金融股份公司'],
  ['委员会', '国家卫生健康委员会'],
  ['交易所', '上海证券交易所'],
  ['研究院', '中国信息通信研究院'],
  ['集团', '阿里巴巴集团'],
  ['银行', '中国工商银行'],
  ['中心', '中国人民银行征信中心', PUBLIC_BODY],
  ['协会', '中国互联网协会'],
  ['局', '浙江省大数据局', PUBLIC_BODY],
  ['办公室', '某某市人民政府办公室', PUBLIC_BODY],
  ['研究所', '中国示例研究所', PUBLIC_BODY],
  // the national systems games and services verify identity against
  ['认证系统', '国家示例网络游戏电子身份认证系统', /国家|中宣部|公安|网络游戏|实名|身份/],
];

const SUFFIX = new RegExp(ORG_SUFFIXES.map(([s]) => s).join('|'), 'g');

/** The suffixes that are legal forms of a company (not a public body's 局 or 中心). */
const COMPANY_FORMS = ORG_SUFFIXES.filter(([suffix]) => /公司$|^集团$|^研究院$/.test(suffix)).map(([suffix]) => suffix);

/**
 * The same reader as one pattern, for readers that match within a table cell
 * or a row (lib/sdk): a Chinese name ending in a company form, or an English
 * name ending in a legal form. Running text goes through findOrgNames, which
 * also knows where a name starts.
 */
export const ORG_NAME = new RegExp(
  `[\\u4e00-\\u9fa5A-Za-z0-9（）()·]{2,30}?(?:${COMPANY_FORMS.join('|')})|[A-Z][A-Za-z0-9&.,]*(?:\\s[A-Za-z0-9&.,]+){0,4}\\s?(?:Inc\\.?|Ltd\\.?|LLC|Limited|Corporation|Corp\\.?|GmbH|Pte\\.?)`,
);
// A suffix that runs on into a longer word is not a suffix: 银行卡, 银行账户, 中心化.
const RUNS_ON: Readonly<Record<string, RegExp>> = { 银行: /^[卡账户预流]/, 中心: /^化/, 集团: /^化/ };
const SUFFIX_NEEDS = new Map(ORG_SUFFIXES.flatMap(([s, , needs]) => (needs ? [[s, needs] as const] : [])));

/**
 * Words a name does not run through: reading backwards from the suffix, the
 * name starts right after the nearest one. Single characters first, then words.
 */
export const NAME_BOUNDARY_CHARS = '向与由和及或如的指即为将是被了等给至对在从把让按于之其该各您你们我他她它经';
export const NAME_BOUNDARY_WORDS: readonly string[] = [
  '公司', '机构', '关联方', '合作方', '伙伴', '第三方', '平台', '包括', '例如', '以及', '通过', '授权',
  '委托', '提供', '共享', '披露', '报送', '同步', '查询', '验证',
  // roles and lead-in verbs before a name: 服务提供者钉钉科技…, 集成深圳市…, 接入北京…
  '提供者', '提供方', '运营者', '运营方', '经营者', '开发者', '所有者', '持有者', '服务商', '集成', '接入', '引入', '使用',
];
/** Names that contain a boundary character (华为, 中华人民共和国, 和讯). */
export const NAME_BOUNDARY_EXCEPTIONS: readonly string[] = [
  '华为', '共和国', '和讯', '人和', '中和', '太和', '和平', '为民', '如家', '经济', '经纬', '经营', '经贸', '经销', '财经', '神经',
  '在线', '之家', '之星',
];

/** A name that starts with one of these is a kind of body, not a named one (相关银行, 其他征信中心). */
export const GENERIC_HEADS: readonly string[] = [
  '相关', '有关', '其他', '其它', '上述', '前述', '所属', '所在', '指定', '合作', '第三方', '外部', '境外', '境内',
  '商业', '发卡', '开户', '收款', '付款', '存管', '托管', '个人', '用户', '客服', '帮助', '服务', '安全', '消息',
  '会员', '数据', '运营', '研发', '征信', '清算', '结算', '各级', '任何', '一家', '当地', '管理', '监管', '主管',
  '政府', '公安', '技术', '支持', '设置', '通知', '账户', '钱包', '交易', '创作', '活动', '任务', '积分', '游戏',
  '下载', '应用', '软件', '隐私', '反馈', '投诉', '举报', '控制', '个性化', '广告', '推送', '家长', '成长',
  // a bank's own channels and products
  '私人', '手机', '网上', '网络', '电子', '直销', '数字', '企业', '信用卡', '贵宾', '营业',
  '同一', '本', '该', '我们', '贵',
];

/**
 * …or whose 银行 / 中心 / 局 follows one of these: a channel, a
 * function or a role (我行手机银行, 个人网上银行, 帮助中心, 开户银行).
 */
export const GENERIC_MODIFIERS: readonly string[] = [
  '手机', '网上', '网络', '电子', '直销', '私人', '个人', '数字', '掌上', '微信', '电话', '语音', '开户', '发卡', '收款', '付款',
  '商业', '合作', '托管', '存管', '代理', '结算', '清算', '客服', '帮助', '安全', '消息', '会员', '用户', '设置', '创作',
  '活动', '任务', '积分', '游戏', '下载', '应用', '隐私', '反馈', '通知', '账号', '帐号', '账户', '帐户', '管理', '控制',
];

const CJK = /[\u3400-\u9fff]/;
const NAME_CHAR = /[\u3400-\u9fffa-z0-9·&]/;
const PLACE_IN_BRACKETS = /^[\u3400-\u9fff]{2,6}$/;
const MAX_NAME = 40;
const boundaryWords = [...NAME_BOUNDARY_WORDS].sort((a, b) => b.length - a.length);

function protectedAt(folded: string, i: number): boolean {
  // is the character at i part of an exception word?
  for (const w of NAME_BOUNDARY_EXCEPTIONS) {
    for (let k = 0; k < w.length; k++) if (folded.startsWith(w, i - k)) return true;
  }
  return false;
}

function boundaryEndsAt(folded: string, i: number): boolean {
  const ch = folded[i - 1]!;
  if (NAME_BOUNDARY_CHARS.includes(ch) && !protectedAt(folded, i - 1)) return true;
  for (const w of boundaryWords) if (folded.startsWith(w, i - w.length)) return true;
  return false;
}

/** Start of the name whose suffix starts at `s`, reading back no further than `floor`. */
function nameStart(folded: string, s: number, floor: number): number {
  let i = s;
  while (i > floor && s - i < MAX_NAME) {
    const ch = folded[i - 1]!;
    if (ch === ')') {
      const open = folded.lastIndexOf('(', i - 1);
      if (open < floor || open < i - 9 || !PLACE_IN_BRACKETS.test(folded.slice(open + 1, i - 1))) break;
      i = open;
    } else if (ch === ' ') {
      // a stray (non-breaking) space inside a crawled name
      if (i - 1 > floor && CJK.test(folded[i - 2]!) && CJK.test(folded[i] ?? '') && i < s) i--;
      else break;
    } else if (NAME_CHAR.test(ch) && !boundaryEndsAt(folded, i)) i--;
    else break;
  }
  while (folded[i] === ' ') i++;
  return i;
}

const MODIFIED_SUFFIXES = new Set(['银行', '中心', '局']);
const generic = (name: string, suffix: string): boolean =>
  GENERIC_HEADS.some((h) => name.startsWith(h)) ||
  (MODIFIED_SUFFIXES.has(suffix) && GENERIC_MODIFIERS.some((m) => name.endsWith(m + suffix)));

function cleanName(raw: string): string {
  return raw.replace(/[\s\u00a0\u200b\u3000]+/g, '');
}

/** Is `name` the operator itself (either contains the other, ignoring punctuation)? */
export function isOperator(name: string, operator: string | undefined): boolean {
  if (!operator) return false;
  const a = nameKey(name);
  const b = nameKey(operator);
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

// An English name: up to five capitalised words before a legal form. Found
// from the legal form and read back word by word: a pattern of repeated
// optional words backtracks polynomially on long runs of capitals (AAAA…).
const ENGLISH_FORM = /\b(?:Co\.,?\s?Ltd|Inc|Ltd|LLC|Limited|Corporation|Corp|GmbH)\b\.?/g;
const ENGLISH_WORD = /^[A-Z][A-Za-z0-9&'.-]*$/;
const MAX_ENGLISH_WORDS = 5;
const MAX_ENGLISH_WORD = 30;

/** Start of the capitalised words right before `at` (a single space between words), or -1. */
function englishStart(text: string, at: number, floor: number): number {
  let start = -1;
  let end = at;
  for (let words = 0; words < MAX_ENGLISH_WORDS && end - 1 > floor && text[end - 1] === ' '; words++) {
    let i = end - 1;
    while (i > floor && i > end - 1 - MAX_ENGLISH_WORD && /[A-Za-z0-9&'.-]/.test(text[i - 1]!)) i--;
    // a word longer than any name's word is no name (nor part of one)
    if (i > floor && /[A-Za-z0-9&'.-]/.test(text[i - 1]!)) break;
    if (!ENGLISH_WORD.test(text.slice(i, end - 1))) break;
    start = i;
    end = i;
  }
  return start;
}

/** Organisation names inside `span` of the document, in text order, longest only. */
export function findOrgNames(doc: NamedText, span: Span): OrgName[] {
  const { folded, text } = doc;
  const segment = folded.slice(span.start, span.end);
  const found: OrgName[] = [];
  SUFFIX.lastIndex = 0;
  for (let m = SUFFIX.exec(segment); m; m = SUFFIX.exec(segment)) {
    const s = span.start + m.index;
    const end = s + m[0].length;
    const start = nameStart(folded, s, span.start);
    const name = cleanName(text.slice(start, end));
    const body = name.length - m[0].length;
    const needs = SUFFIX_NEEDS.get(m[0]);
    if (RUNS_ON[m[0]]?.test(folded.slice(end, end + 2))) continue;
    if (body < 2 || name.length < 4 || generic(folded.slice(start, end), m[0]) || (needs && !needs.test(folded.slice(start, s)))) continue;
    found.push({ name, start, end });
  }
  ENGLISH_FORM.lastIndex = 0;
  const original = text.slice(span.start, span.end);
  for (let m = ENGLISH_FORM.exec(original); m; m = ENGLISH_FORM.exec(original)) {
    const start = englishStart(text, span.start + m.index, span.start);
    if (start === -1) continue;
    const end = span.start + m.index + m[0].length;
    found.push({ name: text.slice(start, end), start, end });
  }
  // keep the longest of nested candidates (中国人民银行 inside 中国人民银行征信中心)
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((o, i) => !found.some((p, j) => j !== i && p.start <= o.start && o.end <= p.end && p.end - p.start > o.end - o.start));
}

/** 第三方机构（中宣部网络游戏防沉迷实名认证系统）: a name in brackets right after a recipient word. */
const BRACKETED = /(?:第三方|合作方|合作机构|合作伙伴|关联方|关联公司|机构|平台|单位)\(([^()（）,;。:、]{4,30})\)/g;
const NOT_A_NAME = /简称|下称|统称|合称|称|以下|如有|例如|包括|等|sdk|如|即|指|委托|处理|共享|提供|[“”"「」]|[0-9]{3,}/;

export function findBracketedNames(doc: NamedText, span: Span): OrgName[] {
  const segment = doc.folded.slice(span.start, span.end);
  const out: OrgName[] = [];
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(segment); m; m = BRACKETED.exec(segment)) {
    const inner = m[1]!;
    if (NOT_A_NAME.test(inner) || !CJK.test(inner[0]!)) continue;
    const start = span.start + m.index + m[0].length - inner.length - 1;
    out.push({ name: cleanName(doc.text.slice(start, start + inner.length)), start, end: start + inner.length });
  }
  return out;
}

/**
 * Another product named as where data goes, by its app or client name right
 * after 向 / 给 / 与 / 至: 我们可能向米游社APP分享您的角色数据. (A company's own
 * apps are recipients a reader wants named as much as its companies.)
 */
// After a list's joint too (与游戏或者网易大神APP), and never across one, so a name is never a fragment of the phrase before it.
const PRODUCT = /(?<=向|给|与|至|或者|或|和|及|、)(?!者)((?:(?![或和及与、的])[\u3400-\u9fffa-z0-9]){2,10}?)(?:app|客户端)(?![a-z])/g;
/** …but not this app, the user's, or apps in general. */
const NOT_A_PRODUCT = /^(?:本|该|此|我们|我方|我行|我司|您|你|其|其他|其它|第三方|相关|合作|任何|各类|部分|对应|指定|上述|前述|移动|手机|应用|官方)/;

export function findProductNames(doc: NamedText, span: Span): OrgName[] {
  const segment = doc.folded.slice(span.start, span.end);
  const out: OrgName[] = [];
  PRODUCT.lastIndex = 0;
  for (let m = PRODUCT.exec(segment); m; m = PRODUCT.exec(segment)) {
    if (NOT_A_PRODUCT.test(m[1]!) || !CJK.test(m[1]!)) continue;
    const start = span.start + m.index;
    const end = start + m[0].length;
    out.push({ name: doc.text.slice(start, end), start, end });
  }
  return out;
}

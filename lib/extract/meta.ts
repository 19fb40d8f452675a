// Page facts read off the policy text: the policy's own name, its operator,
// 更新日期 and 生效日期. Names are read by lib/org, the one organisation-name
// reader, so a word of the sentence never sticks to them (和深圳市…, 指北京…).
import { findOrgNames, type NamedText, type OrgName } from '../org';
import { LIST_MARKER } from '../text';

export interface PolicyMeta {
  title?: string;
  company?: string;
  updatedAt?: string;
  effectiveAt?: string;
}

/** The text and its same-length fold (lib/text/fold). */
export type MetaText = NamedText;

const HEAD = 8000;

// ── operator ────────────────────────────────────────────────────────────────

const SELF = '(?:我们|我行|我方|本公司|本行|我司|本平台)';
/** "…（以下简称“我们”…）": the self-reference in brackets after the operator's name. */
const SELF_REFERENCE = new RegExp(`[（(][^（()）]{0,16}?[“"「『]?${SELF}[”"」』]?([^（()）]{0,60})[）)]`, 'g');
/** What may stand between the name and that bracket: 】, 及其关联公司, a branch (浙江省分行). */
const BEFORE_BRACKET = /^(?:[】\]」』”"\s]|及其?(?:关联公司|关联方|子公司)|[\u4e00-\u9fff]{2,8}(?:分行|分公司|支行))*$/;
/** "运营者为…", "本应用所有方…", "「我们」指…": the operator's name follows. */
const STATED = new RegExp(`(?:运营者|经营者|运营方|运营主体|开发者|所有方|个人信息处理者|${SELF}是|[“"「『]${SELF}[”"」』]\\s*(?:是|系)?指)\\s*(?:为|是|[:：])?\\s*`, 'g');
/** "由…有限公司（和…）共同提供": the company the service comes from, in the opening lines. */
const PROVIDED_BY = /由\s*/g;
const PROVIDES = /^[^。;]{0,60}?(?:提供|运营|开发)/;
/** （以下简称“我们”），具体是指…有限公司: the legal name right after the bracket. */
const MEANS_AFTER = /^[,，\s]*(?:具体)?(?:是|系)?指/;
/** The word the policy calls its operator before （简称“我们”）: 高德, 钉钉服务提供者. */
const DEFINED_WITHIN = 30;
const SELF_TERM = /([\u4e00-\u9fffA-Za-z0-9]{2,12})$/;
/** "…有限公司（注册地址：…）": the company that gives its address. */
const ADDRESS_AFTER = /^\s*[（(]\s*(?:注册地址|注册地|住所|常用办公地址|办公地址|地址)/;

/** The legal name a glossary gives the operator's short name: 高德：指…提供者高德软件有限公司. */
function definedAs(doc: MetaText, term: string): OrgName | undefined {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const definition = new RegExp(`${escaped}[”"」』]?\\s*(?:[:：]\\s*(?:是)?指|是指|系指)`, 'g');
  for (let m = definition.exec(doc.folded); m; m = definition.exec(doc.folded)) {
    const at = m.index + m[0].length;
    // the name itself, soon after 指 (…的提供者高德软件有限公司), not an example further on
    const named = findOrgNames(doc, { start: at, end: Math.min(doc.text.length, at + 80) })[0];
    if (named && named.start - at <= DEFINED_WITHIN) return named;
  }
  return undefined;
}

/** The name ending within `slack` characters before `at` (nothing of the sentence between). */
function nameBefore(doc: MetaText, at: number, gap: RegExp): OrgName | undefined {
  const names = findOrgNames(doc, { start: Math.max(0, at - 120), end: at });
  const last = names.at(-1);
  return last && gap.test(doc.folded.slice(last.end, at)) ? last : undefined;
}

function operatorOf(doc: MetaText): string | undefined {
  const head = doc.folded.slice(0, HEAD);
  SELF_REFERENCE.lastIndex = 0;
  for (let m = SELF_REFERENCE.exec(head); m; m = SELF_REFERENCE.exec(head)) {
    // （以下称“我们”，指北京示例网络技术有限公司）: the legal name inside
    const inside = findOrgNames(doc, { start: m.index + m[0].length - m[1]!.length - 1, end: m.index + m[0].length });
    if (inside[0] && /指|即|为/.test(m[1]!)) return inside[0].name;
    const end = m.index + m[0].length;
    if (MEANS_AFTER.test(doc.folded.slice(end, end + 8))) {
      const meant = findOrgNames(doc, { start: end, end: Math.min(doc.text.length, end + 80) })[0];
      if (meant) return meant.name;
    }
    const named = nameBefore(doc, m.index, BEFORE_BRACKET);
    if (named) return named.name;
    const term = SELF_TERM.exec(doc.folded.slice(Math.max(0, m.index - 12), m.index))?.[1];
    const defined = term ? definedAs(doc, term) : undefined;
    if (defined) return defined.name;
  }
  STATED.lastIndex = 0;
  for (let m = STATED.exec(head); m; m = STATED.exec(head)) {
    const at = m.index + m[0].length;
    const named = findOrgNames(doc, { start: at, end: Math.min(doc.text.length, at + 60) })[0];
    if (named && named.start - at <= 1) return named.name;
  }
  PROVIDED_BY.lastIndex = 0;
  for (let m = PROVIDED_BY.exec(head); m; m = PROVIDED_BY.exec(head)) {
    const at = m.index + m[0].length;
    const named = findOrgNames(doc, { start: at, end: Math.min(doc.text.length, at + 60) })[0];
    if (named && named.start === at && PROVIDES.test(doc.folded.slice(named.end, named.end + 80))) return named.name;
  }
  const names = findOrgNames(doc, { start: 0, end: doc.text.length });
  const addressed = names.find((o) => ADDRESS_AFTER.test(doc.folded.slice(o.end, o.end + 12)));
  if (addressed) return addressed.name;
  // last resort: the organisation named most often, if more than once
  const counts = new Map<string, number>();
  for (const o of names) counts.set(o.name, (counts.get(o.name) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? best[0] : undefined;
}

// ── the policy's own name ───────────────────────────────────────────────────

/** What a policy document calls itself, at the end of its name. */
const DOCUMENT_NAME =
  /(?:隐私(?:权)?(?:保护)?(?:政策|指引|条款|声明|协议|规则|说明)|个人信息(?:保护)?(?:政策|指引|规则|处理规则|声明|条款)|私隐(?:政策|声明)|个人资料(?:保护)?(?:及私隐)?(?:政策|声明))(?:[（(][^）)]{0,12}[）)])?$/;
const QUOTES = /^[“"「『【《\s]+|[”"」』】》\s]+$/g;
/** 《…隐私政策》 named in the opening lines. */
const CITED = /《([^《》\n]{2,40}?)》/g;
const MAX_TITLE = 40;
const METADATA_KEY = /^[a-z_-]+\s*[:：]\s*/i;
/** 《…》（以下简称“本指引”）: the document names itself. */
const SELF_NAMED = /^\s*[（(][^）)]{0,12}?本(?:政策|指引|隐私政策|声明|规则)/;

function namesDocument(line: string): boolean {
  return line.length <= MAX_TITLE && !LIST_MARKER.test(line) && DOCUMENT_NAME.test(line.replace(QUOTES, ''));
}

function titleOf(doc: MetaText, htmlTitle: string | undefined): string | undefined {
  const fromPage = htmlTitle?.split(/\s*[|｜_–—]\s*|\s+-\s+/).map((p) => p.trim()).find(namesDocument);
  if (fromPage) return fromPage;
  // a "title: …" metadata line left from front matter or an archive gives its value
  const lines = doc.text
    .slice(0, 3000)
    .split('\n')
    .map((l) => l.trim().replace(METADATA_KEY, ''))
    .filter(Boolean);
  const line = lines.slice(0, 12).find(namesDocument);
  if (line) return line;
  // 《…》 names cited in the opening: the one this text calls 本政策 / 本指引, else the first
  const opening = doc.text.slice(0, 3000);
  const cited = [...opening.matchAll(CITED)].filter((m) => DOCUMENT_NAME.test(m[1]!.trim()));
  const own = cited.find((m) => SELF_NAMED.test(opening.slice(m.index + m[0].length, m.index + m[0].length + 24))) ?? cited[0];
  if (own) return own[1]!.trim();
  // a page title that is no policy name is still better than a heading from the text
  const page = htmlTitle?.split(/\s*[|｜_–—]\s*|\s+-\s+/)[0]?.trim();
  return page && !LIST_MARKER.test(page) ? page : undefined;
}

// ── dates ───────────────────────────────────────────────────────────────────

const NUM = (n: string) => `[【\\[]?\\s*(\\d{${n}})\\s*[】\\]]?`;
const DATE = `${NUM('4')}\\s*[年./\\-]\\s*${NUM('1,2')}\\s*[月./\\-]\\s*${NUM('1,2')}\\s*日?`;
const UPDATED = new RegExp(`(?:更新|修订|修订与生效|发布|版本)(?:日期|时间)?\\s*[:：为]?\\s*${DATE}`);
const EFFECTIVE = new RegExp(`(?:生效|施行|实施)(?:日期|时间)?\\s*[:：为]?\\s*${DATE}`);

function isoDate(m: RegExpExecArray | null): string | undefined {
  if (!m) return undefined;
  const [y, mo, d] = [m[1]!, m[2]!, m[3]!].map(Number) as [number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `doc.folded` is the same text folded, so 繁體 dates and words match too. */
export function detectMeta(doc: MetaText, htmlTitle?: string): PolicyMeta {
  const head = doc.folded.slice(0, 6000);
  return {
    title: titleOf(doc, htmlTitle),
    company: operatorOf(doc),
    updatedAt: isoDate(UPDATED.exec(head)),
    effectiveAt: isoDate(EFFECTIVE.exec(head)),
  };
}

// Page facts read off the policy text: title, operator, 更新日期, 生效日期.

export interface PolicyMeta {
  title?: string;
  company?: string;
  updatedAt?: string;
  effectiveAt?: string;
}

const ORG_SUFFIX = '(?:(?:集团)?(?:股份)?(?:有限责任公司|有限公司)|集团|银行|公司|Limited|Ltd\\.?|Inc\\.?|LLC)';
const ORG = `[\\u4e00-\\u9fa5A-Za-z0-9（）()·&\\- ]{2,40}?${ORG_SUFFIX}`;
// Without the self-reference as an anchor, only a full legal form will do.
const LEGAL_ORG = `[\\u4e00-\\u9fa5（）()·]{2,30}?(?:(?:集团)?(?:股份)?(?:有限责任公司|有限公司))`;
const SELF = '(?:我们|我行|我方|本公司|本行|我司|本平台)';
// "XX有限公司（以下简称“我们”）", "XX公司及其关联公司（下称"我行"）"
const OPERATOR = new RegExp(`(${ORG})[】\\]]?(?:及其?(?:关联公司|关联方|子公司))?\\s*[（(][^）)]{0,20}?[“"「『]?${SELF}`);
// "运营者：XX有限公司", "我们是XX有限公司"
const OPERATOR_STATED = new RegExp(`(?:运营者|经营者|运营方|运营主体|开发者|服务提供者|${SELF}是|${SELF}指)\\s*(?:为|是|[:：])?\\s*(${LEGAL_ORG})`);
const ANY_ORG = new RegExp(LEGAL_ORG, 'g');
// "示例支付（中国）网络技术有限公司（注册地址：…）": the company that gives its address
const OPERATOR_ADDRESS = new RegExp(`(${LEGAL_ORG})\\s*[（(]\\s*(?:注册地址|注册地|住所|常用办公地址|办公地址|地址)`);
// Function words a regex may sweep in before a name: "一款由深圳市…公司" → "深圳市…公司"
const LEAD_IN = /^.*(?:[由与及对或于的了在向是：:，,。、“”"]|包括|提供者|者为|方为)|^[）)]+/;
// What remains when only the legal form was caught ("股份有限公司").
const BARE_FORM = /^(股份|控股|有限|集团|责任)/;

function cleanOrg(name: string | undefined): string | undefined {
  const cleaned = name?.replace(LEAD_IN, '').trim();
  return cleaned && cleaned.length >= 4 && !BARE_FORM.test(cleaned) && !/^(关联|合作|第三方|其他|其|相关|本|该|旗下|各)/.test(cleaned) ? cleaned : undefined;
}

/** The organisation named most often, as a last resort for the operator. */
function mostFrequentOrg(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(ANY_ORG)) {
    const name = cleanOrg(m[0]);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? best[0] : undefined;
}

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

const TITLE_WORDS = /(隐私|私隱|个人信息|個人信息|個人資料|个人资料|隐私权|用户信息|保护政策|保护条款|保護政策)/;

/** Group 1 of a match on the folded text, as written in the original (繁體 stays 繁體). */
function original(text: string, m: RegExpExecArray | null): string | undefined {
  if (!m?.[1]) return undefined;
  const at = m.index + m[0].indexOf(m[1]);
  return text.slice(at, at + m[1].length);
}

/** `folded` is the same text folded (lib/text/fold), so 繁體 dates and words match too. */
export function detectMeta(text: string, folded: string, htmlTitle?: string): PolicyMeta {
  const head = folded.slice(0, 6000);
  const firstLines = text.slice(0, 2000).split('\n').map((l) => l.trim()).filter(Boolean);
  // not a "title: …" metadata line left over from an archive or front matter
  const titleLine = firstLines.find((l) => l.length <= 40 && TITLE_WORDS.test(l) && !/^[a-z_-]+\s*[:：]/i.test(l));
  const cleanTitle = htmlTitle?.split(/\s*[|｜_\-–—]\s*/)[0]?.trim();
  const company = cleanOrg(original(text, OPERATOR.exec(folded.slice(0, 8000)))) ?? cleanOrg(original(text, OPERATOR_STATED.exec(folded))) ??
    cleanOrg(original(text, OPERATOR_ADDRESS.exec(folded))) ??
    mostFrequentOrg(text);
  return {
    title: titleLine ?? (cleanTitle || undefined),
    company,
    updatedAt: isoDate(UPDATED.exec(head)),
    effectiveAt: isoDate(EFFECTIVE.exec(head)),
  };
}

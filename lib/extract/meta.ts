// Page facts read off the policy text: title, operator, 更新日期, 生效日期.

export interface PolicyMeta {
  title?: string;
  company?: string;
  updatedAt?: string;
  effectiveAt?: string;
}

const ORG_SUFFIX =
  '(?:有限责任公司|股份有限公司|有限公司|集团|银行股份有限公司|银行|公司|Limited|Ltd\\.?|Inc\\.?|LLC)';
// "XX有限公司（以下简称“我们”）", "XX公司（下称"我行"）", "…由XX有限公司（“我们”）"
const OPERATOR = new RegExp(
  `([\\u4e00-\\u9fa5A-Za-z0-9（）()·&\\- ]{2,40}?${ORG_SUFFIX})\\s*[（(][^）)]{0,20}?[“"「『]?(?:我们|我行|我方|本公司|本行|我司|本平台)`,
);
const OPERATOR_AFTER = new RegExp(`(?:我们|我行|我方|本公司)\\s*[:：是指为系]+\\s*([\\u4e00-\\u9fa5（）()A-Za-z0-9]{2,40}?${ORG_SUFFIX})`);

const DATE = '(\\d{4})\\s*[年./\\-]\\s*[【\\[]?(\\d{1,2})[】\\]]?\\s*[月./\\-]\\s*[【\\[]?(\\d{1,2})[】\\]]?\\s*日?';
const UPDATED = new RegExp(`(?:更新|修订|修订与生效|发布|版本)(?:日期|时间)?\\s*[:：为]?\\s*${DATE}`);
const EFFECTIVE = new RegExp(`(?:生效|施行|实施)(?:日期|时间)?\\s*[:：为]?\\s*${DATE}`);

function isoDate(m: RegExpExecArray | null): string | undefined {
  if (!m) return undefined;
  const [y, mo, d] = [m[1]!, m[2]!, m[3]!].map(Number) as [number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const TITLE_WORDS = /(隐私|私隱|个人信息|個人信息|個人資料|个人资料|隐私权|用户信息|保护政策|保护条款)/;

export function detectMeta(text: string, folded: string, htmlTitle?: string): PolicyMeta {
  const head = folded.slice(0, 6000);
  const firstLines = text.slice(0, 2000).split('\n').map((l) => l.trim()).filter(Boolean);
  const titleLine = firstLines.find((l) => l.length <= 40 && TITLE_WORDS.test(l));
  const company = (OPERATOR.exec(text.slice(0, 8000)) ?? OPERATOR_AFTER.exec(text))?.[1]
    ?.replace(/^.*?(?:由|是|为|欢迎您?使用|简称)/, '')
    .trim();
  const cleanTitle = htmlTitle?.split(/\s*[|｜_\-–—]\s*/)[0]?.trim();
  return {
    title: titleLine ?? (cleanTitle || undefined),
    company: company || undefined,
    updatedAt: isoDate(UPDATED.exec(head)),
    effectiveAt: isoDate(EFFECTIVE.exec(head)),
  };
}

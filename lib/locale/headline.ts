// The headline (findings.md): the worst practices by title, or why there are
// none. lib/risk builds Analysis.summary.headline with it in Chinese; the UI
// builds it again in the reader's language from the same risks, so the two
// cannot say different things.
import type { Risk } from '../types';
import { FINDING_EN } from './findings';
import type { Locale } from './types';

/** how many practices the headline names */
const HEADLINE_ITEMS = 2;

interface Words {
  notPolicy: string;
  onlyNotices: string;
  nothing: string;
  join: string;
  more: (n: number) => string;
}

const WORDS: Readonly<Record<Locale, Words>> = {
  zh_CN: {
    notPolicy: '这段文字看起来不是隐私政策',
    onlyNotices: '未发现违规或缺项，只有需要留意的提示',
    nothing: '未发现违规、缺项或需要留意的做法',
    join: '；',
    more: (n) => `（另有 ${n} 项问题）`,
  },
  en: {
    notPolicy: 'This text does not look like a privacy policy',
    onlyNotices: 'No violations or omissions found, only notices worth knowing',
    nothing: 'No violations, omissions or practices of note found',
    join: '; ',
    more: (n) => ` (and ${n} more ${n === 1 ? 'issue' : 'issues'})`,
  },
};

const titleOf = (risk: Pick<Risk, 'id' | 'title'>, locale: Locale): string =>
  (locale === 'en' && Object.hasOwn(FINDING_EN, risk.id) ? FINDING_EN[risk.id]!.title : risk.title);

/** `risks` in the Analysis's order (violations first, the worst level first): Analysis.risks as stored */
export function headline(risks: readonly Pick<Risk, 'id' | 'kind' | 'title'>[], isPolicy: boolean, locale: Locale): string {
  const words = WORDS[locale];
  if (!isPolicy) return words.notPolicy;
  const worst = risks.filter((r) => r.kind === 'violation');
  const named = (worst.length ? worst : risks.filter((r) => r.kind === 'gap')).slice(0, HEADLINE_ITEMS);
  if (!named.length) return risks.length ? words.onlyNotices : words.nothing;
  const rest = risks.filter((r) => r.kind !== 'notice').length - named.length;
  return named.map((r) => titleOf(r, locale)).join(words.join) + (rest > 0 ? words.more(rest) : '');
}

// Names and words of lib's ids in the reader's language (zh_CN or en), for
// the popup, the compare page, the exports and the CLI. lib/ keeps ids and
// its Chinese labels; the English is in this folder's tables.
import { KIND_LABEL, LEVEL_LABEL, RECIPIENT_LABEL, SHARING_LABEL } from '../export/labels';
import { DATA_ITEMS } from '../lexicon/dataItems';
import { PERMISSIONS } from '../lexicon/permissions';
import { CHECK_RULES } from '../risk/checks';
import type { Risk } from '../types';
import { basisInEnglish } from './basis';
import { FINDING_EN, type FindingWords } from './findings';
import { CHECK_EN, DATA_ITEM_EN, KIND_EN, LEVEL_EN, PERMISSION_EN, RECIPIENT_EN, SDK_CATEGORY, SHARING_EN } from './names';
import type { Locale } from './types';

export type { FindingWords } from './findings';
export { headline } from './headline';
export { LANG_TAG, LOCALES, localeOf, type Locale } from './types';

export type NameKind = 'dataItem' | 'permission' | 'check' | 'sharingType' | 'recipientKind' | 'level' | 'findingKind' | 'sdkCategory';

type Table = Readonly<Record<string, string>>;
const labels = (rows: readonly { id: string; label: string }[]): Table => Object.fromEntries(rows.map((r) => [r.id, r.label]));
const column = (locale: Locale): Table => Object.fromEntries(Object.entries(SDK_CATEGORY).map(([id, names]) => [id, names[locale]]));

const NAMES: Readonly<Record<Locale, Readonly<Record<NameKind, Table>>>> = {
  zh_CN: {
    dataItem: labels(DATA_ITEMS),
    permission: labels(PERMISSIONS),
    check: Object.fromEntries(CHECK_RULES.map((c) => [c.id, c.title])),
    sharingType: SHARING_LABEL,
    recipientKind: RECIPIENT_LABEL,
    level: LEVEL_LABEL,
    findingKind: KIND_LABEL,
    sdkCategory: column('zh_CN'),
  },
  en: {
    dataItem: DATA_ITEM_EN,
    permission: PERMISSION_EN,
    check: CHECK_EN,
    sharingType: SHARING_EN,
    recipientKind: RECIPIENT_EN,
    level: LEVEL_EN,
    findingKind: KIND_EN,
    sdkCategory: column('en'),
  },
};

const own = (table: Table, id: string): string | undefined => (Object.hasOwn(table, id) ? table[id] : undefined);

/** The name of an id in the locale; an id with no name there (an older or newer cache) falls back to Chinese, then to itself. */
export function nameOf(kind: NameKind, id: string, locale: Locale): string {
  return own(NAMES[locale][kind], id) ?? own(NAMES.zh_CN[kind], id) ?? id;
}

/** A legal basis as the rules cite it, in the locale: 《个人信息保护法》第十四条；认定方法 三.4 → PIPL Art. 14; Identification Method III.4 */
export function basisText(basis: string, locale: Locale): string {
  return locale === 'en' ? basisInEnglish(basis) : basis;
}

/** A finding's title, detail and basis in the locale; in Chinese, the Analysis's own words. */
export function findingText(risk: Pick<Risk, 'id' | 'title' | 'detail' | 'basis'>, locale: Locale): FindingWords & { basis?: string } {
  const words = locale === 'en' && Object.hasOwn(FINDING_EN, risk.id) ? FINDING_EN[risk.id]! : risk;
  return { title: words.title, detail: words.detail, ...(risk.basis ? { basis: basisText(risk.basis, locale) } : {}) };
}

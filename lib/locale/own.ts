// Names of ids when their Chinese is at hand (an Analysis carries its own
// labels and titles): English from this folder's tables, nothing else. The
// popup and the exports name things through here, so the lexicons, where the
// Chinese names live, stay out of the popup's code.
import { appTypeById } from '../necessary/table';
import type { Analysis, AppTypeGuess, Risk } from '../types';
import { basisInEnglish } from './basis';
import { FINDING_EN, type FindingWords } from './findings';
import { headline } from './headline';
import { CHECK_EN, DATA_ITEM_EN, KIND_EN, LEVEL_EN, PERMISSION_EN, RECIPIENT_EN, SDK_CATEGORY, SHARING_EN } from './names';
import type { Locale } from './types';

export type NameKind = 'dataItem' | 'permission' | 'check' | 'sharingType' | 'recipientKind' | 'level' | 'findingKind' | 'sdkCategory';
export type Table = Readonly<Record<string, string>>;

/** One language's column of the SDK categories (the only names kept here in both languages). */
export const sdkCategoryColumn = (locale: Locale): Table => Object.fromEntries(Object.entries(SDK_CATEGORY).map(([id, names]) => [id, names[locale]]));

export const EN_NAMES: Readonly<Record<NameKind, Table>> = {
  dataItem: DATA_ITEM_EN,
  permission: PERMISSION_EN,
  check: CHECK_EN,
  sharingType: SHARING_EN,
  recipientKind: RECIPIENT_EN,
  level: LEVEL_EN,
  findingKind: KIND_EN,
  sdkCategory: sdkCategoryColumn('en'),
};

/** An id's name: its own Chinese label in Chinese, the English table's in English (the label where the table has none). */
export const named = (kind: NameKind, id: string, own: string, locale: Locale): string =>
  locale === 'en' && Object.hasOwn(EN_NAMES[kind], id) ? EN_NAMES[kind][id]! : own;

/** A legal basis as the rules cite it, in the locale: 《个人信息保护法》第十四条；认定方法 三.4 → PIPL Art. 14; Identification Method III.4 */
export function basisText(basis: string, locale: Locale): string {
  return locale === 'en' ? basisInEnglish(basis) : basis;
}

/** A finding's title, detail and basis in the locale; in Chinese, the Analysis's own words. */
export function findingText(risk: Pick<Risk, 'id' | 'title' | 'detail' | 'basis'>, locale: Locale): FindingWords & { basis?: string } {
  const words = locale === 'en' && Object.hasOwn(FINDING_EN, risk.id) ? FINDING_EN[risk.id]! : risk;
  return { title: words.title, detail: words.detail, ...(risk.basis ? { basis: basisText(risk.basis, locale) } : {}) };
}

/** An app type of 必要个人信息范围规定 (the Analysis carries its Chinese name). */
export const appTypeName = (type: Pick<AppTypeGuess, 'id' | 'name'>, locale: Locale): string =>
  locale === 'en' ? (appTypeById(type.id)?.en ?? type.name) : type.name;

/** The one-line verdict: the Analysis's own in Chinese, built from the same findings in English. */
export const headlineOf = (a: Pick<Analysis, 'risks' | 'source' | 'summary'>, locale: Locale): string =>
  locale === 'en' ? headline(a.risks, a.source.isPolicy, locale) : a.summary.headline;

// Names and words of lib's ids in the reader's language (zh_CN or en), for
// the popup, the compare page, the exports and the CLI. lib/ keeps ids and
// its Chinese labels; the English is in this folder's tables.
import { KIND_LABEL, LEVEL_LABEL, RECIPIENT_LABEL, SHARING_LABEL } from '../export/labels';
import { DATA_ITEMS } from '../lexicon/dataItems';
import { PERMISSIONS } from '../lexicon/permissions';
import { CHECK_RULES } from '../risk/checks';
import { EN_NAMES, sdkCategoryColumn, type NameKind, type Table } from './own';
import type { Locale } from './types';

export type { FindingWords } from './findings';
export { headline } from './headline';
export { LANG_TAG, LOCALES, localeOf, type Locale } from './types';
export { appTypeName, basisText, findingText, headlineOf, named, type NameKind } from './own';

const labels = (rows: readonly { id: string; label: string }[]): Table => Object.fromEntries(rows.map((r) => [r.id, r.label]));

const NAMES: Readonly<Record<Locale, Readonly<Record<NameKind, Table>>>> = {
  zh_CN: {
    dataItem: labels(DATA_ITEMS),
    permission: labels(PERMISSIONS),
    check: Object.fromEntries(CHECK_RULES.map((c) => [c.id, c.title])),
    sharingType: SHARING_LABEL,
    recipientKind: RECIPIENT_LABEL,
    level: LEVEL_LABEL,
    findingKind: KIND_LABEL,
    sdkCategory: sdkCategoryColumn('zh_CN'),
  },
  en: EN_NAMES,
};

const own = (table: Table, id: string): string | undefined => (Object.hasOwn(table, id) ? table[id] : undefined);

/** The name of an id in the locale; an id with no name there (an older or newer cache) falls back to Chinese, then to itself. */
export function nameOf(kind: NameKind, id: string, locale: Locale): string {
  return own(NAMES[locale][kind], id) ?? own(NAMES.zh_CN[kind], id) ?? id;
}

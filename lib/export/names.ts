// What every export names in the reader's language. In Chinese each name is
// the Analysis's own (so an export of a stored analysis says what it said);
// in English it comes from lib/locale. Names the policy writes (named
// recipients, SDKs, its title) are never translated.
import { nameOf } from '../locale';
import { appTypeName, named } from '../locale/own';
import type { Locale } from '../locale/types';
import type { NecessaryCheck, NecessaryItem, Recipient } from '../types';
import { WORDS } from './words';

export interface ExportOptions {
  /** the language of headings, names and explanations (default zh_CN) */
  locale?: Locale;
}

export const exportLocale = (options: ExportOptions | undefined): Locale => options?.locale ?? 'zh_CN';

export { appTypeName, headlineOf, named } from '../locale/own';

export const recipientName = (r: Recipient, locale: Locale): string => (r.kind === 'named_org' ? r.name : nameOf('recipientKind', r.kind, locale));


/** 必要个人信息 as the reports show it: a title, how the type was judged, then the items by status. */
export interface NecessaryView {
  title: string;
  /** how the type was judged, or why no item was */
  how: string;
  /** false: no item was judged (type unclear, or none of the 39 chosen) */
  judged: boolean;
  beyond: NecessaryItem[];
  listed: NecessaryItem[];
  optional: NecessaryItem[];
}

export function necessaryView(n: NecessaryCheck, locale: Locale): NecessaryView {
  const words = WORDS[locale].necessary;
  const list = WORDS[locale].list;
  const chosen = n.types.filter((t) => t.chosen);
  const title = chosen.length ? words.typed(chosen.map((t) => appTypeName(t, locale)).join(list)) : words.title;
  const by = (status: NecessaryItem['status']) => n.items.filter((i) => i.status === status);
  const noneChosen = n.by === 'user' && !chosen.length;
  const offered = n.types.map((t) => appTypeName(t, locale)).join(list);
  const how = noneChosen
    ? words.noneChosen
    : n.unsure
      ? words.unsure + (offered ? words.offered(offered) : '')
      : n.by === 'user'
        ? words.byUser
        : words.guessed(Math.round(Math.max(...chosen.map((t) => t.confidence)) * 100));
  return { title, how, judged: !noneChosen && !n.unsure, beyond: by('beyond'), listed: by('necessary'), optional: by('optional') };
}

/** a necessary item's name, with "required by law" where a law, not the list, makes it necessary */
export const itemName = (i: NecessaryItem, locale: Locale): string => named('dataItem', i.id, i.label, locale) + (i.byLaw ? WORDS[locale].necessary.byLaw : '');

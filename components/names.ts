// What the UI calls lib's ids, in the current locale. The Analysis carries
// Chinese labels and titles (its own words); in English they come from
// lib/locale's tables by id. Only the small tables are imported here: the
// lexicons the Chinese names live in stay out of the popup's code.
import { basisInEnglish } from '@/lib/locale/basis';
import { FINDING_EN } from '@/lib/locale/findings';
import { headline } from '@/lib/locale/headline';
import { CHECK_EN, DATA_ITEM_EN, PERMISSION_EN } from '@/lib/locale/names';
import { APP_TYPES } from '@/lib/necessary/table';
import type { Changes } from '@/lib/compare/changes';
import type { Analysis, Check, Risk } from '@/lib/types';
import { getLocale } from './i18n';

const en = (): boolean => getLocale() === 'en';
const from = (table: Readonly<Record<string, string>>, id: string, zh: string): string => (en() && Object.hasOwn(table, id) ? table[id]! : zh);

export const dataItemName = (item: { id: string; label: string }): string => from(DATA_ITEM_EN, item.id, item.label);
export const permissionName = (item: { id: string; label: string }): string => from(PERMISSION_EN, item.id, item.label);
export const checkName = (check: Pick<Check, 'id' | 'title'>): string => from(CHECK_EN, check.id, check.title);

/** An app type of 必要个人信息范围规定 by its id (the Analysis carries the Chinese name). */
export const appTypeName = (id: string, zh: string): string => (en() ? (APP_TYPES.find((t) => t.id === id)?.en ?? zh) : zh);

/** A finding's title, detail and legal basis. */
export function findingWords(risk: Pick<Risk, 'id' | 'title' | 'detail' | 'basis'>): { title: string; detail: string; basis?: string } {
  if (!en()) return risk;
  const words = Object.hasOwn(FINDING_EN, risk.id) ? FINDING_EN[risk.id]! : risk;
  return { title: words.title, detail: words.detail, ...(risk.basis ? { basis: basisInEnglish(risk.basis) } : {}) };
}

/** The one-line verdict under the grade. */
export const headlineOf = (analysis: Pick<Analysis, 'risks' | 'source' | 'summary'>): string =>
  en() ? headline(analysis.risks, analysis.source.isPolicy, 'en') : analysis.summary.headline;

/** Entries a change summary names before "…". */
const SUMMARY_ITEMS = 12;

/** What changed in meaning, in one line: lib's own in Chinese, built from the same ids in English. */
export function changeSummary(changes: Changes): string {
  if (!en()) return changes.summary;
  const sign = (added: boolean): string => (added ? '+' : '−');
  const parts = [
    ...changes.collected.added.map((d) => `+${dataItemName(d)}`),
    ...changes.collected.removed.map((d) => `−${dataItemName(d)}`),
    ...changes.permissions.added.map((p) => `+${permissionName(p)} permission`),
    ...changes.permissions.removed.map((p) => `−${permissionName(p)} permission`),
    ...[...changes.sdks.added.map((s) => [true, s] as const), ...changes.sdks.removed.map((s) => [false, s] as const)].map(
      ([added, s]) => `${sign(added)}${/sdk/i.test(s.label) ? s.label : `${s.label} SDK`}`,
    ),
    ...changes.recipients.added.map((r) => `+shared with ${r.label}`),
    ...changes.recipients.removed.map((r) => `−shared with ${r.label}`),
    ...changes.findings.added.map((f) => `+${findingWords({ id: f.id, title: f.label, detail: '' }).title}`),
    ...changes.findings.removed.map((f) => `−${findingWords({ id: f.id, title: f.label, detail: '' }).title}`),
  ];
  return parts.length > SUMMARY_ITEMS ? `${parts.slice(0, SUMMARY_ITEMS).join(', ')}, … (${parts.length} in all)` : parts.join(', ');
}

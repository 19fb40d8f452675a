// What the UI calls lib's ids, in the current locale: lib/locale/own's names
// (the Analysis's own Chinese, the English tables by id) bound to the locale
// the reader chose.
import { appTypeName as appTypeIn, findingText, headlineOf as headlineIn, named } from '@/lib/locale/own';
import type { Analysis, Check, Risk } from '@/lib/types';
import { getLocale } from './i18n';

export const dataItemName = (item: { id: string; label: string }): string => named('dataItem', item.id, item.label, getLocale());
export const permissionName = (item: { id: string; label: string }): string => named('permission', item.id, item.label, getLocale());
export const checkName = (check: Pick<Check, 'id' | 'title'>): string => named('check', check.id, check.title, getLocale());

/** An app type of 必要个人信息范围规定 by its id (the Analysis carries the Chinese name). */
export const appTypeName = (id: string, zh: string): string => appTypeIn({ id, name: zh }, getLocale());

/** A finding's title, detail and legal basis. */
export const findingWords = (risk: Pick<Risk, 'id' | 'title' | 'detail' | 'basis'>): { title: string; detail: string; basis?: string } =>
  findingText(risk, getLocale());

/** The one-line verdict under the grade. */
export const headlineOf = (analysis: Pick<Analysis, 'risks' | 'source' | 'summary'>): string => headlineIn(analysis, getLocale());

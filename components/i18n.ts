// UI strings come from public/_locales (zh_CN by default, en second); the
// browser picks the locale. Keys are checked against the zh_CN file.
import { browser } from 'wxt/browser';
import type messages from '@/public/_locales/zh_CN/messages.json';

export type MessageKey = keyof typeof messages;

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string[]) => string;
  return getMessage(key, substitutions.map(String)) || key;
}

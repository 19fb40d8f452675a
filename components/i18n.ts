// UI strings in the reader's language. Both _locales files are bundled, so
// the language can change while a page is open (browser.i18n.getMessage only
// follows the browser). The browser's language comes first; a choice saved
// with saveLocale() wins over it, on every page of the extension.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
// the light module: lib/locale's index carries the lexicons for names by id
import { LANG_TAG, localeOf, type Locale } from '../lib/locale/types';
import en from '../public/_locales/en/messages.json';
import zh from '../public/_locales/zh_CN/messages.json';

export type { Locale } from '../lib/locale/types';
export type MessageKey = keyof typeof zh;

/** One entry of a messages.json, as chrome.i18n reads it. */
export interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const MESSAGES: Readonly<Record<Locale, Readonly<Record<string, Message>>>> = { zh_CN: zh, en };

const PLACEHOLDER = /\$([a-z0-9_@]+)\$/gi;
const SUBSTITUTION = /\$([1-9]|\$)/g;

/**
 * chrome.i18n's substitution: $NAME$ is its placeholder's content (names in
 * any case), then $1…$9 the substitutions and $$ a dollar sign, in one pass so
 * that a substituted page title keeps its own $1 as written.
 */
export function format({ message, placeholders = {} }: Message, substitutions: readonly string[]): string {
  const named = new Map(Object.entries(placeholders).map(([name, p]) => [name.toLowerCase(), p.content]));
  const expanded = message.replace(PLACEHOLDER, (whole, name: string) => named.get(name.toLowerCase()) ?? whole);
  return expanded.replace(SUBSTITUTION, (_, n: string) => (n === '$' ? '$' : (substitutions[Number(n) - 1] ?? '')));
}

let current: Locale | undefined;
const listeners = new Set<(locale: Locale) => void>();

function browserLocale(): Locale {
  try {
    return localeOf(browser.i18n.getUILanguage());
  } catch {
    // outside the extension (unit tests) there is no browser.i18n: the manifest's default_locale
    return 'zh_CN';
  }
}

export function getLocale(): Locale {
  return (current ??= browserLocale());
}

/** Switch the language of this page now (remembered only by saveLocale). */
export function setLocale(locale: Locale): void {
  const changed = locale !== current;
  current = locale;
  // screen readers pick their voice from it; the page is served with zh-CN
  if (typeof document !== 'undefined') document.documentElement.lang = LANG_TAG[locale];
  if (changed) for (const listener of listeners) listener(locale);
}

/** Called with the new locale after each switch; returns the unsubscribe. */
export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const isLocale = (value: unknown): value is Locale => value === 'zh_CN' || value === 'en';
const savedLocale = storage.defineItem<Locale>('local:locale');
let watching = false;

/**
 * The saved choice, else the browser's language; await it before the first
 * render. From then on, a choice saved on another page switches this one too.
 */
export async function loadLocale(): Promise<Locale> {
  const saved = await savedLocale.getValue();
  setLocale(isLocale(saved) ? saved : browserLocale());
  if (!watching) {
    watching = true;
    savedLocale.watch((value) => setLocale(isLocale(value) ? value : browserLocale()));
  }
  return getLocale();
}

/** Switch, and remember the choice for every page of the extension. */
export async function saveLocale(locale: Locale): Promise<void> {
  setLocale(locale);
  await savedLocale.setValue(locale);
}

/**
 * The current locale, re-rendering the component when it changes. Call it at
 * the root of a page (App): its children re-render with it and their t()
 * calls read the new locale.
 */
export function useLocale(): Locale {
  const [locale, setState] = useState(getLocale);
  useEffect(() => {
    setState(getLocale());
    return onLocaleChange(setState);
  }, []);
  return locale;
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const entry = MESSAGES[getLocale()][key] ?? MESSAGES.zh_CN[key];
  return entry ? format(entry, substitutions.map(String)) : key;
}

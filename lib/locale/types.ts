/** the two languages of the UI and the exports, as the extension's _locales folders name them */
export type Locale = 'zh_CN' | 'en';

export const LOCALES: readonly Locale[] = ['zh_CN', 'en'];

/** for <html lang> and the exports' language tags */
export const LANG_TAG: Readonly<Record<Locale, string>> = { zh_CN: 'zh-CN', en: 'en' };

/** a browser language tag (zh-CN, zh-TW, en-GB, fr) to the locale shown: Chinese for any zh, else English */
export const localeOf = (language: string): Locale => (/^zh\b/i.test(language) ? 'zh_CN' : 'en');

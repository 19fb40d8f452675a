import { getLocale, saveLocale, t } from './i18n';

/** The other language's name in that language; the choice is remembered for every page of the extension. */
export function LanguageSwitch() {
  const other = getLocale() === 'en' ? 'zh_CN' : 'en';
  return (
    <button
      type="button"
      class="link-button"
      data-testid="language"
      lang={other === 'en' ? 'en' : 'zh-CN'}
      title={t('languageSwitchHint')}
      onClick={() => void saveLocale(other)}
    >
      {t('languageSwitch')}
    </button>
  );
}

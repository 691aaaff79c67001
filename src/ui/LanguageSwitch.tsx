import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from './i18n/language';

/**
 * The page's language, each named in its own script so a reader finds theirs whatever the page speaks now. The
 * choice goes into the address (`?lang=`), so a copied link opens in the same language.
 */
export function LanguageSwitch({ onChange }: { onChange: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span>{t('language.label')}</span>
      <select
        value={i18n.language}
        onChange={(event) => onChange(event.target.value as Language)}
        // The label is in the page's language; the other language's reader looks for the word in theirs.
        aria-label={`${t('language.label')} (Language · 语言)`}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}

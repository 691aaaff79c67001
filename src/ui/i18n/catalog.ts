// The one catalog the page renders its words from (i18next, through react-i18next's hooks). Chosen over FormatJS
// because the same `t` serves React components and plain modules (the store's notices, the export's headers), its
// keys are typed from the English catalog, and it leaves number and date formatting to Intl, which we call directly.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from './language';
import { DEFAULT_NAMESPACE, RESOURCES } from './resources';

export const i18n: I18n = i18next.createInstance();

/** Starts the catalog in `language`; synchronous, as every namespace is bundled. */
export function startCatalog(language: Language): I18n {
  void i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: Object.keys(RESOURCES),
    resources: RESOURCES,
    ns: Object.keys(RESOURCES.en),
    defaultNS: DEFAULT_NAMESPACE,
    // React escapes what it renders; escaping here as well would show &amp; to the reader.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return i18n;
}

/** The language the page speaks now, as one of ours. */
export function currentLanguage(): Language {
  return (i18n.resolvedLanguage ?? i18n.language) === 'zh-CN' ? 'zh-CN' : 'en';
}

// The one catalog the page renders its words from (i18next, through react-i18next's hooks). Chosen over FormatJS
// because the same `t` serves React components and plain modules (the store's notices, the export's headers), its
// keys are typed from the English catalog, and it leaves number and date formatting to Intl, which we call directly.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { countText } from '../../charting/numberText';
import { sayLayerName } from './layerName';
import type { Language } from './language';
import { DEFAULT_NAMESPACE, RESOURCES } from './resources';

/** The page's catalog; `startCatalog` sets its language. */
export const i18n: I18n = i18next.createInstance();

/**
 * Named number formats a text can ask for, `{{step, int}}`: each language's catalog chooses where they go, the
 * rules only pass numbers. `num` and `lr` keep the digits a person compares across languages.
 */
const FORMATS: Record<string, (value: number, language: string) => string> = {
  int: (value, language) => (Number.isFinite(value) ? countText(value, language) : '∞'),
  num: (value) => value.toPrecision(3),
  pct: (value) => `${Math.round(value * 100)}%`,
  pct1: (value) => `${(value * 100).toFixed(1)}%`,
  lr: (value) => String(Number(value.toPrecision(3))),
  /** A duration in ms: 3 significant digits ("27.5", "9.13"), whole and grouped from 100 on ("1,510", not 1.51e+3). */
  ms: (value, language) => (value >= 100 ? countText(Math.round(value), language) : value.toPrecision(3)),
  /** How many times faster: one decimal ("3.1×"). */
  ratio: (value, language) =>
    new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value),
};

function initialise(instance: I18n, language: Language): I18n {
  void instance.use(initReactI18next).init({
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
  for (const [name, format] of Object.entries(FORMATS))
    instance.services.formatter?.add(name, (value: unknown, lng: string | undefined) =>
      typeof value === 'number' ? format(value, lng ?? language) : String(value),
    );
  // A label inside an English sentence ("the link's learning rate"); Chinese has no case to change.
  instance.services.formatter?.add('lower', (value: unknown) => String(value).toLowerCase());
  // A weight layer's engine name ("dense 2") in the reader's language.
  instance.services.formatter?.add('layer', (value: unknown, lng: string | undefined) =>
    sayLayerName(instance, String(value), lng ?? language),
  );
  return instance;
}

/** Starts the page's catalog in `language`; synchronous, as every namespace is bundled. */
export function startCatalog(language: Language): I18n {
  return initialise(i18n, language);
}

/** A catalog of its own in `language`, apart from the page's (tests render messages in English with it). */
export function createCatalog(language: Language): I18n {
  return initialise(i18next.createInstance(), language);
}

// A setting and its value in the reader's words, through the catalog: "Optimizer: SGD with momentum", not
// `optimizer: momentum`. One module, so the legend, the run card and a duplicate's name say it the same way.
import type { i18n as I18n, TFunction } from 'i18next';
import { settingNumber } from '../charting/numberText';
import { optionLabel, type SettingChange } from '../schema/differences';
import { EXPERIMENT_FIELDS, type ExperimentFieldName } from '../schema/experiment';
import type { RunNamer } from '../store/runNames';

export interface SettingWords {
  /** The language numbers are written in (Intl). */
  locale: string;
  /** The `runs` namespace in the page's language. */
  t: TFunction<'runs'>;
  label(name: ExperimentFieldName): string;
  value(change: SettingChange): string;
  /** "Learning rate: 0.01". */
  change(change: SettingChange): string;
  /** "Optimizer: SGD with momentum · Learning rate: 0.01". */
  changes(changes: readonly SettingChange[]): string;
}

/**
 * The one place where a field's label or option label is looked up: the catalog's `fields` namespace
 * (`fields:<field>.label`, `fields:<field>.options.<value>`) when it has the text, else the schema's English.
 */
function fieldText(i18n: I18n, key: string, english: string): string {
  const full = `fields:${key}`;
  if (!i18n.exists(full)) return english;
  const lookUp = i18n.t as unknown as (key: string) => string;
  return lookUp(full);
}

export function settingWords(i18n: I18n): SettingWords {
  const locale = i18n.resolvedLanguage ?? i18n.language ?? 'en';
  const t = i18n.getFixedT(null, 'runs');
  const label = (name: ExperimentFieldName) => fieldText(i18n, `${name}.label`, EXPERIMENT_FIELDS[name].label);
  const value = ({ name, value: v }: SettingChange): string => {
    if (Array.isArray(v)) {
      return v.length
        ? v.map((item) => settingNumber(item, locale)).join(t('setting.listSeparator'))
        : t('setting.none');
    }
    if (typeof v === 'boolean') return v ? t('setting.on') : t('setting.off');
    if (typeof v === 'number') return settingNumber(v, locale);
    return fieldText(i18n, `${name}.options.${v}`, optionLabel(name, v) ?? v);
  };
  const change = (c: SettingChange) => t('setting.change', { label: label(c.name), value: value(c) });
  return {
    locale,
    t,
    label,
    value,
    change,
    changes: (list) => list.map(change).join(t('setting.separator')),
  };
}

/** A duplicate's names in the page's language at the moment it is named (the name is then the run's own text). */
export function catalogRunNamer(i18n: I18n): RunNamer {
  return {
    copy: (name, n) => {
      const { t } = settingWords(i18n);
      return n > 1 ? t('names.copyNumbered', { name, n }) : t('names.copy', { name });
    },
    changed: (changes, n) => {
      const words = settingWords(i18n);
      const name = words.changes(changes);
      return n > 1 ? words.t('names.numbered', { name, n }) : name;
    },
  };
}

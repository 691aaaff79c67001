// The engine names weight layers in English ("dense 2", "conv 1", "output": Network.weightLayerNames); the page
// says them in the reader's language, in texts (`{{layer, layer}}`) and in charts and menus (useLayerName).
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';

/** A layer name in `catalog`'s language; a name it does not know is shown as it is. */
export function sayLayerName(catalog: I18n, name: string, language?: string): string {
  const numbered = /^(dense|conv) (\d+)$/.exec(name);
  if (numbered) return catalog.t(`layers:${numbered[1] as 'dense' | 'conv'}`, { n: numbered[2], lng: language });
  if (name === 'output') return catalog.t('layers:output', { lng: language });
  return name;
}

/** The page's layer names, for charts and menus. */
export function useLayerName(): (name: string) => string {
  const { i18n } = useTranslation();
  return (name) => sayLayerName(i18n, name);
}

// The page's language in the places outside React that must follow it: the catalog, <html lang> (screen readers'
// voice, the browser's choice of CJK glyphs), the tab's title and `?lang=` in the address, so a copied link keeps it.
import type { i18n as I18n } from 'i18next';
import { i18n, startCatalog } from './catalog';
import { chooseLanguage, searchWithLanguage, type Language } from './language';

function reflect(language: Language): void {
  document.documentElement.lang = language;
  document.title = i18n.t('title');
  const search = searchWithLanguage(window.location.search, language);
  if (search !== window.location.search) {
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
  }
}

/** Picks the language from the link or the browser, starts the catalog in it, and writes it into the address. */
export function startPageLanguage(): I18n {
  const language = chooseLanguage(window.location.search, navigator.languages ?? [navigator.language]);
  startCatalog(language);
  reflect(language);
  return i18n;
}

export function switchPageLanguage(language: Language): void {
  void i18n.changeLanguage(language);
  reflect(language);
}

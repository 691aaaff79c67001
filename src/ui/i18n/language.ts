// Which language the page speaks: `?lang=` when the link names one (a shared link opens in the sender's language),
// else the browser's first preference we have a catalog for, else English.

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What the language switch shows for each language, in that language. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', 'zh-CN': '简体中文' };

const LANG_KEY = 'lang';

/** A BCP 47 tag as a catalog we have: any Chinese but the traditional scripts → zh-CN, any English → en. */
export function catalogFor(tag: string): Language | undefined {
  const lower = tag.trim().toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  // Every Chinese tag, traditional scripts included: simplified characters are nearer to their readers than English.
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  return undefined;
}

/** The language named by `?lang=`, if it names one we have. */
export function languageInLink(search: string): Language | undefined {
  const raw = new URLSearchParams(search).get(LANG_KEY);
  return raw === null ? undefined : catalogFor(raw);
}

/** `?lang=` first, then the browser's preferences in order, then English. */
export function chooseLanguage(search: string, preferred: readonly string[]): Language {
  return languageInLink(search) ?? preferred.map(catalogFor).find((lang) => lang !== undefined) ?? 'en';
}

/** The query string with `lang=` set to `lang`, other parameters kept in place (for history.replaceState). */
export function searchWithLanguage(search: string, lang: Language): string {
  const params = new URLSearchParams(search);
  params.set(LANG_KEY, lang);
  return `?${params.toString()}`;
}

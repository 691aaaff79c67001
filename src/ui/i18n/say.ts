// Turns a message (data from a lower layer: a catalog code and its values) into the reader's words. Values that are
// messages are said first; lists are joined as the language joins them ("A, B, or C", "A、B或C").
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isMessage, type Message, type MessageParam } from '../../schema/message';

type Translate = (key: string, options?: Record<string, unknown>) => string;

function sayParam(i18n: I18n, param: MessageParam): string | number {
  if (typeof param === 'string' || typeof param === 'number') return param;
  if (isMessage(param)) return sayMessage(i18n, param);
  const items = param.items.map((item) => String(sayParam(i18n, item)));
  if (param.join === 'sentences') return sentences(i18n.language, items);
  if (param.join === 'clauses') return items.join(i18n.language.startsWith('zh') ? '；' : '; ');
  const type = param.join === 'or' ? 'disjunction' : 'conjunction';
  return new Intl.ListFormat(i18n.language, { type }).format(items);
}

/** Sentences one after another: a space between English ones, none between Chinese ones (they end in 。). */
export const sentences = (language: string, texts: readonly string[]): string =>
  texts.join(language.startsWith('zh') ? '' : ' ');

export function sayMessage(i18n: I18n, message: Message): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) params[name] = sayParam(i18n, value);
  // Codes are checked against the catalog by the layers' own types and the catalog tests, not by t()'s key type.
  return (i18n.t as unknown as Translate)(message.code, params);
}

/** In a component: `const say = useSay(); say(verdict.message)`, re-rendered when the language changes. */
export function useSay(): (message: Message) => string {
  const { i18n } = useTranslation();
  return (message) => sayMessage(i18n, message);
}

// Words that travel as data: a code the page's catalog turns into a sentence in the reader's language, and the
// values it fills in. Lower layers (schema, engine, diagnostics, store) say what happened this way and never build
// English sentences for a person; src/ui/i18n renders them. A code is `namespace:key.path` of the catalog.

/** A value a message fills in: a number (the catalog formats it), a name, another message, or a list of them. */
export type MessageParam = string | number | Message | MessageList;

export interface Message {
  readonly code: string;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

/**
 * Items joined as the reader's language joins them: "A, B, or C" / "A、B或C"; whole sentences one after another;
 * clauses with semicolons ("A; B" / "A；B").
 */
export interface MessageList {
  readonly items: readonly MessageParam[];
  readonly join: 'or' | 'and' | 'sentences' | 'clauses';
}

export const isMessage = (value: MessageParam): value is Message => typeof value === 'object' && 'code' in value;

/** Every key of a nested words object as a dotted path: `{ rate: { flat: '…' } }` → 'rate.flat'. */
export type KeyPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : KeyPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/**
 * A layer's `say`: messages whose keys are typed by its English words object (a misspelt key does not compile) and
 * whose codes point into the catalog at `prefix` (e.g. 'messages:trainer.').
 */
export function speaker<Words>(prefix: string) {
  return (key: KeyPaths<Words>, params?: Readonly<Record<string, MessageParam>>): Message =>
    params ? { code: `${prefix}${key}`, params } : { code: `${prefix}${key}` };
}

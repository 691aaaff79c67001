// Every catalog namespace in every language, in one object i18next reads. A namespace is added here once per
// language; its Chinese file is typed from its English one, so a key missing in either does not compile.
import { app as enApp } from './en/app';
import { look as enLook } from './en/look';
import type { Language } from './language';
import { app as zhApp } from './zh-CN/app';
import { look as zhLook } from './zh-CN/look';

export const RESOURCES = {
  en: { app: enApp, look: enLook },
  'zh-CN': { app: zhApp, look: zhLook },
} as const satisfies Record<Language, Record<string, unknown>>;

export const DEFAULT_NAMESPACE = 'app';
export type Namespaces = typeof RESOURCES.en;

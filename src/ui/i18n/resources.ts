// Every catalog namespace in every language, in one object i18next reads. A namespace is added here once per
// language; its Chinese file is typed from its English one, so a key missing in either does not compile.
import { app as enApp } from './en/app';
import type { Language } from './language';
import { app as zhApp } from './zh-CN/app';
import { tips as enTips } from './en/tips';
import { tips as zhTips } from './zh-CN/tips';

export const RESOURCES = {
  en: { app: enApp, tips: enTips },
  'zh-CN': { app: zhApp, tips: zhTips },
} as const satisfies Record<Language, Record<string, unknown>>;

export const DEFAULT_NAMESPACE = 'app';
export type Namespaces = typeof RESOURCES.en;

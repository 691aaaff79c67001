// Every catalog namespace in every language, in one object i18next reads. A namespace is added here once per
// language; its Chinese file is typed from its English one, so a key missing in either does not compile.
import { app as enApp } from './en/app';
import { fields as enFields } from './en/fields';
import { lessons as enLessons } from './en/lessons';
import type { Language } from './language';
import { app as zhApp } from './zh-CN/app';
import { fields as zhFields } from './zh-CN/fields';
import { lessons as zhLessons } from './zh-CN/lessons';

export const RESOURCES = {
  en: { app: enApp, fields: enFields, lessons: enLessons },
  'zh-CN': { app: zhApp, fields: zhFields, lessons: zhLessons },
} as const satisfies Record<Language, Record<string, unknown>>;

export const DEFAULT_NAMESPACE = 'app';
export type Namespaces = typeof RESOURCES.en;

// Every catalog namespace in every language, in one object i18next reads. A namespace is added here once per
// language; its Chinese file is typed from its English one, so a key missing in either does not compile.
import { app as enApp } from './en/app';
import { classroom as enClassroom } from './en/classroom';
import type { Language } from './language';
import { app as zhApp } from './zh-CN/app';
import { classroom as zhClassroom } from './zh-CN/classroom';

export const RESOURCES = {
  en: { app: enApp, classroom: enClassroom },
  'zh-CN': { app: zhApp, classroom: zhClassroom },
} as const satisfies Record<Language, Record<string, unknown>>;

export const DEFAULT_NAMESPACE = 'app';
export type Namespaces = typeof RESOURCES.en;

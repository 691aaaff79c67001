// Every catalog namespace in every language, in one object i18next reads. A namespace is added here once per
// language; its Chinese file is typed from its English one, so a key missing in either does not compile.
import { app as enApp } from './en/app';
import { diagnostics as enDiagnostics } from './en/diagnostics';
import { messages as enMessages } from './en/messages';
import { panels as enPanels } from './en/panels';
import type { Language } from './language';
import { app as zhApp } from './zh-CN/app';
import { diagnostics as zhDiagnostics } from './zh-CN/diagnostics';
import { messages as zhMessages } from './zh-CN/messages';
import { panels as zhPanels } from './zh-CN/panels';

export const RESOURCES = {
  en: { app: enApp, panels: enPanels, diagnostics: enDiagnostics, messages: enMessages },
  'zh-CN': { app: zhApp, panels: zhPanels, diagnostics: zhDiagnostics, messages: zhMessages },
} as const satisfies Record<Language, Record<string, unknown>>;

export const DEFAULT_NAMESPACE = 'app';
export type Namespaces = typeof RESOURCES.en;

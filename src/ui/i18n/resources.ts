// Every catalog namespace in every language, in one object i18next reads. A namespace is added here once per
// language; its Chinese file is typed from its English one, so a key missing in either does not compile.
import { app as enApp } from './en/app';
import { backends as enBackends } from './en/backends';
import { classroom as enClassroom } from './en/classroom';
import { diagnostics as enDiagnostics } from './en/diagnostics';
import { drawData as enDrawData } from './en/drawData';
import { fields as enFields } from './en/fields';
import { firstLayer as enFirstLayer } from './en/firstLayer';
import { health as enHealth } from './en/health';
import { importData as enImportData } from './en/importData';
import { layers as enLayers } from './en/layers';
import { lessons as enLessons } from './en/lessons';
import { look as enLook } from './en/look';
import { messages as enMessages } from './en/messages';
import { ownData as enOwnData } from './en/ownData';
import { panels as enPanels } from './en/panels';
import { runs as enRuns } from './en/runs';
import { script as enScript } from './en/script';
import { tips as enTips } from './en/tips';
import { tools as enTools } from './en/tools';
import type { Language } from './language';
import { app as zhApp } from './zh-CN/app';
import { backends as zhBackends } from './zh-CN/backends';
import { classroom as zhClassroom } from './zh-CN/classroom';
import { diagnostics as zhDiagnostics } from './zh-CN/diagnostics';
import { drawData as zhDrawData } from './zh-CN/drawData';
import { fields as zhFields } from './zh-CN/fields';
import { firstLayer as zhFirstLayer } from './zh-CN/firstLayer';
import { health as zhHealth } from './zh-CN/health';
import { importData as zhImportData } from './zh-CN/importData';
import { layers as zhLayers } from './zh-CN/layers';
import { lessons as zhLessons } from './zh-CN/lessons';
import { look as zhLook } from './zh-CN/look';
import { messages as zhMessages } from './zh-CN/messages';
import { ownData as zhOwnData } from './zh-CN/ownData';
import { panels as zhPanels } from './zh-CN/panels';
import { runs as zhRuns } from './zh-CN/runs';
import { script as zhScript } from './zh-CN/script';
import { tips as zhTips } from './zh-CN/tips';
import { tools as zhTools } from './zh-CN/tools';

export const RESOURCES = {
  en: {
    app: enApp,
    backends: enBackends,
    classroom: enClassroom,
    diagnostics: enDiagnostics,
    drawData: enDrawData,
    fields: enFields,
    firstLayer: enFirstLayer,
    health: enHealth,
    importData: enImportData,
    layers: enLayers,
    lessons: enLessons,
    look: enLook,
    messages: enMessages,
    ownData: enOwnData,
    panels: enPanels,
    runs: enRuns,
    script: enScript,
    tips: enTips,
    tools: enTools,
  },
  'zh-CN': {
    app: zhApp,
    backends: zhBackends,
    classroom: zhClassroom,
    diagnostics: zhDiagnostics,
    drawData: zhDrawData,
    fields: zhFields,
    firstLayer: zhFirstLayer,
    health: zhHealth,
    importData: zhImportData,
    layers: zhLayers,
    lessons: zhLessons,
    look: zhLook,
    messages: zhMessages,
    ownData: zhOwnData,
    panels: zhPanels,
    runs: zhRuns,
    script: zhScript,
    tips: zhTips,
    tools: zhTools,
  },
} as const satisfies Record<Language, Record<string, unknown>>;

export const DEFAULT_NAMESPACE = 'app';
export type Namespaces = typeof RESOURCES.en;

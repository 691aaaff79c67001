import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';
import { CopyLinkButton } from './CopyLinkButton';
import { DataLoadingBar } from './DataLoadingBar';
import { ExperimentControls } from './ExperimentControls';
import { FirstLayerPanel } from './FirstLayerPanel';
import { DrawingPad } from './DrawingPad';
import { switchPageLanguage } from './i18n/pageLanguage';
import { HealthPanel } from './HealthPanel';
import { HideablePanel } from './HideablePanel';
import { LanguageSwitch } from './LanguageSwitch';
import { LessonGallery } from './LessonGallery';
import { LessonPanel } from './LessonPanel';
import { MessageBanner } from './MessageBanner';
import { PresentationMode, PresentButton } from './PresentationMode';
import { RunList } from './RunList';
import { RunStats } from './RunStats';
import { usePlayground } from './StoreContext';
import { TeacherNote } from './TeacherNote';
import { TeacherTools } from './TeacherTools';
import { SkipLink } from './SkipLink';
import { TestResults } from './TestResults';
import { ThemeSwitch } from './ThemeSwitch';
import { TrainingButtons } from './TrainingButtons';
import { TrainingCurves } from './TrainingCurves';

export function App() {
  const { t } = useTranslation();
  const presenting = usePlayground((s) => s.classroom.present);
  if (presenting) return <PresentationMode />;
  return (
    <div className="app">
      <SkipLink target="chart" />
      <header>
        <h1>{t('title')}</h1>
        <p>{t('tagline')}</p>
        <div className="header-actions">
          <LessonGallery />
          <PresentButton />
          <TeacherTools />
          <CopyLinkButton />
          <LanguageSwitch onChange={switchPageLanguage} />
          <ThemeSwitch />
        </div>
      </header>
      <main>
        <MessageBanner />
        <DataLoadingBar />
        <LessonPanel />
        <TeacherNote />
        {/*
          In reading order: the runs and their buttons, the results (chart first), then the settings. One column on a
          narrow screen shows them so; on a wide one the results stand beside both and stay in view (styles.css).
        */}
        <div className="workspace">
          <div className="run-controls">
            <RunList />
            <TrainingButtons />
          </div>
          <section className="results" aria-label={t('results')}>
            <TrainingCurves />
            <HideablePanel panel="statistics">
              <RunStats />
            </HideablePanel>
            <HideablePanel panel="diagnosis">
              <HealthPanel />
              <FirstLayerPanel />
            </HideablePanel>
            <HideablePanel panel="tests">
              <TestResults />
            </HideablePanel>
            <HideablePanel panel="drawing">
              <DrawingPad />
            </HideablePanel>
          </section>
          <div className="settings">
            <ExperimentControls />
          </div>
        </div>
      </main>
      <ConfirmDialog />
    </div>
  );
}

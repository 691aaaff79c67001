import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';
import { CopyLinkButton } from './CopyLinkButton';
import { DataLoadingBar } from './DataLoadingBar';
import { ExperimentControls } from './ExperimentControls';
import { DrawingPad } from './DrawingPad';
import { switchPageLanguage } from './i18n/pageLanguage';
import { HealthPanel } from './HealthPanel';
import { LanguageSwitch } from './LanguageSwitch';
import { LessonGallery } from './LessonGallery';
import { LessonPanel } from './LessonPanel';
import { MessageBanner } from './MessageBanner';
import { RunList } from './RunList';
import { RunStats } from './RunStats';
import { SkipLink } from './SkipLink';
import { TestResults } from './TestResults';
import { ThemeSwitch } from './ThemeSwitch';
import { TrainingButtons } from './TrainingButtons';
import { TrainingCurves } from './TrainingCurves';

export function App() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <SkipLink target="chart" />
      <header>
        <h1>{t('title')}</h1>
        <p>{t('tagline')}</p>
        <div className="header-actions">
          <LessonGallery />
          <CopyLinkButton />
          <LanguageSwitch onChange={switchPageLanguage} />
          <ThemeSwitch />
        </div>
      </header>
      <main>
        <MessageBanner />
        <DataLoadingBar />
        <LessonPanel />
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
            <RunStats />
            <HealthPanel />
            <TestResults />
            <DrawingPad />
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

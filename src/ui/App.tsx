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
import { TestResults } from './TestResults';
import { TrainingButtons } from './TrainingButtons';
import { TrainingCurves } from './TrainingCurves';

export function App() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <header>
        <h1>{t('title')}</h1>
        <p>{t('tagline')}</p>
        <div className="header-actions">
          <LessonGallery />
          <CopyLinkButton />
          <LanguageSwitch onChange={switchPageLanguage} />
        </div>
      </header>
      <MessageBanner />
      <DataLoadingBar />
      <LessonPanel />
      <main>
        <aside>
          <RunList />
          <TrainingButtons />
          <ExperimentControls />
        </aside>
        <section className="results" aria-label={t('results')}>
          <TrainingCurves />
          <RunStats />
          <HealthPanel />
          <TestResults />
          <DrawingPad />
        </section>
      </main>
      <ConfirmDialog />
    </div>
  );
}

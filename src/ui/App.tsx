import { ConfirmDialog } from './ConfirmDialog';
import { CopyLinkButton } from './CopyLinkButton';
import { DataLoadingBar } from './DataLoadingBar';
import { ExperimentControls } from './ExperimentControls';
import { DrawingPad } from './DrawingPad';
import { HealthPanel } from './HealthPanel';
import { LessonGallery } from './LessonGallery';
import { LessonPanel } from './LessonPanel';
import { MessageBanner } from './MessageBanner';
import { RunList } from './RunList';
import { RunStats } from './RunStats';
import { TestResults } from './TestResults';
import { TrainingButtons } from './TrainingButtons';
import { TrainingCurves } from './TrainingCurves';

export function App() {
  return (
    <div className="app">
      <header>
        <h1>Training playground</h1>
        <p>Train real networks on real MNIST or Fashion-MNIST, on your GPU, side by side, and watch them learn.</p>
        <div className="header-actions">
          <LessonGallery />
          <CopyLinkButton />
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
        <section className="results" aria-label="Results">
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

import { CopyLinkButton } from './CopyLinkButton';
import { DataLoadingBar } from './DataLoadingBar';
import { LearningRateChart } from './LearningRateChart';
import { ExperimentControls } from './ExperimentControls';
import { LossChart } from './LossChart';
import { MessageBanner } from './MessageBanner';
import { RunStats } from './RunStats';
import { TrainingButtons } from './TrainingButtons';

export function App() {
  return (
    <div className="app">
      <header>
        <h1>Training playground</h1>
        <p>Train a real network on real MNIST or Fashion-MNIST, on your GPU, and watch it learn.</p>
        <CopyLinkButton />
      </header>
      <MessageBanner />
      <DataLoadingBar />
      <main>
        <aside>
          <TrainingButtons />
          <ExperimentControls />
        </aside>
        <section className="results" aria-label="Results">
          <LossChart />
          <RunStats />
          <LearningRateChart />
        </section>
      </main>
    </div>
  );
}

// How a run is named in legends and lists: its name, and what sets it apart from the baseline (the first run).
import { DATASETS } from '../data/datasets';
import { describeDifferences } from '../schema/differences';
import type { Run, RunPhase, TrainerPhase } from '../store/playgroundStore';

export function legendText(run: Run, runs: readonly Run[]): string {
  const baseline = runs[0]!;
  if (run.id === baseline.id) return runs.length > 1 ? `${run.name} (baseline)` : run.name;
  return `${run.name}: ${describeDifferences(baseline.experiment, run.experiment)}`;
}

const PHASE_TEXT: Readonly<Record<RunPhase, string>> = {
  'setting-up': 'Setting up',
  ready: 'Ready',
  training: 'Training',
  paused: 'Paused',
  finished: 'Finished',
  diverged: 'Diverged',
  stopped: 'Stopped',
  imported: 'Imported',
};

/**
 * The status a person reads for a run: what was asked of it and not done yet comes first (a Train pressed while
 * the data loads, a pause waiting for the chunk in flight), then the trainer's own state while it is not ready.
 */
export function statusText(run: Run, trainerPhase: TrainerPhase): string {
  if (trainerPhase === 'failed') return run.phase === 'imported' ? 'Imported' : 'Stopped by an error';
  if (run.request === 'train' && run.phase === 'setting-up') {
    return `Starts when ${DATASETS[run.experiment.dataset].title} has loaded`;
  }
  if (run.request === 'train') return 'Starting…';
  if (run.request === 'pause') return 'Pausing…';
  if (run.request === 'stop') return 'Stopping…';
  if (trainerPhase === 'starting') return 'Starting';
  if (run.phase === 'setting-up' && trainerPhase === 'loading-data') return 'Loading data';
  return PHASE_TEXT[run.phase];
}

// How a run is named in legends and lists: its name, and what sets it apart from the baseline (the first run).
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

/** The status a person reads for a run; the trainer's own state comes first while it is not ready. */
export function statusText(run: Run, trainerPhase: TrainerPhase): string {
  if (trainerPhase === 'starting') return 'Starting';
  if (trainerPhase === 'failed') return run.phase === 'imported' ? 'Imported' : 'Stopped by an error';
  if (run.phase === 'setting-up' && trainerPhase === 'loading-data') return 'Loading data';
  return PHASE_TEXT[run.phase];
}

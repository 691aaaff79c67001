// How a run is named in legends and lists: its name once, then what sets it apart from the baseline (the first
// run) that the name does not already say; and its status in words.
import { datasetTitle } from '../data/datasets';
import { settingChanges, type SettingChange } from '../schema/differences';
import { EXPERIMENT_FIELDS } from '../schema/experiment';
import type { Run, RunPhase, TrainerPhase } from '../store/playgroundStore';
import type { SettingWords } from './settingWords';

/** `needle` in `text` as a whole word or phrase, any case ("ReLU" in "ReLU, deep", not "lr" in "slr"). */
export function containsPhrase(text: string, needle: string): boolean {
  if (!needle) return false;
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * Whether a run's name already says this change: the whole "Learning rate: 0.01" (a duplicate's own name), or a
 * choice's option, by its label or its code ("ReLU" names activation: relu; "SGD 0.1" names the optimizer SGD).
 * A number alone is not enough: "Run 3" says nothing about 3 epochs.
 */
export function nameSays(name: string, change: SettingChange, words: SettingWords): boolean {
  if (containsPhrase(name, words.change(change))) return true;
  if (EXPERIMENT_FIELDS[change.name].kind !== 'choice') return false;
  return containsPhrase(name, words.value(change)) || containsPhrase(name, String(change.value));
}

/** The run's changes from the baseline that its name does not say; null for the baseline itself. */
function untold(run: Run, runs: readonly Run[], words: SettingWords): SettingChange[] | null {
  const baseline = runs[0]!;
  if (run.id === baseline.id) return null;
  return settingChanges(baseline.experiment, run.experiment).filter((change) => !nameSays(run.name, change, words));
}

/** "SGD 0.1 — Learning rate: 0.1": the name once, then what differs from the baseline that it does not say. */
export function legendText(run: Run, runs: readonly Run[], words: SettingWords): string {
  const { t } = words;
  const rest = untold(run, runs, words);
  if (rest === null) return runs.length > 1 ? t('legend.baseline', { name: run.name }) : run.name;
  if (rest.length) return t('legend.withChanges', { name: run.name, changes: words.changes(rest) });
  const same = settingChanges(runs[0]!.experiment, run.experiment).length === 0;
  return same ? t('legend.withChanges', { name: run.name, changes: t('legend.sameSettings') }) : run.name;
}

/** The run card's line under the name (which the card shows already): what differs, or null when its name says all. */
export function cardText(run: Run, runs: readonly Run[], words: SettingWords): string | null {
  const { t } = words;
  const rest = untold(run, runs, words);
  if (rest === null) return runs.length > 1 ? t('card.baseline') : null;
  if (rest.length) return words.changes(rest);
  return settingChanges(runs[0]!.experiment, run.experiment).length === 0 ? t('card.sameSettings') : null;
}

const PHASE_KEYS = {
  'setting-up': 'status.settingUp',
  ready: 'status.ready',
  training: 'status.training',
  paused: 'status.paused',
  finished: 'status.finished',
  diverged: 'status.diverged',
  stopped: 'status.stopped',
  imported: 'status.imported',
} as const satisfies Record<RunPhase, string>;

/** Phases a run ends in before a fatal error, which it keeps through one. */
const ENDED_PHASES: ReadonlySet<RunPhase> = new Set(['finished', 'diverged', 'imported']);

/**
 * The status a person reads for a run: what was asked of it and not done yet comes first (a Train pressed while
 * the data loads, a pause waiting for the chunk in flight), then the trainer's own state while it is not ready.
 */
export function statusText(run: Run, trainerPhase: TrainerPhase, { t }: Pick<SettingWords, 't'>): string {
  // After a fatal error, runs that had ended keep saying how; the others cannot train any more.
  if (trainerPhase === 'failed') {
    return ENDED_PHASES.has(run.phase) ? t(PHASE_KEYS[run.phase]) : t('status.stoppedByError');
  }
  if (run.request === 'train' && run.phase === 'setting-up') {
    return t('status.startsWhenLoaded', { dataset: datasetTitle(run.experiment.dataset) });
  }
  if (run.request === 'train') return t('status.starting');
  if (run.request === 'pause') return t('status.pausing');
  if (run.request === 'stop') return t('status.stopping');
  if (trainerPhase === 'starting') return t('status.trainerStarting');
  if (run.phase === 'setting-up' && trainerPhase === 'loading-data') return t('status.loadingData');
  return t(PHASE_KEYS[run.phase]);
}

/**
 * Whether the status is shown as a problem (in the error colour): a diverged run, or one an error stopped. A run
 * stopped by its Stop button or by early stopping ended as asked: it is not an error.
 */
export function statusIsProblem(run: Run, trainerPhase: TrainerPhase): boolean {
  if (trainerPhase === 'failed') return !ENDED_PHASES.has(run.phase) || run.phase === 'diverged';
  return run.phase === 'diverged' || (run.phase === 'stopped' && run.error !== null);
}

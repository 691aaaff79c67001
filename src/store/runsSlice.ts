// The experiment's runs and what a person does with them: add, duplicate, rename, reorder, change a setting,
// train, pause, stop, reset — each remembered until the trainer has done it, so no click is lost — and the
// questions the page asks before throwing trained results away.
import type { Message } from '../schema/message';
import { sayStore } from './storeWords';
import { defaultExperiment, type Experiment, type ExperimentFieldName } from '../schema/experiment';
import { isOptimizer, switchOptimizer, type LearningRateNote } from '../schema/usualLearningRate';
import { MAX_RUNS, withoutControlCharacters, type LinkState } from '../schema/urlCodec';
import type { Problem } from '../schema/problems';
import { parseExperiment } from '../schema/validate';
import { defaultClassroom, defaultRunColour, RUN_COLOURS, type ChartView, type Classroom } from '../schema/view';
import type { ExportedRun } from './runExport';
import {
  canPause,
  canReset,
  canStop,
  canTrain,
  createRun,
  emptyStats,
  freshResults,
  hasProgress,
  hasUnsavedResults,
  type Run,
  type TrainerPhase,
} from './runState';
import type { TrainerChannel } from './trainerChannel';
import { knownLesson } from './lessonSlice';
import { configureMessage } from './trainerReducer';
import { settingChanges } from '../schema/differences';
import { duplicatePosition, freeName, type RunNamer } from './runNames';

/** A question the page waits on before it throws trained results away. */
export type Confirmation =
  | {
      kind: 'setting';
      runId: string;
      /** The run's settings with the change made. */
      experiment: Experiment;
      /** The settings the change sets: the one changed, and the learning rate when an optimizer switch moved it. */
      changed: ExperimentFieldName[];
      /** What to say about the learning rate once the change is made (an optimizer switch). */
      note: LearningRateNote | null;
      problem: Message | null;
    }
  | { kind: 'link'; link: LinkState; notice: Message | null; unsavedRuns: number };

export type ConfirmationChoice = 'apply' | 'duplicate' | 'cancel';

export interface RunsSlice {
  runs: Run[];
  selectedRunId: string;
  confirmation: Confirmation | null;
  /**
   * What the latest optimizer switch did to a run's learning rate, for the page to say near the field; shown while
   * it still holds (`noteHolds`).
   */
  learningRateNote: (LearningRateNote & { runId: string }) | null;
  selectRun(id: string): void;
  /**
   * Changes one setting of the selected run; returns the problems if it would be invalid. A run with trained
   * results is not changed at once: the page asks first (see `confirmation`). Switching the optimizer also moves a
   * learning rate left at the old optimizer's usual one to the new one's, in the same change.
   */
  setField<K extends ExperimentFieldName>(name: K, value: Experiment[K]): Problem[];
  /** Adds a run with the default settings; returns a problem when the experiment is full. */
  addRun(): Message | null;
  /**
   * Adds a copy of a run's settings (seed and all), to change one knob in, after the source and its copies. It is
   * "… (copy)" until a setting changes, then named after the change, unless a person renamed it.
   */
  duplicateRun(id: string): Message | null;
  removeRun(id: string): void;
  renameRun(id: string, name: string): void;
  setRunColour(id: string, colour: string): void;
  /** Moves a run up (-1) or down (+1); the first run is the baseline the others are compared with. */
  moveRun(id: string, by: -1 | 1): void;
  train(id: string): void;
  pause(id: string): void;
  stop(id: string): void;
  reset(id: string): void;
  trainAll(): void;
  pauseAll(): void;
  stopAll(): void;
  resetAll(): void;
  /** Asks a run to classify a drawn image (raw 0–255 intensities); the answer lands in its `prediction`. */
  predict(id: string, pixels: Uint8Array): void;
  /** Shows runs from an export file next to (or instead of) the current ones. */
  importRuns(runs: ExportedRun[]): Message | null;
  /**
   * Opens another experiment (a pasted link, a lesson); asks first when that would lose unsaved trained results.
   */
  openLink(link: LinkState, notice: Message | null): void;
  resolveConfirmation(choice: ConfirmationChoice): void;
  /** Every run's results so far are in a downloaded file. */
  markSaved(): void;
}

type State = RunsSlice & {
  trainerPhase: TrainerPhase;
  latestPredictRequest: number;
  notice: Message | null;
  view: ChartView;
  hidden: ExperimentFieldName[];
  classroom: Classroom;
  lessonId: string | null;
  lessonPrediction: number | null;
};

const MAX_NAME_LENGTH = 60;

export function createRunsSlice(
  set: (partial: Partial<State>) => void,
  get: () => State,
  channel: TrainerChannel,
  initial: LinkState,
  namer: RunNamer,
): RunsSlice {
  let nextId = 1;
  const newRun = (name: string, colour: string, experiment: Experiment) =>
    createRun(`run-${nextId++}`, name, colour, experiment);
  const initialRuns = initial.runs.slice(0, MAX_RUNS).map((run) => newRun(run.name, run.colour, run.experiment));

  const findRun = (id: string) => get().runs.find((run) => run.id === id);
  const updateRun = (id: string, change: (run: Run) => Partial<Run>) => {
    set({ runs: get().runs.map((run) => (run.id === id ? { ...run, ...change(run) } : run)) });
  };
  /** The trainer builds runs once it is up ('ready' configures them all); until then there is nothing to send. */
  const trainerUp = () => get().trainerPhase !== 'starting' && get().trainerPhase !== 'failed';
  const configure = (id: string) => {
    const run = findRun(id);
    if (!run || run.phase === 'imported') return;
    updateRun(id, () => ({ ...freshResults(), request: null }));
    if (trainerUp()) channel.send(configureMessage(findRun(id)!));
  };
  /** A colour no run uses yet, so a new run is told apart at once. */
  const freeColour = () => {
    const used = new Set(get().runs.map((run) => run.colour));
    return RUN_COLOURS.find((colour) => !used.has(colour)) ?? defaultRunColour(get().runs.length);
  };
  /** `wanted`, or `wanted (2)`, … when another run has it. */
  const unusedName = (wanted: string) =>
    freeName(
      get().runs.map((run) => run.name),
      (n) => (n > 1 ? `${wanted} (${n})` : wanted),
      MAX_NAME_LENGTH,
    );
  /** A duplicate's name from its settings: its source's name while they are the same, else what changed. */
  const copyName = (run: Run, experiment: Experiment) => {
    if (!run.autoName) return run.name;
    const changes = settingChanges(run.autoName.sourceSettings, experiment);
    const { sourceName } = run.autoName;
    const others = get()
      .runs.filter((other) => other.id !== run.id)
      .map((other) => other.name);
    return freeName(
      others,
      (n) => (changes.length ? namer.changed(changes, n) : namer.copy(sourceName, n)),
      MAX_NAME_LENGTH,
    );
  };
  const addAt = (run: Run, index: number) => {
    const runs = [...get().runs];
    runs.splice(index, 0, run);
    set({ runs, selectedRunId: run.id });
    configure(run.id);
  };
  /** A copy of `source` with `experiment`, named for it and placed after the source's other copies. */
  const addCopy = (source: Run, experiment: Experiment) => {
    const copy: Run = {
      ...newRun(source.name, freeColour(), experiment),
      copiedFrom: source.id,
      autoName: { sourceName: source.name, sourceSettings: source.experiment },
    };
    copy.name = copyName(copy, experiment);
    addAt(copy, duplicatePosition(get().runs, source.id));
    return copy;
  };
  const full = () => (get().runs.length >= MAX_RUNS ? sayStore('tooManyRuns', { max: MAX_RUNS }) : null);
  const forget = (run: Run) => {
    if (run.phase !== 'imported') channel.send({ type: 'remove', payload: { runId: run.id } });
  };
  const replaceRuns = (link: LinkState) => {
    for (const run of get().runs) forget(run);
    const runs = link.runs.slice(0, MAX_RUNS).map((run) => newRun(run.name, run.colour, run.experiment));
    set({
      runs,
      selectedRunId: runs[0]!.id,
      view: link.view,
      hidden: [...link.hidden],
      classroom: link.classroom ?? defaultClassroom(),
      confirmation: null,
      // Another link is another experiment: it names its lesson or none, and a prediction was for the runs replaced.
      lessonId: knownLesson(link.lesson),
      lessonPrediction: null,
    });
    if (trainerUp()) for (const run of runs) channel.send(configureMessage(run));
  };
  const applySettings = (id: string, experiment: Experiment) => {
    updateRun(id, (run) => ({ experiment, name: copyName(run, experiment) }));
    configure(id);
  };
  /** After an optimizer switch is made, what it did to the run's learning rate (null: nothing to say). */
  const noteFor = (runId: string, note: LearningRateNote | null) => {
    set({ learningRateNote: note && { ...note, runId } });
  };

  return {
    runs: initialRuns,
    selectedRunId: initialRuns[0]!.id,
    confirmation: null,
    learningRateNote: null,

    selectRun(id) {
      if (findRun(id)) set({ selectedRunId: id });
    },

    setField(name, value) {
      const run = get().runs.find((r) => r.id === get().selectedRunId) ?? get().runs[0]!;
      if (run.phase === 'imported') return [{ path: '', code: 'runImported', params: {} }];
      if (run.phase === 'training' || run.request) return [{ path: '', code: 'runTraining', params: {} }];
      const switched =
        name === 'optimizer' && isOptimizer(value) && value !== run.experiment.optimizer
          ? switchOptimizer(run.experiment, value)
          : null;
      const parsed = parseExperiment({
        ...run.experiment,
        ...(switched ? { learningRate: switched.learningRate } : {}),
        [name]: value,
      });
      if (!parsed.ok) return parsed.problems;
      const note = switched?.note ?? null;
      if (get().trainerPhase !== 'failed' && hasProgress(run)) {
        // One question for both: the rate moved with the optimizer.
        const changed: ExperimentFieldName[] = note?.kind === 'set' ? [name, 'learningRate'] : [name];
        set({
          confirmation: { kind: 'setting', runId: run.id, experiment: parsed.value, changed, note, problem: null },
        });
        return [];
      }
      if (get().trainerPhase === 'failed') {
        updateRun(run.id, (r) => ({ experiment: parsed.value, name: copyName(r, parsed.value) }));
      } else applySettings(run.id, parsed.value);
      if (switched) noteFor(run.id, note);
      return [];
    },

    addRun() {
      const problem = full();
      if (problem) return problem;
      addAt(newRun(unusedName(`Run ${get().runs.length + 1}`), freeColour(), defaultExperiment()), get().runs.length);
      return null;
    },

    duplicateRun(id) {
      const problem = full();
      const source = findRun(id);
      if (problem || !source) return problem;
      addCopy(source, source.experiment);
      return null;
    },

    removeRun(id) {
      const { runs, selectedRunId } = get();
      const run = findRun(id);
      if (runs.length <= 1 || !run) return;
      const index = runs.findIndex((r) => r.id === id);
      const remaining = runs.filter((r) => r.id !== id);
      set({
        runs: remaining,
        selectedRunId: selectedRunId === id ? remaining[Math.max(0, index - 1)]!.id : selectedRunId,
      });
      forget(run);
    },

    renameRun(id, name) {
      const clean = withoutControlCharacters(name).trim().slice(0, MAX_NAME_LENGTH);
      // A name a person gave is kept: changing the run's settings no longer renames it.
      if (clean) updateRun(id, (run) => (clean === run.name ? {} : { name: clean, autoName: null }));
    },

    setRunColour(id, colour) {
      if (/^#[0-9a-f]{6}$/.test(colour)) updateRun(id, () => ({ colour }));
    },

    moveRun(id, by) {
      const runs = [...get().runs];
      const index = runs.findIndex((run) => run.id === id);
      const target = index + by;
      if (index < 0 || target < 0 || target >= runs.length) return;
      [runs[index], runs[target]] = [runs[target]!, runs[index]!];
      set({ runs });
    },

    train(id) {
      const run = findRun(id);
      if (!run || !canTrain(run, get().trainerPhase)) return;
      updateRun(id, () => ({ request: 'train' }));
      // A run still being set up starts when the trainer says it is ready ('configured', in the reducer).
      if (run.phase !== 'setting-up') channel.send({ type: 'train', payload: { runId: id } });
    },

    pause(id) {
      const run = findRun(id);
      if (!run || !canPause(run)) return;
      if (run.phase === 'setting-up') {
        // Its Train was only remembered: forgetting it is the pause.
        updateRun(id, () => ({ request: null }));
        return;
      }
      updateRun(id, () => ({ request: 'pause' }));
      channel.send({ type: 'pause', payload: { runId: id } });
    },

    stop(id) {
      const run = findRun(id);
      if (!run || !canStop(run)) return;
      if (run.phase === 'setting-up') {
        updateRun(id, () => ({ request: null }));
        return;
      }
      updateRun(id, () => ({ request: 'stop', stopAsked: true }));
      channel.send({ type: 'stop', payload: { runId: id } });
    },

    reset(id) {
      const run = findRun(id);
      if (!run || !canReset(run, get().trainerPhase)) return;
      updateRun(id, () => ({ ...freshResults(), request: null }));
      channel.send({ type: 'reset', payload: { runId: id } });
    },

    trainAll() {
      for (const run of get().runs) get().train(run.id);
    },
    pauseAll() {
      for (const run of get().runs) get().pause(run.id);
    },
    stopAll() {
      for (const run of get().runs) get().stop(run.id);
    },
    resetAll() {
      for (const run of get().runs) get().reset(run.id);
    },

    predict(id, pixels) {
      const run = findRun(id);
      if (!run || run.phase === 'imported' || run.phase === 'setting-up' || get().trainerPhase === 'failed') return;
      const requestId = get().latestPredictRequest + 1;
      set({ latestPredictRequest: requestId });
      channel.send({ type: 'predict', payload: { runId: id, pixels, requestId } });
    },

    importRuns(imported) {
      // A page whose runs were never trained is replaced by the file's runs: opening an export shows just it.
      const fresh = get().runs.every((run) => run.phase !== 'imported' && run.series.length === 0);
      const room = fresh ? MAX_RUNS : MAX_RUNS - get().runs.length;
      if (imported.length > room) {
        return sayStore('importTooMany', { max: MAX_RUNS, excess: imported.length - room });
      }
      if (!imported.length) return null;
      const replaced = fresh ? get().runs : [];
      if (fresh) set({ runs: [] });
      for (const run of replaced) forget(run);
      const added = imported.map((saved): Run => {
        const length = saved.series.steps.length;
        const lastStep = saved.series.steps.at(-1) ?? 0;
        const stepsPerEpoch = saved.stepsPerEpoch;
        return {
          ...newRun(unusedName(saved.name), saved.colour, saved.experiment),
          phase: 'imported',
          series: { ...saved.series, length },
          evaluations: saved.evaluations,
          stats: {
            ...emptyStats,
            step: lastStep,
            stepsPerEpoch,
            epoch: stepsPerEpoch ? lastStep / stepsPerEpoch : 0,
          },
          notice: sayStore('imported', { status: saved.status }),
        };
      });
      set({ runs: [...get().runs, ...added], selectedRunId: added[0]!.id });
      return null;
    },

    openLink(link, notice) {
      const unsavedRuns = get().runs.filter(hasUnsavedResults).length;
      if (unsavedRuns > 0) {
        set({ confirmation: { kind: 'link', link, notice, unsavedRuns } });
        return;
      }
      replaceRuns(link);
      set({ notice });
    },

    resolveConfirmation(choice) {
      const asked = get().confirmation;
      if (!asked) return;
      if (choice === 'cancel') {
        set({ confirmation: null });
        return;
      }
      if (asked.kind === 'link') {
        replaceRuns(asked.link);
        set({ notice: asked.notice });
        return;
      }
      const run = findRun(asked.runId);
      if (!run) {
        set({ confirmation: null });
        return;
      }
      if (choice === 'apply') {
        set({ confirmation: null });
        applySettings(run.id, asked.experiment);
        if (asked.note) noteFor(run.id, asked.note);
        return;
      }
      const problem = full();
      if (problem) {
        set({ confirmation: { ...asked, problem } });
        return;
      }
      set({ confirmation: null });
      const copy = addCopy(run, asked.experiment);
      if (asked.note) noteFor(copy.id, asked.note);
    },

    markSaved() {
      set({
        runs: get().runs.map((run) => ({
          ...run,
          saved: { steps: run.series.length, evaluations: run.evaluations.length },
        })),
      });
    },
  };
}

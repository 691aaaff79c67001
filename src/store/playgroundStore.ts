// The page's state, composed of three slices: the runs (settings, what the trainer reported, what a person asked),
// the trainer (its phase and messages, applied by the pure reducer in trainerReducer.ts) and the view (charts,
// hidden controls, a teacher's set-up). Only serialisable data lives here; the worker lives in the bridge and is reached through the
// channel the bridge attaches.
import { createStore } from 'zustand/vanilla';
import type { LinkState } from '../schema/urlCodec';
import { defaultExperiment } from '../schema/experiment';
import { defaultChartView, defaultRunColour, isDefaultClassroom } from '../schema/view';
import type { ExportedRun } from './runExport';
import type { Run } from './runState';
import { englishRunNamer, type RunNamer } from './runNames';
import { createFirstLayerSlice, type FirstLayerSlice } from './firstLayerSlice';
import { createRunsSlice, type RunsSlice } from './runsSlice';
import { createLessonSlice, type LessonSlice } from './lessonSlice';
import { createTrainerChannel } from './trainerChannel';
import { createTrainerSlice, type TrainerSlice, type TrainerSliceOptions } from './trainerSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type { Confirmation, ConfirmationChoice } from './runsSlice';
export {
  canPause,
  canReset,
  canStop,
  canTrain,
  emptyStats,
  hasUnsavedResults,
  type Run,
  type RunEvaluationDetail,
  type RunPhase,
  type RunRequest,
  type RunStats,
  type TrainerPhase,
} from './runState';

export type PlaygroundState = RunsSlice & TrainerSlice & ViewSlice & LessonSlice & FirstLayerSlice;
export type PlaygroundStore = ReturnType<typeof createPlaygroundStore>;

/** The run the settings panel edits and the statistics describe. */
export function selectedRun(state: Pick<PlaygroundState, 'runs' | 'selectedRunId'>): Run {
  return state.runs.find((run) => run.id === state.selectedRunId) ?? state.runs[0]!;
}

/**
 * What the link holds: every run's settings, name and colour, the view, the hidden controls, the lesson and the
 * teacher's set-up.
 */
export function linkStateOf(
  state: Pick<PlaygroundState, 'runs' | 'view' | 'hidden'> & Partial<Pick<PlaygroundState, 'lessonId' | 'classroom'>>,
): LinkState {
  return {
    runs: state.runs.map((run) => ({ name: run.name, colour: run.colour, experiment: run.experiment })),
    view: state.view,
    hidden: [...state.hidden],
    ...(state.lessonId ? { lesson: state.lessonId } : {}),
    ...(state.classroom && !isDefaultClassroom(state.classroom) ? { classroom: state.classroom } : {}),
  };
}

/** A run's series and evaluations as an export file holds them. */
export function exportedRunOf(run: Run): ExportedRun {
  const n = run.series.length;
  return {
    name: run.name,
    colour: run.colour,
    experiment: run.experiment,
    stepsPerEpoch: run.stats.stepsPerEpoch,
    status: run.phase,
    series: {
      steps: run.series.steps.slice(0, n),
      losses: run.series.losses.slice(0, n),
      learningRates: run.series.learningRates.slice(0, n),
      seconds: run.series.seconds.slice(0, n),
    },
    evaluations: run.evaluations.map(({ step, epoch, seconds, testLoss, testAccuracy, train, monteCarlo }) => ({
      step,
      epoch,
      seconds,
      testLoss,
      testAccuracy,
      ...(train ? { train } : {}),
      ...(monteCarlo ? { monteCarlo } : {}),
    })),
  };
}

export function createPlaygroundStore(
  initial: LinkState = {
    runs: [{ name: 'Run 1', colour: defaultRunColour(0), experiment: defaultExperiment() }],
    view: defaultChartView(),
    hidden: [],
  },
  options: TrainerSliceOptions & {
    /** The words a duplicate is named with: the page's catalog; English by default. */
    namer?: RunNamer;
  } = { holdDataMs: 0 },
) {
  const channel = createTrainerChannel();
  return createStore<PlaygroundState>()((set, get) => ({
    ...createRunsSlice(set, get, channel, initial, options.namer ?? englishRunNamer),
    ...createTrainerSlice(set, get, channel, options),
    ...createViewSlice(set, get, initial),
    ...createLessonSlice(set, get, initial),
    ...createFirstLayerSlice(set, get, channel),
  }));
}

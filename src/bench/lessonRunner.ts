// Trains a lesson's runs to the step its outcome is decided at, with the engine's own Trainer, and judges the outcome
// on what they measured: what `npm run lessons` (scripts/lessons.mjs) prints for each lesson and seed. No file
// system or DOM here: the script hands in the dataset and picks the backend.
import type { Dataset } from '../data/datasets';
import { Trainer } from '../engine/trainer';
import type { Experiment } from '../schema/experiment';
import { lessonExperiments, judge, type Lesson } from '../schema/lessons';
import { lastDecidingStep, type Judgement, type MeasuredRun } from '../schema/outcomes';

/** Steps between loss read-backs, as on the page. */
const READ_EVERY = 25;

export interface LessonRunResult {
  key: string;
  name: string;
  measured: MeasuredRun;
  /** Test accuracy at the last evaluation, for the table. */
  lastAccuracy: number | null;
  /** Each ReLU layer's share of units dead on the last health probe's batch (empty for other activations). */
  deadShares: number[];
  seconds: number;
}

export interface LessonResult {
  lesson: string;
  seed: number;
  judgement: Judgement;
  runs: LessonRunResult[];
}

/**
 * Trains every run of `lesson` with its seed replaced by `seed`, each up to the lesson's deciding step (or its end,
 * when it ends first), then judges. Runs train one after another; `onRun` hears when each is done.
 */
export async function trainLesson(
  lesson: Lesson,
  seed: number,
  dataset: Dataset,
  onRun: (run: LessonRunResult) => void = () => {},
): Promise<LessonResult> {
  const until = lastDecidingStep(lesson.expected);
  const experiments = lessonExperiments(lesson);
  const results: Record<string, MeasuredRun> = {};
  const runs: LessonRunResult[] = [];
  for (const [i, run] of lesson.runs.entries()) {
    const started = Date.now();
    const { measured, deadShares } = await trainRun(dataset, { ...experiments[i]!, seed }, until);
    results[run.key] = measured;
    const result: LessonRunResult = {
      key: run.key,
      name: run.name,
      measured,
      lastAccuracy: measured.evaluations.at(-1)?.testAccuracy ?? null,
      deadShares,
      seconds: (Date.now() - started) / 1000,
    };
    runs.push(result);
    onRun(result);
  }
  return { lesson: lesson.id, seed, judgement: judge(lesson, results), runs };
}

async function trainRun(
  dataset: Dataset,
  experiment: Experiment,
  until: number,
): Promise<{ measured: MeasuredRun; deadShares: number[] }> {
  const steps: number[] = [];
  const losses: number[] = [];
  const evaluations: MeasuredRun['evaluations'][number][] = [];
  let status: MeasuredRun['status'] = 'running';
  let divergedAt: number | null = null;
  let lastDead: number[] = [];
  const trainer = new Trainer(
    dataset,
    experiment,
    { readEvery: READ_EVERY, yieldToEventLoop: () => Promise.resolve() },
    {
      metrics(batch) {
        for (let i = 0; i < batch.steps.length; i++) {
          steps.push(batch.steps[i]!);
          losses.push(batch.losses[i]!);
        }
      },
      evaluation(evaluation) {
        evaluations.push({
          step: evaluation.step,
          testLoss: evaluation.testLoss,
          testAccuracy: evaluation.testAccuracy,
        });
      },
      health(sample) {
        lastDead = sample.layers.map((layer) => layer.deadFraction).filter((share) => share !== null);
      },
      status(next, step, message) {
        if (message && next === 'stopped') console.error(`  ${experiment.seed}: ${message}`);
        if (next === 'finished' || next === 'stopped') status = next;
        if (next === 'diverged') {
          status = 'diverged';
          divergedAt = step;
        }
      },
    },
  );
  try {
    if (trainer.begin()) {
      // A turn is a chunk of steps and the evaluation due after it; stop at the first turn that passes `until`.
      while ((await trainer.turn()) && trainer.currentStep < until);
    }
  } finally {
    trainer.dispose();
  }
  return { measured: { series: { steps, losses }, evaluations, status, divergedAt }, deadShares: lastDead };
}

// What scripts/lessons.mjs needs, from one module so that one Vite import gives it one copy of TF.js.
export { LESSONS, lessonById } from '../schema/lessonCatalog';
export { lessonExperiments } from '../schema/lessons';
export { parseIdx } from '../data/idx';
export { DATASETS } from '../data/datasets';

/** Starts TF.js's wasm backend, its .wasm files read from `wasmDirectory` (a file path ending in '/'). */
export async function startWasm(wasmDirectory: string): Promise<void> {
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  wasm.setWasmPaths(wasmDirectory);
  const { tf } = await import('../engine/tf');
  if (!(await tf.setBackend('wasm'))) throw new Error('the wasm backend did not start');
  await tf.ready();
}

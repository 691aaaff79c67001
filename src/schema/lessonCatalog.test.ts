import { describe, expect, it } from 'vitest';
import { stepsPerEpoch } from '../engine/batches';
import { trainingCount } from '../engine/trainingData';
import { CLAIM_IDS } from './claims';
import type { Experiment, ExperimentFieldName } from './experiment';
import { LESSONS, lessonById } from './lessonCatalog';
import { lessonExperiments } from './lessons';
import { decidingSteps, type Outcome } from './outcomes';
import { parseExperiment } from './validate';

/** Runs' keys named by an outcome. */
function namedRuns(outcome: Outcome<string>): string[] {
  if (outcome.kind === 'allOf' || outcome.kind === 'anyOf') return outcome.outcomes.flatMap(namedRuns);
  return 'other' in outcome ? [outcome.run, outcome.other] : [outcome.run];
}

/** As the trainer counts (engine/batches.ts, trainer.ts): whole batches of the training set (MNIST's 60,000 or a subset). */
function schedule(experiment: Experiment) {
  const perEpoch = stepsPerEpoch(trainingCount(experiment, 60_000), experiment.batchSize);
  const total = perEpoch * experiment.epochs;
  const every = experiment.evalEverySteps;
  const evaluatedAt = (step: number) =>
    step === total ||
    (every > 0 && step % every === 0) ||
    ((every === 0 || perEpoch >= every) && step % perEpoch === 0);
  return { total, evaluatedAt };
}

describe('the lesson catalog', () => {
  it('has unique IDs, each found by lessonById and naming the claim it is built around', () => {
    const ids = LESSONS.map((lesson) => lesson.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const lesson of LESSONS) {
      expect(lessonById(lesson.id)).toBe(lesson);
      expect(lesson.claims as readonly string[]).toContain(lesson.id.toUpperCase());
      for (const claim of lesson.claims) expect(CLAIM_IDS).toContain(claim);
    }
    expect(lessonById('x99')).toBeUndefined();
  });

  it('covers every one of the 39 claims of TIPS.md, in 20–28 lessons', () => {
    const covered = new Set(LESSONS.flatMap((lesson) => lesson.claims));
    expect([...CLAIM_IDS].filter((claim) => !covered.has(claim))).toEqual([]);
    expect(CLAIM_IDS).toHaveLength(39);
    expect(LESSONS.length).toBeGreaterThanOrEqual(20);
    expect(LESSONS.length).toBeLessThanOrEqual(28);
  });

  it.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))(
    '%s: every run is a valid experiment of the schema',
    (_, lesson) => {
      for (const experiment of lessonExperiments(lesson)) {
        expect(parseExperiment(experiment)).toEqual({ ok: true, value: experiment });
      }
    },
  );

  it.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))(
    '%s: 2–6 runs with distinct keys and names, the outcome naming only them, none of their differences hidden',
    (_, lesson) => {
      expect(lesson.runs.length).toBeGreaterThanOrEqual(2);
      expect(lesson.runs.length).toBeLessThanOrEqual(6);
      const keys = lesson.runs.map((run) => run.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(lesson.runs.map((run) => run.name)).size).toBe(keys.length);
      // The outcome names runs of the lesson only; runs it does not name are context (e.g. the other four optimizers).
      for (const key of namedRuns(lesson.expected)) expect(keys).toContain(key);
      const varied = lesson.runs.flatMap((run) => Object.keys(run.settings) as ExperimentFieldName[]);
      for (const name of varied) expect(lesson.hidden, name).not.toContain(name);
    },
  );

  it.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))(
    '%s: the outcome is decided at steps every run trains to and evaluates at',
    (_, lesson) => {
      const steps = decidingSteps(lesson.expected);
      for (const experiment of lessonExperiments(lesson)) {
        const { total, evaluatedAt } = schedule(experiment);
        for (const { step, evaluated } of steps) {
          expect(step).toBeLessThanOrEqual(total);
          if (evaluated) expect(evaluatedAt(step), `step ${step}`).toBe(true);
        }
      }
    },
  );

  it.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))(
    '%s: a question with 2–4 choices whose answer is one of them, and short texts',
    (_, lesson) => {
      const { choices, answer } = lesson.question;
      expect(answer).toBeLessThan(choices.length);
      expect(new Set(choices).size).toBe(choices.length);
      const sentences = lesson.watch.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(3);
    },
  );

  it('D04 trains a whole epoch, 937 steps, and is decided at step 400, an evaluation', () => {
    const d04 = lessonById('d04')!;
    for (const experiment of lessonExperiments(d04)) expect(schedule(experiment).total).toBe(937);
    expect(decidingSteps(d04.expected)).toEqual([{ step: 400, evaluated: true }]);
  });
});

// The first steps' training losses of the app's Trainer, every step read back: what the cross-backend test
// (e2e/backends-agree.spec.ts) compares across backends.
import type { Dataset } from '../data/datasets';
import { yieldWithMessageChannel } from '../engine/session';
import { Trainer } from '../engine/trainer';
import type { Experiment } from '../schema/experiment';
import { failureWatch } from './timing';

export async function firstLosses(
  dataset: Dataset,
  experiment: Experiment,
  steps: number,
): Promise<{ losses: number[]; failure: string | null }> {
  const losses: number[] = [];
  const watch = failureWatch();
  const trainer = new Trainer(
    dataset,
    experiment,
    { readEvery: 10, yieldToEventLoop: yieldWithMessageChannel },
    {
      ...watch.events,
      metrics(batch) {
        losses.push(...batch.losses);
      },
    },
  );
  try {
    if (trainer.begin()) while (trainer.currentStep < steps && (await trainer.turn()));
  } finally {
    trainer.dispose();
  }
  return { losses: losses.slice(0, steps), failure: watch.failure() };
}

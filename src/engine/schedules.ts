// Learning-rate schedules as pure functions of the step (M08, T08), after Géron, Hands-on ML ch. 11, and Keras.
// `step` counts optimizer updates from 0: the rate used for the first update is lr(0).
import type { Schedule } from './trainingSpec';

/** The learning rate at `step` for every schedule but plateau, whose rate depends on the losses seen. */
export function scheduledRate(schedule: Schedule, step: number): number {
  const { initialRate } = schedule;
  switch (schedule.kind) {
    case 'constant':
    case 'plateau':
      return initialRate;
    case 'piecewise': {
      const index = schedule.boundaries.findIndex((boundary) => step < boundary);
      return schedule.rates[index === -1 ? schedule.boundaries.length : index] ?? initialRate;
    }
    case 'exponential':
      return initialRate * 0.1 ** (step / schedule.stepsPerTenfold);
    case 'perStep':
      return initialRate * schedule.factor ** step;
    case 'power':
      return initialRate / (1 + step / schedule.decaySteps) ** schedule.power;
    case 'warmupCosine': {
      const { warmupSteps, totalSteps, minRate } = schedule;
      if (step < warmupSteps) return (initialRate * (step + 1)) / warmupSteps;
      const progress = Math.min(1, (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps));
      return minRate + 0.5 * (initialRate - minRate) * (1 + Math.cos(Math.PI * progress));
    }
    default: {
      const never: never = schedule;
      throw new Error(`Unknown schedule ${JSON.stringify(never)}`);
    }
  }
}

/** An evaluation counts as better only if it beats the best loss by this fraction (Keras' min_delta, relative). */
export const MIN_RELATIVE_IMPROVEMENT = 1e-4;

export function improves(loss: number, best: number): boolean {
  return loss < best * (1 - MIN_RELATIVE_IMPROVEMENT);
}

export interface PlateauState {
  best: number;
  flat: number;
  rate: number;
}

/**
 * Reduce-on-plateau, as Keras' ReduceLROnPlateau: after `patience` evaluations in a row whose loss is not below
 * the best so far, multiply the rate by `factor` and start counting again.
 */
export class Plateau {
  private best = Infinity;
  private flat = 0;
  rate: number;

  constructor(
    initialRate: number,
    private readonly factor: number,
    private readonly patience: number,
  ) {
    this.rate = initialRate;
  }

  /** What a checkpoint keeps of it. */
  state(): PlateauState {
    return { best: this.best, flat: this.flat, rate: this.rate };
  }

  restore(state: PlateauState): void {
    ({ best: this.best, flat: this.flat, rate: this.rate } = state);
  }

  /** Feeds one evaluation's loss; returns the rate to use from now on. */
  observe(loss: number): number {
    if (improves(loss, this.best)) {
      this.best = loss;
      this.flat = 0;
    } else if (++this.flat >= this.patience) {
      this.rate *= this.factor;
      this.flat = 0;
    }
    return this.rate;
  }
}

// Learning-rate schedules as pure functions of the step (M08, T08), after Géron, Hands-on ML ch. 11, and Keras.
// `step` counts optimizer updates from 0: the rate used for the first update is lr(0).

export type Schedule =
  | { kind: 'constant' }
  /** `rates[i]` applies from `boundaries[i-1]` (or 0) up to, not including, `boundaries[i]`. */
  | { kind: 'piecewise'; boundaries: number[]; rates: number[] }
  /** lr0 · 0.1^(t/s): divided by 10 every s steps. */
  | { kind: 'exponential'; stepsPerTenfold: number }
  /** lr0 · γ^t: multiplied by γ (e.g. 0.9995) every step. */
  | { kind: 'perStep'; factor: number }
  /** lr0 / (1 + t/k)^c. */
  | { kind: 'power'; decaySteps: number; power: number }
  /** Linear warm-up, lr0·(t+1)/W for t < W, then half a cosine from lr0 down to `minRate` at step `totalSteps`. */
  | { kind: 'warmupCosine'; warmupSteps: number; totalSteps: number; minRate: number }
  /** Performance-based: multiplied by `factor` after `patience` evaluations without improvement (see Plateau). */
  | { kind: 'plateau'; factor: number; patience: number };

/** The learning rate at `step` for every schedule but plateau, whose rate depends on the losses seen. */
export function scheduledRate(schedule: Schedule, initialRate: number, step: number): number {
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

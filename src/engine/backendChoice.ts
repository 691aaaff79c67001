// Auto's choice of backend from measured step times, and the reason the page shows for it. Pure (no TF.js): the
// timing happens in backendMeasurement.ts; this decides on the numbers, so tests hand-make them.
import { BACKENDS, type BackendName } from '../protocol/backends';
import type { BackendTiming } from '../protocol/trainerProtocol';
import { sayBackend } from '../schema/backendWords';
import type { Message } from '../schema/message';

/** A backend whose first timed step is already this many times slower than the best so far is timed no further. */
export const CUT_SHORT_FACTOR = 4;
/** Below this speed-up the winner is said to be about as fast as the next (timings on a busy machine jitter). */
const TIE_RATIO = 1.1;

export interface ChoiceFacts {
  /** The backend active now. */
  current: BackendName;
  /** Runs have trained (or are training) on `current`: switching would rebuild them, so it is kept. */
  locked: boolean;
  /** The software renderer the GPU backends draw with here, if they do (softwareRenderer.ts). */
  softwareRenderer: string | null;
  /** wasm's thread count, when TF.js tells it. */
  wasmThreads: number | null;
  /** Backends that started but were not timed: the time budget was spent. */
  skipped?: readonly BackendName[];
}

export interface BackendDecision {
  name: BackendName;
  reason: Message;
  basis: 'measured' | 'kept';
}

/** The backend's name as the reason says it: "wasm (2 threads)" where the thread count is known. */
export function backendLabel(name: BackendName, wasmThreads: number | null): Message {
  if (name === 'wasm' && wasmThreads !== null)
    return wasmThreads === 1
      ? sayBackend('label.wasmOneThread')
      : sayBackend('label.wasmThreads', { threads: wasmThreads });
  return sayBackend(`label.${name}`);
}

export const fastestFirst = (timings: readonly BackendTiming[]): BackendTiming[] =>
  [...timings].sort((a, b) => a.msPerStep - b.msPerStep);

/** Whether a backend whose first step took `firstStepMs` need not be timed further, the best so far being `bestMs`. */
export const cutShort = (firstStepMs: number, bestMs: number | null): boolean =>
  bestMs !== null && firstStepMs > CUT_SHORT_FACTOR * bestMs;

/**
 * The backend to train on, given each started backend's step time on the run's model and batch: the fastest, unless
 * runs are bound to the current one. The reason names the runner-up and the ratio, and the software renderer when
 * a GPU backend took part in the comparison on one.
 */
export function decideBackend(timings: readonly BackendTiming[], facts: ChoiceFacts): BackendDecision {
  const label = (name: BackendName) => backendLabel(name, facts.wasmThreads);
  const sorted = fastestFirst(timings);
  const winner = sorted[0];
  if (!winner)
    return {
      name: facts.current,
      basis: 'kept',
      reason: sayBackend('reason.untimed', { backend: label(facts.current) }),
    };
  if (facts.locked && winner.name !== facts.current) {
    const current = sorted.find((timing) => timing.name === facts.current);
    return {
      name: facts.current,
      basis: 'kept',
      reason: current
        ? sayBackend('reason.kept', {
            backend: label(facts.current),
            winner: label(winner.name),
            ratio: current.msPerStep / winner.msPerStep,
          })
        : sayBackend('reason.keptUnmeasured', { backend: label(facts.current) }),
    };
  }
  const runnerUp = sorted[1];
  if (!runnerUp) {
    const skipped = facts.skipped ?? [];
    const reason = skipped.length
      ? sayBackend('reason.onlyInTime', {
          backend: label(winner.name),
          skipped: { items: skipped.map(label), join: 'and' },
        })
      : sayBackend('reason.only', { backend: label(winner.name) });
    return { name: winner.name, basis: 'measured', reason };
  }
  const ratio = runnerUp.msPerStep / winner.msPerStep;
  const compared = { backend: label(winner.name), other: label(runnerUp.name) };
  if (ratio < TIE_RATIO) return { name: winner.name, basis: 'measured', reason: sayBackend('reason.tied', compared) };
  const software =
    facts.softwareRenderer !== null && (BACKENDS[winner.name].needsGpu || BACKENDS[runnerUp.name].needsGpu);
  return {
    name: winner.name,
    basis: 'measured',
    reason: software
      ? sayBackend('reason.fasterSoftware', { ...compared, ratio, renderer: facts.softwareRenderer! })
      : sayBackend('reason.faster', { ...compared, ratio }),
  };
}

// The first-layer pictures' side of the page: the digit whose activations are shown (a test digit by its index, or
// the latest drawing) and the requests for them. The samples themselves arrive in each run's record (runState.ts:
// `firstLayer`, `unitActivations`), through the trainer reducer.
import type { DigitSource } from '../protocol/trainerProtocol';
import type { Run, TrainerPhase } from './runState';
import type { TrainerChannel } from './trainerChannel';

export interface FirstLayerSlice {
  /** The latest digit drawn on the pad (raw 0–255 intensities, row by row); null before any. */
  drawnDigit: Uint8Array | null;
  rememberDrawing(pixels: Uint8Array): void;
  /** Asks a run for its first layer's activations on a digit; the answer lands in its `unitActivations`. */
  requestUnitActivations(runId: string, digit: DigitSource): void;
}

type State = FirstLayerSlice & { runs: Run[]; trainerPhase: TrainerPhase };

export function createFirstLayerSlice(
  set: (partial: Partial<State>) => void,
  get: () => State,
  channel: TrainerChannel,
): FirstLayerSlice {
  let requestId = 0;
  return {
    drawnDigit: null,
    rememberDrawing(pixels) {
      set({ drawnDigit: pixels });
    },
    requestUnitActivations(runId, digit) {
      const run = get().runs.find((r) => r.id === runId);
      if (!run || run.phase === 'imported' || run.phase === 'setting-up' || get().trainerPhase === 'failed') return;
      channel.send({ type: 'unitActivations', payload: { runId, digit, requestId: ++requestId } });
    },
  };
}

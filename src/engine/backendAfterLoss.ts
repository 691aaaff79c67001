// Where training goes when its backend is lost. Kept apart from backend.ts, in one small function, so that the
// order can come from the backend registry once there is one.
import type { BackendName } from '../protocol/trainerProtocol';

/** The fallback order: the GPU, then WebAssembly on the CPU, then plain JavaScript on the CPU. */
const ORDER: readonly BackendName[] = ['webgl', 'wasm', 'cpu'];

/** The backends to try, in order, after `lost` stopped working: those after it in the fallback order. */
export function backendsAfterLoss(lost: string): BackendName[] {
  const at = ORDER.indexOf(lost as BackendName);
  return at < 0 ? ORDER.filter((name) => name !== 'webgl') : ORDER.slice(at + 1);
}

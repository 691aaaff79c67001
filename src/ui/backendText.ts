// The "Runs on" detail of the backend: the trainer's words for it, and for wasm how many threads it trains on.
import type { TFunction } from 'i18next';
import { countText } from '../charting/numberText';
import type { TrainerState } from '../store/runState';

export function backendDetail(
  backend: NonNullable<TrainerState['backend']>,
  t: TFunction<'backends'>,
  locale: string,
): string {
  const { detail, threads } = backend;
  if (!threads) return detail;
  // Without cross-origin isolation there is no SharedArrayBuffer, so TF.js runs its one-thread build.
  if (!threads.isolated) return t('wasmThreads.notIsolated', { detail });
  if (threads.count === 1) return t('wasmThreads.one', { detail });
  return t('wasmThreads.several', { detail, threads: countText(threads.count, locale) });
}

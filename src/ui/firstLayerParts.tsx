import { useTranslation } from 'react-i18next';
import { NEGATIVE, NEUTRAL, POSITIVE } from '../charting/divergingColours';
import type { FirstLayerSample, UnitActivations } from '../protocol/trainerProtocol';
import { selectedRun } from '../store/playgroundStore';
import { formatNumber } from './formatNumber';
import { usePlayground } from './StoreContext';

// What the first-layer panel, its dialog and its comparison across runs share.
export type TileQuantity = 'weights' | 'gradients';
/** The digit whose activations are shown: a test image by number, or the latest drawing. */
export type DigitChoice = { kind: 'test'; index: number } | { kind: 'drawn' };

/** The sample's values of `what`: its weights or its gradient. */
export const tileValues = (sample: FirstLayerSample, what: TileQuantity) =>
  what === 'weights' ? sample.weights : sample.gradients;

/** "Unit 3 of dense 1", "Filter 3 of conv 1" (units are counted from 1, as a person counts). */
export function useUnitName() {
  const { t } = useTranslation('firstLayer');
  return (sample: Pick<FirstLayerSample, 'kind' | 'layer'>, unit: number) =>
    t(sample.kind === 'conv' ? 'unitConv' : 'unitDense', { unit: unit + 1, layer: sample.layer });
}

/** Whether an answer is about the digit chosen now. */
export function answers(activations: UnitActivations | null, digit: DigitChoice): activations is UnitActivations {
  if (!activations) return false;
  if (digit.kind === 'drawn') return activations.digit.kind === 'drawn';
  return activations.digit.kind === 'test' && activations.digit.index === digit.index;
}

/** The shared scale, as a bar from blue through white to red with its numbers. */
export function ScaleLegend({ scale }: { scale: number }) {
  const { t } = useTranslation('firstLayer');
  const max = formatNumber(scale);
  const rgb = (c: readonly number[]) => `rgb(${c.join(' ')})`;
  return (
    <figure className="tile-legend" aria-label={t('legend')}>
      <div
        className="tile-legend-bar"
        role="img"
        aria-label={t('legendText', { max })}
        style={{ background: `linear-gradient(to right, ${rgb(NEGATIVE)}, ${rgb(NEUTRAL)}, ${rgb(POSITIVE)})` }}
      />
      <figcaption className="tile-legend-numbers" aria-hidden="true">
        <span>−{max}</span>
        <span>0</span>
        <span>+{max}</span>
      </figcaption>
    </figure>
  );
}

/** "The digit: test image 3, a 7" or "The digit: your drawing". */
export function useDigitLabel() {
  const { t } = useTranslation('firstLayer');
  const classNames = usePlayground((s) => selectedRun(s).stats.dataset?.classNames) ?? [];
  return ({ digit }: UnitActivations) =>
    digit.kind === 'test'
      ? t('digitImage', { index: digit.index, label: classNames[digit.label] ?? String(digit.label) })
      : t('drawnImage');
}

import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sharedScale } from '../charting/divergingColours';
import type { DigitSource, FirstLayerSample, UnitActivations } from '../protocol/trainerProtocol';
import { selectedRun } from '../store/playgroundStore';
import {
  answers,
  ScaleLegend,
  tileValues,
  useDigitLabel,
  useUnitName,
  type DigitChoice,
  type TileQuantity,
} from './firstLayerParts';
import { usePlayground } from './StoreContext';
import { DigitCanvas, TileCanvas } from './TileCanvas';
import { UnitAcrossRuns } from './UnitAcrossRuns';
import { UnitDialog } from './UnitDialog';
import './firstLayer.css';

/** Where the digit comes from: a test image by number, or the drawing pad's latest drawing. */
function DigitChooser({
  digit,
  onChange,
  testCount,
}: {
  digit: DigitChoice;
  onChange: (d: DigitChoice) => void;
  testCount: number;
}) {
  const { t } = useTranslation('firstLayer');
  const id = useId();
  const drawn = usePlayground((s) => s.drawnDigit);
  const [index, setIndex] = useState(digit.kind === 'test' ? digit.index : 0);
  const last = Math.max(0, testCount - 1);
  return (
    <fieldset className="digit-chooser">
      <legend>{t('digit')}</legend>
      <label>
        <input
          type="radio"
          name={`${id}-digit`}
          checked={digit.kind === 'test'}
          onChange={() => onChange({ kind: 'test', index })}
        />
        {t('testDigit')}
      </label>
      <label htmlFor={`${id}-index`} className="visually-hidden">
        {t('testIndex')}
      </label>
      <input
        id={`${id}-index`}
        type="number"
        min={0}
        max={last}
        step={1}
        value={index}
        onChange={(event) => {
          const value = Math.min(last, Math.max(0, Math.floor(Number(event.target.value) || 0)));
          setIndex(value);
          onChange({ kind: 'test', index: value });
        }}
      />
      <label>
        <input
          type="radio"
          name={`${id}-digit`}
          checked={digit.kind === 'drawn'}
          disabled={!drawn}
          onChange={() => onChange({ kind: 'drawn' })}
        />
        {t('drawnDigit')} {!drawn && <span className="hint">{t('drawFirst')}</span>}
      </label>
    </fieldset>
  );
}

/** A CNN's conv-1 maps on the digit, on one scale shared by the maps, beside the digit itself. */
function ActivationMaps({ sample, activations }: { sample: FirstLayerSample; activations: UnitActivations }) {
  const { t } = useTranslation('firstLayer');
  const unitName = useUnitName();
  const digitLabel = useDigitLabel();
  const { mapHeight, mapWidth, values } = activations;
  const scale = sharedScale(values);
  return (
    <figure className="activation-maps" aria-label={t('mapsLabel', { layer: sample.layer, step: activations.step })}>
      <figcaption>{t('maps')}</figcaption>
      <div className="tile-grid">
        <DigitCanvas
          image={activations.image}
          height={activations.imageHeight}
          width={activations.imageWidth}
          label={digitLabel(activations)}
        />
        {Array.from({ length: activations.units }, (_, unit) => (
          <TileCanvas
            key={unit}
            values={values}
            offset={unit * mapHeight * mapWidth}
            height={mapHeight}
            width={mapWidth}
            scale={scale}
            label={`${unitName(sample, unit)}: ${t('activationMap')}`}
          />
        ))}
      </div>
      <ScaleLegend scale={scale} />
    </figure>
  );
}

/** The digit to send: a test image's number, or the drawing (null while there is none). */
function digitSource(digit: DigitChoice, drawn: Uint8Array | null): DigitSource | null {
  if (digit.kind === 'test') return digit;
  return drawn ? { kind: 'drawn', pixels: drawn } : null;
}

/**
 * The selected run's first layer as pictures: each shown unit's incoming weights (an MLP) or each conv-1 filter
 * (a CNN) as a tile on one shared colour scale, or their gradient; a tile opens larger with its activation on a
 * digit. Updated on the health steps, when the trainer measures them.
 */
export function FirstLayerPanel() {
  const { t } = useTranslation('firstLayer');
  const id = useId();
  const run = usePlayground(selectedRun);
  const drawn = usePlayground((s) => s.drawnDigit);
  const request = usePlayground((s) => s.requestUnitActivations);
  const unitName = useUnitName();
  const [what, setWhat] = useState<TileQuantity>('weights');
  const [digit, setDigit] = useState<DigitChoice>({ kind: 'test', index: 0 });
  const [open, setOpen] = useState<number | null>(null);
  const sample = run.firstLayer;
  const wantsActivations = sample !== null && (sample.kind === 'conv' || open !== null);
  const step = sample?.step;
  useEffect(() => {
    if (!wantsActivations) return;
    const source = digitSource(digit, drawn);
    if (source) request(run.id, source);
  }, [wantsActivations, step, digit, drawn, run.id, request]);

  const heading = <h2 id={`${id}-title`}>{t('title')}</h2>;
  if (!sample) {
    return (
      <section className="first-layer" aria-labelledby={`${id}-title`}>
        {heading}
        <p className="hint">{t(run.phase === 'imported' ? 'unavailable' : 'waiting')}</p>
      </section>
    );
  }
  const values = tileValues(sample, what);
  const tileSize = sample.tileHeight * sample.tileWidth;
  const scale = sharedScale(values);
  const activations = answers(run.unitActivations, digit) ? run.unitActivations : null;
  return (
    <section className="first-layer" aria-label={t('region', { name: run.name })}>
      {heading}
      <p className="hint">
        {sample.kind === 'conv'
          ? t('hintConv', {
              layer: sample.layer,
              size: sample.tileHeight,
              shown: sample.units,
              total: sample.totalUnits,
            })
          : t('hintDense', { layer: sample.layer, shown: sample.units, total: sample.totalUnits })}{' '}
        {what === 'gradients' && t('hintGradient')}
      </p>
      <div className="first-layer-controls">
        <fieldset className="tile-quantity">
          <legend>{t('show')}</legend>
          {(['weights', 'gradients'] as const).map((quantity) => (
            <label key={quantity}>
              <input type="radio" name={`${id}-what`} checked={what === quantity} onChange={() => setWhat(quantity)} />
              {t(quantity)}
            </label>
          ))}
        </fieldset>
        <span className="first-layer-step">{t('atStep', { step: sample.step })}</span>
      </div>
      <div className="tile-grid" role="group" aria-label={t('tiles', { layer: sample.layer, what: t(what) })}>
        {Array.from({ length: sample.units }, (_, unit) => (
          <button
            key={unit}
            type="button"
            className="tile-button"
            aria-label={unitName(sample, unit)}
            onClick={() => setOpen(unit)}
          >
            <TileCanvas
              values={values}
              offset={unit * tileSize}
              height={sample.tileHeight}
              width={sample.tileWidth}
              scale={scale}
            />
          </button>
        ))}
      </div>
      <ScaleLegend scale={scale} />
      <DigitChooser digit={digit} onChange={setDigit} testCount={run.stats.dataset?.testCount ?? 1} />
      {sample.kind === 'conv' && activations && <ActivationMaps sample={sample} activations={activations} />}
      <UnitAcrossRuns what={what} />
      <UnitDialog
        unit={open}
        onClose={() => setOpen(null)}
        runName={run.name}
        sample={sample}
        what={what}
        activations={activations}
      />
    </section>
  );
}

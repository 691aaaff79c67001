import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { sharedScale } from '../charting/divergingColours';
import type { FirstLayerSample, UnitActivations } from '../protocol/trainerProtocol';
import { formatNumber } from './formatNumber';
import { ModalDialog } from './ModalDialog';
import { ScaleLegend, tileValues, useDigitLabel, useUnitName, type TileQuantity } from './firstLayerParts';
import { DigitCanvas, TileCanvas } from './TileCanvas';

/** One unit larger: its weights (or gradient) on their own scale, and what it makes of the chosen digit. */
export function UnitDialog({
  unit,
  onClose,
  runName,
  sample,
  what,
  activations,
}: {
  unit: number | null;
  onClose: () => void;
  runName: string;
  sample: FirstLayerSample;
  what: TileQuantity;
  activations: UnitActivations | null;
}) {
  const { t } = useTranslation('firstLayer');
  const id = useId();
  const unitName = useUnitName();
  const digitLabel = useDigitLabel();
  const shown = unit !== null && unit < sample.units ? unit : null;
  const size = sample.tileHeight * sample.tileWidth;
  const values = shown === null ? null : tileValues(sample, what).subarray(shown * size, (shown + 1) * size);
  const scale = values ? sharedScale(values) : 0;
  const mapSize = activations ? activations.mapHeight * activations.mapWidth : 0;
  const map =
    activations && shown !== null ? activations.values.subarray(shown * mapSize, (shown + 1) * mapSize) : null;
  return (
    <ModalDialog open={shown !== null} onClose={onClose} labelledBy={`${id}-title`} className="unit-dialog">
      {shown !== null && values && (
        <>
          <h2 id={`${id}-title`}>
            {unitName(sample, shown)} — {runName}
          </h2>
          <p className="first-layer-step">{t('atStep', { step: sample.step })}</p>
          <div className="unit-dialog-body">
            <figure>
              <figcaption>{t(what === 'weights' ? 'dialogWeights' : 'dialogGradients')}</figcaption>
              <TileCanvas
                values={values}
                height={sample.tileHeight}
                width={sample.tileWidth}
                scale={scale}
                className="tile-canvas tile-large"
                label={`${unitName(sample, shown)}: ${t(what)}`}
              />
              <ScaleLegend scale={scale} />
            </figure>
            <figure>
              <figcaption>{t('activation')}</figcaption>
              {activations && map ? (
                <>
                  <DigitCanvas
                    image={activations.image}
                    height={activations.imageHeight}
                    width={activations.imageWidth}
                    label={digitLabel(activations)}
                  />
                  {mapSize === 1 ? (
                    <p className="unit-activation">{t('activationValue', { value: formatNumber(map[0]!) })}</p>
                  ) : (
                    <TileCanvas
                      values={map}
                      height={activations.mapHeight}
                      width={activations.mapWidth}
                      scale={sharedScale(map)}
                      className="tile-canvas tile-large"
                      label={t('activationMap')}
                    />
                  )}
                </>
              ) : (
                <p className="hint">{t('activationWaiting')}</p>
              )}
            </figure>
          </div>
          <button type="button" onClick={onClose}>
            {t('close')}
          </button>
        </>
      )}
    </ModalDialog>
  );
}

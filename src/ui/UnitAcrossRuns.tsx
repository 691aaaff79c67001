import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sharedScale } from '../charting/divergingColours';
import { usePlayground } from './StoreContext';
import { ScaleLegend, tileValues, useUnitName, type TileQuantity } from './firstLayerParts';
import { TileCanvas } from './TileCanvas';

/**
 * One unit of the first layer in every run side by side, on one colour scale shared across the runs: runs that
 * differ in one setting (He against N(0, 1) weights, say) show the difference at a glance.
 */
export function UnitAcrossRuns({ what }: { what: TileQuantity }) {
  const { t } = useTranslation('firstLayer');
  const id = useId();
  const runs = usePlayground((s) => s.runs);
  const unitName = useUnitName();
  const [unit, setUnit] = useState(0);
  const withTiles = runs.filter((run) => run.firstLayer !== null);
  if (runs.length < 2 || withTiles.length === 0) return null;
  const units = Math.min(...withTiles.map((run) => run.firstLayer!.units));
  const shown = Math.min(unit, units - 1);
  const slices = withTiles.map((run) => {
    const sample = run.firstLayer!;
    const size = sample.tileHeight * sample.tileWidth;
    return tileValues(sample, what).subarray(shown * size, (shown + 1) * size);
  });
  const scale = Math.max(...slices.map((values) => sharedScale(values)));
  const conv = withTiles[0]!.firstLayer!.kind === 'conv';
  return (
    <section className="unit-across-runs" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('compare')}</h3>
      <p className="hint">{t('compareHint')}</p>
      <label htmlFor={`${id}-unit`}>{t(conv ? 'compareFilter' : 'compareUnit')}</label>{' '}
      <select id={`${id}-unit`} value={shown} onChange={(event) => setUnit(Number(event.target.value))}>
        {Array.from({ length: units }, (_, i) => (
          <option key={i} value={i}>
            {i + 1}
          </option>
        ))}
      </select>
      <ul className="tile-grid across-runs">
        {runs.map((run) => {
          const sample = run.firstLayer;
          const at = withTiles.indexOf(run);
          return (
            <li key={run.id}>
              {sample && at >= 0 ? (
                <TileCanvas
                  values={slices[at]!}
                  height={sample.tileHeight}
                  width={sample.tileWidth}
                  scale={scale}
                  label={t('compareRun', { name: run.name, unit: unitName(sample, shown) })}
                />
              ) : (
                <span className="hint">{t('compareNone', { name: run.name })}</span>
              )}
              <span className="run-name" style={{ borderColor: run.colour }}>
                {run.name}
              </span>
            </li>
          );
        })}
      </ul>
      <ScaleLegend scale={scale} />
    </section>
  );
}

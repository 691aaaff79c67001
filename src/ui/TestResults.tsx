import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import type { Mistake } from '../protocol/trainerProtocol';
import { selectedRun } from '../store/playgroundStore';
import { imageRgba, type ImageShape } from './imagePixels';
import { usePlayground } from './StoreContext';

function DigitImage({ pixels, shape }: { pixels: readonly number[]; shape: ImageShape }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { height, width, channels } = shape;
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(width, height);
    image.data.set(imageRgba(pixels, { height, width, channels }));
    context.putImageData(image, 0, 0);
  }, [pixels, height, width, channels]);
  return <canvas ref={canvas} width={width} height={height} className="digit" aria-hidden="true" />;
}

function ConfusionMatrix({ confusion, classNames }: { confusion: readonly number[]; classNames: readonly string[] }) {
  const { t } = useTranslation('health');
  const classes = classNames.length;
  const rowTotals = classNames.map((_, r) =>
    confusion.slice(r * classes, (r + 1) * classes).reduce((a, b) => a + b, 0),
  );
  // Eleven columns of counts up to 4 digits are wider than a phone: the matrix scrolls sideways in its own box (a
  // focusable region, so the keyboard can scroll it too) rather than widening the page.
  return (
    <div className="confusion-scroll" role="region" aria-label={t('tests.confusion')} tabIndex={0}>
      <table className="confusion" aria-label={t('tests.confusion')}>
        <caption>{t('tests.confusionCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tests.corner')}</th>
            {classNames.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {classNames.map((name, r) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              {classNames.map((_, c) => {
                const count = confusion[r * classes + c]!;
                const share = rowTotals[r] ? count / rowTotals[r]! : 0;
                // The theme's colours (styles.css), at most as strong as keeps the count readable on them.
                const [hue, strength] =
                  r === c ? ['--confusion-hit', share] : ['--confusion-miss', Math.min(1, share * 5)];
                const background = `rgb(var(${hue}) / calc(var(--confusion-strength) * ${strength.toFixed(3)}))`;
                return (
                  <td key={c} style={{ background }}>
                    {count}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MistakeGallery({
  mistakes,
  classNames,
  shape,
}: {
  mistakes: readonly Mistake[];
  classNames: readonly string[];
  shape: ImageShape;
}) {
  const { t } = useTranslation('health');
  return (
    <ul className="mistakes" aria-label={t('tests.mistakes')}>
      {mistakes.map((mistake) => (
        <li key={mistake.index}>
          <DigitImage pixels={mistake.pixels} shape={shape} />
          <span>
            {classNames[mistake.label]} → {classNames[mistake.predicted]} ({(mistake.confidence * 100).toFixed(0)}%)
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The selected run's latest evaluation in detail: which classes it confuses, and its most confident mistakes. */
export function TestResults() {
  const { t } = useTranslation('health');
  const name = usePlayground((s) => selectedRun(s).name);
  const evaluations = usePlayground((s) => selectedRun(s).evaluations);
  const classNames = usePlayground((s) => selectedRun(s).stats.dataset?.classNames) ?? [];
  const height = usePlayground((s) => selectedRun(s).stats.dataset?.height) ?? 28;
  const width = usePlayground((s) => selectedRun(s).stats.dataset?.width) ?? 28;
  const channels = usePlayground((s) => selectedRun(s).stats.dataset?.channels) ?? 1;
  const evaluation = [...evaluations].reverse().find((e) => e.confusion);
  if (!evaluation?.confusion || !classNames.length) return null;
  const mistakes = evaluation.mistakes ?? [];
  return (
    <section className="test-results" aria-label={t('tests.region', { name })}>
      <h2>{t('tests.title', { step: evaluation.step, name })}</h2>
      <div className="test-results-grid">
        <ConfusionMatrix confusion={evaluation.confusion} classNames={classNames} />
        <div>
          <h3>{t('tests.mistakesTitle')}</h3>
          <MistakeGallery mistakes={mistakes} classNames={classNames} shape={{ height, width, channels }} />
        </div>
      </div>
    </section>
  );
}

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectedRun } from '../store/playgroundStore';
import { clearPad, PAD, toImage, usePadStrokes } from './padInk';
import { usePlayground } from './StoreContext';
import { TipText } from './TipText';

/** Draw a digit with the mouse (or a finger) and see what the selected run's model makes of it. */
export function DrawingPad() {
  const { t } = useTranslation('tools');
  const runId = usePlayground((s) => selectedRun(s).id);
  const name = usePlayground((s) => selectedRun(s).name);
  const experiment = usePlayground((s) => selectedRun(s).experiment);
  const phase = usePlayground((s) => selectedRun(s).phase);
  const runPrediction = usePlayground((s) => selectedRun(s).prediction);
  const predict = usePlayground((s) => s.predict);
  const rememberDrawing = usePlayground((s) => s.rememberDrawing);
  const classNames = usePlayground((s) => selectedRun(s).stats.dataset?.classNames) ?? [];
  const height = usePlayground((s) => selectedRun(s).stats.dataset?.height) ?? 28;
  const width = usePlayground((s) => selectedRun(s).stats.dataset?.width) ?? 28;
  const channels = usePlayground((s) => selectedRun(s).stats.dataset?.channels) ?? 1;
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState(false);
  const usable = experiment.task === 'classification' && phase !== 'imported' && phase !== 'setting-up';

  const strokes = usePadStrokes(canvas, {
    onStroke: () => setDrawn(true),
    onFinish: () => {
      const image = canvas.current && toImage(canvas.current, { height, width, channels });
      if (image) rememberDrawing(image);
      if (image && usable) predict(runId, image);
    },
  });
  const clear = () => {
    clearPad(canvas.current);
    setDrawn(false);
  };

  const prediction = drawn ? runPrediction : null;
  const best = prediction ? prediction.probabilities.indexOf(Math.max(...prediction.probabilities)) : -1;
  return (
    <section className="drawing" aria-label={t('drawing.region')}>
      <h2>{t('drawing.title')}</h2>
      <p className="hint">
        <TipText
          text={
            usable
              ? t(experiment.dropout.some((r) => r > 0) ? 'drawing.seesWithSpread' : 'drawing.sees', { name })
              : t('drawing.unavailable')
          }
        />
      </p>
      <div className="drawing-row">
        <canvas
          ref={canvas}
          width={PAD}
          height={PAD}
          className="drawing-canvas"
          aria-label={t('drawing.area')}
          {...strokes}
        />
        <div className="drawing-answer">
          <button type="button" className="small" onClick={clear}>
            {t('drawing.clear')}
          </button>
          {prediction && (
            <>
              <p className="drawing-guess">
                {t('drawing.looksLike')} <strong>{classNames[best] ?? best}</strong> (
                {(prediction.probabilities[best]! * 100).toFixed(1)}%)
              </p>
              <ol className="probabilities" aria-label={t('drawing.probabilities')}>
                {prediction.probabilities.map((p, c) => (
                  <li key={c}>
                    <span className="class-name">{classNames[c] ?? c}</span>
                    <span className="bar" style={{ width: `${Math.max(1, p * 100)}%` }} />
                    <span className="value">
                      {(p * 100).toFixed(1)}%{prediction.spread && ` ± ${(prediction.spread[c]! * 100).toFixed(1)}`}
                    </span>
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      </div>
    </section>
  );
}

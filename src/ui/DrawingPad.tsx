import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { selectedRun } from '../store/playgroundStore';
import { drawingBox, greyToChannels, type ImageShape } from './imagePixels';
import { usePlayground } from './StoreContext';
import { TipText } from './TipText';

const PAD = 224;
/**
 * The drawing as the dataset stores images: its height × width (28 × 28 for MNIST), white on black, 0–255, fitted
 * into a centred box as MNIST's digits are (20 × 20 of 28 × 28, drawingBox); for RGB the grey in every channel.
 */
function toImage(canvas: HTMLCanvasElement, shape: ImageShape): Uint8Array | null {
  const { height: rows, width: columns } = shape;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  let top = canvas.height;
  let left = canvas.width;
  let bottom = -1;
  let right = -1;
  for (let y = 0; y < canvas.height; y++) {
    for (let x = 0; x < canvas.width; x++) {
      if (data[(y * canvas.width + x) * 4 + 3]! > 0) {
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  if (bottom < 0) return null;
  const width = right - left + 1;
  const height = bottom - top + 1;
  const scale = drawingBox(shape) / Math.max(width, height);
  const small = document.createElement('canvas');
  small.width = columns;
  small.height = rows;
  const target = small.getContext('2d', { willReadFrequently: true })!;
  target.imageSmoothingQuality = 'high';
  target.drawImage(
    canvas,
    left,
    top,
    width,
    height,
    (columns - width * scale) / 2,
    (rows - height * scale) / 2,
    width * scale,
    height * scale,
  );
  const pixels = target.getImageData(0, 0, columns, rows).data;
  const grey = Uint8Array.from({ length: rows * columns }, (_, i) => pixels[i * 4 + 3]!);
  return greyToChannels(grey, shape.channels);
}

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
  const last = useRef<{ x: number; y: number } | null>(null);
  const [drawn, setDrawn] = useState(false);
  const usable = experiment.task === 'classification' && phase !== 'imported' && phase !== 'setting-up';

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.lineWidth = 18;
    context.strokeStyle = '#000';
  }, []);

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) / box.width) * PAD,
      y: ((event.clientY - box.top) / box.height) * PAD,
    };
  };
  const stroke = (to: { x: number; y: number }) => {
    const context = canvas.current?.getContext('2d');
    if (!context || !last.current) return;
    context.beginPath();
    context.moveTo(last.current.x, last.current.y);
    context.lineTo(to.x, to.y);
    context.stroke();
    last.current = to;
  };
  const finish = () => {
    if (!last.current) return;
    last.current = null;
    const image = canvas.current && toImage(canvas.current, { height, width, channels });
    if (image) rememberDrawing(image);
    if (image && usable) predict(runId, image);
  };
  const clear = () => {
    const context = canvas.current?.getContext('2d');
    context?.clearRect(0, 0, PAD, PAD);
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
          onPointerDown={(event) => {
            event.currentTarget.setPointerCapture?.(event.pointerId);
            last.current = point(event);
            stroke({ ...last.current, x: last.current.x + 0.01 });
            setDrawn(true);
          }}
          onPointerMove={(event) => last.current && stroke(point(event))}
          onPointerUp={finish}
          onPointerLeave={finish}
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

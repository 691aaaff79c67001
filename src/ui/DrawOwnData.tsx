// The import dialog's "Draw your own data": the person names 2–10 classes, picks one, draws an example on the pad and
// adds it (fitted to 28 × 28 grey like MNIST's digits), sees each class's count, can undo the last example, and uses
// the drawings once every class has enough. They are fingerprinted, split and stored like an import's files.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  drawingsSuffice,
  drawnDataset,
  DRAWN_SIDE,
  MAX_DRAWN_CLASSES,
  MIN_DRAWINGS_A_CLASS,
  MIN_DRAWN_CLASSES,
} from '../data/ownData/drawnDataset';
import { fingerprintOf } from '../data/ownData/fingerprint';
import { DEFAULT_TEST_PERCENT, toStoredDataset } from '../data/ownData/toRegistry';
import { cleanTitle, ownDatasetValue, type OwnDatasetValue } from '../schema/datasetChoice';
import { useOwnDatasets } from './OwnDatasets';
import { clearPad, PAD, toImage, usePadStrokes } from './padInk';

const defaultName = (i: number) => String(i);

export function DrawOwnData({
  onUse,
  close,
  back,
}: {
  onUse: (value: OwnDatasetValue) => void;
  close: () => void;
  back: () => void;
}) {
  const { t } = useTranslation('drawData');
  const { registry, refresh, imported } = useOwnDatasets();
  const id = useId();
  const [names, setNames] = useState<string[]>(() =>
    Array.from({ length: MAX_DRAWN_CLASSES }, (_, i) => defaultName(i)),
  );
  const [drawings, setDrawings] = useState<Uint8Array[][]>(() => Array.from({ length: MAX_DRAWN_CLASSES }, () => []));
  const [order, setOrder] = useState<number[]>([]);
  const [current, setCurrent] = useState(0);
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [inked, setInked] = useState(false);
  const canvas = useRef<HTMLCanvasElement>(null);
  const strokes = usePadStrokes(canvas, { onStroke: () => setInked(true), onFinish: () => undefined });

  const count = names.length;
  const nameOf = (i: number) => names[i]!.trim() || defaultName(i);
  const used = drawings.slice(0, count);
  const ready = drawingsSuffice(used);
  const setCount = (value: number) => {
    const next = Math.min(MAX_DRAWN_CLASSES, Math.max(MIN_DRAWN_CLASSES, Math.round(value) || MIN_DRAWN_CLASSES));
    setNames((old) => Array.from({ length: next }, (_, i) => old[i] ?? defaultName(i)));
    setDrawings((old) => Array.from({ length: Math.max(next, old.length) }, (_, i) => old[i] ?? []));
    setOrder((old) => old.filter((label) => label < next));
    setCurrent((old) => Math.min(old, next - 1));
  };
  const clear = () => {
    clearPad(canvas.current);
    setInked(false);
  };
  const add = () => {
    const image =
      inked && canvas.current && toImage(canvas.current, { height: DRAWN_SIDE, width: DRAWN_SIDE, channels: 1 });
    if (!image) {
      setProblem(t('empty'));
      return;
    }
    setProblem(null);
    setDrawings((old) => old.map((list, i) => (i === current ? [...list, image] : list)));
    setOrder((old) => [...old, current]);
    clear();
  };
  const undo = () => {
    const label = order.at(-1);
    if (label === undefined) return;
    setOrder((old) => old.slice(0, -1));
    setDrawings((old) => old.map((list, i) => (i === label ? list.slice(0, -1) : list)));
  };
  const use = async () => {
    if (!registry || !ready) return;
    const datasetTitle = cleanTitle(title) || t('defaultTitle');
    const dataset = drawnDataset(
      datasetTitle,
      Array.from({ length: count }, (_, i) => nameOf(i)),
      used,
    );
    const stored = toStoredDataset(dataset, await fingerprintOf(dataset), datasetTitle, DEFAULT_TEST_PERCENT);
    try {
      await registry.put(stored);
    } catch (error) {
      setProblem((error as Error).message);
      return;
    }
    await refresh();
    onUse(ownDatasetValue({ fingerprint: stored.fingerprint, title: stored.info.title }));
    imported(stored.fingerprint);
    close();
  };

  return (
    <div className="import-data draw-data">
      <div className="import-data-head">
        <h2 id="import-data-title">{t('title')}</h2>
        <button type="button" onClick={back}>
          {t('back')}
        </button>
      </div>
      <p>{t('intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-count`}>{t('classCount')}</label>
        <input
          id={`${id}-count`}
          type="number"
          min={MIN_DRAWN_CLASSES}
          max={MAX_DRAWN_CLASSES}
          value={count}
          onChange={(event) => setCount(Number(event.target.value))}
        />
      </div>
      <fieldset className="draw-data-names">
        <legend>{t('classNames')}</legend>
        {names.map((name, i) => (
          <input
            key={i}
            type="text"
            maxLength={30}
            aria-label={t('className', { number: i + 1 })}
            value={name}
            onChange={(event) => setNames((old) => old.map((n, j) => (j === i ? event.target.value : n)))}
          />
        ))}
      </fieldset>
      <fieldset className="draw-data-classes">
        <legend>{t('drawing')}</legend>
        {names.map((_, i) => (
          <label key={i} className="checkbox">
            <input type="radio" name={`${id}-class`} checked={current === i} onChange={() => setCurrent(i)} />
            {t('choice', { name: nameOf(i), count: used[i]!.length })}
          </label>
        ))}
      </fieldset>
      <div className="drawing-row">
        <canvas
          ref={canvas}
          width={PAD}
          height={PAD}
          className="drawing-canvas"
          aria-label={t('pad', { name: nameOf(current) })}
          {...strokes}
        />
        <div className="buttons draw-data-buttons">
          <button type="button" onClick={add}>
            {t('add', { name: nameOf(current) })}
          </button>
          <button type="button" onClick={clear}>
            {t('clear')}
          </button>
          <button type="button" disabled={!order.length} onClick={undo}>
            {t('undo')}
          </button>
        </div>
      </div>
      <div role="status">
        <p>
          {t('counts', {
            counts: used.map((list, i) => t('count', { name: nameOf(i), count: list.length })).join(', '),
          })}
        </p>
        <p>{t(ready ? 'enough' : 'needMore', { min: MIN_DRAWINGS_A_CLASS, test: DEFAULT_TEST_PERCENT })}</p>
      </div>
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('datasetTitle')}</label>
        <input
          id={`${id}-title`}
          type="text"
          maxLength={60}
          placeholder={t('defaultTitle')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <div className="buttons">
        <button type="button" disabled={!registry || !ready} onClick={() => void use()}>
          {t('use')}
        </button>
      </div>
    </div>
  );
}

// The dialog that turns a person's own files into a dataset: choose or drop files, the options that matter for
// them, progress while the worker reads them, then the problems (each naming its file, row or image) or a summary
// with "Use this dataset", which keeps it in this browser's registry and hands its setting value to the caller.
import { useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnDataImport } from '../data/ownData/client';
import { sayLeftOut } from '../data/ownData/leftOut';
import { DEFAULT_TEST_PERCENT, MAX_TEST_PERCENT, MIN_TEST_PERCENT, toStoredDataset } from '../data/ownData/toRegistry';
import type { ImportProgress, ImportResult } from '../data/ownData/types';
import { cleanTitle, ownDatasetValue, shortFingerprint, type OwnDatasetValue } from '../schema/datasetChoice';
import { DrawOwnData } from './DrawOwnData';
import { useSay } from './i18n/say';
import { ModalDialog } from './ModalDialog';
import { useOwnDatasets } from './OwnDatasets';
import './importData.css';

type Detected = 'idx' | 'csv' | 'zip' | 'gzip' | 'unknown';
type ImageChoice = 'mnist' | 'grey' | 'rgb';
const LARGEST_SIDE = 64;

/** The format as the first bytes tell it (the importer decides again, and says why when it cannot). */
async function detect(files: readonly File[]): Promise<Detected> {
  const first = files[0];
  if (!first) return 'unknown';
  const bytes = new Uint8Array(await first.slice(0, 4).arrayBuffer());
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip';
  if (bytes.length === 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 8) return 'idx';
  return bytes.length ? 'csv' : 'unknown';
}

function ImportForm({
  onUse,
  close,
  draw,
}: {
  onUse: (value: OwnDatasetValue) => void;
  close: () => void;
  draw: () => void;
}) {
  const { t } = useTranslation('importData');
  const { t: tDraw } = useTranslation('drawData');
  const say = useSay();
  const { registry, refresh, imported } = useOwnDatasets();
  const id = useId();
  const [files, setFiles] = useState<File[]>([]);
  const [format, setFormat] = useState<Detected>('unknown');
  const [imageChoice, setImageChoice] = useState<ImageChoice>('mnist');
  const [side, setSide] = useState(32);
  const [percent, setPercent] = useState(DEFAULT_TEST_PERCENT);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [title, setTitle] = useState('');
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const running = useRef<OwnDataImport | null>(null);
  useEffect(() => () => running.current?.cancel(), []);

  const choose = (chosen: File[]) => {
    running.current?.cancel();
    running.current = null;
    setFiles(chosen);
    setResult(null);
    setProgress(null);
    setSaveProblem(null);
    void detect(chosen).then(setFormat);
  };
  const read = async () => {
    const { startOwnDataImport } = await import('../data/ownData/client');
    const target =
      format !== 'zip' || imageChoice === 'mnist'
        ? { side: 28, channels: 1 as const }
        : { side: Math.min(LARGEST_SIDE, Math.max(8, Math.round(side))), channels: imageChoice === 'rgb' ? 3 : 1 };
    setResult(null);
    setProgress({ stage: 'reading', done: 0, total: 1 });
    const started = startOwnDataImport(files, {
      target: target as { side: number; channels: 1 | 3 },
      onProgress: setProgress,
    });
    running.current = started;
    const outcome = await started.result;
    if (running.current !== started || !outcome) return;
    running.current = null;
    setProgress(null);
    setResult(outcome);
    if (outcome.ok) setTitle(outcome.dataset.info.title);
  };
  const stored = useMemo(
    () =>
      result?.ok ? toStoredDataset(result.dataset, result.fingerprint, cleanTitle(title) || 'dataset', percent) : null,
    [result, title, percent],
  );
  const use = async () => {
    if (!stored || !registry) return;
    try {
      await registry.put(stored);
    } catch (error) {
      setSaveProblem(t('saveFailed', { detail: (error as Error).message }));
      return;
    }
    await refresh();
    onUse(ownDatasetValue({ fingerprint: stored.fingerprint, title: stored.info.title }));
    imported(stored.fingerprint);
    close();
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    if (event.dataTransfer.files.length) choose([...event.dataTransfer.files]);
  };

  return (
    <div className="import-data" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
      <div className="import-data-head">
        <h2 id="import-data-title">{t('title')}</h2>
        <button type="button" onClick={close}>
          {t('close')}
        </button>
      </div>
      <p>{t('intro')}</p>
      <p>
        <button type="button" onClick={draw}>
          {tDraw('open')}
        </button>
      </p>
      <div className="field">
        <label htmlFor={`${id}-files`}>{t('files')}</label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          aria-describedby={`${id}-drop`}
          onChange={(event) => choose([...(event.target.files ?? [])])}
        />
        <p className="hint" id={`${id}-drop`}>
          {t('dropHint')}
        </p>
      </div>
      {files.length > 0 && (
        <p>
          {t('chosen', { files: files.map((file) => file.name).join(', ') })}{' '}
          {t('format', { format: t(format === 'gzip' ? 'formats.unknown' : `formats.${format}`) })}
        </p>
      )}
      {format === 'zip' && (
        <fieldset>
          <legend>{t('imageSize')}</legend>
          {(['mnist', 'grey', 'rgb'] as const).map((choice) => (
            <label key={choice} className="checkbox">
              <input
                type="radio"
                name={`${id}-size`}
                checked={imageChoice === choice}
                onChange={() => setImageChoice(choice)}
              />
              {t(`sizes.${choice}`)}
            </label>
          ))}
          {imageChoice !== 'mnist' && (
            <div className="field">
              <label htmlFor={`${id}-side`}>{t('side')}</label>
              <input
                id={`${id}-side`}
                type="number"
                min={8}
                max={LARGEST_SIDE}
                value={side}
                onChange={(event) => setSide(Number(event.target.value) || 32)}
              />
            </div>
          )}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={`${id}-percent`}>{t('testPercent')}</label>
        <input
          id={`${id}-percent`}
          type="number"
          min={MIN_TEST_PERCENT}
          max={MAX_TEST_PERCENT}
          value={percent}
          aria-describedby={`${id}-percent-hint`}
          onChange={(event) =>
            setPercent(Math.min(MAX_TEST_PERCENT, Math.max(MIN_TEST_PERCENT, Number(event.target.value) || 0)))
          }
        />
        <p className="hint" id={`${id}-percent-hint`}>
          {t('testPercentHint')}
        </p>
      </div>
      <div className="buttons">
        <button type="button" disabled={!files.length || progress !== null} onClick={() => void read()}>
          {t('read')}
        </button>
        {progress && (
          <button
            type="button"
            onClick={() => {
              running.current?.cancel();
              running.current = null;
              setProgress(null);
            }}
          >
            {t('cancel')}
          </button>
        )}
      </div>
      {progress && (
        <p className="import-data-progress">
          <span>{t(`stages.${progress.stage}`)}</span>{' '}
          <progress aria-label={t('progress')} max={Math.max(1, progress.total)} value={progress.done} />
        </p>
      )}
      {result && !result.ok && (
        <section className="import-data-problems" aria-labelledby={`${id}-problems`}>
          <h3 id={`${id}-problems`}>{t('problemsTitle')}</h3>
          <div role="alert">
            <ul>
              {result.problems.map((problem, i) => (
                <li key={i}>{say(problem)}</li>
              ))}
            </ul>
          </div>
        </section>
      )}
      {result?.ok && stored && (
        <section className="import-data-summary" aria-labelledby={`${id}-summary`}>
          <h3 id={`${id}-summary`}>{t('summaryTitle')}</h3>
          <div className="field">
            <label htmlFor={`${id}-title`}>{t('datasetTitle')}</label>
            <input
              id={`${id}-title`}
              type="text"
              maxLength={60}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
          </div>
          <div role="status">
            <ul>
              <li>
                {t('examples', {
                  train: stored.train.count,
                  test: stored.test?.count ?? 0,
                  split: result.dataset.test ? t('ownSplit') : t('splitOff', { percent }),
                })}
              </li>
              <li>
                {t('classes', { count: stored.info.classNames.length, names: stored.info.classNames.join(', ') })}
              </li>
              <li>
                {t('size', {
                  height: stored.info.height,
                  width: stored.info.width,
                  channels: stored.info.channels === 3 ? t('rgb') : t('grey'),
                })}
              </li>
              <li>{t('fingerprint', { fingerprint: shortFingerprint(result.fingerprint) })}</li>
            </ul>
          </div>
          {result.leftOut.length > 0 && (
            <>
              <h4>{t('leftOutTitle')}</h4>
              <ul>
                {result.leftOut.map((group, i) => (
                  <li key={i}>{say(sayLeftOut(group))}</li>
                ))}
              </ul>
            </>
          )}
          <div className="buttons">
            <button type="button" disabled={!registry} onClick={() => void use()}>
              {t('use')}
            </button>
          </div>
          {saveProblem && (
            <p className="problem" role="alert">
              {saveProblem}
            </p>
          )}
        </section>
      )}
    </div>
  );
}

/** A button opening the import dialog; `onUse` gets the stored dataset's setting value. */
export function ImportDataButton({
  label,
  disabled,
  onUse,
}: {
  label?: string;
  disabled?: boolean;
  onUse: (value: OwnDatasetValue) => void;
}) {
  const { t } = useTranslation('importData');
  const [open, setOpen] = useState(false);
  const [drawing, setDrawing] = useState(false);
  const close = () => {
    setOpen(false);
    setDrawing(false);
  };
  return (
    <>
      <button type="button" className="import-data-button" disabled={disabled} onClick={() => setOpen(true)}>
        {label ?? t('button')}
      </button>
      <ModalDialog open={open} onClose={close} labelledBy="import-data-title" className="import-data-dialog">
        {drawing ? (
          <DrawOwnData onUse={onUse} close={close} back={() => setDrawing(false)} />
        ) : (
          <ImportForm onUse={onUse} close={close} draw={() => setDrawing(true)} />
        )}
      </ModalDialog>
    </>
  );
}

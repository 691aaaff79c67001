import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../bridge/importMessages';
import { startRunsImport, type RunsImport } from '../bridge/importRuns';
import { fixedText } from '../charting/numberText';
import { encodeLink } from '../schema/urlCodec';
import { exportedRunOf, linkStateOf } from '../store/playgroundStore';
import { runsToCsv, runsToJson } from '../store/runExport';
import { canvasFont } from './canvasFont';
import { sentences, useSay } from './i18n/say';
import { ScriptExportButton } from './ScriptExport';
import { usePlayground, usePlaygroundStore } from './StoreContext';

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has its own copy once started; the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Writes an HTML element's text where it sits in the figure (`indent` pixels in), in the page's font for it and
 * in `colour` (its own by default).
 */
function drawText(
  context: CanvasRenderingContext2D,
  element: HTMLElement,
  box: DOMRect,
  { indent = 0, colour }: { indent?: number; colour?: string } = {},
): void {
  const at = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  context.font = canvasFont(style);
  context.fillStyle = colour ?? style.color;
  context.fillText(element.textContent ?? '', at.left - box.left + indent, at.top - box.top);
}

/**
 * The figure as a PNG at the screen's pixel ratio: its title, every chart canvas where it sits with the tick and
 * axis labels beside it, and the legend.
 */
async function figureToPng(figure: HTMLElement): Promise<Blob> {
  const scale = Math.max(1, Math.min(3, window.devicePixelRatio || 1));
  const box = figure.getBoundingClientRect();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(box.width * scale);
  canvas.height = Math.ceil(box.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw images');
  context.scale(scale, scale);
  // In the page's theme: the figure's own background and text colour.
  const figureStyle = getComputedStyle(figure);
  context.fillStyle = figureStyle.backgroundColor;
  context.fillRect(0, 0, box.width, box.height);
  context.textBaseline = 'top';
  // A canvas draws in whatever face is loaded when it draws: wait for the page's own.
  await document.fonts.ready;
  const caption = figure.querySelector('figcaption');
  if (caption) drawText(context, caption, box, { colour: figureStyle.color });
  for (const plot of figure.querySelectorAll<HTMLCanvasElement>('.curve-plot canvas')) {
    const at = plot.getBoundingClientRect();
    context.drawImage(plot, at.left - box.left, at.top - box.top, at.width, at.height);
  }
  for (const label of figure.querySelectorAll<HTMLElement>('.curve-plot .ticks li, .axis-label, .diverged-label')) {
    drawText(context, label, box);
  }
  for (const item of figure.querySelectorAll<HTMLElement>('.run-legend-list li, .panel-title')) {
    const colour = item.dataset.colour;
    if (!colour) {
      drawText(context, item, box);
      continue;
    }
    const at = item.getBoundingClientRect();
    context.fillStyle = colour;
    context.fillRect(at.left - box.left, at.top - box.top + 3, 10, 10);
    drawText(context, item, box, { indent: 16, colour: figureStyle.color });
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'),
  );
}

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');

/** Whole megabytes, but tenths for a file under 10 MB, so that a small file's progress still moves. */
function megabytes(bytes: number, totalBytes: number, locale: string): string {
  return fixedText(bytes / 1e6, locale, totalBytes < 10e6 ? 1 : 0);
}

function progressText(t: TFunction<'tools'>, locale: string, file: string, progress: ImportProgress | null): string {
  if (progress?.phase === 'checking') return t('exports.checking', { file });
  if (!progress) return t('exports.reading', { file });
  const { bytesRead, totalBytes } = progress;
  return t('exports.readingProgress', {
    file,
    read: megabytes(bytesRead, totalBytes, locale),
    total: megabytes(totalBytes, totalBytes, locale),
  });
}

interface Importing {
  fileName: string;
  progress: ImportProgress | null;
}

/** Downloads of every run's metrics (CSV, JSON) and of the chart (PNG); a JSON export opens again without training. */
export function ExportBar({ figure }: { figure: RefObject<HTMLElement | null> }) {
  const id = useId();
  const { t, i18n } = useTranslation('tools');
  const say = useSay();
  const store = usePlaygroundStore();
  const importRuns = usePlayground((s) => s.importRuns);
  const runCount = usePlayground((s) => s.runs.length);
  const { t: scriptWords } = useTranslation('script');
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);

  const runs = () => store.getState().runs.map(exportedRunOf);
  // A downloaded file holds the results: closing the page or opening another link no longer loses them.
  const saveCsv = () => {
    download(`training-runs-${stamp()}.csv`, new Blob([runsToCsv(runs())], { type: 'text/csv' }));
    store.getState().markSaved();
  };
  const saveJson = () => {
    const link = encodeLink(linkStateOf(store.getState()));
    download(`training-runs-${stamp()}.json`, new Blob([runsToJson(runs(), link)], { type: 'application/json' }));
    store.getState().markSaved();
  };
  const savePng = async () => {
    if (!figure.current) return;
    try {
      download(`training-chart-${stamp()}.png`, await figureToPng(figure.current));
    } catch (error) {
      setMessage({ text: t('exports.pngFailed', { detail: (error as Error).message }), problem: true });
    }
  };
  // The import under way, if any: a second file, or leaving the page, cancels it.
  const running = useRef<RunsImport | null>(null);
  const [importing, setImporting] = useState<Importing | null>(null);
  useEffect(() => () => running.current?.cancel(), []);

  const cancelImport = () => {
    running.current?.cancel();
    running.current = null;
    setImporting(null);
  };
  const cancelClicked = () => {
    if (importing) setMessage({ text: t('exports.cancelled', { file: importing.fileName }), problem: false });
    cancelImport();
  };
  const open = async (file: File) => {
    cancelImport();
    setMessage(null);
    setImporting({ fileName: file.name, progress: null });
    const started = startRunsImport(file, (progress) => {
      if (running.current === started) setImporting({ fileName: file.name, progress });
    });
    running.current = started;
    const result = await started.result;
    if (!result || running.current !== started) return; // cancelled, or overtaken by another file
    running.current = null;
    setImporting(null);
    if (!result.ok) {
      setMessage({ text: t('exports.notImported', { file: file.name, detail: say(result.message) }), problem: true });
      return;
    }
    const refused = importRuns(result.runs);
    if (refused) {
      setMessage({ text: t('exports.notImported', { file: file.name, detail: say(refused) }), problem: true });
      return;
    }
    const imported = t('exports.imported', { count: result.runs.length, file: file.name });
    const dropped = result.problems.length
      ? ` ${t('exports.leftOut', { detail: sentences(i18n.language, result.problems.map(say)) })}`
      : '';
    setMessage({ text: `${imported}${dropped}`, problem: result.problems.length > 0 });
  };

  return (
    <div className="export-bar">
      <button type="button" className="small" onClick={saveCsv}>
        {t('exports.csv')}
      </button>
      <button type="button" className="small" onClick={saveJson}>
        {t('exports.json')}
      </button>
      <button type="button" className="small" onClick={() => void savePng()}>
        {t('exports.png')}
      </button>
      <ScriptExportButton
        className="small"
        label={scriptWords('allButton')}
        title={scriptWords('titleAll', { count: runCount })}
        fileStem="all runs"
        runs={() => store.getState().runs.map(({ name, experiment }) => ({ name, experiment }))}
      />
      <label htmlFor={`${id}-import`} className="file-button">
        {t('exports.import')}
      </label>
      <input
        id={`${id}-import`}
        className="visually-hidden"
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void open(file);
        }}
      />
      {importing && (
        // Cancel comes first, on a row of its own: the progress text changes width as it reads, and a button after
        // it moved under the pointer (a click landed on the bar instead).
        <div className="import-progress">
          <button type="button" className="small" onClick={cancelClicked}>
            {t('exports.cancel')}
          </button>
          <label htmlFor={`${id}-progress`}>
            {progressText(t, i18n.language, importing.fileName, importing.progress)}
          </label>
          {importing.progress?.phase === 'reading' ? (
            <progress
              id={`${id}-progress`}
              max={importing.progress.totalBytes || 1}
              value={importing.progress.bytesRead}
            />
          ) : (
            <progress id={`${id}-progress`} />
          )}
        </div>
      )}
      {message && (
        <p className={message.problem ? 'problem' : 'hint'} role={message.problem ? 'alert' : undefined}>
          {message.text}
        </p>
      )}
    </div>
  );
}

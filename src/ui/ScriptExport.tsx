import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fixedText } from '../charting/numberText';
import { DATASETS, builtInDataset, type DatasetName } from '../data/datasets';
import type { ScriptRun } from '../scriptExport/pytorchScript';
import { loadPythonHighlighter } from './pythonHighlight';
import { scriptFileName } from './scriptFileName';
import { useClipboardCopy } from './useClipboardCopy';
import './scriptExport.css';

/** The four files of a dataset, as the page loads them from its own origin (public/data/<dataset>/). */
const DATA_FILES = ['train-images', 'train-labels', 'test-images', 'test-labels'].map((file) => `${file}.idx.gzip`);

/** What the dialog shows: the runs' script as it was when the button was pressed. */
interface Shown {
  title: string;
  fileName: string;
  script: string;
  datasets: DatasetName[];
}

/** A file's size: whole kB below a megabyte (a label file), MB to a tenth above. */
function sizeText(bytes: number, locale: string): string {
  return bytes < 1e6 ? `${fixedText(bytes / 1e3, locale, 0)} kB` : `${fixedText(bytes / 1e6, locale, 1)} MB`;
}

function dataUrl(dataset: DatasetName, file: string): string {
  return `${import.meta.env.BASE_URL}data/${dataset}/${file}`;
}

/** Each data file's compressed size in bytes, from the dataset's manifest (already fetched by the page's trainer). */
function useFileSizes(datasets: readonly DatasetName[]): Record<string, number> {
  const [sizes, setSizes] = useState<Record<string, number>>({});
  const key = datasets.join(',');
  useEffect(() => {
    let live = true;
    for (const dataset of key.split(',') as DatasetName[]) {
      fetch(dataUrl(dataset, 'manifest.json'))
        .then((response) => (response.ok ? response.json() : null))
        .then((manifest: { files?: Record<string, { compressedBytes?: number }> } | null) => {
          if (!live || !manifest?.files) return;
          const found = Object.entries(manifest.files).flatMap(([file, { compressedBytes }]) =>
            typeof compressedBytes === 'number' ? [[`${dataset}/${file}`, compressedBytes] as const] : [],
          );
          setSizes((before) => ({ ...before, ...Object.fromEntries(found) }));
        })
        // No sizes, then: the links still work.
        .catch(() => {});
    }
    return () => {
      live = false;
    };
  }, [key]);
  return sizes;
}

/** Highlighted HTML for `code`, once highlight.js has loaded; null until then (or if it cannot load). */
function useHighlighted(code: string): string | null {
  const [highlighted, setHighlighted] = useState<{ code: string; html: string } | null>(null);
  useEffect(() => {
    let live = true;
    loadPythonHighlighter()
      .then((toHtml) => {
        if (live) setHighlighted({ code, html: toHtml(code) });
      })
      // Plain text, then: the script reads the same.
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [code]);
  return highlighted?.code === code ? highlighted.html : null;
}

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/x-python' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function ScriptContent({
  shown,
  ids,
  close,
}: {
  shown: Shown;
  ids: { title: string; howTo: string };
  close: () => void;
}) {
  const { t, i18n } = useTranslation('script');
  const html = useHighlighted(shown.script);
  const sizes = useFileSizes(shown.datasets);
  const { outcome, copy: copyText } = useClipboardCopy();
  const status = outcome && (outcome === 'copied' ? 'copied' : 'copyBlocked');
  const copy = () => copyText(shown.script);
  const datasetTitle = shown.datasets.map((name) => DATASETS[name].title).join(' / ');
  const command = `python3 ${shown.fileName} --data ${t('dataFolder', { dataset: datasetTitle })}`;
  return (
    <>
      <div className="script-dialog-head">
        <h2 id={ids.title}>{shown.title}</h2>
        <button type="button" onClick={close}>
          {t('close')}
        </button>
      </div>
      <p>{t('intro')}</p>
      <p className="script-how-to" id={ids.howTo}>
        {t('howTo')} <code>{command}</code>
        <br />
        {t('needs', { torch: 'torch', numpy: 'numpy', install: 'pip install torch numpy' })}
      </p>
      {shown.datasets.map((dataset) => (
        <div key={dataset} className="script-data-files">
          <p id={`${ids.title}-${dataset}`}>{t('dataFiles', { dataset: DATASETS[dataset].title })}</p>
          <ul aria-labelledby={`${ids.title}-${dataset}`}>
            {DATA_FILES.map((file) => {
              const bytes = sizes[`${dataset}/${file}`];
              return (
                <li key={file}>
                  <a href={dataUrl(dataset, file)} download={file}>
                    {bytes === undefined ? file : t('dataFile', { file, size: sizeText(bytes, i18n.language) })}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <div className="buttons script-dialog-buttons">
        <button type="button" onClick={() => download(shown.fileName, shown.script)}>
          {t('download')}
        </button>
        <button type="button" onClick={() => void copy()}>
          {t('copy')}
        </button>
        <span role="status" className="hint">
          {status && t(status)}
        </span>
      </div>
      {/* Scrolls in its own box, reachable by keyboard, so a long line does not widen the page on a phone. */}
      <pre className="script-code" tabIndex={0} role="region" aria-label={t('code')}>
        {html === null ? (
          <code>{shown.script}</code>
        ) : (
          // highlight.js escapes the text it is given; the only markup is its own <span class="hljs-…">.
          <code className="is-highlighted" dangerouslySetInnerHTML={{ __html: html }} />
        )}
      </pre>
    </>
  );
}

/**
 * A button that shows the PyTorch script of `runs()` (read when pressed) in a dialog, to read, download or copy, with
 * how to run it and the dataset's files. Esc or Close hands focus back to the button.
 */
export function ScriptExportButton({
  runs,
  fileStem,
  title,
  label,
  accessibleName,
  className,
}: {
  runs: () => ScriptRun[];
  /** The file name comes from this (a run's name). */
  fileStem: string;
  title: string;
  label: string;
  accessibleName?: string;
  className?: string;
}) {
  const { t } = useTranslation('script');
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const id = useId();
  const ids = { title: `${id}-title`, howTo: `${id}-how-to` };
  useEffect(() => {
    const element = dialog.current;
    if (!shown || !element || element.open) return;
    element.showModal();
    element.querySelector('button')?.focus();
  }, [shown]);
  const [problem, setProblem] = useState<string | null>(null);
  const open = () => {
    const chosen = runs();
    setProblem(null);
    // The generator is loaded on first use, in a chunk of its own: the page's main bundle does not carry it.
    import('../scriptExport/pytorchScript')
      .then(({ pytorchScript }) =>
        setShown({
          title,
          fileName: scriptFileName(fileStem),
          script: pytorchScript(chosen),
          datasets: [...new Set(chosen.flatMap((run) => builtInDataset(run.experiment.dataset) ?? []))],
        }),
      )
      .catch((error: unknown) => setProblem(t('failed', { detail: (error as Error).message })));
  };
  return (
    <>
      <button ref={button} type="button" className={className} aria-label={accessibleName} onClick={open}>
        {label}
      </button>
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      <dialog
        ref={dialog}
        className="script-dialog"
        aria-labelledby={ids.title}
        aria-describedby={ids.howTo}
        onClose={() => {
          setShown(null);
          button.current?.focus();
        }}
      >
        {shown && <ScriptContent shown={shown} ids={ids} close={() => dialog.current?.close()} />}
      </dialog>
    </>
  );
}

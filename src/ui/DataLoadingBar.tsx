import { useTranslation } from 'react-i18next';
import { fixedText } from '../charting/numberText';
import { BACKENDS } from '../protocol/backends';
import { useSay } from './i18n/say';
import { usePlayground } from './StoreContext';

/**
 * The trainer's state in one line of fixed height: the dataset download while it runs, then where training runs.
 * Its space stays reserved, so the buttons below do not jump when the download ends.
 */
export function DataLoadingBar() {
  const { t, i18n } = useTranslation('panels');
  const megabytes = (bytes: number) => fixedText(bytes / 1e6, i18n.language, 1);
  const phase = usePlayground((s) => s.trainerPhase);
  const progress = usePlayground((s) => s.dataProgress);
  const backend = usePlayground((s) => s.backend);
  const say = useSay();
  if (phase === 'starting' || phase === 'loading-data') {
    const label = progress
      ? t('loading.dataset', {
          dataset: progress.title,
          received: megabytes(progress.receivedBytes),
          total: megabytes(progress.totalBytes),
        })
      : t('loading.starting');
    return (
      <div className="loading">
        <label htmlFor="data-progress">{label}</label>
        <progress id="data-progress" max={progress?.totalBytes || 1} value={progress?.receivedBytes ?? 0} />
      </div>
    );
  }
  return (
    <div className="loading is-done">
      {phase === 'failed' ? (
        t('loading.failed')
      ) : !backend ? (
        t('loading.ready')
      ) : (
        <>
          <span>
            {t(backend.thread === 'worker' ? 'loading.readyOn' : 'loading.readyOnMain', {
              backend: BACKENDS[backend.name].label,
            })}
          </span>
          {/* Why this backend: auto's measurement, or the address that forced it. */}
          <span className="backend-reason">{say(backend.reason)}</span>
        </>
      )}
    </div>
  );
}

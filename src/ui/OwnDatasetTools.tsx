// Under the Dataset setting: "Import your own data…", and "Remove this dataset" when the run's dataset is an own
// one (asked first; runs that used it fall back to MNIST with a note). Beside them, the datasets an opened link named
// that this browser lacks, each with an "Import it…" offer.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readOwnDataset, shortFingerprint, type DatasetValue } from '../schema/datasetChoice';
import { ImportDataButton } from './ImportDataDialog';
import { ModalDialog } from './ModalDialog';
import { useOwnDatasets } from './OwnDatasets';
import { usePlayground, usePlaygroundStore } from './StoreContext';

export function OwnDatasetTools({
  value,
  disabled,
  onChoose,
}: {
  value: DatasetValue;
  disabled: boolean;
  onChoose: (value: DatasetValue) => void;
}) {
  const { t } = useTranslation('importData');
  const { registry, refresh, missing } = useOwnDatasets();
  const store = usePlaygroundStore();
  const selectedRunId = usePlayground((s) => s.selectedRunId);
  const [asking, setAsking] = useState(false);
  const own = readOwnDataset(value);
  const remove = async () => {
    setAsking(false);
    if (!own || !registry) return;
    await registry.remove(own.fingerprint).catch(() => {});
    await refresh();
    // Every run on it moves to MNIST (each through setField, as a person's change would), then the selection returns.
    const state = store.getState();
    for (const run of state.runs) {
      if (run.experiment.dataset !== value) continue;
      store.getState().selectRun(run.id);
      store.getState().setField('dataset', 'mnist');
    }
    store.getState().selectRun(selectedRunId);
    store.getState().setNotice({ code: 'importData:removed', params: { title: own.title } });
  };
  return (
    <div className="own-dataset-tools">
      <ImportDataButton disabled={disabled} onUse={onChoose} />
      {missing.map((ref) => (
        <ImportDataButton
          key={ref.fingerprint}
          disabled={disabled}
          label={t('importMissingNamed', { title: ref.title })}
          // The link's runs move to it when the fingerprint matches (OwnDatasets); otherwise say why they do not.
          onUse={(imported) => {
            const got = readOwnDataset(imported)?.fingerprint ?? '';
            if (got === ref.fingerprint) return;
            store.getState().setNotice({
              code: 'importData:notMatched',
              params: { got: shortFingerprint(got), want: shortFingerprint(ref.fingerprint) },
            });
          }}
        />
      ))}
      {own && registry && (
        <button type="button" disabled={disabled} onClick={() => setAsking(true)}>
          {t('remove')}
        </button>
      )}
      <ModalDialog open={asking} onClose={() => setAsking(false)} labelledBy="remove-dataset-title" className="confirm">
        <h2 id="remove-dataset-title">{t('removeTitle', { title: own?.title ?? '' })}</h2>
        <p>{t('removeBody')}</p>
        <div className="buttons">
          <button type="button" onClick={() => void remove()}>
            {t('removeConfirm')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('cancel')}
          </button>
        </div>
      </ModalDialog>
    </div>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { ChartControls } from './ChartControls';
import { ExperimentControls } from './ExperimentControls';
import { ModalDialog } from './ModalDialog';
import { usePlayground } from './StoreContext';
import './classroom.css';

/** Which run the drawer's settings are of. */
function RunPicker() {
  const { t } = useTranslation('classroom');
  // Shallow-compared lists: the runs change with every report, their names and IDs seldom.
  const names = usePlayground(useShallow((s) => s.runs.map((run) => run.name)));
  const ids = usePlayground(useShallow((s) => s.runs.map((run) => run.id)));
  const selected = usePlayground((s) => s.selectedRunId);
  const selectRun = usePlayground((s) => s.selectRun);
  const id = useId();
  return (
    <div className="drawer-run">
      <label htmlFor={id}>{t('drawer.run')}</label>
      <select id={id} value={selected} onChange={(event) => selectRun(event.target.value)}>
        {ids.map((runId, i) => (
          <option key={runId} value={runId}>
            {names[i]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Presentation's settings, out of the chart's way: a side drawer with the chart's view and a run's settings. */
export function SettingsDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('classroom');
  const titleId = useId();
  return (
    <ModalDialog open={open} onClose={onClose} labelledBy={titleId} className="settings-drawer">
      <div className="classroom-dialog-head">
        <h2 id={titleId}>{t('drawer.title')}</h2>
        <button type="button" onClick={onClose} autoFocus>
          {t('drawer.close')}
        </button>
      </div>
      <ChartControls />
      <RunPicker />
      <ExperimentControls />
    </ModalDialog>
  );
}

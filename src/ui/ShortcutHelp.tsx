import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './ModalDialog';
import './classroom.css';

/** The presentation's keyboard shortcuts, listed in a dialog (opened with ? or its button). */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('classroom');
  const titleId = useId();
  const rows = [
    [t('help.keySpace'), t('help.space')],
    [t('help.keyReset'), t('help.reset')],
    [t('help.keyHelp'), t('help.showHelp')],
    [t('help.keyLeave'), t('help.leave')],
  ] as const;
  return (
    <ModalDialog open={open} onClose={onClose} labelledBy={titleId} className="classroom-dialog shortcut-help">
      <div className="classroom-dialog-head">
        <h2 id={titleId}>{t('help.title')}</h2>
        <button type="button" onClick={onClose} autoFocus>
          {t('help.close')}
        </button>
      </div>
      <p>{t('help.intro')}</p>
      <dl className="shortcut-list">
        {rows.map(([key, action]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
    </ModalDialog>
  );
}

// Presentation mode, for a projector: the chart first and large, big buttons for all runs, the lesson's question and
// the teacher's note as a caption, the settings in a drawer, and keyboard shortcuts (presentationKeys.ts). The
// link says `present=1`, so a teacher's link opens presenting; Esc or the Leave button goes back to the page.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canPause, canReset, canTrain } from '../store/playgroundStore';
import { ConfirmDialog } from './ConfirmDialog';
import { DataLoadingBar } from './DataLoadingBar';
import { MessageBanner } from './MessageBanner';
import { PresentationCaption } from './PresentationCaption';
import { PresentationChart } from './PresentationChart';
import { presentationShortcut, type PresentationShortcut } from './presentationKeys';
import { SettingsDrawer } from './SettingsDrawer';
import { ShortcutHelp } from './ShortcutHelp';
import { usePlayground, usePlaygroundStore } from './StoreContext';
import { useFocusStaysInGroup } from './useFocusStaysInGroup';
import './classroom.css';

/** Set when presentation ends, so the Present button takes the keyboard focus back. */
let returnFocusToPresent = false;

/** The header's "Present" button. */
export function PresentButton() {
  const { t } = useTranslation('classroom');
  const setPresenting = usePlayground((s) => s.setPresenting);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!returnFocusToPresent) return;
    returnFocusToPresent = false;
    button.current?.focus();
  }, []);
  return (
    <button
      ref={button}
      type="button"
      className="present-button"
      title={t('present.buttonHint')}
      onClick={() => setPresenting(true)}
    >
      {t('present.button')}
    </button>
  );
}

/** Space, R, ? and Esc while presenting; none while a dialog (help, settings, a question) has the keyboard. */
function usePresentationKeys(run: (shortcut: PresentationShortcut) => void) {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    const shortcut = presentationShortcut(
      event,
      target && {
        tagName: target.tagName,
        type: (target as HTMLInputElement).type,
        isContentEditable: target.isContentEditable,
      },
    );
    if (!shortcut) return;
    // Space would scroll the page; the others have no default worth keeping here.
    event.preventDefault();
    run(shortcut);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

export function PresentationMode() {
  const { t } = useTranslation('classroom');
  const store = usePlaygroundStore();
  const trainAll = usePlayground((s) => s.trainAll);
  const pauseAll = usePlayground((s) => s.pauseAll);
  const resetAll = usePlayground((s) => s.resetAll);
  const setPresenting = usePlayground((s) => s.setPresenting);
  const anyCanTrain = usePlayground((s) => s.runs.some((run) => canTrain(run, s.trainerPhase)));
  const anyCanPause = usePlayground((s) => s.runs.some(canPause));
  const anyCanReset = usePlayground((s) => s.runs.some((run) => canReset(run, s.trainerPhase)));
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const root = useRef<HTMLElement>(null);
  // Train all pressed with the keyboard disables itself: focus goes on to Pause all, not to the page.
  const runButtons = useRef<HTMLDivElement>(null);
  useFocusStaysInGroup(runButtons);
  const leave = () => {
    returnFocusToPresent = true;
    setPresenting(false);
  };
  usePresentationKeys((shortcut) => {
    switch (shortcut) {
      case 'toggleTraining': {
        const { runs } = store.getState();
        if (runs.some(canPause)) pauseAll();
        else trainAll();
        return;
      }
      case 'resetAll':
        resetAll();
        return;
      case 'help':
        setHelpOpen(true);
        return;
      case 'leave':
        leave();
        return;
      default: {
        const never: never = shortcut;
        return never;
      }
    }
  });
  useEffect(() => {
    // The keyboard starts on the presentation itself, not a button: Space then trains rather than presses one.
    root.current?.focus();
  }, []);
  return (
    <main className="presentation" ref={root} tabIndex={-1} aria-labelledby="presentation-title">
      <h1 id="presentation-title" className="visually-hidden">
        {t('present.heading')}
      </h1>
      {/* A column of big buttons beside the chart: a projector's screen is wide, its height is what the chart needs. */}
      <div className="presentation-bar">
        <div className="presentation-runs" ref={runButtons} role="group" aria-label={t('present.allRuns')}>
          <button
            type="button"
            className="primary"
            onClick={trainAll}
            disabled={!anyCanTrain}
            aria-keyshortcuts="Space"
          >
            {t('present.trainAll')}
          </button>
          <button type="button" onClick={pauseAll} disabled={!anyCanPause} aria-keyshortcuts="Space">
            {t('present.pauseAll')}
          </button>
          <button type="button" onClick={resetAll} disabled={!anyCanReset} aria-keyshortcuts="R">
            {t('present.resetAll')}
          </button>
        </div>
        <button type="button" aria-haspopup="dialog" onClick={() => setDrawerOpen(true)}>
          {t('present.settings')}
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => setHelpOpen(true)} aria-keyshortcuts="Shift+?">
          {t('present.shortcuts')}
        </button>
        <button type="button" onClick={leave} aria-keyshortcuts="Escape">
          {t('present.leave')}
        </button>
        <DataLoadingBar />
      </div>
      <div className="presentation-main">
        <MessageBanner />
        <PresentationChart />
        <PresentationCaption />
      </div>
      <SettingsDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} />
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
      <ConfirmDialog />
    </main>
  );
}

import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countText } from '../charting/numberText';
import type { Message } from '../schema/message';
import { RUN_COLOURS } from '../schema/view';
import { canPause, canReset, canStop, canTrain, type Run } from '../store/playgroundStore';
import { useSay } from './i18n/say';
import { cardText, statusIsProblem, statusText } from './runText';
import { ScriptExportButton } from './ScriptExport';
import { settingWords } from './settingWords';
import { usePlayground } from './StoreContext';
import { PALETTE_BLACK } from './theme/chartColours';
import { useShownColour, useTheme } from './theme/useTheme';
import { useFocusStaysInGroup } from './useFocusStaysInGroup';
import { useVerdicts } from './Verdicts';

/** The palette's colours by name, for the colour picker (keys of the `runs` catalog's list.colours). */
const COLOUR_NAMES: Readonly<
  Record<string, 'blue' | 'vermillion' | 'green' | 'pink' | 'orange' | 'skyBlue' | 'black' | 'grey'>
> = {
  '#0072b2': 'blue',
  '#d55e00': 'vermillion',
  '#009e73': 'green',
  '#cc79a7': 'pink',
  '#e69f00': 'orange',
  '#56b4e9': 'skyBlue',
  '#000000': 'black',
  '#999999': 'grey',
};

/** An arrow drawn, not typed: a checker cannot tell a typed arrow from text, and would weigh its contrast as text. */
function ArrowIcon({ path }: { path: string }) {
  return (
    <svg className="icon" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
      <path d={path} fill="currentColor" />
    </svg>
  );
}

// Memoised: a metrics message changes one run; the other rows stay as they are.
const RunRow = memo(function RunRow({ run, index, count }: { run: Run; index: number; count: number }) {
  const { i18n } = useTranslation('runs');
  const words = settingWords(i18n);
  const differences = usePlayground((s) => cardText(run, s.runs, words));
  const selected = usePlayground((s) => s.selectedRunId === run.id);
  const trainerPhase = usePlayground((s) => s.trainerPhase);
  const selectRun = usePlayground((s) => s.selectRun);
  const renameRun = usePlayground((s) => s.renameRun);
  const setRunColour = usePlayground((s) => s.setRunColour);
  const moveRun = usePlayground((s) => s.moveRun);
  const duplicateRun = usePlayground((s) => s.duplicateRun);
  const removeRun = usePlayground((s) => s.removeRun);
  const verdicts = useVerdicts(run);
  const say = useSay();
  const { t: look } = useTranslation('look');
  const { t: scriptWords } = useTranslation('script');
  const { theme } = useTheme();
  const shown = useShownColour();
  const [problem, setProblem] = useState<Message | null>(null);
  const [draftName, setDraftName] = useState(run.name);
  const [shownName, setShownName] = useState(run.name);
  if (shownName !== run.name) {
    setShownName(run.name);
    setDraftName(run.name);
  }
  const { t, locale } = words;
  const phaseText = statusText(run, trainerPhase, words);
  const status =
    run.phase === 'diverged' && run.divergedAt !== null
      ? t('status.divergedAt', { step: countText(run.divergedAt, locale) })
      : run.stats.step
        ? t('status.atStep', { status: phaseText, step: countText(run.stats.step, locale) })
        : phaseText;
  const colours = RUN_COLOURS.includes(run.colour as (typeof RUN_COLOURS)[number])
    ? RUN_COLOURS
    : [run.colour, ...RUN_COLOURS];
  return (
    <li className={selected ? 'run is-selected' : 'run'} aria-current={selected ? 'true' : undefined}>
      <div className="run-head">
        {/* A swatch, with the (invisible) select over it: the select's text would be a colour name drawn unreadably. */}
        <span className="run-colour">
          <span className="run-colour-swatch" style={{ background: shown(run.colour) }} aria-hidden="true" />
          <select
            aria-label={t('list.colourOf', { name: run.name })}
            value={run.colour}
            onChange={(event) => setRunColour(run.id, event.target.value)}
          >
            {colours.map((colour) => (
              <option key={colour} value={colour}>
                {colour === PALETTE_BLACK && theme === 'dark'
                  ? look('inkOnDark')
                  : COLOUR_NAMES[colour]
                    ? t(`list.colours.${COLOUR_NAMES[colour]}`)
                    : colour}
              </option>
            ))}
          </select>
        </span>
        <input
          className="run-name"
          aria-label={t('list.nameOf', { n: index + 1 })}
          value={draftName}
          maxLength={60}
          onChange={(event) => setDraftName(event.target.value)}
          onBlur={() => {
            renameRun(run.id, draftName);
            setDraftName(run.name);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') renameRun(run.id, draftName);
          }}
        />
        <button
          type="button"
          className="small"
          aria-pressed={selected}
          aria-label={t('list.editRun', { name: run.name })}
          onClick={() => selectRun(run.id)}
        >
          {/* The same word pressed or not (its name must hold what it shows); pressed shows as pressed. */}
          {t('list.edit')}
        </button>
      </div>
      {differences && <p className="run-legend">{differences}</p>}
      <p
        className={statusIsProblem(run, trainerPhase) ? 'run-status is-problem' : 'run-status'}
        data-phase={run.phase}
        data-request={run.request ?? undefined}
      >
        {status}
      </p>
      {verdicts.length > 0 && (
        <p className="run-verdicts">
          ⚠ {verdicts.map((verdict) => say(verdict.title)).join(' · ')}{' '}
          {selected ? t('list.whyBelow') : t('list.whyEdit')}
        </p>
      )}
      <div className="run-actions">
        <button
          type="button"
          className="small"
          aria-label={t('list.duplicateRun', { name: run.name })}
          onClick={() => setProblem(duplicateRun(run.id))}
        >
          {t('list.duplicate')}
        </button>
        <button type="button" className="small" disabled={index === 0} onClick={() => moveRun(run.id, -1)}>
          <ArrowIcon path="M5 1 9 6H6v3H4V6H1z" />
          <span className="visually-hidden">{t('list.moveUp', { name: run.name })}</span>
        </button>
        <button type="button" className="small" disabled={index === count - 1} onClick={() => moveRun(run.id, 1)}>
          <ArrowIcon path="M5 9 1 4h3V1h2v3h3z" />
          <span className="visually-hidden">{t('list.moveDown', { name: run.name })}</span>
        </button>
        <button
          type="button"
          className="small"
          aria-label={t('list.removeRun', { name: run.name })}
          disabled={count === 1}
          onClick={() => removeRun(run.id)}
        >
          {t('list.remove')}
        </button>
        <ScriptExportButton
          className="small"
          label={scriptWords('runButton')}
          accessibleName={scriptWords('runButtonNamed', { name: run.name })}
          title={scriptWords('titleRun', { name: run.name })}
          fileStem={run.name}
          runs={() => [{ name: run.name, experiment: run.experiment }]}
        />
      </div>
      {problem && (
        <p className="problem" role="alert">
          {say(problem)}
        </p>
      )}
    </li>
  );
});

/** The experiment's runs: the first is the baseline; each other one is described by what differs from it. */
export function RunList() {
  const runs = usePlayground((s) => s.runs);
  const addRun = usePlayground((s) => s.addRun);
  const trainAll = usePlayground((s) => s.trainAll);
  const pauseAll = usePlayground((s) => s.pauseAll);
  const stopAll = usePlayground((s) => s.stopAll);
  const resetAll = usePlayground((s) => s.resetAll);
  // Booleans, so the buttons re-render only when what they can do changes, not with every report.
  const anyCanTrain = usePlayground((s) => s.runs.some((run) => canTrain(run, s.trainerPhase)));
  const anyCanPause = usePlayground((s) => s.runs.some(canPause));
  const anyCanStop = usePlayground((s) => s.runs.some(canStop));
  const anyCanReset = usePlayground((s) => s.runs.some((run) => canReset(run, s.trainerPhase)));
  const { t } = useTranslation('runs');
  const say = useSay();
  const [problem, setProblem] = useState<Message | null>(null);
  const allButtons = useRef<HTMLDivElement>(null);
  useFocusStaysInGroup(allButtons);
  return (
    <section className="runs" aria-label={t('list.region')}>
      <h2>{t('list.title')}</h2>
      <div className="buttons" ref={allButtons} role="group" aria-label={t('list.all')}>
        <button type="button" onClick={trainAll} disabled={!anyCanTrain}>
          {t('list.trainAll')}
        </button>
        <button type="button" onClick={pauseAll} disabled={!anyCanPause}>
          {t('list.pauseAll')}
        </button>
        <button type="button" onClick={stopAll} disabled={!anyCanStop}>
          {t('list.stopAll')}
        </button>
        <button type="button" onClick={resetAll} disabled={!anyCanReset}>
          {t('list.resetAll')}
        </button>
      </div>
      <ol className="run-list">
        {runs.map((run, index) => (
          <RunRow key={run.id} run={run} index={index} count={runs.length} />
        ))}
      </ol>
      <button type="button" onClick={() => setProblem(addRun())}>
        {t('list.addRun')}
      </button>
      {problem && (
        <p className="problem" role="alert">
          {say(problem)}
        </p>
      )}
    </section>
  );
}

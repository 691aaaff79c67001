import { readOwnDataset } from '../schema/datasetChoice';
import { useId, useState, type ReactNode } from 'react';
import type { ExperimentFieldName } from '../schema/experiment';
import type { FieldSpec } from '../schema/fields';
import { TipText } from './TipText';
import type { Problem } from '../schema/problems';
import { useFieldWords } from './i18n/fieldWords';

interface FieldControlProps {
  name: ExperimentFieldName;
  field: FieldSpec;
  value: unknown;
  disabled: boolean;
  /** Applies a value; returns why it was refused, empty when it was accepted. */
  onChange: (value: unknown) => Problem[];
  /** Shown under the control and its hint, e.g. what a change elsewhere did to this value. */
  children?: ReactNode;
  /** Choices beyond the schema's (the own datasets this browser holds), by value and shown text. */
  moreOptions?: readonly { value: string; label: string }[];
}

function format(field: FieldSpec, value: unknown): string {
  return field.kind === 'list' && Array.isArray(value) ? value.join(', ') : String(value);
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function parseText(field: FieldSpec, text: string): unknown {
  if (field.kind === 'list') {
    return text
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((part) => (NUMBER.test(part) ? Number(part) : NaN));
  }
  return text.trim() === '' ? undefined : Number(text);
}

/** One labelled control for one experiment setting; the visible label is its accessible name. */
export function FieldControl({
  name,
  field,
  value,
  disabled,
  onChange,
  children,
  moreOptions = [],
}: FieldControlProps) {
  const id = useId();
  const words = useFieldWords();
  const [draft, setDraft] = useState(() => format(field, value));
  const [problems, setProblems] = useState<Problem[]>([]);
  // Set once a refused value was put back on leaving the field: the problems then say it was not applied.
  const [notApplied, setNotApplied] = useState(false);

  // Follow changes made elsewhere (a loaded config, say), but never rewrite what the person is typing when it
  // already means this value ("0.10" stays "0.10" rather than jumping to "0.1"). Adjusted during render, as
  // React recommends over an effect.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    if (format(field, parseText(field, draft)) !== format(field, value)) setDraft(format(field, value));
  }

  const apply = (raw: unknown) => {
    setProblems(onChange(raw));
    setNotApplied(false);
  };
  const described = { 'aria-describedby': `${id}-hint${problems.length ? ` ${id}-problem` : ''}` };

  // An own dataset (from a link or an import) is no option of the schema's: it is shown by its title.
  const ownDataset = name === 'dataset' ? readOwnDataset(String(value)) : null;
  let control: ReactNode;
  switch (field.kind) {
    case 'boolean':
      control = (
        <label htmlFor={id} className="checkbox">
          <input
            id={id}
            type="checkbox"
            checked={value === true}
            disabled={disabled}
            {...described}
            onChange={(event) => apply(event.target.checked)}
          />
          {words.label(name)}
        </label>
      );
      break;
    case 'choice':
      control = (
        <select
          id={id}
          value={String(value)}
          disabled={disabled}
          {...described}
          onChange={(e) => apply(e.target.value)}
        >
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {words.option(name, option.value)}
            </option>
          ))}
          {moreOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {ownDataset && !moreOptions.some((option) => option.value === String(value)) && (
            <option value={String(value)}>{ownDataset.title}</option>
          )}
        </select>
      );
      break;
    case 'number':
    case 'list':
      control = (
        <input
          id={id}
          type={field.kind === 'number' ? 'number' : 'text'}
          inputMode="decimal"
          {...(field.kind === 'number' ? { min: field.min, max: field.max, step: field.step } : {})}
          value={draft}
          disabled={disabled}
          aria-invalid={problems.length > 0 && format(field, parseText(field, draft)) !== format(field, value)}
          {...described}
          onChange={(event) => {
            setDraft(event.target.value);
            apply(parseText(field, event.target.value));
          }}
          onBlur={() => {
            // Leaving a rejected value: show the value in effect again, and keep saying why the other was not taken.
            if (problems.length && format(field, parseText(field, draft)) !== format(field, value)) {
              setDraft(format(field, value));
              setNotApplied(true);
            }
          }}
        />
      );
      break;
    default: {
      const never: never = field;
      throw new Error(`Unknown field ${JSON.stringify(never)}`);
    }
  }

  return (
    <div className="field">
      {field.kind !== 'boolean' && <label htmlFor={id}>{words.label(name)}</label>}
      {control}
      <p className="hint" id={`${id}-hint`}>
        <TipText text={words.hint(name)} />
      </p>
      {problems.length > 0 && (
        <p className="problem" id={`${id}-problem`} role="alert">
          {problems.map((problem) => words.problem(problem, notApplied)).join(' ')}
        </p>
      )}
      {children}
    </div>
  );
}

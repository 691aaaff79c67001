import { useId, useState } from 'react';
import type { FieldSpec } from '../schema/fields';

interface FieldControlProps {
  field: FieldSpec;
  value: unknown;
  disabled: boolean;
  /** Applies a value; returns problems in plain words, empty when it was accepted. */
  onChange: (value: unknown) => string[];
}

function format(field: FieldSpec, value: unknown): string {
  return field.kind === 'intList' && Array.isArray(value) ? value.join(', ') : String(value);
}

function parseText(field: FieldSpec, text: string): unknown {
  if (field.kind === 'intList') {
    return text
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((part) => (/^[+-]?\d+(\.\d*)?$/.test(part) ? Number(part) : NaN));
  }
  return text.trim() === '' ? undefined : Number(text);
}

/** One labelled control for one experiment setting; the visible label is its accessible name. */
export function FieldControl({ field, value, disabled, onChange }: FieldControlProps) {
  const id = useId();
  const [draft, setDraft] = useState(() => format(field, value));
  const [problems, setProblems] = useState<string[]>([]);

  // Follow changes made elsewhere (a loaded config, say), but never rewrite what the person is typing when it
  // already means this value ("0.10" stays "0.10" rather than jumping to "0.1"). Adjusted during render, as
  // React recommends over an effect.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    if (format(field, parseText(field, draft)) !== format(field, value)) setDraft(format(field, value));
  }

  const apply = (raw: unknown) => setProblems(onChange(raw));
  const describedBy = `${id}-hint${problems.length ? ` ${id}-problem` : ''}`;

  return (
    <div className="field">
      <label htmlFor={id}>{field.label}</label>
      {field.kind === 'choice' ? (
        <select
          id={id}
          value={String(value)}
          disabled={disabled}
          aria-describedby={describedBy}
          onChange={(event) => apply(event.target.value)}
        >
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type={field.kind === 'number' ? 'number' : 'text'}
          inputMode={field.kind === 'number' ? 'decimal' : 'numeric'}
          {...(field.kind === 'number' ? { min: field.min, max: field.max, step: field.step } : {})}
          value={draft}
          disabled={disabled}
          aria-invalid={problems.length > 0}
          aria-describedby={describedBy}
          onChange={(event) => {
            setDraft(event.target.value);
            apply(parseText(field, event.target.value));
          }}
        />
      )}
      <p className="hint" id={`${id}-hint`}>
        {field.hint}
      </p>
      {problems.length > 0 && (
        <p className="problem" id={`${id}-problem`} role="alert">
          {problems.join(' ')}
        </p>
      )}
    </div>
  );
}

// One run's settings in a link: how a value is written and read, and how what a run changes is applied to its base,
// checked field by field and then together. Whatever does not hold is dropped with a reason; the result is always a
// valid experiment. Where each run sits in the link is urlCodec.ts's business.
import type { Message } from './message';
import { sayLink } from './linkWords';
import { EXPERIMENT_FIELDS, type Experiment, type ExperimentFieldName } from './experiment';
import type { FieldSpec } from './fields';
import { FIELD_BY_KEY, FIELD_NAMES } from './linkFieldKeys';
import type { ConfigBody } from './migrations';
import { labelMessage, problemMessage, reasonMessage, sameProblem, type Problem } from './problems';
import { fieldProblem, parseExperiment } from './validate';

export function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

function parseValue(field: FieldSpec, raw: string): unknown {
  switch (field.kind) {
    case 'choice':
      return raw;
    case 'boolean':
      return raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : raw;
    case 'number':
      return raw.trim() === '' ? raw : Number(raw);
    case 'list':
      return raw === '' ? [] : raw.split(',').map((part) => (part.trim() === '' ? NaN : Number(part)));
    default: {
      const never: never = field;
      throw new Error(`Unknown field ${JSON.stringify(never)}`);
    }
  }
}

export const same = (a: unknown, b: unknown) => formatValue(a) === formatValue(b);

/** A run's problem, said with the run it is about (the first run's alone: a one-run link has no run numbers). */
export const inRun = (index: number, text: Message): Message =>
  index === 0 ? text : sayLink('inRun', { n: index + 1, text });

const INVALID: Problem = { path: '', code: 'invalid', params: {} };

/** One run's settings as its link keys wrote them, by field; keys that are no setting are reported and dropped. */
export function readSettings(
  keys: ReadonlyMap<string, string>,
  index: number,
  problems: Message[],
): Map<ExperimentFieldName, string> {
  const settings = new Map<ExperimentFieldName, string>();
  for (const [key, rawValue] of keys) {
    const name = FIELD_BY_KEY.get(key);
    if (name) settings.set(name, rawValue);
    else problems.push(inRun(index, sayLink('notSetting', { key: key.slice(0, 40) })));
  }
  return settings;
}

export function parseSettings(settings: ReadonlyMap<ExperimentFieldName, string>): ConfigBody {
  const body: ConfigBody = {};
  for (const [name, rawValue] of settings) body[name] = parseValue(EXPERIMENT_FIELDS[name], rawValue);
  return body;
}

/** The fields where `body` differs from `from`, with `body`'s values. */
export function differences(body: ConfigBody, from: ConfigBody): ConfigBody {
  return Object.fromEntries(Object.entries(body).filter(([name, value]) => !same(value, from[name])));
}

/**
 * Applies what a run changes (current-version values, unvalidated) to its base. `written` is what the run's own
 * link keys held: only those are the link's settings, reported when invalid and undone when impossible together;
 * the other changes are a migration's, never undone.
 */
export function decodeExperiment(
  changes: ConfigBody,
  written: ReadonlyMap<ExperimentFieldName, string>,
  index: number,
  base: Experiment,
  problems: Message[],
): Experiment {
  const experiment: Record<string, unknown> = { ...base };
  const accepted: ExperimentFieldName[] = [];
  for (const name of FIELD_NAMES) {
    if (!(name in changes)) continue;
    const field = EXPERIMENT_FIELDS[name];
    const result = field.schema.safeParse(changes[name]);
    if (result.success) {
      experiment[name] = result.data;
      if (written.has(name)) accepted.push(name);
    } else if (written.has(name)) {
      const issue = result.error.issues[0];
      const reason = reasonMessage(issue ? fieldProblem(issue, name, changes[name]) : INVALID);
      const value = String(written.get(name)).slice(0, 40);
      problems.push(
        inRun(index, sayLink('badValue', { label: labelMessage(name), value, reason, kept: formatValue(base[name]) })),
      );
    }
  }
  // Settings valid one by one can still be impossible together. Undo the field the problem names if the link set
  // it, else the link's latest setting, until the whole is valid; a migration's own values are never undone.
  for (;;) {
    const parsed = parseExperiment(experiment);
    if (parsed.ok) return parsed.value;
    const problem = parsed.problems[0]!;
    const named = problem.path.split('.')[0] as ExperimentFieldName;
    // The named field if the link set it; else the link's setting whose removal makes this problem go away.
    const resolves = (candidate: ExperimentFieldName) => {
      const trial = parseExperiment({ ...experiment, [candidate]: base[candidate] });
      return trial.ok || !trial.problems.some((p) => sameProblem(p, problem));
    };
    const undo = accepted.includes(named) ? named : ([...accepted].reverse().find(resolves) ?? accepted.at(-1));
    if (!undo) {
      problems.push(inRun(index, sayLink('impossible', { problem: problemMessage(problem) })));
      return { ...base };
    }
    accepted.splice(accepted.indexOf(undo), 1);
    experiment[undo] = base[undo];
    const label = labelMessage(undo);
    const kept = formatValue(base[undo]);
    problems.push(inRun(index, sayLink('undone', { problem: problemMessage(problem), label, kept })));
  }
}

// Parsing at the edge: anything from outside (a stored config, a link, an import) goes through
// parseVersionedExperiment and comes back as a typed value or as problems that name the field.
import type { z } from 'zod';
import { EXPERIMENT_FIELDS, EXPERIMENT_VERSION, experimentSchema, type Experiment } from './experiment';
import type { FieldSpec } from './fields';
import { migrateToCurrent } from './migrations';
import type { PhraseParams } from './phrase';
import { PROBLEM_TEXTS, type Problem, type ProblemCode } from './problems';

export type { Problem } from './problems';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** A stored config: the current body plus the schema version that wrote it. */
export type VersionedExperiment = Experiment & { version: typeof EXPERIMENT_VERSION };

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const isProblemCode = (message: string): message is ProblemCode => Object.hasOwn(PROBLEM_TEXTS, message);

/** The values a field's problem names, read from the field's declaration (its range, its options). */
function paramsFor(field: FieldSpec | undefined, code: ProblemCode): PhraseParams {
  if (!field) return {};
  switch (code) {
    case 'notOneOf':
      return field.kind === 'choice' ? { values: field.options.map((option) => option.value).join(', ') } : {};
    case 'tooSmall':
      return field.kind === 'number' ? { min: field.min } : {};
    case 'tooLarge':
      return field.kind === 'number' ? { max: field.max } : {};
    case 'itemOutOfRange':
      return field.kind === 'list' ? { min: field.itemMin, max: field.itemMax } : {};
    case 'tooFewItems':
      return field.kind === 'list' ? { min: field.minItems } : {};
    case 'tooManyItems':
      return field.kind === 'list' ? { max: field.maxItems } : {};
    default:
      return {};
  }
}

/** One Zod issue of one field's validator as a problem; `path` is where the field sits (its name, or empty). */
export function fieldProblem(issue: z.core.$ZodIssue, name: string, input: unknown): Problem {
  const issuePath = [name, ...issue.path.map(String)].filter((part) => part !== '');
  const path = issuePath.join('.');
  const field = Object.hasOwn(EXPERIMENT_FIELDS, name)
    ? (EXPERIMENT_FIELDS as Record<string, FieldSpec>)[name]
    : undefined;
  if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined)
    return { path, code: 'missing', params: {} };
  const code = isProblemCode(issue.message) ? issue.message : 'invalid';
  return { path, code, params: paramsFor(field, code) };
}

function toProblems(error: z.ZodError, input: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ path: key, code: 'unknownSetting', params: {} });
      continue;
    }
    const crossField = issue.code === 'custom' ? (issue.params as { crossField?: Problem } | undefined) : undefined;
    if (crossField?.crossField) {
      problems.push({ ...crossField.crossField });
      continue;
    }
    const [head, ...rest] = issue.path;
    problems.push(
      fieldProblem({ ...issue, path: rest }, String(head ?? ''), valueAt(input, head === undefined ? [] : [head])),
    );
  }
  return problems;
}

/** Validates a config body of the current version. */
export function parseExperiment(input: unknown): ParseResult<Experiment> {
  const result = experimentSchema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: toProblems(result.error, input) };
}

/** Validates a stored config of any known version, migrating older ones to the current version. */
export function parseVersionedExperiment(input: unknown): ParseResult<Experiment> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ path: '', code: 'notAnObject', params: {} }] };
  }
  const { version, ...body } = input as Record<string, unknown>;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: [{ path: 'version', code: 'versionInvalid', params: {} }] };
  }
  if (version > EXPERIMENT_VERSION) {
    return {
      ok: false,
      problems: [{ path: 'version', code: 'versionNewer', params: { version, newest: EXPERIMENT_VERSION } }],
    };
  }
  return parseExperiment(migrateToCurrent(version, body));
}

export function toVersioned(experiment: Experiment): VersionedExperiment {
  return { version: EXPERIMENT_VERSION, ...experiment };
}

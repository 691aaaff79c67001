// Parsing at the edge: anything from outside (a stored config, a link, an import) goes through
// parseVersionedExperiment and comes back as a typed value or as problems that name the field.
import type { z } from 'zod';
import { EXPERIMENT_FIELDS, EXPERIMENT_VERSION, experimentSchema, type Experiment } from './experiment';
import { migrateToCurrent } from './migrations';

export interface Problem {
  /** Dotted path of the offending value, e.g. `hiddenLayers.2`; empty for the whole config. */
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** A stored config: the current body plus the schema version that wrote it. */
export type VersionedExperiment = Experiment & { version: typeof EXPERIMENT_VERSION };

function fieldLabel(path: readonly PropertyKey[]): string {
  const head = path[0];
  if (typeof head === 'string' && head in EXPERIMENT_FIELDS) {
    return EXPERIMENT_FIELDS[head as keyof typeof EXPERIMENT_FIELDS].label;
  }
  return '';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function toProblems(error: z.ZodError, input: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ path: key, message: `${key}: unknown setting` });
      continue;
    }
    const path = issue.path.map(String).join('.');
    if (issue.code === 'custom' && (issue.params as { crossField?: boolean } | undefined)?.crossField) {
      problems.push({ path, message: issue.message }); // already names every field involved
      continue;
    }
    const label = fieldLabel(issue.path);
    const item = issue.path.length > 1 ? ` (item ${Number(issue.path[1]) + 1})` : '';
    const message =
      issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined ? 'is missing' : issue.message;
    problems.push({ path, message: `${label || path}${item}: ${message}` });
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
    return { ok: false, problems: [{ path: '', message: 'The experiment must be an object of settings.' }] };
  }
  const { version, ...body } = input as Record<string, unknown>;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: [{ path: 'version', message: 'version: missing or not a positive whole number' }] };
  }
  if (version > EXPERIMENT_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: 'version',
          message: `version: ${version} was written by a newer playground (this one reads up to ${EXPERIMENT_VERSION})`,
        },
      ],
    };
  }
  return parseExperiment(migrateToCurrent(version, body));
}

export function toVersioned(experiment: Experiment): VersionedExperiment {
  return { version: EXPERIMENT_VERSION, ...experiment };
}

// One small pure `up` function per version step: MIGRATIONS[n] turns a version-n body into a version-(n+1) body.
// Each gets its own test in migrations.test.ts. Bodies are untyped here: they are validated after migrating.
import { EXPERIMENT_VERSION } from './experiment';

export type ConfigBody = Record<string, unknown>;

export const MIGRATIONS: Readonly<Record<number, (body: ConfigBody) => ConfigBody>> = {
  // Version 1 is the first; the first knob change adds `1: (v1) => v2` here.
};

export function migrateToCurrent(fromVersion: number, body: ConfigBody): ConfigBody {
  let current = body;
  for (let version = fromVersion; version < EXPERIMENT_VERSION; version++) {
    const up = MIGRATIONS[version];
    if (!up) throw new Error(`No migration from experiment version ${version}`);
    current = up(current);
  }
  return current;
}

// How the page names the runs it makes, and where a duplicate goes. A duplicate is "Run 1 (copy)" until one of
// its settings changes; then it is named after what changed from its source ("Learning rate: 0.01"), so that a
// person tells the runs apart without renaming each — unless they named it themselves. The words come from the
// page's catalog (the UI passes a RunNamer); the English one here is the schema's, for code without a catalog.
import { englishChange, type SettingChange } from '../schema/differences';
import type { Experiment } from '../schema/experiment';

export interface RunNamer {
  /** A duplicate's name while its settings are its source's: "Run 1 (copy)", then "Run 1 (copy 2)". */
  copy(sourceName: string, n: number): string;
  /** A duplicate's name once settings changed from its source's: "Learning rate: 0.01", then "… (2)". */
  changed(changes: readonly SettingChange[], n: number): string;
}

const suffix = (n: number) => (n > 1 ? ` (${n})` : '');

export const englishRunNamer: RunNamer = {
  copy: (sourceName, n) => `${sourceName} (copy${n > 1 ? ` ${n}` : ''})`,
  changed: (changes, n) => `${changes.map(englishChange).join(' · ')}${suffix(n)}`,
};

/** What a duplicate's automatic name is made from, until a person renames it. */
export interface AutoName {
  sourceName: string;
  /** The source's settings when it was duplicated: the changes are counted from these. */
  sourceSettings: Experiment;
}

/** The first name `candidate(n)` for n = 1, 2, … that no run has, cut to `maxLength`. */
export function freeName(taken: Iterable<string>, candidate: (n: number) => string, maxLength: number): string {
  const names = new Set(taken);
  for (let n = 1; ; n++) {
    const name = candidate(n).slice(0, maxLength);
    if (!names.has(name) || n > 99) return name;
  }
}

/**
 * Where a duplicate of `sourceId` goes: after the source and the copies already made from it (and their copies),
 * so that duplicating a run three times lists the copies in the order they were made.
 */
export function duplicatePosition(
  runs: readonly { id: string; copiedFrom: string | null }[],
  sourceId: string,
): number {
  const family = new Set([sourceId]);
  let index = runs.findIndex((run) => run.id === sourceId) + 1;
  while (index < runs.length && runs[index]!.copiedFrom !== null && family.has(runs[index]!.copiedFrom!)) {
    family.add(runs[index]!.id);
    index++;
  }
  return index;
}

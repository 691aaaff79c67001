// A link may train on an own dataset, which travels by name and fingerprint only: the reader must have imported
// the same data. Runs on one this browser does not hold open on MNIST instead, and the page says which dataset is
// missing (title and short fingerprint) and that it must be imported.
import { readOwnDataset, shortFingerprint, type OwnDatasetRef } from './datasetChoice';
import type { Message } from './message';
import { sayOwnData } from './ownDatasetWords';
import type { LinkState } from './urlCodec';

export interface DatasetsChecked {
  state: LinkState;
  /** The own datasets the link needs and this browser lacks, each once, in run order: what an import offer names. */
  missing: OwnDatasetRef[];
  /** One note per missing dataset. */
  notes: Message[];
}

/** The own datasets a link's runs name, each once, in run order. */
export function ownDatasetsNamed(state: LinkState): OwnDatasetRef[] {
  const seen = new Map<string, OwnDatasetRef>();
  for (const run of state.runs) {
    const own = readOwnDataset(run.experiment.dataset);
    if (own && !seen.has(own.fingerprint)) seen.set(own.fingerprint, own);
  }
  return [...seen.values()];
}

/** The link's runs with every own dataset `has` does not hold replaced by MNIST, and what is missing. */
export function withAvailableDatasets(state: LinkState, has: (fingerprint: string) => boolean): DatasetsChecked {
  const missing = ownDatasetsNamed(state).filter((ref) => !has(ref.fingerprint));
  if (!missing.length) return { state, missing, notes: [] };
  const lacking = new Set(missing.map((ref) => ref.fingerprint));
  const runs = state.runs.map((run) => {
    const own = readOwnDataset(run.experiment.dataset);
    return own && lacking.has(own.fingerprint)
      ? { ...run, experiment: { ...run.experiment, dataset: 'mnist' as const } }
      : run;
  });
  const notes = missing.map((ref) =>
    sayOwnData('missing', { title: ref.title, fingerprint: shortFingerprint(ref.fingerprint) }),
  );
  return { state: { ...state, runs }, missing, notes };
}

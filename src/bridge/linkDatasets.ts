// Before a link's runs reach the page: the own datasets they name are looked up in this browser's registry, and runs
// on one it lacks open on MNIST with a note naming it (schema/ownDatasetLink.ts). A link naming only built-ins is
// not delayed: the registry is read only when an own dataset is named.
import type { DatasetRegistry } from '../data/datasetRegistry';
import { ownDatasetsNamed, withAvailableDatasets } from '../schema/ownDatasetLink';
import type { OwnDatasetRef } from '../schema/datasetChoice';
import { sayOwnData } from '../schema/ownDatasetWords';
import type { OpenedLink } from './experimentLink';

export interface CheckedLink extends OpenedLink {
  /** Datasets the link needs that are not here: the hook for an "import it" offer (a later step). */
  missing: OwnDatasetRef[];
}

export async function withLinkDatasets(opened: OpenedLink, registry: DatasetRegistry | null): Promise<CheckedLink> {
  if (!ownDatasetsNamed(opened.state).length) return { ...opened, missing: [] };
  const held = new Set(registry ? (await registry.list().catch(() => [])).map((summary) => summary.fingerprint) : []);
  const checked = withAvailableDatasets(opened.state, (fingerprint) => held.has(fingerprint));
  if (!checked.notes.length) return { ...opened, missing: [] };
  const missing = sayOwnData('notes', { notes: { items: checked.notes, join: 'sentences' } });
  const notice = opened.notice ? sayOwnData('withLinkProblems', { missing, problems: opened.notice }) : missing;
  return { state: checked.state, notice, missing: checked.missing };
}

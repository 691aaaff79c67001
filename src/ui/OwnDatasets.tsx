// The own datasets this browser holds, for the controls: the registry (IndexedDB, or none where the browser has
// none), its list by title, kept fresh after an import or a removal, and the datasets an opened link named but this
// browser lacked (with what to do once one of them is imported).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { DatasetRegistry, OwnDatasetSummary } from '../data/datasetRegistry';
import type { OwnDatasetRef } from '../schema/datasetChoice';

export interface OwnDatasets {
  registry: DatasetRegistry | null;
  summaries: OwnDatasetSummary[];
  refresh(): Promise<void>;
  /** Datasets the opened link names that this browser lacks. */
  missing: OwnDatasetRef[];
  /** Tells the page an import stored this fingerprint (a missing one found: its runs can use it). */
  imported(fingerprint: string): void;
}

const NONE: OwnDatasets = {
  registry: null,
  summaries: [],
  refresh: () => Promise.resolve(),
  missing: [],
  imported: () => {},
};

const byTitle = (list: OwnDatasetSummary[]) => [...list].sort((a, b) => a.title.localeCompare(b.title));

const OwnDatasetsContext = createContext<OwnDatasets>(NONE);

export function OwnDatasetsProvider({
  registry,
  missing: initiallyMissing = [],
  onImported,
  children,
}: {
  registry: DatasetRegistry | null;
  missing?: OwnDatasetRef[];
  /** Called with a missing dataset the person just imported. */
  onImported?: (found: OwnDatasetRef) => void;
  children: ReactNode;
}) {
  const [summaries, setSummaries] = useState<OwnDatasetSummary[]>([]);
  const [missing, setMissing] = useState(initiallyMissing);
  const refresh = useCallback(async () => {
    if (registry) setSummaries(byTitle(await registry.list().catch(() => [])));
  }, [registry]);
  useEffect(() => {
    let live = true;
    registry
      ?.list()
      .then((list) => live && setSummaries(byTitle(list)))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [registry]);
  const imported = useCallback(
    (fingerprint: string) => {
      const found = missing.find((ref) => ref.fingerprint === fingerprint);
      if (!found) return;
      setMissing((before) => before.filter((ref) => ref.fingerprint !== fingerprint));
      onImported?.(found);
    },
    [missing, onImported],
  );
  const value = useMemo(
    () => ({ registry, summaries, refresh, missing, imported }),
    [registry, summaries, refresh, missing, imported],
  );
  return <OwnDatasetsContext.Provider value={value}>{children}</OwnDatasetsContext.Provider>;
}

export const useOwnDatasets = (): OwnDatasets => useContext(OwnDatasetsContext);

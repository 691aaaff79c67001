// Own datasets kept in the browser's IndexedDB, so a reload keeps them; they are never sent anywhere. Plain
// IndexedDB (no library): four calls, each one transaction. Summaries sit in their own store so listing the
// datasets does not read their bytes. Works in the page and in the trainer's worker (same origin, same database).
import { summaryOf, type DatasetRegistry, type OwnDataset, type OwnDatasetSummary } from './datasetRegistry';

const DB_NAME = 'playground-own-datasets';
const DB_VERSION = 1;
const SUMMARIES = 'summaries';
const DATA = 'datasets';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(DB_NAME, DB_VERSION);
  req.onupgradeneeded = () => {
    const db = req.result;
    if (!db.objectStoreNames.contains(SUMMARIES)) db.createObjectStore(SUMMARIES, { keyPath: 'fingerprint' });
    if (!db.objectStoreNames.contains(DATA)) db.createObjectStore(DATA, { keyPath: 'fingerprint' });
  };
  return request(req);
}

/** The browser's registry of own datasets; null where IndexedDB is unavailable (then none can be kept). */
export function indexedDbRegistry(factory: IDBFactory | undefined = globalThis.indexedDB): DatasetRegistry | null {
  if (!factory) return null;
  let opening: Promise<IDBDatabase> | null = null;
  const db = () => (opening ??= open(factory));
  return {
    async list() {
      const store = (await db()).transaction(SUMMARIES, 'readonly').objectStore(SUMMARIES);
      return (await request(store.getAll())) as OwnDatasetSummary[];
    },
    async get(fingerprint) {
      const store = (await db()).transaction(DATA, 'readonly').objectStore(DATA);
      return ((await request(store.get(fingerprint))) as OwnDataset | undefined) ?? null;
    },
    async put(dataset) {
      const transaction = (await db()).transaction([SUMMARIES, DATA], 'readwrite');
      transaction.objectStore(DATA).put(dataset);
      transaction.objectStore(SUMMARIES).put(summaryOf(dataset));
      await done(transaction);
    },
    async remove(fingerprint) {
      const transaction = (await db()).transaction([SUMMARIES, DATA], 'readwrite');
      transaction.objectStore(DATA).delete(fingerprint);
      transaction.objectStore(SUMMARIES).delete(fingerprint);
      await done(transaction);
    },
  };
}

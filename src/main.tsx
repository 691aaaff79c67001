import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { sayBridge } from './bridge/bridgeWords';
import { readExperimentLink, writeExperimentLink } from './bridge/experimentLink';
import { withLinkDatasets } from './bridge/linkDatasets';
import { readPageOptions } from './bridge/pageOptions';
import { connectTrainer } from './bridge/trainerConnection';
import type { OwnDataset } from './data/datasetRegistry';
import { indexedDbRegistry } from './data/indexedDbRegistry';
import { encodeLink } from './schema/urlCodec';
import { createPlaygroundStore, hasUnsavedResults, linkStateOf } from './store/playgroundStore';
import { App } from './ui/App';
import { OwnDatasetsProvider } from './ui/OwnDatasets';
import { startPageLanguage } from './ui/i18n/pageLanguage';
import { catalogRunNamer } from './ui/settingWords';
import { StoreProvider } from './ui/StoreContext';
import { TipDialogProvider } from './ui/TipDialog';
import { startTheme } from './ui/theme/useTheme';
import './ui/styles.css';
import './ui/tips.css';

/** Losses, health and evaluations reach the page together at most this often: the curves move 4 times a second. */
const HOLD_DATA_MS = 250;

const i18n = startPageLanguage();
startTheme();
const options = readPageOptions(location.search);
// Own datasets live in this browser's IndexedDB (the trainer's worker reads the same database).
const ownDatasets = indexedDbRegistry();
// A link naming an own dataset this browser lacks opens on MNIST with a note (the registry is read only then).
const linked = readExperimentLink(location.hash);
const opened = await withLinkDatasets(linked, ownDatasets);
const store = createPlaygroundStore(opened.state, { holdDataMs: HOLD_DATA_MS, namer: catalogRunNamer(i18n) });
if (opened.notice) store.getState().setNotice(opened.notice);

// The address bar holds the link of what is on the page: derived from the link state, written when it changes.
let shownLink = encodeLink(linkStateOf(store.getState()));
writeExperimentLink(linkStateOf(store.getState()));
store.subscribe((state, previous) => {
  const linkParts =
    state.runs !== previous.runs ||
    state.view !== previous.view ||
    state.hidden !== previous.hidden ||
    state.classroom !== previous.classroom ||
    state.lessonId !== previous.lessonId;
  // A pasted link the person chose not to open must leave the address bar again.
  const keptOld = previous.confirmation?.kind === 'link' && state.confirmation === null;
  if (!linkParts && !keptOld) return;
  const link = encodeLink(linkStateOf(state));
  if (link !== shownLink || keptOld) {
    shownLink = link;
    writeExperimentLink(linkStateOf(state));
  }
});

// Another link pasted into this tab (or edited by hand) opens that experiment; the page asks first when trained,
// unsaved results would be lost.
window.addEventListener('hashchange', () => void openPastedLink());
async function openPastedLink() {
  const next = await withLinkDatasets(readExperimentLink(location.hash), ownDatasets);
  if (encodeLink(next.state) === shownLink) {
    writeExperimentLink(linkStateOf(store.getState())); // the same experiment, written another way
    return;
  }
  store.getState().openLink(next.state, next.notice);
}

// Closing the tab with trained results no file holds asks first (the browser words the question).
window.addEventListener('beforeunload', (event) => {
  if (store.getState().runs.some(hasUnsavedResults)) event.preventDefault();
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>
        <OwnDatasetsProvider
          registry={ownDatasets}
          missing={opened.missing}
          // A dataset the link named is here now: open the link again, so its runs train on it.
          onImported={() =>
            void withLinkDatasets(linked, ownDatasets).then((next) =>
              store.getState().openLink(next.state, next.notice),
            )
          }
        >
          <TipDialogProvider>
            <App />
          </TipDialogProvider>
        </OwnDatasetsProvider>
      </StoreProvider>
    </I18nextProvider>
  </StrictMode>,
);

// Test hook: lets end-to-end tests import a person's own files through the import worker (it has no controls yet).
(window as unknown as { __ownData: object }).__ownData = {
  import: async (files: File[], target?: { side: number; channels: 1 | 3 }) => {
    const { startOwnDataImport } = await import('./data/ownData/client');
    const started = startOwnDataImport(files, { target });
    return { result: await started.result, inWorker: await started.inWorker };
  },
};

const baseUrl = new URL(import.meta.env.BASE_URL, location.href).href;
connectTrainer({
  prefer: options.thread,
  backend: options.backend,
  baseUrl,
  listener: (message) => store.getState().receive(message),
  onFallback: (reason) => store.getState().setNotice(sayBridge('mainThread', { reason })),
})
  .then((connection) => {
    store.getState().attach(connection.send, connection.thread);
    // Test hook: lets end-to-end tests make the GPU context be lost, as a driver reset would.
    (window as unknown as { __playground: object }).__playground = {
      loseContext: () => connection.send({ type: 'loseContext', payload: {} }),
      // Test hook: puts an own dataset into this browser's registry, as the import dialog (a later step) will.
      putOwnDataset: (dataset: OwnDataset) => ownDatasets?.put(dataset),
    };
  })
  .catch((error: unknown) =>
    store.getState().receive({
      type: 'error',
      payload: { kind: 'backend', message: sayBridge('trainerFailed', { reason: String(error) }) },
    }),
  );

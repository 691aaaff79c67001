import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readExperimentLink, writeExperimentLink } from './bridge/experimentLink';
import { readPageOptions } from './bridge/pageOptions';
import { connectTrainer } from './bridge/trainerConnection';
import { createPlaygroundStore, linkStateOf, type PlaygroundState } from './store/playgroundStore';
import { App } from './ui/App';
import { StoreProvider } from './ui/StoreContext';
import './ui/styles.css';

const options = readPageOptions(location.search);
const opened = readExperimentLink(location.hash);
const store = createPlaygroundStore(opened.state);
if (opened.notice) store.getState().setNotice(opened.notice);
writeExperimentLink(linkStateOf(store.getState()));

/** The link changes with the runs' settings, names and colours, the view and the hidden controls, not with metrics. */
const linkChanged = (state: PlaygroundState, previous: PlaygroundState) =>
  state.view !== previous.view ||
  state.hidden !== previous.hidden ||
  state.runs.length !== previous.runs.length ||
  state.runs.some((run, i) => {
    const before = previous.runs[i]!;
    return run.experiment !== before.experiment || run.name !== before.name || run.colour !== before.colour;
  });
store.subscribe((state, previous) => {
  if (linkChanged(state, previous)) writeExperimentLink(linkStateOf(state));
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);

const baseUrl = new URL(import.meta.env.BASE_URL, location.href).href;
connectTrainer({
  prefer: options.thread,
  backend: options.backend,
  baseUrl,
  listener: (message) => store.getState().receive(message),
  onFallback: (reason) => store.getState().setNotice(`Training runs on the page's main thread: ${reason}.`),
})
  .then((connection) => {
    store.getState().attach(connection.send, connection.thread);
    // Test hook: lets end-to-end tests make the GPU context be lost, as a driver reset would.
    (window as unknown as { __playground: object }).__playground = {
      loseContext: () => connection.send({ type: 'loseContext', payload: {} }),
    };
  })
  .catch((error: unknown) =>
    store.getState().receive({ type: 'error', payload: { kind: 'backend', message: String(error) } }),
  );

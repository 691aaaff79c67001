// The address bar as the experiment's link: read once at start, then kept in step with every change through
// history.replaceState (no new history entry per keystroke).
import type { Experiment } from '../schema/experiment';
import { decodeLink, encodeLink } from '../schema/urlCodec';

export interface OpenedLink {
  experiment: Experiment;
  /** What the link asked for that could not be used, for the page to say. */
  notice: string | null;
}

export function readExperimentLink(hash: string): OpenedLink {
  const { state, problems } = decodeLink(hash);
  const messages = [...problems];
  if (state.runs.length > 1) {
    messages.push(
      `The link holds ${state.runs.length} runs; this version of the playground shows one at a time, so only “${state.runs[0]!.name}” was opened.`,
    );
  }
  return {
    experiment: state.runs[0]!.experiment,
    notice: messages.length ? `Some of the link's settings were not used: ${messages.join(' ')}` : null,
  };
}

export function experimentUrl(experiment: Experiment, location: Pick<Location, 'pathname' | 'search'>): string {
  return `${location.pathname}${location.search}#${encodeLink({ runs: [{ name: 'Run 1', experiment }] })}`;
}

export function writeExperimentLink(experiment: Experiment): void {
  const url = experimentUrl(experiment, window.location);
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.replaceState(window.history.state, '', url);
  }
}

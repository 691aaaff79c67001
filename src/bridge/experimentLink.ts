// The address bar as the experiment's link: read once at start, then kept in step with every change through
// history.replaceState (no new history entry per keystroke).
import type { Message } from '../schema/message';
import { decodeLink, encodeLink, type LinkState } from '../schema/urlCodec';
import { sayBridge } from './bridgeWords';

export interface OpenedLink {
  state: LinkState;
  /** What the link asked for that could not be used, for the page to say. */
  notice: Message | null;
}

export function readExperimentLink(hash: string): OpenedLink {
  const { state, problems } = decodeLink(hash);
  return {
    state,
    notice: problems.length ? sayBridge('linkProblems', { problems: { items: problems, join: 'sentences' } }) : null,
  };
}

export function experimentUrl(state: LinkState, location: Pick<Location, 'pathname' | 'search'>): string {
  return `${location.pathname}${location.search}#${encodeLink(state)}`;
}

export function writeExperimentLink(state: LinkState): void {
  const url = experimentUrl(state, window.location);
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.replaceState(window.history.state, '', url);
  }
}

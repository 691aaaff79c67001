import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../schema/experiment';
import { experimentUrl, readExperimentLink } from './experimentLink';

describe('the address bar as the experiment link', () => {
  it('opens an empty fragment as the defaults, with nothing to say', () => {
    expect(readExperimentLink('')).toEqual({ experiment: defaultExperiment(), notice: null });
  });

  it('says what it dropped, and that only the first of several runs is shown', () => {
    const opened = readExperimentLink('#lr=fast&name=Baseline&r1.opt=sgd');
    expect(opened.experiment).toEqual(defaultExperiment());
    expect(opened.notice).toBe(
      "Some of the link's settings were not used: Learning rate: “fast” must be a number; kept 0.001. " +
        'The link holds 2 runs; this version of the playground shows one at a time, so only “Baseline” was opened.',
    );
  });

  it('keeps the page address and its switches, replacing only the fragment', () => {
    const url = experimentUrl({ ...defaultExperiment(), epochs: 5 }, { pathname: '/app/', search: '?backend=cpu' });
    expect(url).toBe('/app/?backend=cpu#v=2&epochs=5');
  });
});

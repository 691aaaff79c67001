import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../schema/experiment';
import { defaultLinkState } from '../schema/urlCodec';
import { labelMessage } from '../schema/problems';
import { sayLink } from '../schema/linkWords';
import { sayBridge } from './bridgeWords';
import { experimentUrl, readExperimentLink } from './experimentLink';

describe('the address bar as the experiment link', () => {
  it('opens an empty fragment as the defaults, with nothing to say', () => {
    expect(readExperimentLink('')).toEqual({ state: defaultLinkState(), notice: null });
  });

  it('opens every run of the link, and says what it dropped', () => {
    const opened = readExperimentLink('#lr=fast&name=Baseline&r1.opt=sgd');
    expect(opened.state.runs.map((run) => [run.name, run.experiment.optimizer])).toEqual([
      ['Baseline', 'adam'],
      ['Run 2', 'sgd'],
    ]);
    expect(opened.state.runs[0]!.experiment).toEqual(defaultExperiment());
    expect(opened.notice).toEqual(
      sayBridge('linkProblems', {
        problems: {
          items: [
            sayLink('badValue', {
              label: labelMessage('learningRate'),
              value: 'fast',
              reason: { code: 'fields:problems.notNumber', params: {} },
              kept: '0.001',
            }),
          ],
          join: 'sentences',
        },
      }),
    );
  });

  it('keeps the page address and its switches, replacing only the fragment', () => {
    const state = defaultLinkState();
    state.runs[0]!.experiment = { ...defaultExperiment(), epochs: 5 };
    const url = experimentUrl(state, { pathname: '/app/', search: '?backend=cpu' });
    expect(url).toBe('/app/?backend=cpu#v=3&epochs=5');
  });
});

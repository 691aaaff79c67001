import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../schema/experiment';
import { benchExperiment, describeModel, messageText } from './benchModels';

describe('bench models', () => {
  it('times the defaults as shipped, with the CNN differing in its architecture only', () => {
    const mlp = benchExperiment('mlp', true);
    const cnn = benchExperiment('cnn', true);
    expect({ ...mlp, evalEverySteps: 200, epochs: 2 }).toEqual(defaultExperiment());
    expect({ ...cnn, architecture: 'mlp' }).toEqual(mlp);
    expect(mlp.evalEverySteps).toBe(0);
  });

  it('trains the loss curves with the defaults unless told otherwise', () => {
    expect(benchExperiment('mlp', false)).toEqual(defaultExperiment());
    const small = benchExperiment('cnn', false, { batchSize: 8, constantRate: true });
    expect(small).toMatchObject({ architecture: 'cnn', batchSize: 8, schedule: 'constant' });
  });

  it('names the layers', () => {
    expect(describeModel(benchExperiment('mlp', true), 784, 10)).toBe('784-256-128-10');
    expect(describeModel(benchExperiment('cnn', true), 784, 10)).toBe('conv 3×3 16-32, max pool → dense 128 → 10');
  });

  it("reads a trainer message's detail, or its code", () => {
    expect(messageText({ code: 'messages:trainer.stoppedByError', params: { step: 1, detail: 'no kernel' } })).toBe(
      'no kernel',
    );
    expect(messageText({ code: 'messages:trainer.noRun' })).toBe('messages:trainer.noRun {}');
    expect(messageText(undefined)).toBe('no reason given');
  });
});

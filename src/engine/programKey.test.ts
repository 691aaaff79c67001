import { describe, expect, it } from 'vitest';
import { defaultExperiment } from '../schema/experiment';
import { programKey } from './programKey';

describe('programKey', () => {
  it('is shared by runs that differ only in values fed to the same programs, and differs with the model', () => {
    const base = defaultExperiment();
    const key = programKey(base);
    expect(programKey({ ...base, seed: 7, learningRate: 0.1, epochs: 9, evalEverySteps: 60 })).toBe(key);
    expect(programKey({ ...base, schedule: 'constant' })).toBe(key);
    expect(programKey({ ...base, architecture: 'cnn' })).not.toBe(key);
    expect(programKey({ ...base, batchSize: 64 })).not.toBe(key);
    expect(programKey({ ...base, activation: 'sigmoid' })).not.toBe(key);
  });
});

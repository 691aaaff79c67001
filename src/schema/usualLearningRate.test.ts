import { describe, expect, it } from 'vitest';
import { EXPERIMENT_FIELDS } from './experiment';
import {
  isOptimizer,
  learningRateNoteText,
  noteHolds,
  optimizerLabel,
  switchOptimizer,
  USUAL_LEARNING_RATES,
} from './usualLearningRate';

describe('USUAL_LEARNING_RATES', () => {
  it('has a rate for every optimizer the schema offers, each one the learning-rate field accepts', () => {
    const offered = EXPERIMENT_FIELDS.optimizer.options.map((option) => option.value);
    expect(Object.keys(USUAL_LEARNING_RATES).sort()).toEqual([...offered].sort());
    const { min, max } = EXPERIMENT_FIELDS.learningRate;
    for (const rate of Object.values(USUAL_LEARNING_RATES)) expect(rate >= min && rate <= max).toBe(true);
  });

  it('starts the default run (Adam) at its usual rate, so a first switch moves the rate', () => {
    expect(EXPERIMENT_FIELDS.learningRate.defaultValue).toBe(
      USUAL_LEARNING_RATES[EXPERIMENT_FIELDS.optimizer.defaultValue],
    );
  });

  it('knows the optimizers by their ids only', () => {
    expect(isOptimizer('sgd')).toBe(true);
    expect(isOptimizer('SGD')).toBe(false);
    expect(isOptimizer('toString')).toBe(false);
    expect(isOptimizer(1)).toBe(false);
  });
});

describe('switchOptimizer', () => {
  it('moves a rate left at the old optimizer’s usual one to the new one’s, and says so', () => {
    const switched = switchOptimizer({ optimizer: 'adam', learningRate: 0.001 }, 'sgd');
    expect(switched).toEqual({
      learningRate: 0.1,
      note: { kind: 'set', optimizer: 'sgd', rate: 0.1, previousOptimizer: 'adam', previousRate: 0.001 },
    });
    expect(learningRateNoteText(switched.note!)).toBe(
      "Learning rate set to 0.1, SGD's usual rate (it was 0.001, Adam's).",
    );
    const back = switchOptimizer({ optimizer: 'sgd', learningRate: 0.1 }, 'momentum');
    expect(back.learningRate).toBe(0.01);
    expect(learningRateNoteText(back.note!)).toBe(
      "Learning rate set to 0.01, SGD with momentum's usual rate (it was 0.1, SGD's).",
    );
  });

  it('keeps a rate the person chose, and offers the usual one', () => {
    const switched = switchOptimizer({ optimizer: 'adam', learningRate: 0.005 }, 'sgd');
    expect(switched).toEqual({
      learningRate: 0.005,
      note: { kind: 'kept', optimizer: 'sgd', rate: 0.005, usualRate: 0.1 },
    });
    expect(learningRateNoteText(switched.note!)).toBe(
      "SGD's usual learning rate is 0.1; this run keeps its own, 0.005.",
    );
  });

  it('says nothing when the rate already suits the new optimizer, or the optimizer did not change', () => {
    expect(switchOptimizer({ optimizer: 'adam', learningRate: 0.001 }, 'rmsprop')).toEqual({
      learningRate: 0.001,
      note: null,
    });
    expect(switchOptimizer({ optimizer: 'adam', learningRate: 0.1 }, 'sgd')).toEqual({ learningRate: 0.1, note: null });
    expect(switchOptimizer({ optimizer: 'sgd', learningRate: 0.5 }, 'sgd')).toEqual({ learningRate: 0.5, note: null });
  });

  it('holds its note only while the optimizer and the rate are what it describes', () => {
    const { note } = switchOptimizer({ optimizer: 'adam', learningRate: 0.001 }, 'adamax');
    expect(note).toMatchObject({ kind: 'set', rate: 0.002 });
    expect(noteHolds(note!, { optimizer: 'adamax', learningRate: 0.002 })).toBe(true);
    expect(noteHolds(note!, { optimizer: 'adamax', learningRate: 0.003 })).toBe(false);
    expect(noteHolds(note!, { optimizer: 'nadam', learningRate: 0.002 })).toBe(false);
  });

  it('names each optimizer as its control does', () => {
    expect(optimizerLabel('nesterov')).toBe('Nesterov momentum');
    expect(optimizerLabel('adagrad')).toBe('AdaGrad');
  });
});

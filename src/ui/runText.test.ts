import { beforeAll, describe, expect, it } from 'vitest';
import { defaultExperiment, type Experiment } from '../schema/experiment';
import { createRun, type Run } from '../store/runState';
import { i18n, startCatalog } from './i18n/catalog';
import { cardText, containsPhrase, legendText, nameSays, statusIsProblem, statusText } from './runText';
import { catalogRunNamer, settingWords } from './settingWords';

beforeAll(() => {
  startCatalog('en');
});

const base = defaultExperiment();
const run = (id: string, name: string, change: Partial<Experiment> = {}): Run =>
  createRun(id, name, '#0072b2', { ...base, ...change });

describe('a setting in words', () => {
  it('says the label and the option’s name, not its code', () => {
    const words = settingWords(i18n);
    expect(words.change({ name: 'optimizer', value: 'momentum' })).toBe('Optimizer: SGD with momentum');
    expect(words.change({ name: 'activation', value: 'relu' })).toBe('Activation: ReLU');
    expect(words.change({ name: 'learningRate', value: 0.01 })).toBe('Learning rate: 0.01');
    expect(words.change({ name: 'batchNormEpsilon', value: 1e-5 })).toBe('Batch norm ε: 1e-5');
    expect(words.change({ name: 'trainingExamples', value: 60_000 })).toBe('Training examples (N): 60,000');
    expect(words.change({ name: 'hiddenLayers', value: [64, 32] })).toBe('Hidden layer sizes: 64, 32');
    expect(words.change({ name: 'useBias', value: false })).toBe('Biases: off');
    expect(
      words.changes([
        { name: 'optimizer', value: 'sgd' },
        { name: 'learningRate', value: 0.1 },
      ]),
    ).toBe('Optimizer: SGD · Learning rate: 0.1');
  });

  it('says it in Chinese on a Chinese page (the run words; field labels come from the fields namespace)', async () => {
    await i18n.changeLanguage('zh-CN');
    try {
      const words = settingWords(i18n);
      expect(words.value({ name: 'useBias', value: false })).toBe('关');
      expect(words.value({ name: 'hiddenLayers', value: [64, 32] })).toBe('64、32');
      expect(catalogRunNamer(i18n).copy('Run 1', 1)).toBe('Run 1（副本）');
      expect(catalogRunNamer(i18n).copy('Run 1', 2)).toBe('Run 1（副本 2）');
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});

describe('whether a name says a change', () => {
  const words = () => settingWords(i18n);
  it('finds a whole word or phrase, any case', () => {
    expect(containsPhrase('ReLU, deep', 'relu')).toBe(true);
    expect(containsPhrase('slr', 'lr')).toBe(false);
    expect(containsPhrase('Run 1 (copy)', 'Run 1')).toBe(true);
  });
  it('takes a choice’s option by label or code, but not a bare number', () => {
    expect(nameSays('ReLU', { name: 'activation', value: 'relu' }, words())).toBe(true);
    expect(nameSays('SGD 0.1', { name: 'optimizer', value: 'sgd' }, words())).toBe(true);
    expect(nameSays('SGD 0.1', { name: 'learningRate', value: 0.1 }, words())).toBe(false);
    expect(nameSays('Run 3', { name: 'epochs', value: 3 }, words())).toBe(false);
    expect(nameSays('Learning rate: 0.1', { name: 'learningRate', value: 0.1 }, words())).toBe(true);
  });
});

describe('legend entries and the run card', () => {
  const words = () => settingWords(i18n);

  it('name the baseline as such, and a lone run by its name alone', () => {
    const first = run('a', 'Run 1');
    expect(legendText(first, [first], words())).toBe('Run 1');
    expect(cardText(first, [first], words())).toBeNull();
    const runs = [first, run('b', 'Run 2', { optimizer: 'momentum' })];
    expect(legendText(first, runs, words())).toBe('Run 1 (baseline)');
    expect(cardText(first, runs, words())).toBe('Baseline: the other runs are compared with it');
  });

  it('give the name once, then what differs in words', () => {
    const runs = [run('a', 'Run 1'), run('b', 'Run 2', { optimizer: 'momentum' })];
    expect(legendText(runs[1]!, runs, words())).toBe('Run 2 — Optimizer: SGD with momentum');
    // The card shows the name in its box already: only what differs.
    expect(cardText(runs[1]!, runs, words())).toBe('Optimizer: SGD with momentum');
  });

  it('never repeat what the name says', () => {
    const relu = [run('a', 'Sigmoid', { activation: 'sigmoid' }), run('b', 'ReLU', { activation: 'relu' })];
    expect(legendText(relu[1]!, relu, words())).toBe('ReLU');
    expect(cardText(relu[1]!, relu, words())).toBeNull();
    const sgd = [run('a', 'Adam'), run('b', 'SGD 0.1', { optimizer: 'sgd', learningRate: 0.1 })];
    expect(legendText(sgd[1]!, sgd, words())).toBe('SGD 0.1 — Learning rate: 0.1');
    const copy = [run('a', 'Run 1'), run('b', 'Learning rate: 0.01', { learningRate: 0.01 })];
    expect(legendText(copy[1]!, copy, words())).toBe('Learning rate: 0.01');
  });

  it('say when a run has the baseline’s settings', () => {
    const runs = [run('a', 'Run 1'), run('b', 'Run 1 (copy)')];
    expect(legendText(runs[1]!, runs, words())).toBe('Run 1 (copy) — same settings');
    expect(cardText(runs[1]!, runs, words())).toBe('Same settings as the baseline');
  });
});

describe('a run’s status', () => {
  const words = () => settingWords(i18n);
  it('is a problem when the run diverged or an error stopped it, not when it was stopped as asked', () => {
    const stoppedAsked: Run = { ...run('a', 'A'), phase: 'stopped', stopAsked: true };
    const earlyStopped: Run = {
      ...run('a', 'A'),
      phase: 'stopped',
      notice: { code: 'messages:trainer.earlyStopping' },
    };
    const broke: Run = { ...run('a', 'A'), phase: 'stopped', error: { code: 'messages:trainer.stoppedByError' } };
    const diverged: Run = { ...run('a', 'A'), phase: 'diverged' };
    expect(statusIsProblem(stoppedAsked, 'ready')).toBe(false);
    expect(statusIsProblem(earlyStopped, 'ready')).toBe(false);
    expect(statusIsProblem(broke, 'ready')).toBe(true);
    expect(statusIsProblem(diverged, 'ready')).toBe(true);
    expect(statusIsProblem(run('a', 'A'), 'failed')).toBe(true);
    // After a fatal error a run that had finished still says so, as its export does.
    const finished: Run = { ...run('a', 'A'), phase: 'finished' };
    expect(statusText(finished, 'failed', words())).toBe('Finished');
    expect(statusIsProblem(finished, 'failed')).toBe(false);
    expect(statusText({ ...run('a', 'A'), phase: 'stopped' }, 'failed', words())).toBe('Stopped by an error');
    expect(statusText(stoppedAsked, 'ready', words())).toBe('Stopped');
  });
});

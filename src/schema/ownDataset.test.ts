import { english } from '../ui/i18n/english';
import { describe, expect, it } from 'vitest';
import { datasetChoice, ownDatasetValue, readOwnDataset, shortFingerprint } from './datasetChoice';
import { defaultExperiment, type Experiment } from './experiment';
import { ownDatasetsNamed, withAvailableDatasets } from './ownDatasetLink';
import { decodeLink, encodeLink, type LinkState } from './urlCodec';
import { parseExperiment, parseVersionedExperiment } from './validate';
import { defaultChartView, defaultRunColour } from './view';

const CATS = 'own:0123456789abcdef:Our cats & dogs' as const;
const state = (...datasets: Experiment['dataset'][]): LinkState => ({
  runs: datasets.map((dataset, i) => ({
    name: `Run ${i + 1}`,
    colour: defaultRunColour(i),
    experiment: { ...defaultExperiment(), dataset },
  })),
  view: defaultChartView(),
  hidden: [],
});

describe('the dataset setting', () => {
  it('names a built-in as before, or an own dataset by fingerprint and title', () => {
    expect(datasetChoice('fashion')).toEqual({ kind: 'builtIn', name: 'fashion' });
    expect(datasetChoice(CATS)).toEqual({ kind: 'own', fingerprint: '0123456789abcdef', title: 'Our cats & dogs' });
    expect(ownDatasetValue({ fingerprint: 'ABCDEF0123', title: '  Our\u0007 cats ' })).toBe('own:abcdef0123:Our cats');
    expect(shortFingerprint('0123456789abcdef')).toBe('01234567');
  });

  it('accepts only well-formed own values: hex fingerprint of 8–64 digits, a clean title of 1–60 characters', () => {
    for (const bad of ['own:', 'own:0123456:x', 'own:0123456789abcdeg:x', 'own:01234567:', 'own:01234567:a\u0000b'])
      expect(readOwnDataset(bad), bad).toBeNull();
    expect(readOwnDataset(`own:${'a'.repeat(64)}:${'t'.repeat(60)}`)).not.toBeNull();
    expect(readOwnDataset(`own:${'a'.repeat(65)}:t`)).toBeNull();
    expect(readOwnDataset(`own:01234567:${'t'.repeat(61)}`)).toBeNull();
    expect(parseExperiment({ ...defaultExperiment(), dataset: CATS }).ok).toBe(true);
    const bad = parseExperiment({ ...defaultExperiment(), dataset: 'cifar' });
    expect(bad.ok ? [] : bad.problems).toEqual([
      { path: 'dataset', code: 'notOneOf', params: { values: 'mnist, fashion' } },
    ]);
  });

  it('keeps old JSON exports as they were: a v3 body naming a built-in parses unchanged', () => {
    const parsed = parseVersionedExperiment({ version: 3, ...defaultExperiment(), dataset: 'fashion' });
    expect(parsed.ok && parsed.value.dataset).toBe('fashion');
  });
});

describe('an own dataset in a link', () => {
  it('is written by name and fingerprint and read back the same', () => {
    const link = encodeLink(state(CATS));
    expect(link).toBe('v=3&data=own%3A0123456789abcdef%3AOur+cats+%26+dogs');
    expect(decodeLink(link)).toEqual({ state: state(CATS), problems: [] });
  });

  it('leaves a built-in link as it always was', () => {
    expect(encodeLink(state('fashion'))).toBe('v=3&data=fashion');
  });

  it('drops a malformed own value with a reason and keeps MNIST', () => {
    const { state: read, problems } = decodeLink('v=3&data=own%3Axyz%3Acats');
    expect(read.runs[0]!.experiment.dataset).toBe('mnist');
    expect(problems.map(english)).toEqual(['Dataset: “own:xyz:cats” must be one of mnist, fashion; kept mnist.']);
  });
});

describe('a link that needs a dataset this browser does not have', () => {
  const FOXES = 'own:fedcba9876543210:Foxes' as const;

  it('names each own dataset once, in run order', () => {
    expect(ownDatasetsNamed(state('mnist', CATS, FOXES, CATS))).toEqual([
      { fingerprint: '0123456789abcdef', title: 'Our cats & dogs' },
      { fingerprint: 'fedcba9876543210', title: 'Foxes' },
    ]);
  });

  it('opens those runs on MNIST, keeps the runs whose data is here, and says which dataset is missing', () => {
    const checked = withAvailableDatasets(state(CATS, FOXES, 'fashion'), (fp) => fp === 'fedcba9876543210');
    expect(checked.state.runs.map((run) => run.experiment.dataset)).toEqual(['mnist', FOXES, 'fashion']);
    expect(checked.missing).toEqual([{ fingerprint: '0123456789abcdef', title: 'Our cats & dogs' }]);
    expect(checked.notes.map(english)).toEqual([
      'This link trains on “Our cats & dogs” (fingerprint 01234567), a dataset of its author’s that this browser ' +
        'does not have; it opened on MNIST instead. Import that dataset to train on it.',
    ]);
  });

  it('changes nothing when every dataset is here', () => {
    const whole = state(CATS, 'mnist');
    expect(withAvailableDatasets(whole, () => true)).toEqual({ state: whole, missing: [], notes: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { runs } from '../ui/i18n/en/runs';
import { CHART_METRICS } from './view';
import { evaluationRecordSchema, formatMetric, METRICS, readMeasurement } from './runRecord';

describe('the run record', () => {
  it('reads the strings a file writes for non-finite numbers, and nothing else', () => {
    expect(readMeasurement(0.25)).toBe(0.25);
    expect(readMeasurement('NaN')).toBeNaN();
    expect(readMeasurement('Infinity')).toBe(Infinity);
    expect(readMeasurement('-Infinity')).toBe(-Infinity);
    expect(readMeasurement('1.5')).toBeUndefined();
    expect(readMeasurement(null)).toBeUndefined();
  });

  it('parses an evaluation record from a file, keeping its optional scores', () => {
    const parsed = evaluationRecordSchema.parse({
      step: 200,
      epoch: 0.1,
      seconds: 3,
      testLoss: 'Infinity',
      testAccuracy: 0.1,
      train: { loss: 0.5, accuracy: 'NaN' },
    });
    expect(parsed.testLoss).toBe(Infinity);
    expect(parsed.train!.accuracy).toBeNaN();
    expect(
      evaluationRecordSchema.safeParse({ step: -1, epoch: 0, seconds: 0, testLoss: 1, testAccuracy: 1 }).success,
    ).toBe(false);
  });

  it('formats values by the metric table: losses to 4 places, accuracy in percent, rates to 3 digits', () => {
    expect(formatMetric(0.123456, METRICS.trainLoss.format)).toBe('0.1235');
    expect(formatMetric(0.97812, METRICS.testAccuracy.format)).toBe('97.81%');
    expect(formatMetric(0.00012345, METRICS.learningRate.format)).toBe('0.000123');
    expect(formatMetric(NaN, 'loss')).toBe('NaN');
  });

  it('gives the chart its metric choices, with the page catalog’s English labels from the table', () => {
    expect(CHART_METRICS.map((m) => METRICS[m].label)).toEqual(CHART_METRICS.map((m) => runs.chart.metric[m]));
    expect(CHART_METRICS.map((m) => METRICS[m].label)).toEqual([
      'Training loss',
      'Test loss',
      'Test accuracy',
      'Learning rate',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { drawingsSuffice, drawnDataset, MIN_DRAWINGS_A_CLASS } from './drawnDataset';

const image = (value: number) => new Uint8Array(28 * 28).fill(value);

describe('drawnDataset', () => {
  it('labels each drawing by its class position, in the order drawn, 28 × 28 grey with no test split', () => {
    const dataset = drawnDataset('mine', ['a', 'b'], [[image(1), image(2)], [image(3)]]);
    expect(dataset.train.count).toBe(3);
    expect([...dataset.train.labels]).toEqual([0, 0, 1]);
    expect([dataset.train.images[0], dataset.train.images[784], dataset.train.images[2 * 784 + 783]]).toEqual([
      1, 2, 3,
    ]);
    expect(dataset.train.images.length).toBe(3 * 784);
    expect(dataset.test).toBeNull();
    expect(dataset.info).toMatchObject({ height: 28, width: 28, channels: 1, classNames: ['a', 'b'], format: 'drawn' });
  });

  it('refuses a drawing of the wrong size', () => {
    expect(() => drawnDataset('mine', ['a', 'b'], [[new Uint8Array(10)], []])).toThrow('10 pixels');
  });

  it('suffices only when every class (at least two) has enough drawings', () => {
    const enough = Array.from({ length: MIN_DRAWINGS_A_CLASS }, () => image(0));
    expect(drawingsSuffice([enough, enough])).toBe(true);
    expect(drawingsSuffice([enough, enough.slice(1)])).toBe(false);
    expect(drawingsSuffice([enough])).toBe(false);
  });
});

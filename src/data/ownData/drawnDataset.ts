// Drawings made on the import dialog's pad as a dataset: each class's examples (28 × 28 grey bytes, already fitted
// like MNIST's digits) in the order drawn, labelled by the class's position. No test split comes with them: the
// dialog's seeded split (toRegistry.ts) takes one off, as for files without one.
import type { OwnDataset } from './types';

export const DRAWN_SIDE = 28;
export const MIN_DRAWN_CLASSES = 2;
export const MAX_DRAWN_CLASSES = 10;
/** Drawings each class needs before the dataset can be used (so the split leaves some in training and test). */
export const MIN_DRAWINGS_A_CLASS = 5;

/** Whether every class has enough drawings to be used. */
export const drawingsSuffice = (drawings: readonly (readonly Uint8Array[])[]): boolean =>
  drawings.length >= MIN_DRAWN_CLASSES && drawings.every((list) => list.length >= MIN_DRAWINGS_A_CLASS);

export function drawnDataset(title: string, classNames: string[], drawings: readonly (readonly Uint8Array[])[]) {
  const pixels = DRAWN_SIDE * DRAWN_SIDE;
  const count = drawings.reduce((sum, list) => sum + list.length, 0);
  const images = new Uint8Array(count * pixels);
  const labels = new Uint8Array(count);
  let i = 0;
  drawings.forEach((list, label) =>
    list.forEach((image) => {
      if (image.length !== pixels) throw new RangeError(`a drawing has ${image.length} pixels, not ${pixels}`);
      images.set(image, i * pixels);
      labels[i++] = label;
    }),
  );
  const dataset: OwnDataset = {
    info: {
      title,
      format: 'drawn',
      height: DRAWN_SIDE,
      width: DRAWN_SIDE,
      channels: 1,
      classNames,
      ownTestSplit: false,
    },
    train: { count, images, labels },
    test: null,
  };
  return dataset;
}

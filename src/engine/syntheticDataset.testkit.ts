import type { Dataset } from '../data/datasets';
import { createRandom } from './random';

/**
 * A small learnable task in MNIST's layout: 4×4 images of 3 classes, where class c lights up row c and labels
 * cycle 0, 1, 2. Noise keeps it from being trivial.
 */
export function syntheticDataset(trainCount = 256, testCount = 60): Dataset {
  const random = createRandom(99);
  const make = (count: number) => {
    const images = new Uint8Array(count * 16);
    const labels = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      const label = i % 3;
      labels[i] = label;
      for (let p = 0; p < 16; p++) {
        const lit = Math.floor(p / 4) === label;
        images[i * 16 + p] = Math.min(255, Math.floor((lit ? 180 : 0) + random.next() * 75));
      }
    }
    return { count, images, labels };
  };
  return {
    info: {
      name: 'mnist',
      title: 'synthetic',
      height: 4,
      width: 4,
      channels: 1,
      classNames: ['a', 'b', 'c'],
      trainCount,
      testCount,
    },
    train: make(trainCount),
    test: make(testCount),
  };
}

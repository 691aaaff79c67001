// Gradient clipping (M07, L09). By value clips each component and so can turn the gradient's direction
// ([100, 1] at 1 becomes [1, 1]); by global norm rescales all gradients together and keeps the direction.
import { tf } from './tf';
import type { Clipping } from './trainingSpec';

/** Returns clipped gradients (new tensors; the caller owns them, typically inside tf.tidy). */
export function clipGradients(gradients: readonly tf.Tensor[], clipping: Clipping): tf.Tensor[] {
  switch (clipping.kind) {
    case 'none':
      return [...gradients];
    case 'value':
      return gradients.map((g) => tf.clipByValue(g, -clipping.threshold, clipping.threshold));
    case 'globalNorm': {
      // scale = threshold / max(‖g‖, threshold), ‖g‖ over every gradient at once (Pascanu et al. 2013).
      const squares = gradients.map((g) => tf.sum(tf.square(g)));
      const norm = tf.sqrt(tf.addN(squares));
      const scale = tf.div(clipping.threshold, tf.maximum(norm, clipping.threshold));
      return gradients.map((g) => tf.mul(g, scale));
    }
    default: {
      const never: never = clipping;
      throw new Error(`Unknown clipping ${JSON.stringify(never)}`);
    }
  }
}

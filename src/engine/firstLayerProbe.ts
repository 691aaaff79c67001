// The first weight layer as pictures: on health steps, the shown units' incoming weights and their gradient are
// copied into the step's health probe (packed at its end, read back with it: no read of their own), and on request
// the shown units' activations on one digit. An MLP shows its first SHOWN_UNITS hidden units, each unit's
// height·width incoming weights as one image-sized tile; a CNN shows conv 1's filters (k × k), up to SHOWN_FILTERS.
import type { DigitSource, FirstLayerSample, UnitActivations } from '../protocol/trainerProtocol';
import type { Network } from './model';
import { tf } from './tf';
import { createBatchBuffers, fillBatch, type PreparedData } from './trainingData';

export type { FirstLayerSample };

export const SHOWN_UNITS = 16;
export const SHOWN_FILTERS = 32;

/** What a first-layer probe holds: everything of a FirstLayerSample but the step and the numbers. */
export type FirstLayerLayout = Omit<FirstLayerSample, 'step' | 'weights' | 'gradients'>;

/** The first layer's tiles and the size of the images the network is fed. */
export interface FirstLayerView {
  layout: FirstLayerLayout;
  imageHeight: number;
  imageWidth: number;
}

export function firstLayerView(network: Network, height: number, width: number): FirstLayerView {
  return { layout: firstLayerLayout(network, height, width), imageHeight: height, imageWidth: width };
}

/** The first weight layer's tiles, for an image of height × width fed to `network`. */
export function firstLayerLayout(network: Network, height: number, width: number): FirstLayerLayout {
  const kernel = network.kernels[0]!;
  const layer = network.weightLayerNames()[0]!;
  if (kernel.rank === 4) {
    const [k, , , filters] = kernel.shape as [number, number, number, number];
    return {
      layer,
      kind: 'conv',
      units: Math.min(filters, SHOWN_FILTERS),
      totalUnits: filters,
      tileHeight: k,
      tileWidth: k,
    };
  }
  const [inputs, units] = kernel.shape as [number, number];
  const square = height * width === inputs;
  return {
    layer,
    kind: 'dense',
    units: Math.min(units, SHOWN_UNITS),
    totalUnits: units,
    tileHeight: square ? height : 1,
    tileWidth: square ? width : inputs,
  };
}

/** Values a probe part of this layout holds: the weights' tiles, then the gradients'. */
export function firstLayerPartSize(layout: FirstLayerLayout): number {
  return 2 * layout.units * layout.tileHeight * layout.tileWidth;
}

/** A dense [inputs, units] or conv [k, k, c, filters] kernel's shown units as tiles: [units, tileHeight·tileWidth]. */
function tiles(kernel: tf.Tensor, layout: FirstLayerLayout): tf.Tensor {
  if (layout.kind === 'dense') return tf.transpose(tf.slice(kernel, [0, 0], [-1, layout.units]));
  const k = layout.tileHeight;
  // Conv 1's first input channel, the only one of a grey image (the red one of RGB): [k, k, c, filters] → [filters, k·k].
  const shown = tf.reshape(tf.slice(kernel, [0, 0, 0, 0], [k, k, 1, layout.units]), [k * k, layout.units]);
  return tf.transpose(shown);
}

/** [weights' tiles, gradients' tiles], flat, to append to a health probe. Inside a tidy. */
export function firstLayerPart(kernel: tf.Tensor, gradient: tf.Tensor, layout: FirstLayerLayout): tf.Tensor1D {
  return tf.concat([tf.reshape(tiles(kernel, layout), [-1]), tf.reshape(tiles(gradient, layout), [-1])]) as tf.Tensor1D;
}

/** Reads the first-layer part back from the end of a probe's values (copies: the sample is sent to the page). */
export function unpackFirstLayer(values: Float32Array, layout: FirstLayerLayout, step: number): FirstLayerSample {
  const size = firstLayerPartSize(layout) / 2;
  const start = values.length - 2 * size;
  return {
    step,
    ...layout,
    weights: values.slice(start, start + size),
    gradients: values.slice(start + size, start + 2 * size),
  };
}

/** The image as the page shows it beside the maps: one grey value a pixel, an RGB image's channels averaged. */
export function greyImage(image: Uint8Array, channels: number): Float32Array {
  if (channels === 1) return Float32Array.from(image);
  const grey = new Float32Array(image.length / channels);
  for (let p = 0; p < grey.length; p++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += image[p * channels + c]!;
    grey[p] = sum / channels;
  }
  return grey;
}

/**
 * The shown units' activations (after the activation function, batch norm as at inference) on one digit, with the
 * network's current weights: a CNN's conv-1 maps, an MLP's one value per unit. One read-back.
 */
export async function measureUnitActivations(
  trainer: { network: Network; data: PreparedData; firstLayer: FirstLayerView; currentStep: number },
  digit: DigitSource,
  requestId: number,
): Promise<UnitActivations> {
  const { network, data } = trainer;
  const { layout, imageHeight, imageWidth } = trainer.firstLayer;
  let image: Uint8Array;
  let said: UnitActivations['digit'];
  if (digit.kind === 'test') {
    const index = Math.min(Math.max(0, Math.floor(digit.index)), data.test.count - 1);
    image = data.test.images.subarray(index * data.pixels, (index + 1) * data.pixels);
    said = { kind: 'test', index, label: data.test.labels[index]! };
  } else {
    if (digit.pixels.length !== data.pixels)
      throw new Error(`a drawing of ${digit.pixels.length} pixels, not ${data.pixels}`);
    image = digit.pixels;
    said = { kind: 'drawn' };
  }
  const buffers = createBatchBuffers(1, data);
  fillBatch(buffers, { images: image, labels: new Uint8Array(1), count: 1 }, [0], 0, data);
  const maps = tf.tidy(() => {
    const outputs: tf.Tensor[] = [];
    network.forward(tf.tensor2d(buffers.inputs, [1, data.pixels]), { training: false, layerOutputs: outputs });
    const first = outputs[0]!;
    if (layout.kind === 'dense') return tf.reshape(tf.slice(first, [0, 0], [1, layout.units]), [layout.units, 1, 1]);
    // [1, height, width, filters] → [filters, height, width]
    return tf.transpose(tf.squeeze(tf.slice(first, [0, 0, 0, 0], [-1, -1, -1, layout.units]), [0]), [2, 0, 1]);
  });
  let values: Float32Array;
  try {
    values = (await maps.data()) as Float32Array;
  } finally {
    maps.dispose();
  }
  return {
    requestId,
    step: trainer.currentStep,
    digit: said,
    units: layout.units,
    imageHeight,
    imageWidth,
    image: greyImage(image, data.pixels / (imageHeight * imageWidth)),
    mapHeight: maps.shape[1]!,
    mapWidth: maps.shape[2]!,
    values,
  };
}

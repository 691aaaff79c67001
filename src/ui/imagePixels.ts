// Dataset images between the page and the model, as plain arithmetic: how a stored image (height × width ×
// channels bytes, HWC) is painted, and how a grey drawing becomes an image of the dataset's size and channels.

/** The size an image of the dataset has. */
export interface ImageShape {
  height: number;
  width: number;
  /** 1 (grey) or 3 (RGB). */
  channels: number;
}

/** MNIST's digits fill a 20-pixel box in a 28-pixel image; drawings keep that share of the dataset's smaller side. */
export function drawingBox({ height, width }: Pick<ImageShape, 'height' | 'width'>): number {
  return Math.max(1, Math.round((Math.min(height, width) * 20) / 28));
}

/** A grey drawing (one byte a pixel) as the dataset's images: the same grey in every channel. */
export function greyToChannels(grey: Uint8Array, channels: number): Uint8Array {
  if (channels === 1) return grey;
  const out = new Uint8Array(grey.length * channels);
  grey.forEach((value, i) => out.fill(value, i * channels, (i + 1) * channels));
  return out;
}

/**
 * RGBA for a canvas: a grey image as dark ink on white (255 − value, as MNIST is shown), an RGB image as it is.
 */
export function imageRgba(pixels: ArrayLike<number>, shape: ImageShape): Uint8ClampedArray<ArrayBuffer> {
  const count = shape.height * shape.width;
  const rgba = new Uint8ClampedArray(count * 4);
  for (let i = 0; i < count; i++) {
    if (shape.channels === 3) {
      rgba[i * 4] = pixels[i * 3]!;
      rgba[i * 4 + 1] = pixels[i * 3 + 1]!;
      rgba[i * 4 + 2] = pixels[i * 3 + 2]!;
    } else {
      const ink = 255 - pixels[i * shape.channels]!;
      rgba[i * 4] = ink;
      rgba[i * 4 + 1] = ink;
      rgba[i * 4 + 2] = ink;
    }
    rgba[i * 4 + 3] = 255;
  }
  return rgba;
}

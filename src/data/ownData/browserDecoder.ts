// Decodes and fits an image with what only a browser has: createImageBitmap and OffscreenCanvas (in a worker or on the
// page). The pure parts (where it goes, grey conversion) are in imageFit.ts; zipFolders.ts takes this as a function.
import { fitRect, fromRgba } from './imageFit';
import type { DecodeImage } from './zipFolders';

/** The browser's decoder, or null where createImageBitmap or OffscreenCanvas is missing. */
export function browserDecoder(): DecodeImage | null {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return null;
  return async (bytes, { side, channels }) => {
    let bitmap: ImageBitmap;
    try {
      bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>]));
    } catch {
      return null;
    }
    try {
      const canvas = new OffscreenCanvas(side, side);
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return null;
      context.fillStyle = '#000';
      context.fillRect(0, 0, side, side);
      context.imageSmoothingEnabled = true;
      context.imageSmoothingQuality = 'high';
      const { x, y, w, h } = fitRect(bitmap.width, bitmap.height, side);
      context.drawImage(bitmap, x, y, w, h);
      return fromRgba(context.getImageData(0, 0, side, side).data, channels);
    } finally {
      bitmap.close();
    }
  };
}

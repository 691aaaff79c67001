// The drawing pad's ink: pointer strokes (mouse, finger or pen) on a 224 × 224 canvas, and the drawing fitted to a
// dataset's image size as MNIST's digits are. Used by the Draw-a-digit tool and by the import dialog's drawn dataset.
import { useEffect, useRef, type PointerEvent, type RefObject } from 'react';
import { drawingBox, greyToChannels, type ImageShape } from './imagePixels';

export const PAD = 224;
/**
 * The drawing as the dataset stores images: its height × width (28 × 28 for MNIST), white on black, 0–255, fitted
 * into a centred box as MNIST's digits are (20 × 20 of 28 × 28, drawingBox); for RGB the grey in every channel.
 */
export function toImage(canvas: HTMLCanvasElement, shape: ImageShape): Uint8Array | null {
  const { height: rows, width: columns } = shape;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  let top = canvas.height;
  let left = canvas.width;
  let bottom = -1;
  let right = -1;
  for (let y = 0; y < canvas.height; y++) {
    for (let x = 0; x < canvas.width; x++) {
      if (data[(y * canvas.width + x) * 4 + 3]! > 0) {
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
        left = Math.min(left, x);
        right = Math.max(right, x);
      }
    }
  }
  if (bottom < 0) return null;
  const width = right - left + 1;
  const height = bottom - top + 1;
  const scale = drawingBox(shape) / Math.max(width, height);
  const small = document.createElement('canvas');
  small.width = columns;
  small.height = rows;
  const target = small.getContext('2d', { willReadFrequently: true })!;
  target.imageSmoothingQuality = 'high';
  target.drawImage(
    canvas,
    left,
    top,
    width,
    height,
    (columns - width * scale) / 2,
    (rows - height * scale) / 2,
    width * scale,
    height * scale,
  );
  const pixels = target.getImageData(0, 0, columns, rows).data;
  const grey = Uint8Array.from({ length: rows * columns }, (_, i) => pixels[i * 4 + 3]!);
  return greyToChannels(grey, shape.channels);
}

/** Pointer handlers that ink `canvas`; `onStroke` hears when a stroke begins, `onFinish` when it ends. */
export function usePadStrokes(
  canvas: RefObject<HTMLCanvasElement | null>,
  { onStroke, onFinish }: { onStroke?: () => void; onFinish: () => void },
) {
  const last = useRef<{ x: number; y: number } | null>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.lineWidth = 18;
    context.strokeStyle = '#000';
  }, [canvas]);

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) / box.width) * PAD,
      y: ((event.clientY - box.top) / box.height) * PAD,
    };
  };
  const stroke = (to: { x: number; y: number }) => {
    const context = canvas.current?.getContext('2d');
    if (!context || !last.current) return;
    context.beginPath();
    context.moveTo(last.current.x, last.current.y);
    context.lineTo(to.x, to.y);
    context.stroke();
    last.current = to;
  };
  const finish = () => {
    if (!last.current) return;
    last.current = null;
    onFinish();
  };
  return {
    onPointerDown: (event: PointerEvent<HTMLCanvasElement>) => {
      event.currentTarget.setPointerCapture?.(event.pointerId);
      last.current = point(event);
      stroke({ ...last.current, x: last.current.x + 0.01 });
      onStroke?.();
    },
    onPointerMove: (event: PointerEvent<HTMLCanvasElement>) => {
      if (last.current) stroke(point(event));
    },
    onPointerUp: finish,
    onPointerLeave: finish,
  };
}

/** Wipes the pad. */
export function clearPad(canvas: HTMLCanvasElement | null): void {
  canvas?.getContext('2d')?.clearRect(0, 0, PAD, PAD);
}

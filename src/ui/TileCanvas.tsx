import { useEffect, useRef } from 'react';
import { tilePixels } from '../charting/divergingColours';

/**
 * One tile of signed values on the diverging map (charting/divergingColours.ts), one canvas pixel per value; CSS
 * scales it up without smoothing. Decorative inside a labelled button; an image of its own when given a label.
 */
export function TileCanvas({
  values,
  offset = 0,
  height,
  width,
  scale,
  label,
  className = 'tile-canvas',
}: {
  values: ArrayLike<number>;
  offset?: number;
  height: number;
  width: number;
  scale: number;
  label?: string;
  className?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.putImageData(new ImageData(tilePixels(values, offset, height, width, scale), width, height), 0, 0);
  }, [values, offset, height, width, scale]);
  return (
    <canvas
      ref={canvas}
      width={width}
      height={height}
      className={className}
      style={{ aspectRatio: `${width} / ${height}` }}
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    />
  );
}

/** A digit as stored (0–255, white strokes on black in the data) drawn dark on light, as the drawing pad shows it. */
export function DigitCanvas({
  image,
  height,
  width,
  label,
}: {
  image: ArrayLike<number>;
  height: number;
  width: number;
  label: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const pixels = new Uint8ClampedArray(height * width * 4);
    for (let i = 0; i < height * width; i++) {
      const ink = 255 - image[i]!;
      pixels.set([ink, ink, ink, 255], i * 4);
    }
    context.putImageData(new ImageData(pixels, width, height), 0, 0);
  }, [image, height, width]);
  return (
    <canvas
      ref={canvas}
      width={width}
      height={height}
      className="tile-canvas digit-canvas"
      role="img"
      aria-label={label}
    />
  );
}

// The pure half of fitting a person's image to the size the model sees: the size a PNG or JPEG declares in its header
// (read before decoding, so a 100000×100000 image is refused unopened), where the fitted image lies in the square
// (scaled to fit, aspect kept, centred, the rest black like MNIST's background), and RGBA to grey or RGB bytes.

export type ImageKind = 'png' | 'jpeg';

export function imageKind(bytes: Uint8Array): ImageKind | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47)
    return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return null;
}

/** Width and height from the header: PNG's IHDR, or JPEG's first start-of-frame marker; null if not found. */
export function declaredImageSize(bytes: Uint8Array): { width: number; height: number } | null {
  const kind = imageKind(bytes);
  if (kind === 'png') {
    if (bytes.length < 24) return null;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (kind === 'jpeg') {
    let at = 2;
    while (at + 9 < bytes.length) {
      if (bytes[at] !== 0xff) return null;
      const marker = bytes[at + 1]!;
      if (marker === 0xff) {
        at++;
        continue;
      }
      const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
      // SOF0…SOF15, except DHT (C4), JPG (C8) and DAC (CC), carry the frame's size.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: (bytes[at + 5]! << 8) | bytes[at + 6]!, width: (bytes[at + 7]! << 8) | bytes[at + 8]! };
      }
      at += 2 + length;
    }
  }
  return null;
}

/** Where a width × height image goes in a side × side square: scaled to fit, aspect kept, centred. */
export function fitRect(width: number, height: number, side: number): { x: number; y: number; w: number; h: number } {
  const scale = side / Math.max(width, height);
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  return { x: Math.floor((side - w) / 2), y: Math.floor((side - h) / 2), w, h };
}

/** RGBA bytes (alpha ignored: the image was drawn on black) to grey (ITU-R BT.601 luma) or RGB bytes. */
export function fromRgba(rgba: Uint8Array | Uint8ClampedArray, channels: 1 | 3): Uint8Array {
  const pixels = rgba.length / 4;
  const out = new Uint8Array(pixels * channels);
  for (let i = 0; i < pixels; i++) {
    const r = rgba[4 * i]!;
    const g = rgba[4 * i + 1]!;
    const b = rgba[4 * i + 2]!;
    if (channels === 1) out[i] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
    else out.set([r, g, b], 3 * i);
  }
  return out;
}

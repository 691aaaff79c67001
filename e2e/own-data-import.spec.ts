// The one path of a person's own data that needs the real browser: PNGs in a ZIP decoded by createImageBitmap and
// fitted on an OffscreenCanvas, inside the import worker. Driven through a test hook: the import has no controls yet.
import { zipSync } from 'fflate';
import { expect, test } from './fixtures/playground';

interface Summary {
  inWorker: boolean;
  ok: boolean;
  problems?: unknown;
  classNames?: string[];
  labels?: number[];
  rows?: number[][];
  leftOut?: unknown;
}

test('a ZIP of PNG folders is decoded and fitted to 28×28 grey in the import worker', async ({ playground, page }) => {
  await playground.open('');
  // Real PNGs, encoded by the browser: a white 40×20 bar ("bar") and a black 10×10 square on red ("red").
  const pngs = await page.evaluate(async () => {
    const png = async (w: number, h: number, colour: string) => {
      const canvas = new OffscreenCanvas(w, h);
      const context = canvas.getContext('2d')!;
      context.fillStyle = colour;
      context.fillRect(0, 0, w, h);
      return Array.from(new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer()));
    };
    return { bar: await png(40, 20, '#fff'), red: await png(10, 10, '#f00') };
  });
  const zip = zipSync({
    'shapes/bar/1.png': Uint8Array.from(pngs.bar),
    'shapes/bar/2.png': Uint8Array.from(pngs.bar),
    'shapes/red/1.png': Uint8Array.from(pngs.red),
    'shapes/red/broken.png': Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13),
  });
  const summary: Summary = await page.evaluate(async (bytes) => {
    const file = new File([Uint8Array.from(bytes)], 'shapes.zip');
    const hook = (window as unknown as { __ownData: { import(files: File[]): Promise<any> } }).__ownData; // eslint-disable-line @typescript-eslint/no-explicit-any
    const { result, inWorker } = await hook.import([file]);
    if (!result.ok) return { inWorker, ok: false, problems: result.problems };
    const { train, info } = result.dataset;
    // Column 14 of rows 0, 6, 8, 14, 19, 21 and 27 of each image (away from the bar's edges, rows 7 and 20).
    const rows = Array.from({ length: train.count }, (_, i) =>
      [0, 6, 8, 14, 19, 21, 27].map((y) => train.images[i * 784 + y * 28 + 14]),
    );
    return {
      inWorker,
      ok: true,
      classNames: info.classNames,
      labels: Array.from(train.labels),
      rows,
      leftOut: result.leftOut,
    };
  }, Array.from(zip));

  expect(summary.inWorker).toBe(true);
  expect(summary.ok).toBe(true);
  expect(summary.classNames).toEqual(['bar', 'red']);
  expect(summary.labels).toEqual([0, 0, 1]);
  // The 40×20 bar fills 28×14, centred: rows 7–20 white, rows 0–6 and 21–27 the black background.
  expect(summary.rows![0]).toEqual([0, 0, 255, 255, 255, 0, 0]);
  expect(summary.rows![1]).toEqual(summary.rows![0]);
  // Pure red fills the square: BT.601 grey 0.299 × 255 ≈ 76.
  expect(summary.rows![2]).toEqual([76, 76, 76, 76, 76, 76, 76]);
  expect(summary.leftOut).toEqual([
    { reason: { code: 'ownData:reason.undecodable' }, count: 1, where: ['shapes/red/broken.png'] },
  ]);
});

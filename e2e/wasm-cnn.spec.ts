// A CNN trains on wasm in the browser: TF.js 4.22's wasm backend has no convolution filter gradient, the engine
// registers one (src/engine/wasmKernels). Short: a few dozen steps of the default CNN.
import { expect, test } from './fixtures/playground';

test('a CNN trains on wasm: the loss falls and nothing fails', async ({ playground }) => {
  await playground.open('?backend=wasm');
  await playground.waitUntilReady();
  const mlpParameters = await playground.statText('Parameters');
  await playground.setting('Architecture').selectOption({ label: 'CNN (conv blocks + dense)' });
  await expect(playground.stat('Parameters')).not.toHaveText(mlpParameters);
  await expect(playground.stat('Status')).toHaveText('Ready');

  await playground.trainUntilTheLossFalls(40);
  expect(await playground.statText('Backend')).toBe('wasm');
  await expect(playground.alert()).toHaveCount(0);
  expect(playground.pageErrors).toEqual([]);
});

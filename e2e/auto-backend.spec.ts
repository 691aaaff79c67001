import { expect, test } from './fixtures/playground';

// Auto times each backend that starts on the run's model and trains on the fastest; the page says which and why.
// Here (no GPU) WebGL runs on SwiftShader, a software renderer, and the reason names it.
test('with no backend asked for, the page names the backend it measured fastest and says why', async ({
  playground,
}) => {
  await playground.open();
  await playground.waitUntilReady();
  const backend = await playground.statText('Backend');
  expect(['webgpu', 'webgl', 'wasm', 'cpu']).toContain(backend);
  const why = playground.stat('Why this backend');
  await expect(why).toHaveText(/× faster than|about as fast as|the only backend/);
  const reason = (await why.textContent()) ?? '';
  console.log(`auto picked ${backend}: ${reason}`);
  console.log(`measured: ${await playground.statText('Measured step times')}`);
  // The reason starts with the picked backend's name.
  expect(reason.toLowerCase().startsWith(backend === 'cpu' ? 'cpu' : backend)).toBe(true);
  const renderer = await playground.page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
  });
  if (/swiftshader/i.test(renderer) && /WebGL/.test(reason)) expect(reason).toContain('software renderer SwiftShader');
  await expect(playground.page.locator('.backend-reason')).toHaveText(reason);

  await playground.trainUntilTheLossFalls(20);
  expect(playground.pageErrors).toEqual([]);
});

test('?backend=webgl forces WebGL and says the address asked for it', async ({ playground }) => {
  await playground.open('?backend=webgl');
  await playground.waitUntilReady();
  await expect(playground.stat('Backend')).toHaveText('webgl');
  await expect(playground.stat('Why this backend')).toHaveText('WebGL: asked for in the address (backend=webgl)');
  await expect(playground.stat('Runs on')).toHaveText(/^worker \(WebGL 2/);
  expect(playground.pageErrors).toEqual([]);
});

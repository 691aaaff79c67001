// Same seed → same curve on any backend, within float tolerance: the app's Trainer (bench.html?mode=losses, every
// step read back) trains the default model for 50 steps on each backend, and each step's loss is compared with the
// CPU backend's. Initial weights and batch order are drawn on the CPU from the seed (src/engine/model.ts), so what
// differs is float arithmetic alone: summation order, fused operations, transcendental approximations.
import { expect, test, type Page } from '@playwright/test';

/** The first 50 steps of the default MLP, as issue 13 asks. */
const MLP = { model: 'mlp', steps: 50, query: '' } as const;
/**
 * The default CNN is ~20× slower per step on the CPU backend: 30 steps of batches of 8 keep the test to about a
 * minute here, and a constant rate (no warm-up) makes the conv gradients move the weights from the first step.
 */
const CNN = { model: 'cnn', steps: 30, query: '&batch=8&rate=constant' } as const;
type Case = typeof MLP | typeof CNN;

/**
 * Largest relative loss difference allowed against the CPU backend. Measured here (Chromium with SwiftShader
 * WebGL 2, wasm SIMD on one thread): MLP wasm 2.1e-7, webgl 1.8e-7; CNN webgl 3.5e-7 (the test prints each run's
 * figure). 1e-5 leaves a margin for other GPUs' rounding of exp and log and another summation order, and is still
 * far below what a wrong kernel gives: a gradient off by a little changes the loss in the third or fourth digit
 * within a few steps of Adam at rate 1e-3.
 */
const BOUND = 1e-5;

interface Environment {
  webgpuAdapter: boolean;
  missingCnnKernels: string[];
}
type Outcome =
  | { ok: true; environment: Environment; result: { backend: string; detail: string; losses: number[] } }
  | { ok: false; why: 'unavailable' | 'cannotTrain' | 'missingKernels'; error: string; environment: Environment };

async function firstLosses(page: Page, backend: string, { model, steps, query }: Case): Promise<Outcome> {
  await page.goto(`/bench.html?mode=losses&backend=${backend}&model=${model}&steps=${steps}${query}`);
  const handle = await page.waitForFunction(
    () => (window as unknown as { __benchResult?: unknown }).__benchResult,
    null,
    {
      timeout: 120_000,
      polling: 200,
    },
  );
  return (await handle.jsonValue()) as Outcome;
}

function losses(outcome: Outcome, backend: string, { steps }: Case): number[] {
  if (!outcome.ok) throw new Error(`${backend} did not train: ${outcome.why}: ${outcome.error}`);
  expect(outcome.result.backend).toBe(backend);
  expect(outcome.result.losses).toHaveLength(steps);
  expect(outcome.result.losses.every(Number.isFinite)).toBe(true);
  return outcome.result.losses;
}

/** The largest |a − b| / |b| over the steps, and the step (1-based) it is at. */
function largestRelativeDifference(a: readonly number[], b: readonly number[]): { value: number; step: number } {
  let worst = { value: 0, step: 0 };
  b.forEach((reference, i) => {
    const value = Math.abs(a[i]! - reference) / Math.abs(reference);
    if (value > worst.value) worst = { value, step: i + 1 };
  });
  return worst;
}

function compare({ model }: Case, backend: string, curve: number[], cpu: number[]) {
  const worst = largestRelativeDifference(curve, cpu);
  const line = `${model} ${backend} vs cpu: largest relative loss difference ${worst.value.toExponential(2)} at step ${worst.step}`;
  console.log(line);
  test.info().annotations.push({ type: 'measured', description: line });
  expect(worst.value, line).toBeLessThanOrEqual(BOUND);
}

/** Training moved the weights, so agreeing says something about the gradients: the later losses are lower. */
function expectFalling(curve: number[]) {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  expect(mean(curve.slice(-10))).toBeLessThan(0.9 * mean(curve.slice(0, 10)));
}

test.describe('the same seed gives the same losses on every backend', () => {
  test.setTimeout(150_000);

  test('default MLP: cpu, wasm and webgl agree on the first 50 losses', async ({ page }) => {
    const cpu = losses(await firstLosses(page, 'cpu', MLP), 'cpu', MLP);
    expectFalling(cpu);
    for (const backend of ['wasm', 'webgl'])
      compare(MLP, backend, losses(await firstLosses(page, backend, MLP), backend, MLP), cpu);
  });

  test('default MLP on webgpu agrees with cpu, where the browser has a WebGPU adapter', async ({ page }) => {
    const outcome = await firstLosses(page, 'webgpu', MLP);
    test.skip(!outcome.environment.webgpuAdapter, 'no WebGPU adapter in this browser (navigator.gpu.requestAdapter())');
    const webgpu = losses(outcome, 'webgpu', MLP);
    compare(MLP, 'webgpu', webgpu, losses(await firstLosses(page, 'cpu', MLP), 'cpu', MLP));
  });

  test('default CNN: cpu and webgl agree, and wasm where it has the kernels', async ({ page }) => {
    // wasm first: where it lacks the conv gradient kernels it answers at once, before loading any data.
    const wasm = await firstLosses(page, 'wasm', CNN);
    const cpu = losses(await firstLosses(page, 'cpu', CNN), 'cpu', CNN);
    expectFalling(cpu);
    compare(CNN, 'webgl', losses(await firstLosses(page, 'webgl', CNN), 'webgl', CNN), cpu);
    if (!wasm.ok && wasm.why === 'missingKernels') {
      // Found at run time with tf.getKernel, so the comparison starts once the kernels are registered for wasm.
      const note = `wasm not compared: TF.js's wasm backend registers no ${wasm.error} kernel`;
      console.log(note);
      test.info().annotations.push({ type: 'skipped', description: note });
      return;
    }
    compare(CNN, 'wasm', losses(wasm, 'wasm', CNN), cpu);
  });
});

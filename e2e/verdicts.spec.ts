import { expect, test } from './fixtures/playground';

const deep = (width: number, depth: number) => Array.from({ length: depth }, () => width).join(',');

// Measured here (node, first 400 steps): relative to its weights (‖g‖/‖W‖), an 8×64 sigmoid + N(0,1) net's first-layer
// gradient is 100–140× below the output's until step ~100, then ~15× as the net recovers; its raw gradient norms stay
// within ~15×, because N(0,1)'s large first-layer weights amplify what the saturated units let through. With Glorot
// init the ratio is 1,000–90,000×; ReLU + He stays under 2×.
test('T02: an 8-layer sigmoid MLP with N(0,1) init gets the vanishing-gradient verdict (and Glorot too); ReLU + He does not', async ({
  playground,
  page,
}) => {
  const verdicts = page.getByRole('list', { name: 'Verdicts' });
  const trainTo100 = async (link: string) => {
    await playground.open(link);
    await playground.waitUntilReady();
    await playground.button('Train').click();
    await playground.waitForStep(100);
    await playground.pauseAndSettle();
  };
  const vanishing =
    /layer dense 1's gradient (is|was up to) [\d,]+× smaller than output's.*vanishing gradients \(sigmoid\)/;
  await trainTo100(`#layers=${deep(64, 8)}&act=sigmoid&init=standardNormal`);
  await expect(verdicts).toContainText('Vanishing gradients (T02, T05)');
  await expect(verdicts).toContainText(vanishing);
  // …and the mechanism: the sigmoids sit at their limits.
  await expect(verdicts).toContainText(/\d+% of dense 1's outputs sit at the sigmoid's limits/);
  console.log(`8-layer sigmoid + N(0,1): ${await verdicts.textContent()}`);

  // The health panel shows it: one gradient line per layer, and dense 1's activations piled at 0 and 1.
  const gradients = page.getByRole('figure', { name: 'Gradient per layer' });
  await expect(gradients.locator('.recharts-legend-item')).toHaveCount(9);
  await expect(gradients).toContainText('‖gradient‖ / ‖weights‖');
  const histograms = page.getByRole('figure', { name: 'Layer histogram' });
  const heatmap = histograms.getByRole('img', { name: /^Activations of dense 1 over \d+ measured steps \(1 to \d+\)/ });
  await expect(heatmap).toBeVisible();
  const [edges, middle] = await heatmap.evaluate((canvas: HTMLCanvasElement) => {
    const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const alpha = (fromRow: number, toRow: number) => {
      let sum = 0;
      for (let y = fromRow; y < toRow; y++) for (let x = 0; x < width; x++) sum += data[(y * width + x) * 4 + 3]!;
      return sum / ((toRow - fromRow) * width);
    };
    const band = Math.round(height / 10);
    return [(alpha(0, band) + alpha(height - band, height)) / 2, alpha(4 * band, 6 * band)];
  });
  console.log(
    `dense 1 activation heat-map: mean alpha at the edges ${edges.toFixed(1)}, in the middle ${middle.toFixed(1)}`,
  );
  expect(edges).toBeGreaterThan(2 * middle);
  // Clicking the first column shows step 1's histogram; the weights of another layer can be chosen.
  const box = (await heatmap.boundingBox())!;
  await heatmap.click({ position: { x: 2, y: box.height / 2 } });
  await expect(histograms.locator('output')).toHaveText('1');
  await histograms.getByRole('combobox', { name: 'Layer' }).selectOption('dense 3');
  await histograms.getByRole('combobox', { name: 'Values' }).selectOption('weights');
  await expect(histograms.getByRole('img', { name: /^Weights of dense 3 over/ })).toBeVisible();

  await trainTo100(`#layers=${deep(64, 8)}&act=sigmoid&init=glorot`);
  await expect(verdicts).toContainText(vanishing);
  console.log(`8-layer sigmoid + Glorot: ${await verdicts.textContent()}`);

  await trainTo100(`#layers=${deep(64, 8)}`);
  await expect(page.getByLabel('Verdicts')).toHaveText('No problem detected so far.');
  expect(playground.pageErrors).toEqual([]);
});

test('D04: without batch norm a deep N(0,1) net reports where NaN first appeared; with batch norm it trains', async ({
  playground,
  page,
}) => {
  const link = `#layers=${deep(256, 10)}&init=standardNormal&prep=raw&opt=sgd&lr=0.01&sched=constant`;
  await playground.open(link);
  await playground.waitUntilReady();
  await playground.button('Train').click();
  await expect(playground.stat('Status')).toHaveText('Diverged', { timeout: 60_000 });
  const verdicts = page.getByRole('list', { name: 'Verdicts' });
  await expect(verdicts).toContainText(
    /became (NaN|Infinity|-Infinity) at step \d+; the first NaN\/Inf appeared in the \w+ of (dense \d+|output) at step \d+/,
  );
  await expect(verdicts).toContainText('N(0,1)');
  console.log(`no batch norm: ${await verdicts.textContent()}`);

  await playground.open(`${link}&bn=beforeActivation`);
  await playground.waitUntilReady();
  await playground.button('Train').click();
  await playground.waitForStep(60);
  await playground.pauseAndSettle();
  const first = await playground.statNumber('First training loss');
  const latest = await playground.statNumber('Latest training loss');
  expect(Number.isFinite(latest)).toBe(true);
  expect(latest).toBeLessThan(first);
});

test('L12: 1,000 training examples trained for 40 epochs are told they overfit', async ({ playground, page }) => {
  test.setTimeout(300_000);
  await playground.open('#subset=examples&n=1000&epochs=40&eval=100&sched=constant');
  await playground.waitUntilReady();
  await playground.button('Train').click();
  await expect(playground.stat('Status')).toHaveText('Finished', { timeout: 280_000 });
  const verdicts = page.getByRole('list', { name: 'Verdicts' });
  await expect(verdicts).toContainText('Overfitting (L12');
  console.log(`1,000 examples, 40 epochs: ${await verdicts.textContent()}`);
});

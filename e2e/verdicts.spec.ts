import { expect, test } from './fixtures/playground';

const deep = (width: number, depth: number) => Array.from({ length: depth }, () => width).join(',');

// Measured here: with N(0,1) weights the sigmoids saturate (about 60% of the first layer's outputs), while the gradient
// norms stay within ~10× across layers because the large weights amplify what the saturated units let through; with
// Glorot init the same net's first-layer gradient is ~10,000× smaller than the output's. Both are T02's story.
test('T02: deep sigmoid MLPs are told why they learn slowly (saturation with N(0,1), vanishing gradients with Glorot); ReLU + He is not', async ({
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
  await trainTo100(`#layers=${deep(64, 8)}&act=sigmoid&init=standardNormal`);
  await expect(verdicts).toContainText(/\d+% of dense 1's outputs sit at the sigmoid's limits/);
  await expect(verdicts).toContainText('T02');
  console.log(`8-layer sigmoid + N(0,1): ${await verdicts.textContent()}`);

  await trainTo100(`#layers=${deep(64, 8)}&act=sigmoid&init=glorot`);
  await expect(verdicts).toContainText(/dense 1's gradient is [\d,]+× smaller than/);
  console.log(`8-layer sigmoid + Glorot: ${await verdicts.textContent()}`);

  await trainTo100(`#layers=${deep(64, 8)}`);
  await expect(page.getByLabel('Verdicts')).toHaveText('No problem detected so far.');
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

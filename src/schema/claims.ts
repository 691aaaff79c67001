// The claims this playground exists to test, one per ID of shared/TIPS.md, each with its section there and a one-line
// summary in our own words (TIPS.md keeps the article's wording, the knobs and the lesson idea). Lessons name the
// claims they show by these IDs, so a lesson naming an ID that is not here does not compile.

/** The TIPS.md IDs, in the file's order. */
export const CLAIM_IDS = [
  'T01',
  'T02',
  'T03',
  'T04',
  'T05',
  'T06',
  'T07',
  'T08',
  'T09',
  'T10',
  'D01',
  'D02',
  'D03',
  'D04',
  'D05',
  'D06',
  'D07',
  'D08',
  'D09',
  'L01',
  'L02',
  'L03',
  'L04',
  'L05',
  'L06',
  'L07',
  'L08',
  'L09',
  'L10',
  'L11',
  'L12',
  'M01',
  'M02',
  'M03',
  'M04',
  'M05',
  'M06',
  'M07',
  'M08',
] as const;
export type ClaimId = (typeof CLAIM_IDS)[number];

/** The TIPS.md sections, shortened. */
export const CLAIM_GROUPS = ['General', 'Debugging', 'Reading the loss', 'Mechanics'] as const;
export type ClaimGroup = (typeof CLAIM_GROUPS)[number];

export interface ClaimInfo {
  group: ClaimGroup;
  /** One short line, ours, not the article's sentence. */
  summary: string;
}

// Record<ClaimId, …>: an ID without its entry, or an entry for an ID not listed above, does not compile.
export const CLAIMS: Readonly<Record<ClaimId, ClaimInfo>> = {
  T01: {
    group: 'General',
    summary: 'Adam near lr 0.001 is a strong default; its moment estimates are part of the saved state.',
  },
  T02: {
    group: 'General',
    summary: 'ReLU keeps gradients alive in deep nets; sigmoid’s small slope shrinks them layer by layer.',
  },
  T03: { group: 'General', summary: 'The output layer emits raw logits; a ReLU there cannot express negative scores.' },
  T04: { group: 'General', summary: 'Give every layer a bias term.' },
  T05: {
    group: 'General',
    summary: 'He-style variance scaling suits deep ReLU nets; N(0,1) weights blow activations up with fan-in.',
  },
  T06: {
    group: 'General',
    summary: 'Standardize inputs with training-set mean and std, and reuse those numbers on test data.',
  },
  T07: { group: 'General', summary: 'Bound unbounded inputs with tanh(x/c) before normalizing them.' },
  T08: {
    group: 'General',
    summary: 'Adam rarely needs decay; a late drop helps a little, and per-step factors are easy to set too fast.',
  },
  T09: { group: 'General', summary: 'Conv layers stop gaining much beyond 64–128 filters.' },
  T10: { group: 'General', summary: 'Pooling makes a CNN tolerate small shifts of the input.' },
  D01: {
    group: 'Debugging',
    summary: 'A sound model and pipeline can memorize one example or one batch; failing that, look for a bug.',
  },
  D02: {
    group: 'Debugging',
    summary: 'A small learning rate settles finer; a large one answers faster but oscillates.',
  },
  D03: { group: 'Debugging', summary: 'Batches of one give the most frequent, finest-grained feedback.' },
  D04: {
    group: 'Debugging',
    summary: 'Batch norm can mask a broken initialization that, without it, makes the loss blow up.',
  },
  D05: { group: 'Debugging', summary: 'Bigger batches give less noisy gradients, a secondary effect.' },
  D06: {
    group: 'Debugging',
    summary: 'Scrambling the image layout ruins what a CNN can learn from neighbouring pixels.',
  },
  D07: { group: 'Debugging', summary: 'An L1 loss is pulled less by outliers than an L2 loss.' },
  D08: {
    group: 'Debugging',
    summary: 'Plot everything, and make sure the plot itself does not hide or distort values.',
  },
  D09: {
    group: 'Debugging',
    summary: 'Clipping and batch norm hid exploding gradients from a bad init; a proper init was the fix.',
  },
  L01: { group: 'Reading the loss', summary: 'A noisy loss is fine while its trend goes down; give training time.' },
  L02: { group: 'Reading the loss', summary: 'Unscaled inputs or wrong labels can stop a net from converging.' },
  L03: { group: 'Reading the loss', summary: 'Too few layers underfit; a few to eight layers is a reasonable start.' },
  L04: {
    group: 'Reading the loss',
    summary: 'Too large a learning rate makes the loss explode to NaN; search downward between 0.1 and 1e-4.',
  },
  L05: {
    group: 'Reading the loss',
    summary: 'A few hundred to a thousand units per layer is a fine start; width matters less than other knobs.',
  },
  L06: {
    group: 'Reading the loss',
    summary: 'Initialize weights with He, LeCun or Glorot scaling and biases with zeros.',
  },
  L07: { group: 'Reading the loss', summary: 'Regularize even with plenty of data, e.g. with dropout or added noise.' },
  L08: { group: 'Reading the loss', summary: 'Very large batches can cost accuracy; smaller ones are worth a try.' },
  L09: { group: 'Reading the loss', summary: 'Clipping tames exploding gradients but can paper over a data problem.' },
  L10: { group: 'Reading the loss', summary: 'A ReLU on the final layer limits what the outputs can be.' },
  L11: { group: 'Reading the loss', summary: 'A long flat loss with ReLU may mean dead units; leaky ReLU can help.' },
  L12: {
    group: 'Reading the loss',
    summary: 'How train and test losses move together tells learning, overfitting, data trouble or a stall apart.',
  },
  M01: { group: 'Mechanics', summary: 'Keep values near unit scale: large floats swallow small increments.' },
  M02: {
    group: 'Mechanics',
    summary: 'Initializers differ by distribution and by scaling with fan-in, fan-out or their mean.',
  },
  M03: { group: 'Mechanics', summary: 'Put batch norm between weights and activation, with momentum near 1.' },
  M04: {
    group: 'Mechanics',
    summary: 'Dropout of 10–50% regularizes; averaging dropout passes at test time estimates uncertainty.',
  },
  M05: {
    group: 'Mechanics',
    summary: 'Early stopping, weight penalties, max-norm, averaging and dropout all fight overfitting.',
  },
  M06: {
    group: 'Mechanics',
    summary: 'The optimizers differ in how they use momentum and per-weight step sizes; AdaGrad stalls.',
  },
  M07: { group: 'Mechanics', summary: 'Clipping by value bends the gradient’s direction; clipping by norm keeps it.' },
  M08: {
    group: 'Mechanics',
    summary: 'Learning-rate schedules: power, exponential, piecewise, per-epoch and on-plateau decay.',
  },
};

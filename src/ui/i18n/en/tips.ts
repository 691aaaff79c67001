// The 39 training tips in our own words (the facts are TIPS.md's and the lessons' measurements; no sentence is the
// articles'), with the words of the tip dialog. Each tip: a short title, the claim in plain words (what it says, why
// it holds, when it does not) and what to try in this playground, naming its controls as the page labels them.
// Typed `Record<ClaimId, …>`: a claim without its text, or text for an ID that is not a claim, does not compile.
import type { ClaimGroup, ClaimId } from '../../../schema/claims';

// A type, not an interface: i18next builds its typed keys ("claims.T02.title") only through object types.
export type TipText = {
  title: string;
  claim: string;
  tryThis: string;
};

const sections: Record<ClaimGroup, string> = {
  General: 'General',
  Debugging: 'Debugging',
  'Reading the loss': 'Reading the loss',
  Mechanics: 'Mechanics',
};

const claims: Record<ClaimId, TipText> = {
  T01: {
    title: 'Adam is a safe default optimizer',
    claim:
      'Adam gives every weight its own step size, from running averages of its gradients, so it trains well near a learning rate of 0.001 with little tuning. Those averages are part of the optimizer’s state: to carry on training later, save them with the weights. On MNIST, plain SGD at its own usual rate (about 0.1) ends within a few points of Adam, so Adam is a safe start rather than a clear winner.',
    tryThis:
      'Give three runs the Optimizer SGD, SGD with momentum and Adam, each at its usual Learning rate (0.1, 0.01, 0.001); then try Adam at 0.1, 0.01 and 0.0001.',
  },
  T02: {
    title: 'ReLU keeps gradients alive through depth',
    claim:
      'Backpropagation multiplies one slope per layer on its way to the first layers. A sigmoid’s slope is at most 0.25, so through many layers the gradient shrinks again and again and the first layers hardly learn. A ReLU’s slope is 1 wherever the unit is active, so the gradient arrives intact. With only two or three layers the difference is small.',
    tryThis:
      'Use eight hidden layers (Hidden layer sizes) and compare Activation Sigmoid with ReLU; in the diagnosis, watch the gradient per layer.',
  },
  T03: {
    title: 'No activation on the output layer',
    claim:
      'The last layer should hand raw scores (logits) to softmax, which turns them into probabilities. A ReLU there turns every negative score into zero, so the net cannot push a wrong class below the others; a sigmoid squeezes the scores into (0, 1), where softmax sees them as nearly equal. Both are easy mistakes and cost a lot of accuracy.',
    tryThis: 'Compare Output layer Logits (no activation) with ReLU on the output and Sigmoid on the output.',
  },
  T04: {
    title: 'Give every layer a bias',
    claim:
      'A bias lets a unit move the point where it switches on, whatever its inputs; without one, each unit must pass through zero. It costs almost nothing, so keep it. On MNIST with ReLU it matters little: nets with and without biases end within about a point, as the next layers make up for it. It matters more in shallow nets and for inputs that are not centred.',
    tryThis: 'Turn Biases off on one run and compare it with the same run with biases.',
  },
  T05: {
    title: 'He initialization for deep ReLU nets',
    claim:
      'Drawing weights with a variance scaled to each unit’s number of inputs (He: 2/fan_in, for ReLU) keeps the activations about the same size from layer to layer. N(0, 1) weights are far too large: each layer multiplies the spread by about √fan_in, and a deep net explodes. Weights that are too small, such as N(0, 0.01), make the signal fade away instead. LeCun and Glorot land close to He on a net of moderate depth.',
    tryThis:
      'On a deep ReLU net, compare Weight initializer He, Glorot, N(0, 1) and N(0, σ) with σ = 0.01; watch the activation spread per layer in the diagnosis.',
  },
  T06: {
    title: 'Standardize inputs with training statistics',
    claim:
      'Subtracting the training set’s mean and dividing by its standard deviation centres the inputs at a unit scale, so the first layer starts in a sensible range instead of the optimizer spending its first steps shrinking huge values. Use the training set’s numbers for the test set too, or test inputs are shifted from what the net learned. For MNIST, scaling the pixels to [0, 1] works about as well.',
    tryThis: 'Compare Input preprocessing Raw 0–255, Scale to [0, 1] and Standardize (training mean and std).',
  },
  T07: {
    title: 'Squash unbounded inputs with tanh',
    claim:
      'When inputs have no upper limit, a few extreme values can dominate the mean and the spread. Passing them through tanh(x / c) first keeps every value within (−1, 1), while ordinary values, well below c, keep their differences. MNIST’s pixels stop at 255 already, so here tanh has no outliers to tame and does about as well as plain scaling.',
    tryThis:
      'Set Input preprocessing to tanh(x / c) of raw pixels and change tanh scale c: with a small c every inked pixel becomes the same value.',
  },
  T08: {
    title: 'Adam rarely needs learning-rate decay',
    claim:
      'Adam already takes smaller steps for weights whose gradients are large or noisy, so a constant learning rate usually does. A tenfold drop late in training can give the loss a small extra dip. A factor applied at every step adds up fast: 0.9995 leaves less than 1% of the rate after 10,000 steps, while 0.999995 hardly decays at all.',
    tryThis:
      'With Optimizer Adam, compare Learning-rate schedule Constant, Piecewise constant (a drop late in training), and Multiply every step by γ with γ = 0.9995 and 0.999995.',
  },
  T09: {
    title: 'A few dozen filters are usually enough',
    claim:
      'A convolution layer’s filters are the local patterns it can detect. Past 64–128 filters per layer, extra ones mostly learn near-copies of the others and add cost rather than accuracy. On MNIST the returns shrink even sooner: 16 and 32 filters end within about half a point.',
    tryThis:
      'Set Architecture to CNN and compare Conv filters per block of 16, 32, 64 and 128 (a GPU helps with the larger ones).',
  },
  T10: {
    title: 'Pooling tolerates small shifts',
    claim:
      'Max or average pooling sums up each small patch of a feature map in one number, so a feature moved by a pixel or two gives nearly the same output: the net cares less about exactly where a stroke sits. It also makes the net smaller and faster. MNIST’s test digits are centred just like its training digits, so on them pooling changes accuracy little.',
    tryThis: 'With Architecture CNN, compare Pooling Max pooling, Average pooling and None.',
  },
  D01: {
    title: 'First overfit one batch',
    claim:
      'A sound model and data pipeline can learn a single example, or a single small batch, almost perfectly within a few hundred steps. If the training loss there does not fall close to zero, tune nothing yet: something is broken, in the labels, the loss, the output layer or the way data is fed. The check takes seconds and rules out a whole family of bugs.',
    tryThis:
      'Set Training set to One batch (or One example) and train; then add a bug, such as Output layer Sigmoid on the output, and see that it no longer gets there.',
  },
  D02: {
    title: 'The learning rate trades speed for precision',
    claim:
      'A large learning rate takes big steps: the loss falls fast at first but keeps bouncing around the bottom. A small one is slower but can settle lower. So explore with a larger rate for quick feedback, and lower it to fine-tune.',
    tryThis: 'Compare Learning rate 0.01, 0.001 and 0.0001 with the same Optimizer, early in training and at the end.',
  },
  D03: {
    title: 'Batch size 1 gives the finest feedback',
    claim:
      'With a batch of one, the weights change after every single example, so what each example teaches is applied at once. The price is noise and time: each step’s gradient comes from one image, and a GPU computes a large batch almost as fast as one example. At equal epochs, batch 1 ended about level with batch 32 here, and took many times longer.',
    tryThis: 'Compare Batch size 1, 32 and 512 with the chart’s X axis in epochs.',
  },
  D04: {
    title: 'Batch norm can hide a bad initialization',
    claim:
      'Batch norm rescales each layer’s outputs on every batch, so it can rescue a net whose weights were drawn far too large. Without it such a net starts with enormous losses, and it is often said to turn NaN within a couple of steps. On MNIST with Adam the loss stayed finite, but the run ended about ten points of test accuracy behind. Either way the bug is the init; batch norm only covers it up.',
    tryThis:
      'With Weight initializer N(0, 1) on eight ReLU layers, compare Batch norm Off with Before the activation, the loss on a log scale.',
  },
  D05: {
    title: 'Larger batches give less noisy gradients',
    claim:
      'A batch’s gradient is an average over its examples: the more examples, the closer it comes to the gradient of the whole training set, and the smoother the loss curve. Each step becomes more reliable, but not more informative per example, so next to D03 and D04 this is a minor effect.',
    tryThis: 'Compare Batch size 1, 32 and 512, and see how ragged each training loss is with Smoothing at 0.',
  },
  D06: {
    title: 'A wrong reshape blinds a CNN',
    claim:
      'A CNN relies on neighbouring pixels being neighbours in its input. Reading the image data in the wrong shape or order scrambles that layout: the sizes still fit, so nothing fails, yet the convolutions see noise-like patterns and learn much less. An MLP does not mind, as it never uses where a pixel sits.',
    tryThis: 'With Architecture CNN, turn on Wrong reshape bug on one run; then do the same with an MLP.',
  },
  D07: {
    title: 'L1 loss is less swayed by outliers',
    claim:
      'L2 loss squares each error, so one target far off weighs as much as many near ones and drags the fit towards it. L1 counts errors in proportion to their size, so outliers such as wrongly labelled examples pull much less. The other side: L1’s gradient does not shrink near the answer, which makes the last steps rougher; Huber loss combines the two.',
    tryThis:
      'Set Task to Regression on the class number with some Label noise (%), and compare Regression loss L1, L2 and Huber.',
  },
  D08: {
    title: 'Look at everything, and check the plot',
    claim:
      'Most training problems show in a chart before they show in a single number: curves, gradients, activations, predictions. A chart can mislead as well: smoothing can hide spikes, a cut-off axis can hide a divergence, and a linear scale flattens everything under a huge first loss. Look at the raw points and switch scales before concluding.',
    tryThis:
      'Switch the loss chart between a linear and a log scale and change the Smoothing; compare the raw points with the smoothed line.',
  },
  D09: {
    title: 'Case study: mend the cause, not the symptom',
    claim:
      'A net drawn from N(0, 1) weights had exploding gradients. Gradient clipping, then batch norm, each made it train, so the problem seemed solved, but both only hid it. Turning both off and switching to a variance-scaling init removed the cause, and that net trained best of all.',
    tryThis:
      'Compare N(0, 1) with Gradient clipping, the same with Batch norm added, and He with neither, as the lesson does.',
  },
  L01: {
    title: 'A noisy loss can still be falling',
    claim:
      'Each step’s loss comes from one small batch, so it jumps up and down even while the net improves. What counts is the trend over many steps, as a smoothed curve shows it. Give training time before judging it, and worry when the trend itself stops falling or rises.',
    tryThis:
      'Change the Smoothing of the loss chart and compare the raw curve with the smoothed one, for a high and a low Learning rate.',
  },
  L02: {
    title: 'Wrong labels and unscaled inputs block learning',
    claim:
      'A net can only learn what its labels say. Random labels carry no pattern, so the training loss cannot fall below the noise they add, and unscaled inputs send the first steps astray (T06). On MNIST a net copes surprisingly well with 20–50% random labels, as the right class still wins the vote; at 100% there is nothing left to learn.',
    tryThis: 'Compare Label noise (%) 0, 20, 50 and 100; then try Input preprocessing Raw 0–255.',
  },
  L03: {
    title: 'Too shallow a net underfits',
    claim:
      'Each layer builds features out of the previous layer’s features, so a net with too few layers may lack the capacity for a hard task and stay at a high training loss. Three to eight layers is a sensible start. MNIST is easy: one hidden layer comes within about a point of three, and eight do no better than three.',
    tryThis: 'Compare Hidden layer sizes with one, three and eight layers (64; 64, 64, 64; eight times 64).',
  },
  L04: {
    title: 'Too high a learning rate diverges',
    claim:
      'When steps are too big, each update overshoots and the loss grows instead of falling; it can jump by many orders of magnitude at once, and with ReLU and softmax the numbers may overflow to NaN. Whether it ends in NaN or in dead units is partly luck. Search in factors of ten between 0.1 and 0.0001, and narrow down from there.',
    tryThis:
      'With Optimizer SGD, compare Learning rate 10, 1, 0.1 and 0.001, and watch for the exploding-loss warning.',
  },
  L05: {
    title: 'Width matters less than you would think',
    claim:
      'A few hundred to a thousand units per hidden layer is a fine start. Beyond that, more width costs time and memory but adds little, though a layer that is too narrow does hold a net back. Other settings, such as the learning rate or the init, usually matter more.',
    tryThis: 'Compare Hidden layer sizes 32, 256 and 1024.',
  },
  L06: {
    title: 'Scaled initial weights, zero biases',
    claim:
      'Draw the initial weights with a variance matched to the layer’s size (He for ReLU, LeCun for SELU, Glorot for tanh and sigmoid) and start the biases at zero. This keeps the signal’s size steady through the layers at the start; the biases need no random start, as the random weights already make the units differ.',
    tryThis: 'Compare Weight initializer He, LeCun and Glorot with N(0, 1) on a deep ReLU net.',
  },
  L07: {
    title: 'Regularize even with plenty of data',
    claim:
      'A net with many weights can memorize its training examples instead of learning rules that carry over to new ones. Dropout (keeping 75–90% of the units at each step) or added noise makes memorizing harder. On a small MNIST subset, dropout 0.5 lowered the test loss by 12–16% with about the same accuracy; it did not make training faster.',
    tryThis: 'With Training set The first N examples (N = 2,000), compare Dropout rates 0, 0.25 and 0.5.',
  },
  L08: {
    title: 'Too large a batch can cost accuracy',
    claim:
      'Over a fixed number of epochs, a larger batch means fewer weight updates: batch 512 makes 16 times fewer steps than batch 32 over the same images, and with too few steps the net has simply learned less. Smaller batches, down to 16 or 8, are worth a try before blaming the model.',
    tryThis: 'Compare Batch size 32 and 512 over one epoch, with the chart’s X axis in epochs.',
  },
  L09: {
    title: 'Clipping hides a problem, it does not mend it',
    claim:
      'Gradient clipping caps how large one update can be, so a run that would explode keeps going. That is a useful safety net, but when gradients explode because the learning rate is too high or the data is bad, clipping only treats the symptom. Here clipping by norm kept SGD alive at a rate of 3, yet ended far below what simply lowering the rate reaches.',
    tryThis:
      'At a high Learning rate, compare Gradient clipping Off, By value and By global norm; then lower the rate instead.',
  },
  L10: {
    title: 'A ReLU on the output caps what it can say',
    claim:
      'A ReLU after the last layer cannot give a negative number, so every class score below zero becomes exactly zero and stops getting a gradient. The net loses its way of saying “clearly not this class”. Leave the output layer without an activation and let the loss apply softmax.',
    tryThis: 'Compare Output layer Logits (no activation) with ReLU on the output.',
  },
  L11: {
    title: 'A flat loss with ReLU can mean dead units',
    claim:
      'A ReLU unit whose input is negative for every example outputs zero and gets no gradient, so it never comes back: it is dead. Too high a learning rate can kill many at once and leave the loss flat. Leaky ReLU keeps a small slope below zero so that units can recover, but on MNIST it was no cure: lowering the learning rate was.',
    tryThis:
      'With Optimizer SGD at a high Learning rate, compare Activation ReLU and Leaky ReLU; watch the dead fraction per layer in the diagnosis.',
  },
  L12: {
    title: 'Read the training and test losses together',
    claim:
      'The pair of curves tells what kind of trouble a run is in. Both going down: it learns; only the training loss going down: it memorizes instead of generalizing, which is overfitting. Training loss flat while test loss falls: suspect the data. Both flat: it is stuck, so lower the learning rate or the batch size; both rising: rethink the architecture or the hyper-parameters.',
    tryThis:
      'Compare Training set All 60,000 examples with The first N examples (N = 500), and read the verdicts under each run.',
  },
  M01: {
    title: 'Keep values near unit scale',
    claim:
      'Floating-point numbers keep a fixed number of significant digits, so a tiny value added to a huge one can vanish entirely. Keeping inputs and activations within about [−1, 1] or [0, 1] avoids that and keeps the first layers in a range where learning works. With 32-bit floats the rounding only bites far beyond 255: what hurts raw pixels is their large scale.',
    tryThis: 'Compare Input preprocessing Raw 0–255 with Scale to [0, 1].',
  },
  M02: {
    title: 'The initializer families',
    claim:
      'Initializers differ in two choices: the distribution (normal, truncated normal or uniform) and what the variance is scaled by: the number of inputs per unit (fan_in), of outputs (fan_out) or their mean (fan_avg). LeCun uses 1/fan_in, Glorot 2/(fan_in + fan_out) and He 2/fan_in; N(0, 1) ignores the layer’s size altogether.',
    tryThis:
      'Set Weight initializer to Variance scaling, custom, then change Variance scale, Variance scaling mode and Variance scaling distribution.',
  },
  M03: {
    title: 'Where batch norm goes',
    claim:
      'Batch norm normalizes each unit’s input over the batch and then rescales it with two learned numbers; it usually sits between a layer’s weights and its activation. At test time it uses moving averages of the batch statistics, updated with a momentum close to 1 (0.9–0.999). Right after the input it can stand in for standardizing the data. On a shallow net its place hardly matters.',
    tryThis: 'Compare Batch norm Before the activation, After the activation and Off; change Batch norm momentum.',
  },
  M04: {
    title: 'Dropout, and MC dropout for uncertainty',
    claim:
      'Dropout switches off a random share of the units (usually 10–50%) at every training step, so no unit can lean on particular others, which regularizes the net. Inverted dropout scales the kept units up during training, so nothing changes at test time. Keeping dropout on at test time and averaging many passes (MC dropout) estimates how unsure the net is.',
    tryThis: 'Compare Dropout rates 0, 0.25 and 0.5; set MC dropout samples to 20 and draw a digit on the pad.',
  },
  M05: {
    title: 'Tools against overfitting',
    claim:
      'Overfitting means the net fits its training examples better than new ones. Several tools push back: stop once the test loss stops improving (early stopping), penalize large weights (L1 or L2), cap each unit’s weight norm (max-norm), average several models, or use dropout. Each gives up a little fit on the training set for better results on new data.',
    tryThis:
      'With Training set The first N examples, compare L2 weight penalty, Max-norm r and Early stopping patience with a run that has none.',
  },
  M06: {
    title: 'How the optimizers differ',
    claim:
      'Plain SGD steps against the gradient. Momentum keeps a running velocity, so steps build up along steady directions; Nesterov corrects from where the velocity is heading. AdaGrad divides by the sum of all past squared gradients, so its steps keep shrinking and it can stall; RMSprop uses a fading average instead (ρ about 0.9). Adam joins momentum to that scaling (β1 0.9, β2 0.999), and Nadam adds Nesterov’s look-ahead.',
    tryThis: 'Compare each Optimizer at its usual Learning rate; change Momentum β, RMSProp ρ, Adam β1 and Adam β2.',
  },
  M07: {
    title: 'Clip by value or by norm',
    claim:
      'Clipping by value caps each component of the gradient on its own, which can turn its direction: [100, 1] clipped at 1 becomes [1, 1]. Clipping by the global norm shrinks the whole gradient by one factor, so its direction is kept. Thresholds of 1 or 10 are usual.',
    tryThis:
      'At a high Learning rate, compare Gradient clipping By value and By global norm with Clipping threshold 1.',
  },
  M08: {
    title: 'Learning-rate schedules',
    claim:
      'A schedule changes the learning rate as training goes on: power decay lr0/(1 + t/k)^c, exponential decay lr0·0.1^(t/s), constant pieces that step down, a fixed factor every epoch (such as 0.98), or halving once the loss has not improved for a while. Each starts fast and slows down to settle finer; they differ in how sharply, and how automatically, they slow down.',
    tryThis:
      'Change the Learning-rate schedule and its settings (Decay steps, Decay factor, Power c, Plateau patience), and show the learning rate on the Chart next to the loss.',
  },
};

export const tips = {
  /** A tip ID shown in a text is a button; this is its accessible name. */
  linkName: 'Tip {{id}}: {{title}}',
  dialog: {
    heading: 'Tip {{id}} · {{section}}',
    close: 'Close',
    tryThis: 'Try it here',
    lessons: 'Lessons that show it',
    noLesson: 'No lesson shows this tip yet.',
    openLesson: 'Open lesson',
    openLessonNamed: 'Open lesson: {{title}}',
  },
  sections,
  claims,
};

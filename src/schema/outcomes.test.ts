import { describe, expect, it } from 'vitest';
import { decidingSteps, formatLoss, judgeOutcome, lastDecidingStep, type MeasuredRun, type Outcome } from './outcomes';
import { renderPhrase, sayFrom } from './phrase';
import { VERDICT_TEXTS } from './verdictTexts';

type Evaluation = [step: number, accuracy: number, loss?: number];

/** A run of `losses.length` steps (steps 1, 2, …) with these evaluations. */
function measured(
  losses: number[],
  evaluations: Evaluation[] = [],
  status: MeasuredRun['status'] = 'running',
  divergedAt: number | null = null,
): MeasuredRun {
  return {
    series: { steps: losses.map((_, i) => i + 1), losses },
    evaluations: evaluations.map(([step, testAccuracy, testLoss = 1]) => ({ step, testAccuracy, testLoss })),
    status,
    divergedAt,
  };
}
const flat = (steps: number, loss = 1): number[] => Array<number>(steps).fill(loss);
const names = { a: 'ReLU', b: 'Sigmoid' };
/** The verdict and its English text (the phrase it is rendered from is checked on its own below). */
const judgeAB = (outcome: Outcome<'a' | 'b'>, a?: MeasuredRun, b?: MeasuredRun) => {
  const { verdict, text } = judgeOutcome(outcome, { a, b }, names);
  return { verdict, text };
};

describe('beats on test accuracy (margin in points)', () => {
  const outcome: Outcome<'a' | 'b'> = {
    kind: 'beats',
    metric: 'testAccuracy',
    run: 'a',
    other: 'b',
    atStep: 300,
    byPoints: 10,
  };
  const at300 = (accuracy: number, status: MeasuredRun['status'] = 'running') =>
    measured(
      flat(300),
      [
        [100, 0.1],
        [200, 0.2],
        [300, accuracy],
      ],
      status,
    );

  it('holds when the lead at the step is at least the margin', () => {
    expect(judgeAB(outcome, at300(0.912), at300(0.113))).toEqual({
      verdict: 'holds',
      text: 'Holds: ReLU 91.20% vs Sigmoid 11.30% test accuracy at step 300: ahead by 79.90 points, at least 10 needed.',
    });
    // Exactly the margin is enough (0.7 − 0.6 is 9.999…9 points in floats).
    expect(judgeAB(outcome, at300(0.7), at300(0.6)).verdict).toBe('holds');
  });

  it('fails on a smaller lead, or when behind', () => {
    expect(judgeAB(outcome, at300(0.7), at300(0.65)).text).toBe(
      'Does not hold in this run: ReLU 70.00% vs Sigmoid 65.00% test accuracy at step 300: ahead by 5.00 points, at least 10 needed.',
    );
    expect(judgeAB(outcome, at300(0.6), at300(0.65)).text).toBe(
      'Does not hold in this run: ReLU 60.00% vs Sigmoid 65.00% test accuracy at step 300: behind by 5.00 points, at least 10 needed.',
    );
  });

  it('is undecided until both runs were evaluated at the step', () => {
    const early = measured(flat(250), [
      [100, 0.9],
      [200, 0.95],
    ]);
    expect(judgeAB(outcome, early, at300(0.1))).toEqual({
      verdict: 'undecided',
      text: 'Not yet decided: test accuracy at step 300 is not measured yet (ReLU is at step 250, Sigmoid at step 300).',
    });
    // Step 300 trained, its evaluation not in yet.
    const trained = measured(flat(300), [
      [100, 0.9],
      [200, 0.95],
    ]);
    expect(judgeAB(outcome, trained, at300(0.1)).verdict).toBe('undecided');
    // A run missing from the results has not started.
    expect(judgeAB(outcome, at300(0.9), undefined).text).toBe(
      'Not yet decided: test accuracy at step 300 is not measured yet (ReLU is at step 300, Sigmoid at step 0).',
    );
  });

  it('fails when the leading run diverged or a run ended before the step; holds when only the other diverged', () => {
    const diverged = measured([...flat(119), NaN], [[100, 0.9]], 'diverged', 120);
    expect(judgeAB(outcome, diverged, at300(0.1)).text).toBe('Does not hold in this run: ReLU diverged at step 120.');
    expect(judgeAB(outcome, at300(0.912), diverged)).toEqual({
      verdict: 'holds',
      text: 'Holds: ReLU 91.20% test accuracy at step 300; Sigmoid diverged at step 120.',
    });
    // …but not while the leading run could still diverge.
    expect(judgeAB(outcome, measured(flat(200), [[200, 0.9]]), diverged).verdict).toBe('undecided');
    const stopped = measured(flat(150), [[100, 0.1]], 'stopped');
    expect(judgeAB(outcome, at300(0.912), stopped).text).toBe(
      'Does not hold in this run: Sigmoid ended at step 150, before step 300.',
    );
  });

  it('reads the last evaluation before the step when none fell on it, and says so', () => {
    const a = measured(flat(400), [
      [200, 0.9],
      [400, 0.95],
    ]);
    const b = measured(flat(400), [
      [200, 0.5],
      [400, 0.6],
    ]);
    expect(judgeAB(outcome, a, b).text).toBe(
      'Holds: ReLU 90.00% vs Sigmoid 50.00% test accuracy at step 300 (last measured at steps 200 and 200): ahead by 40.00 points, at least 10 needed.',
    );
    // No evaluation by then at all: decided, as not shown.
    const late = measured(flat(400), [[400, 0.95]], 'finished');
    expect(judgeAB(outcome, late, b).text).toBe('Does not hold in this run: ReLU has no test evaluation by step 300.');
  });
});

describe('beats on a loss (margin as a factor)', () => {
  const lossAt100 = (loss: number) => measured(flat(100), [[100, 0.5, loss]]);
  const outcome: Outcome<'a' | 'b'> = {
    kind: 'beats',
    metric: 'testLoss',
    run: 'a',
    other: 'b',
    atStep: 100,
    byFactor: 2,
  };

  it('compares test losses by their ratio', () => {
    expect(judgeAB(outcome, lossAt100(0.25), lossAt100(1))).toEqual({
      verdict: 'holds',
      text: 'Holds: ReLU 0.250 vs Sigmoid 1.00 test loss at step 100: 4.00× lower, at least 2× lower needed.',
    });
    expect(judgeAB(outcome, lossAt100(0.5), lossAt100(1)).verdict).toBe('holds');
    expect(judgeAB(outcome, lossAt100(0.6), lossAt100(1)).text).toBe(
      'Does not hold in this run: ReLU 0.600 vs Sigmoid 1.00 test loss at step 100: 1.67× lower, at least 2× lower needed.',
    );
    expect(judgeAB(outcome, lossAt100(2), lossAt100(1)).text).toBe(
      'Does not hold in this run: ReLU 2.00 vs Sigmoid 1.00 test loss at step 100: 2.00× higher, at least 2× lower needed.',
    );
  });

  it('counts an infinite loss as the worst', () => {
    expect(judgeAB(outcome, lossAt100(0.3), lossAt100(Infinity)).text).toBe(
      'Holds: ReLU 0.300 vs Sigmoid Infinity test loss at step 100.',
    );
    expect(judgeAB(outcome, lossAt100(Infinity), lossAt100(Infinity)).verdict).toBe('fails');
  });

  it('averages the training loss over the 50 steps up to the step', () => {
    const trainOutcome: Outcome<'a' | 'b'> = { ...outcome, metric: 'trainLoss' };
    // Steps 1–50 at 2 fall outside the window 51–100.
    const a = measured([...flat(50, 2), ...flat(50, 0.5)]);
    expect(judgeAB(trainOutcome, a, measured(flat(100, 1.5)))).toEqual({
      verdict: 'holds',
      text: 'Holds: ReLU 0.500 vs Sigmoid 1.50 training loss (mean of steps 51–100) at step 100: 3.00× lower, at least 2× lower needed.',
    });
    expect(judgeAB(trainOutcome, measured(flat(99, 0.5)), measured(flat(100, 1.5))).text).toBe(
      'Not yet decided: training loss (mean of steps 51–100) at step 100 is not measured yet (ReLU is at step 99, Sigmoid at step 100).',
    );
  });
});

describe('matches (a knob that matters little)', () => {
  const outcome: Outcome<'a' | 'b'> = {
    kind: 'matches',
    metric: 'testAccuracy',
    run: 'a',
    other: 'b',
    atStep: 200,
    withinPoints: 1.5,
  };
  const at200 = (accuracy: number, status: MeasuredRun['status'] = 'running') =>
    measured(
      flat(200),
      [
        [100, 0.5],
        [200, accuracy],
      ],
      status,
    );

  it('holds when the accuracies at the step are within the margin, either way round', () => {
    expect(judgeAB(outcome, at200(0.912), at200(0.9)).text).toBe(
      'Holds: ReLU 91.20% vs Sigmoid 90.00% test accuracy at step 200: 1.20 points apart, at most 1.5 allowed.',
    );
    expect(judgeAB(outcome, at200(0.9), at200(0.915)).verdict).toBe('holds');
  });

  it('fails on a wider gap, or when a run diverged or ended before the step', () => {
    expect(judgeAB(outcome, at200(0.95), at200(0.9)).text).toBe(
      'Does not hold in this run: ReLU 95.00% vs Sigmoid 90.00% test accuracy at step 200: 5.00 points apart, at most 1.5 allowed.',
    );
    expect(judgeAB(outcome, at200(0.9), measured([1, NaN], [], 'diverged', 2)).text).toBe(
      'Does not hold in this run: Sigmoid diverged at step 2.',
    );
    expect(judgeAB(outcome, measured(flat(150), [[100, 0.9]], 'stopped'), at200(0.9)).verdict).toBe('fails');
  });

  it('is undecided until both were evaluated at the step', () => {
    expect(judgeAB(outcome, at200(0.9), measured(flat(200), [[100, 0.5]])).text).toBe(
      'Not yet decided: test accuracy at step 200 is not measured yet (ReLU is at step 200, Sigmoid at step 200).',
    );
  });
});

describe("atStep 'end': each run's last evaluation once it finished", () => {
  const beatsAtEnd: Outcome<'a' | 'b'> = {
    kind: 'beats',
    metric: 'testAccuracy',
    run: 'a',
    other: 'b',
    atStep: 'end',
    byPoints: 2,
  };

  it('compares runs that end at different steps (one epoch at two batch sizes)', () => {
    const small = measured(
      flat(1875),
      [
        [1000, 0.9],
        [1875, 0.95],
      ],
      'finished',
    );
    const large = measured(flat(117), [[117, 0.85]], 'finished');
    expect(judgeAB(beatsAtEnd, small, large).text).toBe(
      'Holds: ReLU 95.00% vs Sigmoid 85.00% test accuracy at their ends (steps 1875 and 117): ahead by 10.00 points, at least 2 needed.',
    );
    const same = measured(flat(117), [[117, 0.95]], 'finished');
    expect(judgeAB(beatsAtEnd, same, large).text).toBe(
      'Holds: ReLU 95.00% vs Sigmoid 85.00% test accuracy at the end (step 117): ahead by 10.00 points, at least 2 needed.',
    );
  });

  it('is undecided while a run may still train, and fails for a run stopped before its end', () => {
    const done = measured(flat(117), [[117, 0.85]], 'finished');
    const paused = measured(flat(500), [[500, 0.9]], 'running');
    expect(judgeAB(beatsAtEnd, paused, done).text).toBe(
      'Not yet decided: test accuracy at the end is not measured yet (ReLU is at step 500, Sigmoid at step 117).',
    );
    expect(judgeAB(beatsAtEnd, measured(flat(500), [[500, 0.99]], 'stopped'), done).text).toBe(
      'Does not hold in this run: ReLU was stopped at step 500, before its end.',
    );
  });

  it('averages the last 50 training losses for trainLoss, and works with matches', () => {
    const low = measured([...flat(50, 9), ...flat(50, 0.5)], [], 'finished');
    const high = measured(flat(100, 2), [], 'finished');
    expect(
      judgeAB({ kind: 'beats', metric: 'trainLoss', run: 'a', other: 'b', atStep: 'end', byFactor: 3 }, low, high).text,
    ).toBe(
      'Holds: ReLU 0.500 vs Sigmoid 2.00 training loss (mean of the last 50 steps) at the end (step 100): 4.00× lower, at least 3× lower needed.',
    );
    const matchesAtEnd: Outcome<'a' | 'b'> = {
      kind: 'matches',
      metric: 'testAccuracy',
      run: 'a',
      other: 'b',
      atStep: 'end',
      withinPoints: 1,
    };
    expect(
      judgeAB(matchesAtEnd, measured(flat(10), [[10, 0.9]], 'finished'), measured(flat(20), [[20, 0.905]], 'finished'))
        .verdict,
    ).toBe('holds');
  });

  it('has no numbered deciding step: the runs train to their ends', () => {
    expect(decidingSteps(beatsAtEnd)).toEqual([]);
    expect(lastDecidingStep(beatsAtEnd)).toBe(Infinity);
    const both: Outcome<'a' | 'b'> = {
      kind: 'allOf',
      outcomes: [{ kind: 'staysFinite', run: 'a', throughStep: 400 }, { ...beatsAtEnd }],
    };
    expect(decidingSteps(both)).toEqual([{ step: 400, evaluated: false }]);
    expect(lastDecidingStep(both)).toBe(Infinity);
    expect(lastDecidingStep({ kind: 'staysFinite', run: 'a', throughStep: 400 })).toBe(400);
  });
});

describe('improves: the training loss trend falls', () => {
  const outcome: Outcome<'a' | 'b'> = { kind: 'improves', run: 'a', fromStep: 50, toStep: 200, byFactor: 2 };
  // Noisy steps around a falling trend: 2 ± 1 over steps 1–50, 0.5 ± 0.4 over steps 151–200.
  const noisy = [
    ...flat(50).map((_, i) => (i % 2 ? 3 : 1)),
    ...flat(100, 1),
    ...flat(50).map((_, i) => (i % 2 ? 0.9 : 0.1)),
  ];

  it('compares the mean loss of the 50 steps up to each step', () => {
    expect(judgeAB(outcome, measured(noisy)).text).toBe(
      "Holds: ReLU's training loss fell 4.00×, from 2.00 (mean of steps 1–50) to 0.500 (mean of steps 151–200), a fall of at least 2× needed.",
    );
    expect(judgeAB(outcome, measured(flat(200))).text).toBe(
      "Does not hold in this run: ReLU's training loss fell 1.00×, from 1.00 (mean of steps 1–50) to 1.00 (mean of steps 151–200), a fall of at least 2× needed.",
    );
  });

  it('is undecided before the later step, and fails when the run diverged or ended first', () => {
    expect(judgeAB(outcome, measured(flat(120))).verdict).toBe('undecided');
    expect(judgeAB(outcome, measured([...flat(60), NaN], [], 'diverged', 61)).text).toBe(
      'Does not hold in this run: ReLU diverged at step 61.',
    );
    expect(judgeAB(outcome, measured(flat(120), [], 'finished')).verdict).toBe('fails');
  });
});

describe('explodes: the loss flies, with or without a NaN', () => {
  const outcome: Outcome<'a' | 'b'> = { kind: 'explodes', run: 'a', withinSteps: 500, factor: 100 };

  it('holds when the loss reaches the factor times its first, or turns NaN, in time', () => {
    const flying = [2.4, 3, 5e15, 2.3, ...flat(496, 2.3)];
    expect(judgeAB(outcome, measured(flying)).text).toBe(
      "Holds: ReLU's loss reached 5.00e15 at step 3, 2.08e15× its first (2.40), within 500 steps.",
    );
    expect(judgeAB(outcome, measured([2.4, 9, NaN], [], 'diverged', 3)).text).toBe(
      "Holds: ReLU's loss became NaN at step 3, within 500 steps.",
    );
  });

  it('fails when the loss stays under the factor through the step; undecided before it', () => {
    expect(judgeAB(outcome, measured([2.4, 19.2, ...flat(498, 1)])).text).toBe(
      "Does not hold in this run: ReLU's loss reached 19.2 at step 2, 8.00× its first (2.40): under the 100× asked for, by step 500.",
    );
    expect(judgeAB(outcome, measured([2.4, 19.2, ...flat(98, 1)])).verdict).toBe('undecided');
    expect(judgeAB(outcome, measured([2.4, 19.2], [], 'stopped')).verdict).toBe('fails');
  });
});

describe('diverges', () => {
  const outcome: Outcome<'a' | 'b'> = { kind: 'diverges', run: 'a', withinSteps: 10 };

  it('holds once the loss turns NaN or infinite in time, as reported or as seen in the losses', () => {
    expect(judgeAB(outcome, measured([2.3, NaN], [], 'diverged', 2))).toEqual({
      verdict: 'holds',
      text: "Holds: ReLU's loss became NaN at step 2, within 10 steps.",
    });
    expect(judgeAB(outcome, measured([2.3, Infinity])).text).toBe(
      "Holds: ReLU's loss became Infinity at step 2, within 10 steps.",
    );
    expect(judgeAB(outcome, measured([2.3], [], 'diverged', 2)).text).toBe(
      'Holds: ReLU diverged at step 2, within 10 steps.',
    );
  });

  it('fails once the run is past the step with finite losses, or ended without diverging', () => {
    expect(judgeAB(outcome, measured([1.99e8, 3e7, ...flat(10, 5)]))).toEqual({
      verdict: 'fails',
      text: "Does not hold in this run: ReLU's loss stayed finite through step 10 (largest 1.99e8).",
    });
    expect(judgeAB(outcome, measured([...flat(11), NaN], [], 'diverged', 12)).verdict).toBe('fails');
    expect(judgeAB(outcome, measured(flat(5), [], 'finished')).text).toBe(
      'Does not hold in this run: ReLU ended at step 5 without diverging.',
    );
  });

  it('is undecided while the run is short of the step', () => {
    expect(judgeAB(outcome, measured(flat(3)))).toEqual({
      verdict: 'undecided',
      text: 'Not yet decided: ReLU is at step 3 of 10, finite so far.',
    });
  });
});

describe('staysFinite', () => {
  const outcome: Outcome<'a' | 'b'> = { kind: 'staysFinite', run: 'a', throughStep: 10 };

  it('holds through the step, or to the end of a run that ended sooner', () => {
    expect(judgeAB(outcome, measured([2.3, ...flat(11)]))).toEqual({
      verdict: 'holds',
      text: "Holds: ReLU's loss stayed finite through step 10 (largest 2.30).",
    });
    expect(judgeAB(outcome, measured([2.3, ...flat(5)], [], 'finished')).text).toBe(
      "Holds: ReLU's loss stayed finite to its last step, 6 (largest 2.30).",
    );
  });

  it('fails when the loss turns non-finite by the step, or the run ended untrained', () => {
    expect(judgeAB(outcome, measured([...flat(3), NaN], [], 'diverged', 4)).text).toBe(
      "Does not hold in this run: ReLU's loss became NaN at step 4.",
    );
    expect(judgeAB(outcome, measured([], [], 'stopped')).text).toBe(
      'Does not hold in this run: ReLU ended before its first step.',
    );
  });

  it('is undecided while the run is short of the step, and reads only the entries in use', () => {
    expect(judgeAB(outcome, measured(flat(3))).text).toBe('Not yet decided: ReLU is at step 3 of 10, finite so far.');
    // The page's series grows in place: entries past `length` are not in use yet.
    const growing = measured([...flat(3), NaN, NaN]);
    expect(judgeAB(outcome, { ...growing, series: { ...growing.series, length: 3 } }).verdict).toBe('undecided');
  });
});

describe('reachesFirst', () => {
  const outcome: Outcome<'a' | 'b'> = { kind: 'reachesFirst', run: 'a', other: 'b', percent: 90 };

  it('holds when the run reaches the accuracy at an earlier evaluation', () => {
    const a = measured(flat(300), [
      [100, 0.85],
      [200, 0.91],
    ]);
    expect(
      judgeAB(
        outcome,
        a,
        measured(flat(300), [
          [100, 0.5],
          [200, 0.7],
          [300, 0.92],
        ]),
      ),
    ).toEqual({
      verdict: 'holds',
      text: 'Holds: ReLU reached 90% test accuracy at step 200, Sigmoid only at step 300.',
    });
    expect(
      judgeAB(
        outcome,
        a,
        measured(flat(200), [
          [100, 0.5],
          [200, 0.7],
        ]),
      ).text,
    ).toBe('Holds: ReLU reached 90% test accuracy at step 200; Sigmoid had not by step 200 (best 70.00%).');
    expect(
      judgeAB(
        outcome,
        a,
        measured(
          flat(200),
          [
            [100, 0.5],
            [200, 0.7],
          ],
          'finished',
        ),
      ).text,
    ).toBe('Holds: ReLU reached 90% test accuracy at step 200; Sigmoid never did (best 70.00%).');
  });

  it('fails on a tie, when the other is first, or when the run can no longer reach it', () => {
    const a = measured(flat(200), [
      [100, 0.5],
      [200, 0.95],
    ]);
    expect(judgeAB(outcome, a, measured(flat(200), [[200, 0.9]])).text).toBe(
      'Does not hold in this run: ReLU and Sigmoid both reached 90% test accuracy at step 200.',
    );
    expect(judgeAB(outcome, a, measured(flat(200), [[100, 0.92]])).text).toBe(
      'Does not hold in this run: Sigmoid reached 90% test accuracy at step 100, ReLU only at step 200.',
    );
    expect(judgeAB(outcome, measured(flat(100), [[100, 0.5]]), measured(flat(100), [[100, 0.92]])).text).toBe(
      'Does not hold in this run: Sigmoid reached 90% test accuracy at step 100; ReLU had not by step 100 (best 50.00%).',
    );
    expect(judgeAB(outcome, measured(flat(100), [[100, 0.85]], 'finished'), measured(flat(50))).text).toBe(
      'Does not hold in this run: ReLU ended without reaching 90% test accuracy (best 85.00%).',
    );
  });

  it('is undecided while the slower side could still get there first', () => {
    const a = measured(flat(200), [
      [100, 0.85],
      [200, 0.91],
    ]);
    expect(judgeAB(outcome, a, measured(flat(150), [[100, 0.5]])).text).toBe(
      'Not yet decided: ReLU reached 90% test accuracy at step 200; Sigmoid is at step 150 (best 50.00%).',
    );
    expect(judgeAB(outcome, measured(flat(50)), measured(flat(100), [[100, 0.92]])).text).toBe(
      'Not yet decided: Sigmoid reached 90% test accuracy at step 100; ReLU is at step 50 (not evaluated yet).',
    );
    expect(judgeAB(outcome, measured(flat(100), [[100, 0.85]]), measured(flat(50)))).toEqual({
      verdict: 'undecided',
      text: 'Not yet decided: neither run has reached 90% test accuracy yet (ReLU best 85.00%, Sigmoid not evaluated yet).',
    });
  });
});

describe('allOf and anyOf', () => {
  const sigmoidDiverges: Outcome<'a' | 'b'> = { kind: 'diverges', run: 'b', withinSteps: 10 };
  const reluFinite: Outcome<'a' | 'b'> = { kind: 'staysFinite', run: 'a', throughStep: 10 };
  const both: Outcome<'a' | 'b'> = { kind: 'allOf', outcomes: [sigmoidDiverges, reluFinite] };
  const either: Outcome<'a' | 'b'> = { kind: 'anyOf', outcomes: [sigmoidDiverges, reluFinite] };
  const finite = measured([2.3, ...flat(9)]);
  const nan = measured([2.3, NaN], [], 'diverged', 2);
  const short = measured(flat(3));

  it('allOf holds when every part holds, fails when one fails, else is undecided', () => {
    expect(judgeAB(both, finite, nan)).toEqual({
      verdict: 'holds',
      text: "Holds: Sigmoid's loss became NaN at step 2, within 10 steps; ReLU's loss stayed finite through step 10 (largest 2.30).",
    });
    expect(judgeAB(both, short, finite)).toEqual({
      verdict: 'fails',
      text: "Does not hold in this run: Sigmoid's loss stayed finite through step 10 (largest 2.30).",
    });
    expect(judgeAB(both, short, nan)).toEqual({
      verdict: 'undecided',
      text: 'Not yet decided: ReLU is at step 3 of 10, finite so far.',
    });
  });

  it('anyOf holds when one part holds, fails when every part fails, else is undecided', () => {
    expect(judgeAB(either, finite, finite).text).toBe(
      "Holds: ReLU's loss stayed finite through step 10 (largest 2.30).",
    );
    expect(judgeAB(either, nan, finite).text).toBe(
      "Does not hold in this run: Sigmoid's loss stayed finite through step 10 (largest 2.30); ReLU's loss became NaN at step 2.",
    );
    expect(judgeAB(either, short, finite).verdict).toBe('undecided');
  });
});

describe('formatLoss', () => {
  it('writes 3 significant digits, and very large or small losses in short exponent form', () => {
    expect([1.99e8, 2.46, 0.2513, 0.000123, 0, NaN, -Infinity].map(formatLoss)).toEqual([
      '1.99e8',
      '2.46',
      '0.251',
      '1.23e-4',
      '0.00',
      'NaN',
      '-Infinity',
    ]);
  });
});

describe('the verdict as data', () => {
  const outcome: Outcome<'a' | 'b'> = {
    kind: 'beats',
    metric: 'testAccuracy',
    run: 'a',
    other: 'b',
    atStep: 100,
    byPoints: 5,
  };
  const at100 = (accuracy: number) => measured(flat(100), [[100, accuracy]], 'finished');

  it('is a phrase of codes and values, the text its English', () => {
    const judgement = judgeOutcome(outcome, { a: at100(0.9), b: at100(0.5) }, names);
    expect(judgement.phrase.code).toBe('holds');
    expect(renderPhrase(judgement.phrase, sayFrom(VERDICT_TEXTS))).toBe(judgement.text);
  });

  it('renders in another language from the same phrase, run names as given', () => {
    const judgement = judgeOutcome(outcome, { a: at100(0.9), b: at100(0.5) }, { a: 'A', b: 'B' });
    const shout = (code: string, values: Readonly<Record<string, string | number>>) =>
      `${code.toUpperCase()}(${Object.values(values).join('|')})`;
    expect(renderPhrase(judgement.phrase, shout)).toBe(
      'HOLDS(POINTSNEEDED(MEASURED(A|90.00%|B|50.00%|TESTACCURACY()|ATSTEP(100))|AHEADBY(40.00)|5))',
    );
  });
});

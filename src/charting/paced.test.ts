import { describe, expect, it } from 'vitest';
import { Paced } from './paced';

/** A clock the test moves by hand; `after` callbacks run when it passes their time. */
function manualClock() {
  let time = 0;
  let timers: { at: number; callback: () => void }[] = [];
  return {
    now: () => time,
    after(ms: number, callback: () => void) {
      const timer = { at: time + ms, callback };
      timers.push(timer);
      return () => {
        timers = timers.filter((t) => t !== timer);
      };
    },
    advanceTo(to: number) {
      time = to;
      const due = timers.filter((t) => t.at <= time);
      timers = timers.filter((t) => t.at > time);
      for (const t of due) t.callback();
    },
    waiting: () => timers.length,
  };
}

describe('paced values', () => {
  it('pass the first value at once and then the newest at most once per interval', () => {
    const clock = manualClock();
    const shown: number[] = [];
    const paced = new Paced<number>(250, (v) => shown.push(v), clock);
    paced.push(1);
    expect(shown).toEqual([1]);
    clock.advanceTo(50);
    paced.push(2);
    clock.advanceTo(100);
    paced.push(3);
    expect(shown).toEqual([1]); // 2 and 3 came too soon after 1
    clock.advanceTo(249);
    expect(shown).toEqual([1]);
    clock.advanceTo(250);
    expect(shown).toEqual([1, 3]); // only the newest, when 250 ms have passed
    expect(clock.waiting()).toBe(0);
  });

  it('pass a value at once after a quiet interval', () => {
    const clock = manualClock();
    const shown: number[] = [];
    const paced = new Paced<number>(250, (v) => shown.push(v), clock);
    paced.push(1);
    clock.advanceTo(400);
    paced.push(2);
    expect(shown).toEqual([1, 2]);
    clock.advanceTo(500);
    paced.push(3);
    clock.advanceTo(649);
    expect(shown).toEqual([1, 2]);
    clock.advanceTo(650); // 250 ms after 2 was shown, not after 3 arrived
    expect(shown).toEqual([1, 2, 3]);
  });

  it('drop a waiting value when disposed, and start again afterwards', () => {
    const clock = manualClock();
    const shown: number[] = [];
    const paced = new Paced<number>(250, (v) => shown.push(v), clock);
    paced.push(1);
    paced.push(2);
    paced.dispose();
    clock.advanceTo(1000);
    expect(shown).toEqual([1]);
    paced.push(3);
    expect(shown).toEqual([1, 3]);
  });
});

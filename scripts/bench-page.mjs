// The bench's measurements on the real page (index.html): opening it with N runs, and probes that record, inside
// the page, its long tasks, animation frames, input events and run phases, so figures come from the page's own
// clock rather than from Playwright's round trips.

/** `#…` opening `count` runs that differ by seed only (run 1 as `settings`, later ones as `rN.seed`). */
export function runsFragment(count, settings = '') {
  const later = Array.from({ length: count - 1 }, (_, i) => `&r${i + 1}.seed=${i + 2}`).join('');
  return `#v=2${settings ? `&${settings}` : ''}${later}`;
}

/** Runs in the page as an init script: records from the first frame on, so nothing before a measurement is lost. */
function installProbes() {
  const probe = { longTasks: [], animationFrames: [], events: [], frames: [] };
  window.__probe = probe;
  const observe = (type, into, pick, options = {}) => {
    if (!PerformanceObserver.supportedEntryTypes.includes(type)) return;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) into.push(pick(entry));
    }).observe({ type, buffered: true, ...options });
  };
  observe('longtask', probe.longTasks, (e) => ({ start: e.startTime, duration: e.duration }));
  observe('long-animation-frame', probe.animationFrames, (e) => ({
    start: e.startTime,
    duration: e.duration,
    blocking: e.blockingDuration,
  }));
  // Event Timing: an entry's duration runs from the input's timestamp to the next paint after its handlers.
  observe(
    'event',
    probe.events,
    (e) => ({ name: e.name, start: e.startTime, duration: e.duration, interactionId: e.interactionId }),
    { durationThreshold: 16 },
  );
  probe.supports = {
    longAnimationFrame: PerformanceObserver.supportedEntryTypes.includes('long-animation-frame'),
    eventTiming: PerformanceObserver.supportedEntryTypes.includes('event'),
  };
  const tick = (time) => {
    probe.frames.push(time);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Which phase each run's status line shows, and its step ("Training · step 120" → 120). */
export async function runStates(page) {
  return page.locator('.run-status').evaluateAll((rows) =>
    rows.map((row) => ({
      phase: row.getAttribute('data-phase'),
      step: Number(/step (\d+)/.exec(row.textContent ?? '')?.[1] ?? 0),
    })),
  );
}

/** Opens index.html with `count` runs, probes installed, and waits until every run has its data ("Ready"). */
export async function openRuns(browser, origin, count, settings = '') {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(installProbes);
  await page.goto(`${origin}/${runsFragment(count, settings)}`);
  await waitForReady(page, count);
  return page;
}

/** Waits until the page lists `count` runs, each "Ready" (past "Starting", "Setting up" and "Loading data"). */
export async function waitForReady(page, count, timeout = 180_000) {
  await page.waitForFunction(
    (n) => {
      const rows = [...document.querySelectorAll('.run-status')];
      return rows.length === n && rows.every((row) => row.textContent === 'Ready');
    },
    count,
    { timeout, polling: 250 },
  );
}

/**
 * Waits until every run is training and shows a step over 0: the trainer really runs it, not only the page's
 * button state. False if that did not happen within `timeout`.
 */
export async function waitForTraining(page, timeout = 180_000) {
  return page
    .waitForFunction(
      () => {
        const rows = [...document.querySelectorAll('.run-status')];
        return rows.every(
          (row) =>
            row.getAttribute('data-phase') === 'training' &&
            Number(/step (\d+)/.exec(row.textContent ?? '')?.[1] ?? 0) > 0,
        );
      },
      null,
      { timeout, polling: 250 },
    )
    .then(
      () => true,
      () => false,
    );
}

export const pageNow = (page) => page.evaluate(() => performance.now());

const percentile = (values, p) =>
  values.length ? [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] : 0;

/**
 * The main thread between two page times: longest long task and long animation frame, the 95th-percentile
 * interval between animation frames (the gap still open at `to` counts too), and the share of time in long tasks.
 */
export async function mainThreadFigures(page, from, to) {
  const probe = await page.evaluate(
    ({ from, to }) => {
      const { longTasks, animationFrames, frames, supports } = window.__probe;
      const inWindow = (e) => e.start >= from && e.start < to;
      const frameTimes = frames.filter((t) => t >= from && t <= to);
      return {
        longTasks: longTasks.filter(inWindow),
        animationFrames: animationFrames.filter(inWindow),
        frameTimes,
        supports,
      };
    },
    { from, to },
  );
  const intervals = probe.frameTimes.slice(1).map((t, i) => t - probe.frameTimes[i]);
  if (probe.frameTimes.length) intervals.push(to - probe.frameTimes.at(-1));
  const longTaskMs = probe.longTasks.reduce((sum, e) => sum + Math.min(e.duration, to - e.start), 0);
  return {
    longestTask: Math.max(0, ...probe.longTasks.map((e) => e.duration)),
    longTasks: probe.longTasks.length,
    longTaskShare: longTaskMs / (to - from),
    longestAnimationFrame: probe.supports.longAnimationFrame
      ? Math.max(0, ...probe.animationFrames.map((e) => e.duration))
      : null,
    longestBlocking: probe.supports.longAnimationFrame
      ? Math.max(0, ...probe.animationFrames.map((e) => e.blocking))
      : null,
    frames: probe.frameTimes.length,
    p95Frame: percentile(intervals, 0.95),
    worstFrame: Math.max(0, ...intervals),
  };
}

/**
 * The renderer main thread's busy time from Chrome's own accounting (DevTools Performance.getMetrics:
 * TaskDuration counts every task on that thread, short ones included, unlike long tasks). Call the returned
 * function at the end: the busy share since.
 */
export async function startBusyMeter(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const read = async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    const value = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
    return { task: value('TaskDuration'), at: value('Timestamp') };
  };
  const start = await read();
  return async () => {
    const end = await read();
    await session.detach();
    return (end.task - start.task) / (end.at - start.at);
  };
}

/**
 * Clicks `locator` as a person would (Playwright's mouse input) `times` times, `gapMs` apart, and returns each
 * click's Event Timing latency: the longest entry of its interaction (pointerdown, pointerup, click), from the
 * input's timestamp to the paint after it. null where the page recorded no entry for a click: Event Timing only
 * reports events over 16 ms, so such a click painted faster than that or was not reported.
 */
export async function clickLatencies(page, locator, times, gapMs) {
  await page.evaluate(() => {
    window.__clickStamps = [];
    document.addEventListener('click', (event) => window.__clickStamps.push(event.timeStamp), { capture: true });
  });
  for (let i = 0; i < times; i++) {
    await locator.click();
    await page.waitForTimeout(gapMs);
  }
  // Entries arrive after the paint; give the last ones time to be delivered.
  await page.waitForTimeout(500);
  const { stamps, events } = await page.evaluate(() => ({
    stamps: window.__clickStamps,
    events: window.__probe.events,
  }));
  return stamps.map((stamp) => {
    const click = events.find((e) => e.name === 'click' && Math.abs(e.start - stamp) < 1);
    if (!click) return null;
    const sameInteraction = click.interactionId
      ? events.filter((e) => e.interactionId === click.interactionId)
      : [click];
    return Math.max(...sameInteraction.map((e) => e.duration));
  });
}

/**
 * Clicks the button named `button` and times, in the page, from the click's event timestamp until every run's
 * status shows `phase` (a MutationObserver on the run list). Gives up after `timeoutMs` and says how many got there.
 */
export async function timeUntilAllRuns(page, button, phase, timeoutMs) {
  await page.evaluate(
    ({ button, phase }) => {
      const record = { clickedAt: null, doneAt: null };
      window.__phaseLatency = record;
      const onClick = (event) => {
        if (event.target instanceof Element && event.target.closest('button')?.textContent?.trim() === button) {
          record.clickedAt = event.timeStamp;
          document.removeEventListener('click', onClick, { capture: true });
        }
      };
      document.addEventListener('click', onClick, { capture: true });
      const check = () => {
        const rows = [...document.querySelectorAll('.run-status')];
        if (record.clickedAt !== null && rows.every((row) => row.getAttribute('data-phase') === phase)) {
          record.doneAt = performance.now();
          observer.disconnect();
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    },
    { button, phase },
  );
  await page.getByRole('button', { name: button, exact: true }).click();
  try {
    await page.waitForFunction(() => window.__phaseLatency.doneAt !== null, null, { timeout: timeoutMs, polling: 100 });
  } catch {
    const states = await runStates(page);
    return { ms: null, reached: states.filter((s) => s.phase === phase).length, of: states.length };
  }
  const { clickedAt, doneAt } = await page.evaluate(() => window.__phaseLatency);
  return { ms: doneAt - clickedAt, reached: null, of: null };
}

/** Logs, in the page, each run's step at the moment its status line changes it (read-backs come in chunks). */
export async function startStepLog(page) {
  await page.evaluate(() => {
    const log = [];
    window.__stepLog = log;
    const read = () => {
      const now = performance.now();
      document.querySelectorAll('.run-status').forEach((row, i) => {
        const step = Number(/step (\d+)/.exec(row.textContent ?? '')?.[1] ?? 0);
        const runLog = (log[i] ??= []);
        if (runLog.at(-1)?.step !== step) runLog.push({ at: now, step });
      });
    };
    read();
    new MutationObserver(read).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * Each run's steps/s between its first and last step change inside [from, to]: timing whole chunks, so the
 * 20-step granularity of the status line does not bias the figure. null for a run with fewer than two changes.
 */
export async function stepRates(page, from, to) {
  return page.evaluate(
    ({ from, to }) =>
      window.__stepLog.map((runLog) => {
        const inside = runLog.filter((entry) => entry.at >= from && entry.at <= to);
        if (inside.length < 2) return null;
        const first = inside[0];
        const last = inside.at(-1);
        return ((last.step - first.step) * 1000) / (last.at - first.at);
      }),
    { from, to },
  );
}

/** Waits until every run's step changed at least `changes` times since page time `from`; false after `timeout`. */
export async function waitForStepChanges(page, from, changes, timeout) {
  return page
    .waitForFunction(
      ({ from, changes }) =>
        window.__stepLog.length > 0 &&
        window.__stepLog.every((runLog) => runLog.filter((entry) => entry.at >= from).length >= changes),
      { from, changes },
      { timeout, polling: 250 },
    )
    .then(
      () => true,
      () => false,
    );
}

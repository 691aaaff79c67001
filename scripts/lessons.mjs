// `npm run lessons [-- t02 d04] [--seeds=1,2,3] [--jobs=2] [--out=docs/lessons.md] [--curves]`: trains every lesson (or the
// ones named) in Node on TF.js's wasm backend, once per seed, and prints lesson | claims | predicate | measured |
// holds. A harness, not a test: the whole catalogue takes about an hour on 2 cores. With --out it also writes the
// table as Markdown (docs/lessons.md is that file, committed). Jobs run in child processes, one lesson × seed each.
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

/**
 * The harness's TypeScript side (src/bench/lessonRunner.ts), imported through Vite as the page's build sees it. TF.js
 * is bundled in (its ESM gradients cannot load in Node otherwise); its wasm glue looks for Node's require.
 */
async function loadHarness() {
  globalThis.require ??= createRequire(import.meta.url);
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    // seedrandom (TF.js's random ops: dropout) is CommonJS: pre-bundled so that its named exports (alea) exist.
    ssr: { noExternal: [/^@tensorflow\//, 'seedrandom'], optimizeDeps: { include: ['seedrandom'] } },
    plugins: [commonJsGlue()],
  });
  return server.ssrLoadModule('/src/bench/lessonRunner.ts');
}

async function loadMnist({ parseIdx, DATASETS }) {
  const read = async (file, dims) => {
    const bytes = gunzipSync(await readFile(`${root}public/data/mnist/${file}.idx.gzip`));
    const parsed = parseIdx(new Uint8Array(bytes), { dims }, file);
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error} (run npm install to build the data)`);
    return parsed.value.data;
  };
  const split = async (name, count) => ({
    count,
    images: await read(`${name}-images`, [count, 28, 28]),
    labels: await read(`${name}-labels`, [count]),
  });
  return { info: DATASETS.mnist, train: await split('train', 60_000), test: await split('test', 10_000) };
}

/**
 * TF.js's wasm backend imports its Emscripten glue (wasm-out/*.js), CommonJS files, from ESM: wrapped here as ESM
 * with the Node globals the glue reads (require, __dirname) so the bundled backend runs in Node.
 */
function commonJsGlue() {
  return {
    name: 'tfjs-wasm-commonjs-glue',
    transform(code, rawId) {
      const id = rawId.replace(/\?.*$/, ''); // pre-bundling adds ?v=…
      if (!/tfjs-backend-wasm[\\/]wasm-out[\\/].*\.js$/.test(id)) return null;
      const dir = JSON.stringify(id.replace(/[\\/][^\\/]*$/, ''));
      return {
        code: [
          `const module = { exports: {} }; const exports = module.exports;`,
          `const require = globalThis.require; const __dirname = ${dir}; const __filename = ${JSON.stringify(id)};`,
          code,
          `export default module.exports; export const wasmWorkerContents = module.exports.wasmWorkerContents;`,
        ].join('\n'),
        map: null,
      };
    },
  };
}

// ── A child: trains one lesson for one seed and sends the result back ────────────────────────────────────────
if (process.env.LESSON_JOB) {
  const { lesson: id, seed } = JSON.parse(process.env.LESSON_JOB);
  const harness = await loadHarness();
  const lesson = harness.lessonById(id);
  // CNN lessons too: the engine registers the convolution gradients TF.js 4.22's wasm backend lacks (src/engine/wasmKernels).
  await harness.startWasm(`${root}node_modules/@tensorflow/tfjs-backend-wasm/dist/`);
  const result = await harness.trainLesson(lesson, seed, await loadMnist(harness));
  if (process.env.LESSON_CURVES) {
    // --curves: each run's evaluations and losses, for writing a lesson's predicate (to stderr, beside the verdicts).
    for (const { key, measured, seconds, deadShares } of result.runs) {
      const { steps, losses } = measured.series;
      const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
      const accuracies = measured.evaluations
        .map((e) => `${e.step}:${(e.testAccuracy * 100).toFixed(1)}/${e.testLoss.toPrecision(2)}`)
        .join(' ');
      console.error(
        `  ${id}/${seed} ${key}: ${accuracies} | loss first ${losses[0]?.toPrecision(3)} last-50 ${mean(losses.slice(-50)).toPrecision(3)} at step ${steps.at(-1)} | dead ${deadShares.map((share) => share.toFixed(2)).join('/') || '–'} | ${measured.status}${measured.divergedAt ? ` at ${measured.divergedAt}` : ''} (${seconds.toFixed(0)} s)`,
      );
    }
  }
  // Only what the table shows travels back (the IPC channel is JSON: NaN losses would arrive as null).
  const runs = result.runs.map(({ key, name, lastAccuracy, seconds }) => ({ key, name, lastAccuracy, seconds }));
  process.send({ ...result, runs }, () => process.exit(0));
} else {
  await main();
}

async function main() {
  const { LESSONS } = await loadHarness();
  const named = args.filter((a) => !a.startsWith('--')).map((a) => a.toLowerCase());
  const unknown = named.filter((id) => !LESSONS.some((lesson) => lesson.id === id));
  if (unknown.length) {
    console.error(`No lesson ${unknown.join(', ')}. Lessons: ${LESSONS.map((l) => l.id).join(' ')}`);
    process.exit(2);
  }
  const lessons = named.length ? LESSONS.filter((lesson) => named.includes(lesson.id)) : LESSONS;
  const seeds = option('seeds', '1,2,3').split(',').map(Number);
  const jobs = Number(option('jobs', String(Math.max(1, availableParallelism() - 0))));
  const out = option('out', '');
  // Results are kept beside the table (docs/lessons.json for docs/lessons.md), each with its lesson's fingerprint:
  // `npm run lessons -- t02 --out=docs/lessons.md` re-measures T02 and keeps the other rows, unless their lesson
  // changed since they were measured (then the row says so).
  const store = out ? out.replace(/\.md$/, '') + '.json' : '';
  const kept = store ? await readFile(store, 'utf8').then(JSON.parse, () => ({})) : {};
  // --report: train nothing, rewrite --out from the results kept beside it.
  const report = args.includes('--report');
  const queue = report ? [] : lessons.flatMap((lesson) => seeds.map((seed) => ({ lesson: lesson.id, seed })));
  const results = new Map();
  const started = Date.now();
  console.error(`${queue.length} jobs (${lessons.length} lessons × ${seeds.length} seeds), ${jobs} at a time`);

  let writing = Promise.resolve();
  const runJob = (job) =>
    new Promise((resolve) => {
      const t0 = Date.now();
      const child = fork(fileURLToPath(import.meta.url), [], {
        env: {
          ...process.env,
          LESSON_JOB: JSON.stringify(job),
          ...(args.includes('--curves') ? { LESSON_CURVES: '1' } : {}),
        },
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      let result = null;
      child.on('message', (message) => (result = message));
      child.on('exit', (code) => {
        const seconds = Math.round((Date.now() - t0) / 1000);
        if (!result) result = { lesson: job.lesson, seed: job.seed, error: `the job exited with code ${code}` };
        result.fingerprint = fingerprint(LESSONS.find((lesson) => lesson.id === job.lesson));
        result.seconds = seconds;
        results.set(`${job.lesson}/${job.seed}`, result);
        const verdict = result.error ?? result.judgement.text;
        console.error(`${job.lesson} seed ${job.seed} (${seconds} s): ${verdict}`);
        // Kept after every job (one write at a time), so that an interrupted run loses only the jobs in flight.
        if (store) {
          const all = { ...kept, ...Object.fromEntries(results) };
          writing = writing.then(() => writeFile(store, JSON.stringify(all, null, 1) + '\n'));
        }
        resolve();
      });
    });
  const workers = Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    while (queue.length) await runJob(queue.shift());
  });
  await Promise.all(workers);
  await writing;

  const rowsOf = (which, all) =>
    which.map((lesson) => {
      const perSeed = seeds.map((seed) => {
        const result = all[`${lesson.id}/${seed}`];
        if (!result) return null;
        return result.fingerprint === fingerprint(lesson)
          ? result
          : { ...result, error: 'measured before the lesson last changed: rerun it' };
      });
      const holds = perSeed.every((r) => r && !r.error && r.judgement.verdict === 'holds');
      return { lesson, perSeed, holds };
    });
  const fresh = Object.fromEntries(results);
  const rows = rowsOf(lessons, report ? kept : fresh);
  console.log(markdown(rows, seeds));
  if (out) {
    const all = { ...kept, ...fresh };
    await writeFile(store, JSON.stringify(all, null, 1) + '\n');
    await writeFile(out, markdown(rowsOf(LESSONS, all), seeds));
    console.error(`Wrote ${out} and ${store} (${Math.round((Date.now() - started) / 60_000)} min)`);
  }
  process.exit(rows.every((row) => row.holds) ? 0 : 1);
}

/** What a lesson trains and predicts, as text: a stored result whose lesson no longer has it is stale. */
function fingerprint(lesson) {
  const words = ['title', 'summary', 'question', 'watch', 'honestNote'];
  const measured = Object.fromEntries(Object.entries(lesson).filter(([key]) => !words.includes(key)));
  return createHash('sha256').update(JSON.stringify(measured)).digest('hex').slice(0, 16);
}

function describeOutcome(outcome, names) {
  const at = (step) => (step === 'end' ? 'at the end' : `at step ${step}`);
  switch (outcome.kind) {
    case 'beats':
      return outcome.metric === 'testAccuracy'
        ? `${names[outcome.run]} beats ${names[outcome.other]} on test accuracy by ≥ ${outcome.byPoints} points ${at(outcome.atStep)}`
        : `${names[outcome.run]}'s ${outcome.metric === 'testLoss' ? 'test loss' : 'training loss'} is ≥ ${outcome.byFactor}× lower than ${names[outcome.other]}'s ${at(outcome.atStep)}`;
    case 'matches':
      return `${names[outcome.run]} and ${names[outcome.other]} are within ${outcome.withinPoints} points of test accuracy ${at(outcome.atStep)}`;
    case 'improves':
      return `${names[outcome.run]}'s training loss falls ≥ ${outcome.byFactor}× from step ${outcome.fromStep} to step ${outcome.toStep}`;
    case 'explodes':
      return `${names[outcome.run]}'s loss turns NaN/∞ or reaches ${outcome.factor}× its first within ${outcome.withinSteps} steps`;
    case 'diverges':
      return `${names[outcome.run]} turns NaN/∞ within ${outcome.withinSteps} steps`;
    case 'staysFinite':
      return `${names[outcome.run]} stays finite through step ${outcome.throughStep}`;
    case 'reachesFirst':
      return `${names[outcome.run]} reaches ${outcome.percent}% test accuracy before ${names[outcome.other]}`;
    case 'allOf':
      return outcome.outcomes.map((o) => describeOutcome(o, names)).join(' **and** ');
    case 'anyOf':
      return outcome.outcomes.map((o) => describeOutcome(o, names)).join(' **or** ');
  }
}

function cell(text) {
  return String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function markdown(rows, seeds) {
  const seconds = rows.flatMap((row) => row.perSeed).reduce((sum, r) => sum + (r?.seconds ?? 0), 0);
  const lines = [
    '# Lessons, measured',
    '',
    `Written by \`npm run lessons -- --out=docs/lessons.md\` (scripts/lessons.mjs): every lesson trained in Node with`,
    `the engine's own trainer on TF.js's wasm backend (CNN rows measured before 2026-12 on its CPU backend) with real`,
    `MNIST, for seeds ${seeds.join(', ')}, each run up to the step its predicate is decided at; ${Math.round(seconds / 60)} min of job time`,
    `in all (each job's wall time, often with several jobs sharing the machine's cores). "Measured" is the predicate's own`,
    `text for each seed, as the lesson panel shows it.`,
    '',
    '| lesson | claims | predicate | measured | holds |',
    '|---|---|---|---|---|',
  ];
  for (const { lesson, perSeed, holds } of rows) {
    const names = Object.fromEntries(lesson.runs.map((run) => [run.key, run.name]));
    const measured = perSeed
      .map((r, i) => `seed ${seeds[i]}: ${r ? (r.error ?? r.judgement.text) : 'not measured yet'}`)
      .join('<br>');
    lines.push(
      `| ${[lesson.id.toUpperCase(), lesson.claims.join(' '), describeOutcome(lesson.expected, names), measured, holds ? 'yes' : '**no**'].map(cell).join(' | ')} |`,
    );
  }
  const claims = new Set(rows.flatMap((row) => row.lesson.claims));
  lines.push(
    '',
    `${rows.filter((r) => r.holds).length} of ${rows.length} lessons hold on every seed; ${claims.size} claims covered.`,
  );
  const noted = rows.filter((row) => row.lesson.honestNote);
  if (noted.length) {
    lines.push(
      '',
      '## Where MNIST disagrees with the article',
      '',
      'Each lesson’s honest note, as the lesson panel shows it:',
      '',
    );
    for (const { lesson } of noted)
      lines.push(`- **${lesson.id.toUpperCase()}** (${lesson.title}): ${lesson.honestNote}`);
  }
  lines.push('');
  return lines.join('\n');
}

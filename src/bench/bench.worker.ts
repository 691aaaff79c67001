/// <reference lib="webworker" />
// bench.html's worker: on the backend asked for, times the app's Trainer (and the bare TF.js loop on the MLP),
// times the app's TrainerSession asked for 'auto', or reads the first steps' losses; see benchProtocol.ts.
import { DATASETS, builtInDataset, loadDataset, type Dataset, type DatasetName } from '../data/datasets';
import type { DatasetValue } from '../schema/datasetChoice';
import { startBackend } from '../engine/backend';
import { hiddenWidths } from '../engine/model';
import { tf } from '../engine/tf';
import type { BackendName } from '../protocol/trainerProtocol';
import type { Experiment } from '../schema/experiment';
import { english } from '../ui/i18n/english';
import { timeBareLoop } from './bareLoop';
import { benchExperiment, describeModel } from './benchModels';
import type { BenchEnvironment, BenchOutcome, BenchRequest, TimeResult } from './benchProtocol';
import { describeEnvironment, hasWebgpuAdapter } from './environment';
import { firstLosses } from './lossCurve';
import { failureWatch, timeAutoSession, timeTrainer, timingTrainer, WARMUP_STEPS } from './timing';

declare const self: DedicatedWorkerGlobalScope;

const fail = (
  why: 'unavailable' | 'cannotTrain' | 'missingKernels',
  error: string,
  environment: BenchEnvironment,
): BenchOutcome => ({ ok: false, why, error, environment });

async function timeBackend(
  request: BenchRequest,
  dataset: Dataset,
  experiment: Experiment,
  choice: { name: string; detail: string },
  environment: BenchEnvironment,
): Promise<BenchOutcome> {
  const { steps, repeats } = request;
  const watch = failureWatch();
  const trainer = timingTrainer(dataset, experiment, watch.events);
  const classes = dataset.info.classNames.length;
  const pixels = dataset.info.height * dataset.info.width;
  const result: TimeResult = {
    experiment,
    backend: choice.name,
    detail: choice.detail,
    layers: describeModel(experiment, pixels, classes),
    batchSize: experiment.batchSize,
    trainer: [],
    bare: experiment.architecture === 'mlp' ? [] : null,
  };
  try {
    await timeTrainer(trainer, WARMUP_STEPS[experiment.architecture]);
    for (let r = 0; r < repeats && !watch.failure(); r++) {
      result.trainer.push(await timeTrainer(trainer, steps));
      if (result.bare) {
        const sizes = [pixels, ...hiddenWidths(experiment), classes];
        const bare = await timeBareLoop(sizes, experiment.batchSize, experiment.learningRate, steps, r ? 5 : 40);
        result.bare.push(bare.samplesPerSecond);
      }
    }
  } finally {
    trainer.dispose();
  }
  const failure = watch.failure();
  if (failure) {
    const missing = environment.missingCnnKernels;
    const kernels =
      experiment.architecture === 'cnn' && missing.length ? ` (missing kernels: ${missing.join(', ')})` : '';
    return fail('cannotTrain', failure + kernels, environment);
  }
  return { ok: true, environment, result };
}

/** Benchmarks run on the built-ins only. */
function benchDataset(value: DatasetValue): DatasetName {
  const name = builtInDataset(value);
  if (!name) throw new Error('benchmarks train on a built-in dataset');
  return name;
}

async function bench(request: BenchRequest): Promise<BenchOutcome> {
  const { mode, model, baseUrl } = request;
  const webgpuAdapter = await hasWebgpuAdapter();
  const experiment = benchExperiment(model, mode !== 'losses', request);
  if (mode === 'auto') {
    const info = DATASETS[benchDataset(experiment.dataset)];
    const timing = await timeAutoSession(baseUrl, experiment, request.steps, request.repeats);
    const environment = describeEnvironment(tf.getBackend() ?? null, webgpuAdapter);
    if (!timing.ok) return fail('cannotTrain', timing.error, environment);
    return {
      ok: true,
      environment,
      result: {
        picked: timing.picked,
        layers: describeModel(experiment, info.height * info.width, info.classNames.length),
        batchSize: experiment.batchSize,
        samplesPerSecond: timing.samplesPerSecond,
      },
    };
  }
  if (request.backend === 'webgpu' && !webgpuAdapter)
    return fail('unavailable', 'no WebGPU adapter here', describeEnvironment(null, false));
  let choice;
  try {
    // Names the registry of this build does not know (webgpu, before it is added) fail here, with TF.js's reason.
    choice = await startBackend(request.backend as BackendName, baseUrl);
  } catch (error) {
    return fail('unavailable', (error as Error).message || String(error), describeEnvironment(null, webgpuAdapter));
  }
  const started = { name: choice.name, detail: english(choice.detail) };
  const environment = describeEnvironment(choice.name, webgpuAdapter);
  if (mode === 'losses' && model === 'cnn' && environment.missingCnnKernels.length)
    return fail('missingKernels', environment.missingCnnKernels.join(', '), environment);
  const dataset = await loadDataset(benchDataset(experiment.dataset), baseUrl, () => {});
  if (mode === 'time') return timeBackend(request, dataset, experiment, started, environment);
  const { losses, failure } = await firstLosses(dataset, experiment, request.steps);
  if (losses.length < request.steps) return fail('cannotTrain', failure ?? 'too few steps', environment);
  return { ok: true, environment, result: { backend: choice.name, detail: started.detail, losses } };
}

self.onmessage = async (event: MessageEvent<BenchRequest>) => {
  let outcome: BenchOutcome;
  try {
    outcome = await bench(event.data);
  } catch (error) {
    outcome = fail('cannotTrain', (error as Error).message || String(error), describeEnvironment(null, false));
  }
  self.postMessage(outcome);
};

/// <reference lib="webworker" />
// Times the app's Trainer (real MNIST batches, loss read-backs, yields) and the bare loop, on one backend.
import { loadDataset } from '../data/datasets';
import { startBackend } from '../engine/backend';
import type { BackendName } from '../protocol/trainerProtocol';
import { yieldWithMessageChannel } from '../engine/session';
import { hiddenWidths } from '../engine/model';
import { Trainer } from '../engine/trainer';
import { defaultExperiment } from '../schema/experiment';
import { timeBareLoop } from './bareLoop';

declare const self: DedicatedWorkerGlobalScope;

export interface BenchRequest {
  backend: BackendName;
  baseUrl: string;
  steps: number;
  repeats: number;
}

export interface BenchResult {
  backend: string;
  detail: string;
  /** wasm: the threads it trains on; null on other backends. */
  threads: number | null;
  batchSize: number;
  layers: number[];
  trainer: number[];
  bare: number[];
}

async function timeTrainer(trainer: Trainer, steps: number): Promise<number> {
  const target = trainer.currentStep + steps;
  const started = performance.now();
  // The loop stops at the read-back after `target`; count the steps it actually ran.
  const from = trainer.currentStep;
  const stopAt = setInterval(() => trainer.currentStep >= target && trainer.pause(), 1);
  await trainer.run();
  clearInterval(stopAt);
  const seconds = (performance.now() - started) / 1000;
  return ((trainer.currentStep - from) * trainer.experiment.batchSize) / seconds;
}

self.onmessage = async (event: MessageEvent<BenchRequest>) => {
  const { backend, baseUrl, steps, repeats } = event.data;
  try {
    const choice = await startBackend(backend, baseUrl);
    const dataset = await loadDataset('mnist', baseUrl, () => {});
    // Defaults as the app ships them, with evaluations off: the bench times training steps alone.
    const experiment = { ...defaultExperiment(), evalEverySteps: 0, epochs: 100 };
    const events = { metrics() {}, evaluation() {}, status() {}, health() {} };
    const trainer = new Trainer(
      dataset,
      experiment,
      { readEvery: 20, yieldToEventLoop: yieldWithMessageChannel },
      events,
    );
    const pixels = dataset.info.height * dataset.info.width;
    const sizes = [pixels, ...hiddenWidths(experiment), dataset.info.classNames.length];
    await timeTrainer(trainer, 40); // warm-up: shader compilation, texture allocation
    const result: BenchResult = {
      backend: choice.name,
      detail: choice.detail,
      threads: choice.threads?.count ?? null,
      batchSize: experiment.batchSize,
      layers: sizes,
      trainer: [],
      bare: [],
    };
    for (let r = 0; r < repeats; r++) {
      result.trainer.push(await timeTrainer(trainer, steps));
      result.bare.push(
        (await timeBareLoop(sizes, experiment.batchSize, experiment.learningRate, steps, r === 0 ? 40 : 5))
          .samplesPerSecond,
      );
    }
    trainer.dispose();
    self.postMessage({ ok: true, result });
  } catch (error) {
    self.postMessage({ ok: false, error: (error as Error).message || String(error) });
  }
};

// The session's backend: started at init (forced, or every backend for auto), then for auto chosen per run's model
// shape by measurement, remembered for the session. TF.js has one active backend per thread, so one backend serves
// every run at a time; the session asks `choose` when a run is configured and waits on `whenIdle` before training.
import type { BackendName, BackendRequest } from '../protocol/backends';
import type { BackendAnnouncement } from '../protocol/trainerProtocol';
import { sayBackend } from '../schema/backendWords';
import { backendLabel, decideBackend } from './backendChoice';
import { startBackends, wasmThreads, type StartedBackends } from './backend';
import { measureBackends, type Measurement } from './backendMeasurement';
import { tf } from './tf';
import type { Trainer } from './trainer';

export interface BackendPick {
  announcement: BackendAnnouncement;
  /** The active backend changed: runs built on the old one must be rebuilt. */
  switched: boolean;
}

export class BackendPicker {
  /** Measurements by model shape (programKey.ts, batch size included). */
  private readonly remembered = new Map<string, Measurement>();
  /** Choices run one at a time; `measuring` is set while one switches backends. */
  private queue: Promise<unknown> = Promise.resolve();
  private measuring: Promise<unknown> | null = null;

  private constructor(
    readonly request: BackendRequest,
    readonly backends: StartedBackends,
  ) {}

  /** Starts the backends the request allows; throws when none starts. */
  static async start(request: BackendRequest, baseUrl: string): Promise<BackendPicker> {
    return new BackendPicker(request, await startBackends(request, baseUrl));
  }

  get active(): BackendName {
    return tf.getBackend() as BackendName;
  }

  /** What init says: the forced backend, or auto's first started one until a run's model is measured. */
  initialAnnouncement(): BackendAnnouncement {
    const name = this.active;
    const backend = backendLabel(name, wasmThreads());
    return this.announce(name, {
      basis: this.request === 'auto' ? 'provisional' : 'forced',
      reason:
        this.request === 'auto'
          ? sayBackend('reason.provisional', { backend })
          : sayBackend('reason.forced', { backend, option: `backend=${name}` }),
      timings: [],
      measuringMs: 0,
    });
  }

  /**
   * The device of `lost` was lost and training moved to `moved` (started and made active by the session): `lost`
   * is never measured or chosen again, and the announcement says why the runs moved.
   */
  afterLoss(lost: BackendName, moved: StartedBackends): BackendAnnouncement {
    const started = this.backends.started.filter((name) => name !== lost);
    for (const name of moved.started) {
      if (!started.includes(name)) started.push(name);
      this.backends.details.set(name, moved.details.get(name)!);
    }
    this.backends.started = started;
    for (const [shape, measurement] of this.remembered) {
      const timings = measurement.timings.filter((timing) => timing.name !== lost);
      if (timings.length) this.remembered.set(shape, { ...measurement, timings });
      else this.remembered.delete(shape);
    }
    const name = this.active;
    return this.announce(name, {
      basis: 'afterLoss',
      reason: sayBackend('reason.afterLoss', {
        backend: backendLabel(name, wasmThreads()),
        lost: backendLabel(lost, wasmThreads()),
      }),
      timings: [],
      measuringMs: 0,
    });
  }

  /** Resolves once no measurement is switching backends: nothing else may compute meanwhile. */
  async whenIdle(): Promise<void> {
    while (this.measuring) await this.measuring.catch(() => undefined);
  }

  /**
   * For auto: the backend for a run whose model shape is `shape`, measured on trainers from `makeTrainer` (or
   * remembered), and made active unless `locked()` says runs are bound to the current one. Null when forced.
   */
  choose(shape: string, makeTrainer: () => Trainer, locked: () => boolean): Promise<BackendPick | null> {
    if (this.request !== 'auto') return Promise.resolve(null);
    const pick = this.queue.then(() => this.chooseNow(shape, makeTrainer, locked));
    this.queue = pick.catch(() => undefined);
    return pick;
  }

  private async chooseNow(shape: string, makeTrainer: () => Trainer, locked: () => boolean): Promise<BackendPick> {
    const current = this.active;
    let measurement = this.remembered.get(shape);
    let measuringMs = 0;
    if (!measurement && locked()) {
      // Measuring would switch the backend under runs that are training: keep it, and say so.
      const backend = backendLabel(current, wasmThreads());
      return {
        switched: false,
        announcement: this.announce(current, {
          basis: 'kept',
          reason: sayBackend('reason.keptUnmeasured', { backend }),
          timings: [],
          measuringMs: 0,
        }),
      };
    }
    // Measuring and switching happen under `measuring`, so that no run computes until the chosen backend is active.
    const choosing = (async () => {
      if (!measurement) {
        measurement = await measureBackends(this.backends.started, makeTrainer);
        measuringMs = measurement.ms;
        this.remembered.set(shape, measurement);
      }
      const decision = decideBackend(measurement.timings, {
        current,
        locked: locked(),
        softwareRenderer: this.backends.softwareRenderer,
        wasmThreads: wasmThreads(),
        skipped: measurement.skipped,
      });
      await tf.setBackend(decision.name);
      return { decision, measurement };
    })();
    this.measuring = choosing;
    let decided: Awaited<typeof choosing>;
    try {
      decided = await choosing;
    } finally {
      this.measuring = null;
    }
    const { decision } = decided;
    measurement = decided.measurement;
    return {
      switched: decision.name !== current,
      announcement: this.announce(decision.name, {
        basis: decision.basis,
        reason: decision.reason,
        timings: measurement.timings,
        measuringMs,
        modelFailures: measurement.failed,
      }),
    };
  }

  private announce(
    name: BackendName,
    choice: Pick<BackendAnnouncement, 'basis' | 'reason' | 'timings' | 'measuringMs'> & {
      modelFailures?: BackendAnnouncement['failed'];
    },
  ): BackendAnnouncement {
    const { modelFailures = [], ...rest } = choice;
    return {
      name,
      detail: this.backends.details.get(name)!,
      started: [...this.backends.started],
      failed: [...this.backends.failed, ...modelFailures],
      ...rest,
    };
  }
}

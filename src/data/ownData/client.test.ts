import { describe, expect, it } from 'vitest';
import { startOwnDataImport } from './client';
import type { FromOwnDataWorker, ToOwnDataWorker } from './protocol';

const csv = () => new File(['0,1,2,3,4\n1,5,6,7,8\n'], 'tiny.csv');

/** A stand-in Worker: `reply` decides what it says back to a request. */
class FakeWorker {
  onmessage: ((event: MessageEvent<FromOwnDataWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  constructor(private readonly reply: (worker: FakeWorker, request: ToOwnDataWorker) => void) {}
  postMessage(request: ToOwnDataWorker) {
    queueMicrotask(() => this.reply(this, request));
  }
  say(message: FromOwnDataWorker) {
    this.onmessage?.({ data: message } as MessageEvent<FromOwnDataWorker>);
  }
  fail(message: string) {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('startOwnDataImport', () => {
  it('imports on the page where no worker can be made', async () => {
    const progress: string[] = [];
    const started = startOwnDataImport([csv()], { makeWorker: () => null, onProgress: (p) => progress.push(p.stage) });
    const result = await started.result;
    expect(await started.inWorker).toBe(false);
    expect(result?.ok && result.dataset.train.count).toBe(2);
    expect(progress).toContain('reading');
  });

  it('falls back to the page when the worker fails before saying anything (its script did not load)', async () => {
    const worker = new FakeWorker((w) => w.fail('Failed to load module script'));
    const started = startOwnDataImport([csv()], { makeWorker: () => worker as unknown as Worker });
    const result = await started.result;
    expect(worker.terminated).toBe(true);
    expect(await started.inWorker).toBe(false);
    expect(result?.ok).toBe(true);
  });

  it("passes on the worker's progress and result, then ends it", async () => {
    const done: FromOwnDataWorker = { type: 'done', result: { ok: false, problems: [{ code: 'ownData:csv.noRows' }] } };
    const worker = new FakeWorker((w, request) => {
      expect(request.files.map((f) => f.name)).toEqual(['tiny.csv']);
      w.say({ type: 'progress', progress: { stage: 'parsing', done: 1, total: 2 } });
      w.say(done);
    });
    const seen: number[] = [];
    const started = startOwnDataImport([csv()], {
      makeWorker: () => worker as unknown as Worker,
      onProgress: (p) => seen.push(p.done),
    });
    expect(await started.result).toEqual(done.result);
    expect(await started.inWorker).toBe(true);
    expect(seen).toEqual([1]);
    expect(worker.terminated).toBe(true);
  });

  it('says the worker failed when it stops mid-way, and settles on null when cancelled', async () => {
    const failing = new FakeWorker((w) => {
      w.say({ type: 'progress', progress: { stage: 'reading', done: 0, total: 1 } });
      w.fail('out of memory');
    });
    expect(await startOwnDataImport([csv()], { makeWorker: () => failing as unknown as Worker }).result).toEqual({
      ok: false,
      problems: [{ code: 'ownData:dataset.workerFailed', params: { why: 'out of memory' } }],
    });
    const silent = new FakeWorker(() => {});
    const started = startOwnDataImport([csv()], { makeWorker: () => silent as unknown as Worker });
    started.cancel();
    expect(await started.result).toBeNull();
    expect(silent.terminated).toBe(true);
  });

  it('refuses a file over 200 MB from its size, unread', async () => {
    const huge = { name: 'huge.csv', size: 300 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('read')) };
    const result = await startOwnDataImport([huge as unknown as File], { makeWorker: () => null }).result;
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'ownData:file.tooLarge', params: { file: 'huge.csv', mb: 300, limit: 200 } }],
    });
  });
});

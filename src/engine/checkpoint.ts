// A run's training state copied to the CPU as plain typed arrays, so that the run can go on from it on another
// backend when the one it trained on is lost (a WebGL context loss). Everything else a step depends on is a
// function of the seed and the step (batch order, dropout masks, label noise, the learning-rate schedule), so the
// step number is the random generators' position. Also a compact binary form, for a checkpoint that must leave
// the trainer (a file, another thread).
import type { PlateauState } from './schedules';
import { tf } from './tf';

export interface TrainerCheckpoint {
  /** Steps done (the next step is step + 1). */
  step: number;
  /** Seconds of training at `step`, pauses excluded. */
  trainingSeconds: number;
  /** Early stopping's bookkeeping: the best test loss so far (Infinity before the first evaluation). */
  bestTestLoss: number;
  evaluationsWithoutImprovement: number;
  /** Reduce-on-plateau's state, for that schedule only. */
  plateau: PlateauState | null;
  /** Values of Network.stateVariables(), in order: weights, biases, batch-norm γ, β and moving statistics. */
  weights: Float32Array[];
  /** The update rule's update count (Adam's bias correction needs it). */
  optimizerUpdates: number;
  /** UpdateRule.state's slots: per trainable variable its first and second slot, null where the rule keeps none. */
  optimizerSlots: (Float32Array | null)[];
}

/**
 * Copies tensors to the CPU without blocking: the copies are taken at once (a clone shares the data), so updates
 * made while the read is in flight do not leak into it; the read itself is one asynchronous `data()` per tensor
 * (never dataSync, which stalls WebGL and breaks WebGPU).
 */
export async function readTensors(tensors: readonly (tf.Tensor | undefined)[]): Promise<(Float32Array | null)[]> {
  const copies = tensors.map((tensor) => (tensor ? tf.clone(tensor) : null));
  try {
    const values = await Promise.all(copies.map((copy) => (copy ? (copy.data() as Promise<Float32Array>) : null)));
    // A read can hand back the backend's own buffer: copy it, the checkpoint must outlive the tensors.
    return values.map((value) => (value ? Float32Array.from(value) : null));
  } finally {
    tf.dispose(copies.filter((copy): copy is tf.Tensor => copy !== null));
  }
}

/** Writes checkpointed values into variables of the same sizes (a network built from the same settings). */
export function writeVariables(variables: readonly tf.Variable[], values: readonly Float32Array[]): void {
  if (variables.length !== values.length) {
    throw new Error(`the checkpoint holds ${values.length} tensors, the network ${variables.length}`);
  }
  variables.forEach((variable, i) => {
    if (variable.size !== values[i]!.length) {
      throw new Error(`tensor ${i} of the checkpoint has ${values[i]!.length} values, the network's ${variable.size}`);
    }
  });
  tf.tidy(() => variables.forEach((variable, i) => variable.assign(tf.tensor(values[i]!, variable.shape, 'float32'))));
}

// ---------------------------------------------------------------------------------------------------------------
// Binary form: "TPC1", the header's length (uint32, little-endian), the header as JSON (numbers, and the length of
// each array, -1 for none), padding to 4 bytes, then every array's float32 values in order.

const MAGIC = 'TPC1';

interface Header {
  step: number;
  trainingSeconds: number;
  /** Infinity before the first evaluation, written as the string "Infinity" (JSON has none). */
  bestTestLoss: number;
  evaluationsWithoutImprovement: number;
  plateau: PlateauState | null;
  weights: number[];
  optimizerUpdates: number;
  optimizerSlots: number[];
}

export function encodeCheckpoint(checkpoint: TrainerCheckpoint): ArrayBuffer {
  const header: Header = {
    step: checkpoint.step,
    trainingSeconds: checkpoint.trainingSeconds,
    bestTestLoss: checkpoint.bestTestLoss,
    evaluationsWithoutImprovement: checkpoint.evaluationsWithoutImprovement,
    plateau: checkpoint.plateau,
    weights: checkpoint.weights.map((w) => w.length),
    optimizerUpdates: checkpoint.optimizerUpdates,
    optimizerSlots: checkpoint.optimizerSlots.map((s) => (s ? s.length : -1)),
  };
  // The best losses are Infinity until the first evaluation.
  const headerText = JSON.stringify(header, (_, value: unknown) => (value === Infinity ? 'Infinity' : value));
  const headerBytes = new TextEncoder().encode(headerText);
  const dataStart = 8 + Math.ceil(headerBytes.length / 4) * 4;
  const arrays = [...checkpoint.weights, ...checkpoint.optimizerSlots.filter((s): s is Float32Array => s !== null)];
  const floats = arrays.reduce((sum, a) => sum + a.length, 0);
  const buffer = new ArrayBuffer(dataStart + floats * 4);
  const bytes = new Uint8Array(buffer);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(buffer).setUint32(4, headerBytes.length, true);
  bytes.set(headerBytes, 8);
  let offset = dataStart / 4;
  const out = new Float32Array(buffer);
  for (const array of arrays) {
    out.set(array, offset);
    offset += array.length;
  }
  return buffer;
}

/** Thrown for bytes that are not a checkpoint this code wrote; its message says what is wrong. */
export class CheckpointError extends Error {}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const readInfinity = (value: unknown): number | undefined =>
  value === 'Infinity' ? Infinity : isNumber(value) ? value : undefined;

export function decodeCheckpoint(buffer: ArrayBuffer): TrainerCheckpoint {
  const fail = (why: string): never => {
    throw new CheckpointError(`Not a training checkpoint: ${why}.`);
  };
  if (buffer.byteLength < 8 || new TextDecoder().decode(new Uint8Array(buffer, 0, 4)) !== MAGIC) {
    fail('it does not start with the checkpoint mark');
  }
  const headerLength = new DataView(buffer).getUint32(4, true);
  if (8 + headerLength > buffer.byteLength) fail('its header is cut short');
  let header: Partial<Record<keyof Header, unknown>>;
  try {
    header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, headerLength))) as typeof header;
  } catch {
    return fail('its header is not JSON');
  }
  if (typeof header !== 'object' || header === null) fail('its header is not an object');
  const { step, trainingSeconds, evaluationsWithoutImprovement, optimizerUpdates, weights, optimizerSlots } = header;
  if (!isCount(step) || !isCount(evaluationsWithoutImprovement) || !isCount(optimizerUpdates)) {
    fail('a count in its header is not a whole number ≥ 0');
  }
  if (!isNumber(trainingSeconds) || trainingSeconds < 0) fail('its training time is not a number ≥ 0');
  const bestTestLoss = readInfinity(header.bestTestLoss);
  if (bestTestLoss === undefined) fail('its best test loss is not a number');
  let plateau: PlateauState | null = null;
  if (header.plateau !== null) {
    const p = header.plateau as Partial<Record<keyof PlateauState, unknown>> | undefined;
    const best = readInfinity(p?.best);
    if (!p || best === undefined || !isCount(p.flat) || !isNumber(p.rate)) fail('its plateau state is malformed');
    plateau = { best: best!, flat: p!.flat as number, rate: p!.rate as number };
  }
  if (!Array.isArray(weights) || !weights.every(isCount)) fail('its weight sizes are malformed');
  if (!Array.isArray(optimizerSlots) || !optimizerSlots.every((n) => n === -1 || isCount(n))) {
    fail('its optimizer slot sizes are malformed');
  }
  const sizes = [...(weights as number[]), ...(optimizerSlots as number[]).filter((n) => n >= 0)];
  const dataStart = 8 + Math.ceil(headerLength / 4) * 4;
  const floats = sizes.reduce((sum, n) => sum + n, 0);
  if (dataStart + floats * 4 !== buffer.byteLength) fail('its values do not match the sizes its header lists');
  let offset = dataStart;
  const take = (length: number) => {
    const array = new Float32Array(buffer.slice(offset, offset + length * 4));
    offset += length * 4;
    return array;
  };
  return {
    step: step as number,
    trainingSeconds: trainingSeconds as number,
    bestTestLoss: bestTestLoss!,
    evaluationsWithoutImprovement: evaluationsWithoutImprovement as number,
    plateau,
    weights: (weights as number[]).map(take),
    optimizerUpdates: optimizerUpdates as number,
    optimizerSlots: (optimizerSlots as number[]).map((n) => (n < 0 ? null : take(n))),
  };
}

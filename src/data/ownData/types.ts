// A person's own dataset as the parsers hand it on: raw bytes like the shipped MNIST assets, so the engine can batch
// it the same way. Nothing here knows TF.js or the page.
import type { Message } from '../../schema/message';

/** What is wrong with a file, row or image: a catalog code and the values it names (never a sentence). */
export type Problem = Message;

/** A file as the person chose it. */
export interface OwnFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type OwnFormat = 'idx' | 'csv' | 'zip' | 'drawn';

export interface OwnDataInfo {
  /** The file's name without its extension (the UI lets the person rename it). */
  title: string;
  format: OwnFormat;
  height: number;
  width: number;
  /** 1: grey; 3: RGB, interleaved per pixel (HWC). */
  channels: 1 | 3;
  /** Label i is classNames[i]. */
  classNames: string[];
  /** Whether the test split came with the files (otherwise split off by `splitOff`, or absent). */
  ownTestSplit: boolean;
}

/** `count` examples: images row-major HWC bytes (count × height × width × channels), one label byte each. */
export interface OwnSplit {
  count: number;
  images: Uint8Array;
  labels: Uint8Array;
}

export interface OwnDataset {
  info: OwnDataInfo;
  train: OwnSplit;
  test: OwnSplit | null;
}

/** Rows or images left out for one reason: how many, and the first few places (row numbers, entry paths). */
export interface LeftOutGroup {
  reason: Problem;
  count: number;
  where: (number | string)[];
}

export type ParseResult =
  { ok: true; dataset: OwnDataset; leftOut: LeftOutGroup[] } | { ok: false; problems: Problem[] };

/** A parsed dataset with its fingerprint: SHA-256 (hex) of its sizes, class names and bytes. */
export type ImportResult =
  { ok: true; dataset: OwnDataset; fingerprint: string; leftOut: LeftOutGroup[] } | { ok: false; problems: Problem[] };

/** Where an import is: the person sees it as a progress bar. */
export interface ImportProgress {
  stage: 'reading' | 'decompressing' | 'parsing' | 'decoding' | 'hashing';
  done: number;
  total: number;
}

export type OnProgress = (progress: ImportProgress) => void;

// Which dataset a run trains on, as the experiment's `dataset` setting holds it: a built-in's name ('mnist',
// 'fashion') or a person's own dataset, named by its fingerprint and title: `own:<hex fingerprint>:<title>`. One
// string keeps old links and JSON exports as they were (a built-in is written as before) and lets a link carry an own
// dataset by name and fingerprint; the bytes never travel, the reader must have imported the same data.
import { withoutControlCharacters } from './plainText';

export const BUILT_IN_DATASETS = ['mnist', 'fashion'] as const;
export type BuiltInDatasetName = (typeof BUILT_IN_DATASETS)[number];

/** An own dataset as a setting's value. */
export type OwnDatasetValue = `own:${string}`;
export type DatasetValue = BuiltInDatasetName | OwnDatasetValue;

export interface OwnDatasetRef {
  /** Lowercase hex, 8–64 digits: the content hash the importer computes. */
  fingerprint: string;
  /** The name the person gave it, 1–60 characters, no control characters. */
  title: string;
}

export type DatasetChoice = { kind: 'builtIn'; name: BuiltInDatasetName } | ({ kind: 'own' } & OwnDatasetRef);

export const MAX_TITLE_LENGTH = 60;
const OWN_PATTERN = /^own:([0-9a-f]{8,64}):(.+)$/su;

/** The setting's value naming this own dataset; the title is cleaned and capped as a link would carry it. */
export function ownDatasetValue(ref: OwnDatasetRef): OwnDatasetValue {
  const title = cleanTitle(ref.title) || 'dataset';
  return `own:${ref.fingerprint.toLowerCase()}:${title}`;
}

export function cleanTitle(raw: string): string {
  return Array.from(withoutControlCharacters(raw).trim()).slice(0, MAX_TITLE_LENGTH).join('');
}

/** What a valid own-dataset value names, or null when the string is none. */
export function readOwnDataset(value: string): OwnDatasetRef | null {
  const match = OWN_PATTERN.exec(value);
  if (!match) return null;
  const title = match[2]!;
  if (title !== cleanTitle(title)) return null;
  return { fingerprint: match[1]!, title };
}

export const isOwnDatasetValue = (value: unknown): value is OwnDatasetValue =>
  typeof value === 'string' && readOwnDataset(value) !== null;

export function datasetChoice(value: DatasetValue): DatasetChoice {
  const own = readOwnDataset(value);
  if (own) return { kind: 'own', ...own };
  return { kind: 'builtIn', name: value as BuiltInDatasetName };
}

/** The first 8 digits: enough to tell datasets apart when a person reads them. */
export const shortFingerprint = (fingerprint: string) => fingerprint.slice(0, 8);

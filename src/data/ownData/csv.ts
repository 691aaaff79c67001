// Reads CSV tables with a label column and pixel columns (Kaggle's MNIST layout `label,pixel0,…,pixel783`, with or
// without a header) into a dataset. Decisions, documented in README.md:
// - separator: ',' (else tab, else ';', whichever the first line has); a field's surrounding double quotes are
//   dropped, but a separator inside quotes is not supported (pixel tables have none);
// - header: the first line is a header when a pixel field of it is not a number; it may name the label column
//   (label, labels, class, y, target, category), else the label is the first column;
// - size: n pixel columns are an n = s×s grey image, or an n = 3×s×s RGB image (r, g, b per pixel, row-major);
// - values: 0–255 (non-integers rounded), unless the first good row has a non-integer and all its values in 0–1:
//   then the file is read as 0–1 and scaled by 255 (a file of only 0s and 1s therefore reads as 0–255);
// - labels: whole numbers 0–255 give classes 0…max; otherwise the label texts are the class names, sorted;
// - a second file whose name says test (test, t10k) is the test split;
// - rows that are ragged, unlabelled or have a bad pixel are left out, counted and named by line number.
import { sayOwnData } from '../../schema/ownDataWords';
import { checkClasses, checkSize, namesTestSplit, titleOf } from './dataset';
import { LeftOutCollector } from './leftOut';
import { MAX_CSV_COLUMNS, MAX_CSV_FIELD_CHARS, MAX_EXAMPLES, MAX_IMAGE_SIDE } from './limits';
import type { OnProgress, OwnFile, OwnSplit, ParseResult, Problem } from './types';

const LABEL_NAMES = /^(label|labels|class|y|target|category)$/i;

interface Layout {
  separator: string;
  labelColumn: number;
  columns: number;
  side: number;
  channels: 1 | 3;
}

interface Table {
  file: string;
  count: number;
  images: Uint8Array;
  labels: string[];
}

export function parseCsvFiles(files: readonly OwnFile[], onProgress?: OnProgress): ParseResult {
  if (files.length > 2) return fail(sayOwnData('idx.tooManyFiles', { count: files.length }));
  const ordered = [...files].sort((a, b) => Number(namesTestSplit(a.name)) - Number(namesTestSplit(b.name)));
  const leftOut = new LeftOutCollector();
  const tables: Table[] = [];
  let layout: Layout | null = null;
  let budget = MAX_EXAMPLES;
  for (const file of ordered) {
    const text = textOf(file);
    if (typeof text !== 'string') return fail(text);
    const firstLine = nextLine(text, 0);
    const fileLayout = layoutOf(text.slice(0, firstLine.end), file.name);
    if ('code' in fileLayout) return fail(fileLayout);
    if (layout && (layout.side !== fileLayout.side || layout.channels !== fileLayout.channels)) {
      return fail(sayOwnData('idx.sizeMismatch', { testSize: sizeText(fileLayout), trainSize: sizeText(layout) }));
    }
    layout = fileLayout;
    const table = readRows(text, file.name, fileLayout, budget, leftOut, onProgress);
    if ('code' in table) return fail(table);
    budget -= table.count;
    tables.push(table);
  }
  if (!layout || !tables[0]) return fail(sayOwnData('file.empty', { file: files[0]?.name ?? '' }));
  const [trainTable, testTable] = tables as [Table, Table | undefined];
  if (trainTable.count === 0) {
    const why = leftOut.list()[0]?.reason ?? sayOwnData('csv.noRows', { file: trainTable.file });
    return fail(sayOwnData('dataset.nothingLeft', { why }));
  }
  const [classNames, nameOf] = classNamesOf(trainTable.labels, testTable?.labels ?? []);
  const index = new Map(classNames.map((name, i) => [name, i]));
  const toSplit = (table: Table): OwnSplit => ({
    count: table.count,
    images: table.images,
    labels: Uint8Array.from(table.labels, (label) => index.get(nameOf(label)) ?? 255),
  });
  const train = toSplit(trainTable);
  const test = testTable && testTable.count > 0 ? toSplit(testTable) : null;
  const unknown = new Set(testTable?.labels.map(nameOf).filter((label) => !index.has(label)));
  const problems: Problem[] = [...unknown].map((label) => sayOwnData('dataset.testClassUnknown', { label }));
  if (problems.length === 0) problems.push(...checkClasses(train, test, classNames));
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    dataset: {
      info: {
        title: titleOf(trainTable.file),
        format: 'csv',
        height: layout.side,
        width: layout.side,
        channels: layout.channels,
        classNames,
        ownTestSplit: test !== null,
      },
      train,
      test,
    },
    leftOut: leftOut.list(),
  };
}

const fail = (problem: Problem): ParseResult => ({ ok: false, problems: [problem] });

const sizeText = (layout: Layout): string => `${layout.side}×${layout.side}${layout.channels === 3 ? '×3' : ''}`;

function textOf(file: OwnFile): string | Problem {
  if (file.bytes.length === 0) return sayOwnData('file.empty', { file: file.name });
  if (file.bytes.subarray(0, 65536).includes(0)) return sayOwnData('csv.notText', { file: file.name });
  return new TextDecoder('utf-8').decode(file.bytes).replace(/^\uFEFF/, '');
}

/** The line starting at `start`: where its text ends (before any \r) and where the next line starts. */
function nextLine(text: string, start: number): { end: number; next: number } {
  const newline = text.indexOf('\n', start);
  const stop = newline < 0 ? text.length : newline;
  const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
  return { end, next: newline < 0 ? text.length + 1 : newline + 1 };
}

/** How many fields `line` has, counting no further than `limit` + 1 (a line of 10^6 columns costs no more). */
function countFields(line: string, separator: string, limit: number): number {
  let fields = 1;
  for (let at = line.indexOf(separator); at >= 0 && fields <= limit; at = line.indexOf(separator, at + 1)) fields++;
  return fields;
}

const unquote = (field: string): string => {
  const trimmed = field.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
};

function layoutOf(firstLine: string, file: string): Layout | Problem {
  if (firstLine.trim() === '') return sayOwnData('csv.noRows', { file });
  const separator = [',', '\t', ';'].find((s) => firstLine.includes(s)) ?? ',';
  const columns = countFields(firstLine, separator, MAX_CSV_COLUMNS);
  if (columns > MAX_CSV_COLUMNS) {
    return sayOwnData('csv.tooManyColumns', { file, row: 1, columns, limit: MAX_CSV_COLUMNS });
  }
  if (columns < 2) return sayOwnData('csv.tooFewColumns', { file, columns });
  const fields = firstLine.split(separator).map(unquote);
  const named = fields.findIndex((f) => LABEL_NAMES.test(f));
  const labelColumn = named >= 0 ? named : 0;
  const pixels = columns - 1;
  const grey = Math.round(Math.sqrt(pixels));
  const rgb = Math.round(Math.sqrt(pixels / 3));
  const [side, channels]: [number, 1 | 3] | [0, 1] =
    grey * grey === pixels ? [grey, 1] : 3 * rgb * rgb === pixels ? [rgb, 3] : [0, 1];
  if (side === 0) return sayOwnData('csv.notSquare', { file, pixels });
  if (side > MAX_IMAGE_SIDE) return sayOwnData('dataset.imageSideTooLarge', { side, limit: MAX_IMAGE_SIDE });
  return { separator, labelColumn, columns, side, channels };
}

function isHeader(fields: readonly string[], labelColumn: number): boolean {
  return fields.some((f, i) => i !== labelColumn && (f === '' || !Number.isFinite(Number(f))));
}

function readRows(
  text: string,
  file: string,
  layout: Layout,
  budget: number,
  leftOut: LeftOutCollector,
  onProgress?: OnProgress,
): Table | Problem {
  const { separator, labelColumn, columns } = layout;
  const pixels = columns - 1;
  const pixelBytes = pixels;
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  const tooLarge = checkSize(Math.min(lines, budget), pixelBytes);
  if (tooLarge) return tooLarge;
  const rows = Math.min(lines, budget);
  const images = new Uint8Array(rows * pixelBytes);
  const labels: string[] = [];
  let unitScale: boolean | null = null;
  let count = 0;
  let row = 0;
  const values = new Float64Array(pixels);
  for (let start = 0; start <= text.length;) {
    const { end, next } = nextLine(text, start);
    const line = text.slice(start, end);
    start = next;
    row++;
    if (line.trim() === '') continue;
    const fieldCount = countFields(line, separator, MAX_CSV_COLUMNS);
    if (fieldCount !== columns) {
      leftOut.add(sayOwnData('reason.ragged', { columns: fieldCount, expected: columns }), row);
      continue;
    }
    const fields = line.split(separator).map(unquote);
    if (row === 1 && isHeader(fields, labelColumn)) continue;
    const why = readValues(fields, labelColumn, values);
    if (why) {
      leftOut.add(why, row);
      continue;
    }
    if (unitScale === null) unitScale = values.some((v) => !Number.isInteger(v)) && values.every((v) => v <= 1);
    const high = unitScale ? 1 : 255;
    const outside = values.find((v) => v < 0 || v > high);
    if (outside !== undefined) {
      leftOut.add(sayOwnData('reason.outOfRange', { low: '0', high: String(high), value: String(outside) }), row);
      continue;
    }
    if (count >= rows) {
      return sayOwnData('dataset.tooManyExamples', { count: count + 1, limit: MAX_EXAMPLES });
    }
    const offset = count * pixelBytes;
    const scale = unitScale ? 255 : 1;
    for (let i = 0; i < pixels; i++) images[offset + i] = Math.round(values[i]! * scale);
    labels.push(fields[labelColumn]!);
    count++;
    if (onProgress && count % 1000 === 0) onProgress({ stage: 'parsing', done: start, total: text.length });
  }
  return { file, count, images: images.subarray(0, count * pixelBytes).slice(), labels };
}

/** Reads a row's pixels into `values` (label column skipped); says why not when it cannot. */
function readValues(fields: readonly string[], labelColumn: number, values: Float64Array): Problem | null {
  if (fields[labelColumn] === '') return sayOwnData('reason.emptyLabel');
  let k = 0;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (field.length > MAX_CSV_FIELD_CHARS) return sayOwnData('reason.fieldTooLong', { limit: MAX_CSV_FIELD_CHARS });
    if (i === labelColumn) continue;
    const value = field === '' ? NaN : Number(field);
    if (!Number.isFinite(value)) return sayOwnData('reason.notNumber', { value: field });
    values[k++] = value;
  }
  return null;
}

const collator = new Intl.Collator('en', { numeric: true });

/**
 * Whole-number labels 0–255 name classes 0…max ("07" is class 7); any other label texts are the names, sorted
 * (numbers by value). Returns the names and how a label text finds its name.
 */
function classNamesOf(train: readonly string[], test: readonly string[]): [string[], (label: string) => string] {
  const all = new Set(train);
  const numeric = [...all, ...test].every((label) => /^\d{1,3}$/.test(label) && Number(label) <= 255);
  if (numeric) {
    let max = 0;
    for (const label of all) max = Math.max(max, Number(label));
    return [Array.from({ length: max + 1 }, (_, i) => String(i)), (label) => String(Number(label))];
  }
  return [[...all].sort(collator.compare), (label) => label];
}

// What the import of a person's own data says about their files, in English: the source of the catalog's `ownData`
// namespace (Chinese typed key for key in src/ui/i18n/zh-CN/ownData.ts). The parsers in src/data/ownData send keys and
// values (`sayOwnData`), never sentences. `file` is a file's name, `entry` a path inside a ZIP, `row` a 1-based line
// of a CSV; sizes in megabytes (`mb`) are whole numbers.
import { speaker } from './message';

export const OWN_DATA_WORDS = {
  file: {
    empty: '{{file}} is empty',
    tooLarge: '{{file}} is {{mb, int}} MB; files up to {{limit, int}} MB can be imported',
    unknownFormat: '{{file}} is not an IDX file, a CSV table or a ZIP of image folders',
    gzipDamaged: '{{file}} is gzip data that is cut short or damaged',
    gzipTooLarge: '{{file}} would decompress to more than {{limit, int}} MB',
    totalTooLarge: 'These files hold more than {{limit, int}} MB once decompressed',
    mixedFormats: 'Choose files of one kind: IDX files, CSV tables or one ZIP ({{files}})',
  },
  idx: {
    notIdx: '{{file}} is not an IDX file (its first bytes are {{magic}})',
    notBytes: '{{file}} holds IDX values of type 0x{{type}}; only unsigned bytes (0x08) can be imported',
    badDims:
      '{{file}} has {{dims, int}} dimensions; images need 3 (count × height × width) or 4 (× channels), labels 1',
    wrongLength: '{{file}} is {{bytes, int}} bytes but its header announces {{expected, int}} (truncated or padded)',
    imageTooLarge:
      '{{file}} holds {{height, int}}×{{width, int}} images; the largest allowed is {{limit, int}}×{{limit, int}}',
    channels: '{{file}} has {{channels, int}} channels per pixel; 1 (grey) or 3 (RGB) can be imported',
    noLabels: 'No label file goes with {{file}}: choose the images and their labels together',
    noImages: 'No image file goes with {{file}}: choose the images and their labels together',
    countMismatch: '{{images}} holds {{imageCount, int}} images but {{labels}} holds {{labelCount, int}} labels',
    tooManyFiles: 'Choose at most two pairs of IDX files (training and test); {{count, int}} files were chosen',
    sizeMismatch: 'The test images are {{testSize}} but the training images are {{trainSize}}',
  },
  csv: {
    notText: '{{file}} is not text (it holds zero bytes)',
    tooManyColumns:
      '{{file}}, row {{row, int}}: {{columns, int}} or more columns; at most {{limit, int}} can be imported',
    tooFewColumns: '{{file}} has {{columns, int}} columns: a label and at least one pixel are needed',
    notSquare:
      '{{file}} has {{pixels, int}} pixel columns, which is neither a square image (n×n) nor a square RGB image (3×n×n)',
    noRows: '{{file}} has no data rows',
  },
  zip: {
    damaged: '{{file}} is not a readable ZIP (damaged, or not a ZIP at all)',
    tooManyEntries: '{{file}} holds more than {{limit, int}} entries',
    tooDeep: '{{file}}: {{entry}} is {{depth, int}} folders deep; at most {{limit, int}} are allowed',
    pathTooLong: '{{file}}: an entry has a path longer than {{limit, int}} characters',
    bomb: '{{file}}: {{entry}} claims to expand {{ratio, int}}× (at most {{limit, int}}× is possible for real data)',
    lying: '{{file}}: {{entry}} decompresses to more than the size it declares',
    noClassFolders: '{{file}} has no images in folders: put each class in a folder of its own (cat/1.png, dog/1.png…)',
  },
  dataset: {
    classMissing: 'Class {{label}} has no examples in {{split}} (the labels go up to {{max, int}})',
    testClassUnknown: 'The test split has the class {{label}}, which the training split does not have',
    oneClass: 'All examples have the same class ({{label}}); at least two classes are needed',
    tooManyClasses: '{{count, int}} classes; at most {{limit, int}} can be imported',
    tooManyExamples: '{{count, int}} examples; at most {{limit, int}} can be imported',
    tooManyPixels: 'The images would take {{mb, int}} MB; at most {{limit, int}} MB can be imported',
    nothingLeft: 'No example could be read: {{why}}',
    imageSideTooLarge:
      'Images of {{side, int}}×{{side, int}} were asked for; the largest is {{limit, int}}×{{limit, int}}',
    noDecoder: 'Images cannot be decoded here (this browser lacks createImageBitmap or OffscreenCanvas)',
    workerFailed: 'The import stopped unexpectedly: {{why}}',
  },
  /** Why one row or image was left out; the group says where. */
  reason: {
    ragged: '{{columns, int}} columns instead of {{expected, int}}',
    emptyLabel: 'no label',
    notNumber: 'a pixel that is not a number (e.g. {{value}})',
    outOfRange: 'a pixel outside {{low}}–{{high}} (e.g. {{value}})',
    fieldTooLong: 'a field longer than {{limit, int}} characters',
    notImage: 'not a PNG or JPEG file',
    notInFolder: 'not inside a class folder',
    sourceTooLarge: 'an image of {{width, int}}×{{height, int}}, larger than {{limit, int}} pixels',
    fileTooLarge: 'an image file over {{limit, int}} MB',
    undecodable: 'an image that could not be decoded',
    entryDamaged: 'damaged in the ZIP',
  },
  split: { train: 'the training split', test: 'the test split' },
  leftOut: {
    group: '{{count, int}} left out, {{reason}}: {{where}}',
    more: '{{rest, int}} more',
    row: 'row {{row, int}}',
  },
} as const;

export const sayOwnData = speaker<typeof OWN_DATA_WORDS>('ownData:');

// What reading a link says about what it could not use, in English: the source of the catalog's `messages:link.`
// keys (Chinese typed key for key in src/ui/i18n). The link codecs report messages (`sayLink`), never sentences,
// so a reader of a shared link is told in their language. Values quoted from the link stay as written.
import { speaker } from './message';

export const LINK_WORDS = {
  inRun: 'Run {{n}}, {{text}}',
  notSetting: '“{{key}}”: not a setting, ignored.',
  badValue: '{{label}}: “{{value}}” {{reason}}; kept {{kept}}.',
  impossible: '{{problem}}; the run uses the defaults.',
  undone: "{{problem}}; so the link's {{label, lower}} was not applied (kept {{kept}}).",
  tooManyRuns: 'Run {{n}}: an experiment holds at most {{max}} runs; it was left out.',
  runWide: 'Run {{n}}, “{{field}}”: set once for all runs (without “r{{index}}.”), ignored.',
  tooLong: 'The link is too long ({{length, int}} characters) and was not read; the defaults are used.',
  compactDamaged: 'The compact part of the link (z=…) is damaged and was not read; the defaults are used.',
  unreadable: 'The link could not be read; the defaults are used.',
  badVersion: "The link's version “{{raw}}” is not a version number; read as version {{version}}.",
  newerVersion:
    'The link was made by a newer playground (version {{version}}; this one reads up to {{newest}}); settings this ' +
    'version knows were used.',
  noLesson: 'There is no lesson “{{id}}” in this playground, so none was opened.',
  view: 'Chart view: “{{key}}={{value}}” {{expected}}; kept {{kept}}.',
  viewOneOf: 'must be one of {{values}}',
  viewSmoothing: 'must be a number from 0 to 0.99',
  viewSwitch: 'must be 1 or 0',
  hiddenNotSetting: 'Hidden controls: “{{key}}” is not a setting, ignored.',
  shownNotSetting: 'Controls to show: “{{key}}” is not a setting, ignored.',
  noneShown: 'Controls to show: none of them is a setting, so no control was hidden for them.',
  colour: 'Colour: “{{value}}” is not a colour (#rrggbb); kept {{kept}}.',
  colourInRun: 'Run {{n}}, colour: “{{value}}” is not a colour (#rrggbb); kept {{kept}}.',
  present: 'Presentation: “{{key}}={{value}}” must be 1 or 0; kept {{kept}}.',
  notPanel: 'Hidden panels: “{{key}}” is not a panel ({{panels}}), ignored.',
  noteCut: 'Teacher’s note: {{length, int}} characters, more than {{max}}; only the first {{max}} are shown.',
} as const;

export const sayLink = speaker<typeof LINK_WORDS>('messages:link.');

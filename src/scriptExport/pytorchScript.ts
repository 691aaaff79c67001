// PLACEHOLDER (feat/scriptui): only the script's header, so the page's export dialog can be built and tested while
// the generator is written on feat/script. The lead replaces this whole file with the real generator at merge; the
// interface below is the agreed one.
import { EXPERIMENT_FIELDS, type Experiment, type ExperimentFieldName } from '../schema/experiment';

export interface ScriptRun {
  name: string;
  experiment: Experiment;
}

/** A setting's value as Python: JSON for strings, numbers and lists; True/False for booleans. */
function pythonValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return JSON.stringify(value);
}

/** One .py file that trains every run given, in order. (Placeholder: the header only.) */
export function pytorchScript(runs: readonly ScriptRun[]): string {
  const fields = Object.keys(EXPERIMENT_FIELDS) as ExperimentFieldName[];
  const settings = runs.map(({ name, experiment }) => {
    const lines = fields.map((field) => `        ${JSON.stringify(field)}: ${pythonValue(experiment[field])},`);
    return [`    ${JSON.stringify(name)}: {`, ...lines, '    },'].join('\n');
  });
  return [
    '"""Training-playground runs, trained again in PyTorch.',
    '',
    'Run it with:  python3 <this file> --data <folder with the four IDX files>',
    'Needs Python 3 with torch and numpy.',
    '"""',
    '',
    'SETTINGS = {',
    ...settings,
    '}',
    '',
    '# Settings this script cannot reproduce: none',
    '# (placeholder: the generator lands from feat/script)',
    '',
  ].join('\n');
}

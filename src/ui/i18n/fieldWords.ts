// The settings' words in the page's language, from the `fields` namespace: a setting's label, hint and option names,
// a group's legend, and a refused value's problem placed after its setting's label.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExperimentFieldName } from '../../schema/experiment';
import type { FieldGroup } from '../../schema/fields';
import { problemText, type Problem, type ProblemWords } from '../../schema/problems';

export interface FieldWords {
  label: (name: ExperimentFieldName) => string;
  hint: (name: ExperimentFieldName) => string;
  option: (name: ExperimentFieldName, value: string) => string;
  group: (group: FieldGroup) => string;
  /** The problem with its setting's label; `notApplied` when the refused value was put back. */
  problem: (problem: Problem, notApplied?: boolean) => string;
}

export function useFieldWords(): FieldWords {
  const { t } = useTranslation('fields');
  return useMemo(() => {
    // Keys built from the schema's names: every one is in the catalog (its English is derived from the schema).
    const say = (key: string, values?: Readonly<Record<string, string | number>>): string =>
      String(t(key as never, values as never));
    const label = (name: ExperimentFieldName) => say(`settings.${name}.label`);
    const words: ProblemWords = {
      text: (code, values) => say(`problems.${code}`, values),
      place: (code, values) => say(`problemPlaces.${code}`, values),
      label,
    };
    return {
      label,
      hint: (name) => say(`settings.${name}.hint`),
      option: (name, value) => say(`settings.${name}.options.${value}`),
      group: (group) => say(`groups.${group}`),
      problem: (problem, notApplied = false) => {
        const text = problemText(problem, words);
        return notApplied ? say('problemPlaces.notApplied', { text }) : text;
      },
    };
    // `t` is bound to the page's language: a new one when it changes, and the words with it.
  }, [t]);
}

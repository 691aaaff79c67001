// A lesson's words in the page's language, from the `lessons` namespace: its texts by ID, its runs' names by key,
// and its verdict rendered from the phrase the judge built.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimGroup } from '../../schema/claims';
import type { Lesson } from '../../schema/lessons';
import { renderPhrase, type Phrase } from '../../schema/phrase';

type LessonText = 'title' | 'summary' | 'prompt' | 'watch' | 'honestNote';

export interface LessonWords {
  text: (lesson: Lesson, part: LessonText) => string;
  choice: (lesson: Lesson, index: number) => string;
  /** The lesson's runs' names by key, for its verdict. */
  runNames: (lesson: Lesson) => Record<string, string>;
  group: (group: ClaimGroup) => string;
  verdict: (phrase: Phrase) => string;
}

export function useLessonWords(): LessonWords {
  const { t } = useTranslation('lessons');
  return useMemo(() => {
    // Keys built from the declared lessons: every one is in the catalog (its English is derived from them).
    const say = (key: string, values?: Readonly<Record<string, string | number>>): string =>
      String(t(key as never, values as never));
    return {
      text: (lesson, part) => say(`byId.${lesson.id}.${part}`),
      choice: (lesson, index) => say(`byId.${lesson.id}.choices.${index}`),
      runNames: (lesson) =>
        Object.fromEntries(lesson.runs.map((run) => [run.key, say(`byId.${lesson.id}.runs.${run.key}`)])),
      group: (group) => say(`groups.${group}`),
      verdict: (phrase) => renderPhrase(phrase, (code, values) => say(`verdicts.${code}`, values)),
    };
    // `t` is bound to the page's language: a new one when it changes, and the words with it.
  }, [t]);
}

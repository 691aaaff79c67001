// The `fields` and `lessons` namespaces against what they are derived from: the English is the schema's own text,
// word for word, and the Chinese has a text for every setting, option, lesson, choice and run the schema declares.
import { describe, expect, it } from 'vitest';
import { EXPERIMENT_FIELDS, type ExperimentFieldName } from '../../schema/experiment';
import { LESSON_LIST } from '../../schema/lessonCatalog';
import { problemText, type ProblemWords } from '../../schema/problems';
import { fillTemplate } from '../../schema/phrase';
import { VERDICT_TEXTS } from '../../schema/verdictTexts';
import { fields as englishFields } from './en/fields';
import { lessons as englishLessons } from './en/lessons';
import { fields as chineseFields } from './zh-CN/fields';
import { lessons as chineseLessons } from './zh-CN/lessons';

const FIELD_NAMES = Object.keys(EXPERIMENT_FIELDS) as ExperimentFieldName[];
const HAN = /\p{Script=Han}/u;

type Texts = { label: string; hint: string; options?: Record<string, string> };
const english = englishFields.settings as Record<ExperimentFieldName, Texts>;
const chinese = chineseFields.settings as Record<ExperimentFieldName, Texts>;

describe('the settings’ words', () => {
  it('are the schema’s English, label, hint and option for option', () => {
    for (const name of FIELD_NAMES) {
      const field = EXPERIMENT_FIELDS[name];
      expect(english[name].label).toBe(field.label);
      expect(english[name].hint).toBe(field.hint);
      if (field.kind === 'choice')
        expect(english[name].options).toEqual(Object.fromEntries(field.options.map((o) => [o.value, o.label])));
      else expect(english[name].options).toBeUndefined();
    }
  });

  it('have Chinese for every setting and every option, in Chinese characters where words are said', () => {
    for (const name of FIELD_NAMES) {
      expect(chinese[name].label, name).toBeTruthy();
      expect(chinese[name].hint, name).toMatch(HAN);
      expect(Object.keys(chinese[name].options ?? {}).sort(), name).toEqual(
        Object.keys(english[name].options ?? {}).sort(),
      );
    }
  });

  it('name each group of settings', () => {
    expect(Object.keys(chineseFields.groups).sort()).toEqual(
      [...new Set(FIELD_NAMES.map((name) => EXPERIMENT_FIELDS[name].group))].sort(),
    );
  });

  it('place a refused value’s problem after its setting, in either language', () => {
    const words = (catalog: typeof chineseFields): ProblemWords => ({
      text: (code, values) => fillTemplate(catalog.problems[code], values),
      place: (code, values) => fillTemplate(catalog.problemPlaces[code], values),
      label: (name) => (catalog.settings as Record<ExperimentFieldName, Texts>)[name].label,
    });
    const problem = { path: 'hiddenLayers.1', code: 'itemOutOfRange' as const, params: { min: 8, max: 1024 } };
    expect(problemText(problem, words(englishFields))).toBe('Hidden layer sizes (item 2): must be between 8 and 1024');
    expect(problemText(problem)).toBe('Hidden layer sizes (item 2): must be between 8 and 1024');
    expect(problemText(problem, words(chineseFields))).toBe('隐藏层大小（第 2 项）：必须在 8 到 1024 之间');
  });
});

describe('the lessons’ words', () => {
  it('are the declarations’ English', () => {
    for (const lesson of LESSON_LIST) {
      const texts = englishLessons.byId[lesson.id];
      expect(texts.title).toBe(lesson.title);
      expect(texts.summary).toBe(lesson.summary);
      expect(texts.prompt).toBe(lesson.question.prompt);
      expect(texts.choices).toEqual(lesson.question.choices);
      expect(texts.watch).toBe(lesson.watch);
      expect(texts.honestNote).toBe(lesson.honestNote);
      expect(texts.runs).toEqual(Object.fromEntries(lesson.runs.map((run) => [run.key, run.name])));
    }
  });

  it('have Chinese for every lesson, choice, honest note and run', () => {
    expect(Object.keys(chineseLessons.byId).sort()).toEqual(LESSON_LIST.map((lesson) => lesson.id).sort());
    for (const lesson of LESSON_LIST) {
      const texts = chineseLessons.byId[lesson.id];
      for (const part of [texts.title, texts.summary, texts.prompt, texts.watch]) expect(part, lesson.id).toMatch(HAN);
      expect(texts.choices.length, lesson.id).toBe(lesson.question.choices.length);
      expect(texts.honestNote === undefined, lesson.id).toBe(lesson.honestNote === undefined);
      expect(Object.keys(texts.runs).sort(), lesson.id).toEqual(lesson.runs.map((run) => run.key).sort());
    }
  });

  it('say every verdict sentence the judge builds', () => {
    expect(englishLessons.verdicts).toEqual(VERDICT_TEXTS);
    expect(Object.keys(chineseLessons.verdicts).sort()).toEqual(Object.keys(VERDICT_TEXTS).sort());
  });
});

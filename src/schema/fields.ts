// Field descriptors: each experiment knob is declared once, with its validator, default and the metadata the UI
// needs to draw a control for it. The experiment type is derived from this table (see experiment.ts), so adding
// a knob is one entry here plus its use in the engine.
import { z } from 'zod';
import type { ProblemCode } from './problems';

export type FieldGroup = 'Data' | 'Model' | 'Optimization' | 'Regularization' | 'Evaluation';

/** A config as the relevance rules see it: any version's body, before or after validation. */
export type ConfigView = Readonly<Record<string, unknown>>;

interface FieldBase {
  label: string;
  /** One line saying what the knob does and, where it applies, the tip it relates to (see shared/TIPS.md). */
  hint: string;
  group: FieldGroup;
  /** When the knob has an effect; the UI shows it only then (it is still stored and validated). */
  relevantWhen?: (config: ConfigView) => boolean;
}

export interface ChoiceField<T extends string = string> extends FieldBase {
  kind: 'choice';
  options: readonly { value: T; label: string }[];
  defaultValue: T;
  schema: z.ZodType<T>;
}

export interface NumberField extends FieldBase {
  kind: 'number';
  integer: boolean;
  min: number;
  max: number;
  /** Suggested input step; the validator alone decides what is accepted. */
  step: number;
  defaultValue: number;
  schema: z.ZodType<number>;
}

export interface ListField extends FieldBase {
  kind: 'list';
  integer: boolean;
  itemMin: number;
  itemMax: number;
  minItems: number;
  maxItems: number;
  defaultValue: readonly number[];
  schema: z.ZodType<number[]>;
}

export interface BooleanField extends FieldBase {
  kind: 'boolean';
  defaultValue: boolean;
  schema: z.ZodType<boolean>;
}

export type FieldSpec = ChoiceField | NumberField | ListField | BooleanField;

export function choiceField<const T extends string>(
  spec: FieldBase & { options: readonly { value: T; label: string }[]; defaultValue: NoInfer<T> },
): ChoiceField<T> {
  const values = spec.options.map((o) => o.value) as [T, ...T[]];
  const schema = z.enum(values, { error: () => code('notOneOf') }) as unknown as z.ZodType<T>;
  return { ...spec, kind: 'choice', schema };
}

// Zod's messages are problem codes: validate.ts turns each into a problem whose values come from the field.
const code = (problem: ProblemCode): string => problem;

function numberSchema(integer: boolean) {
  let schema = z.number({ error: () => code('notNumber') }).refine(Number.isFinite, code('notFinite'));
  if (integer) schema = schema.refine(Number.isInteger, code('notWhole'));
  return schema;
}

export function numberField(
  spec: FieldBase & { integer: boolean; min: number; max: number; step?: number; defaultValue: number },
): NumberField {
  const schema = numberSchema(spec.integer)
    .refine((v) => v >= spec.min, code('tooSmall'))
    .refine((v) => v <= spec.max, code('tooLarge'));
  return { ...spec, kind: 'number', step: spec.step ?? (spec.integer ? 1 : spec.min), schema };
}

export function listField(
  spec: FieldBase & {
    integer: boolean;
    itemMin: number;
    itemMax: number;
    minItems: number;
    maxItems: number;
    defaultValue: number[];
  },
): ListField {
  const item = numberSchema(spec.integer).refine((v) => v >= spec.itemMin && v <= spec.itemMax, code('itemOutOfRange'));
  const schema = z
    .array(item, { error: () => code(spec.integer ? 'notListOfWholeNumbers' : 'notListOfNumbers') })
    .min(spec.minItems, code(spec.minItems === 1 ? 'needsOneItem' : 'tooFewItems'))
    .max(spec.maxItems, code('tooManyItems'));
  return { ...spec, kind: 'list', schema };
}

export function booleanField(spec: FieldBase & { defaultValue: boolean }): BooleanField {
  return { ...spec, kind: 'boolean', schema: z.boolean({ error: () => code('notBoolean') }) };
}

/** True when the field has an effect under `config`. */
export function isRelevant(field: FieldSpec, config: ConfigView): boolean {
  return field.relevantWhen ? field.relevantWhen(config) : true;
}

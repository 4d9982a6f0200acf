import { z } from 'zod';
import { localizedTextSchema } from '../localized';
import { FIELD_TYPES, FORM_SPEC, type FormDefinition } from './form-types';

/**
 * The one schema of a low-code form definition: the console's editor validates with it before
 * saving, the registry before storing a new definition version, and the shell renders only what
 * passed it. The run-time checks a citizen's answers go through live in `form-values.ts`, without
 * zod, so the citizen's page does not download it.
 */

/** Field and option keys: what the answers are stored under. Stable across definition versions. */
export const FIELD_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
const fieldKey = z.string().regex(FIELD_KEY_PATTERN, 'key must be lowercase letters, digits and "_", starting with a letter, at most 40 characters, e.g. "nama_lengkap"');

const optionSchema = z
  .object({
    value: z.string().regex(FIELD_KEY_PATTERN, 'option value must be lowercase letters, digits and "_", e.g. "rusak_berat"'),
    label: localizedTextSchema,
  })
  .strict();

const conditionSchema = z
  .object({
    /** The key of an earlier choice or multiple-choice field. */
    field: fieldKey,
    /** The field is shown when that field's answer is (or, for multiple choice, includes) one of these. */
    anyOf: z.array(z.string()).min(1).max(50),
  })
  .strict();

const MIME_PATTERN = /^(image|application|text|audio|video)\/[a-z0-9.+-]+$/;

const fieldSchema = z
  .object({
    key: fieldKey,
    type: z.enum(FIELD_TYPES),
    label: localizedTextSchema,
    help: localizedTextSchema.optional(),
    required: z.boolean().default(false),
    visibleWhen: conditionSchema.optional(),
    /** `choice` and `multiChoice`: the options, in display order. */
    options: z.array(optionSchema).min(1).max(100).optional(),
    /** `text`, `longText`: the most characters accepted. */
    maxLength: z.number().int().min(1).max(10_000).optional(),
    /** `number`: bounds. */
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    /** `file`: the accepted types (sniffed from the content, never trusted from the name) and the size limit. */
    accept: z.array(z.string().regex(MIME_PATTERN, 'accept must list MIME types, e.g. "image/jpeg", "application/pdf"')).min(1).max(20).optional(),
    maxSizeKb: z.number().int().min(1).max(10_240).optional(),
  })
  .strict()
  .superRefine((field, ctx) => {
    const hasOptions = field.type === 'choice' || field.type === 'multiChoice';
    if (hasOptions && !field.options) ctx.addIssue({ code: 'custom', path: ['options'], message: `a ${field.type} field needs options` });
    if (!hasOptions && field.options) ctx.addIssue({ code: 'custom', path: ['options'], message: `only choice and multiChoice fields have options` });
    if (field.options && new Set(field.options.map((o) => o.value)).size !== field.options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'option values must be unique' });
    }
    if (field.type === 'file' && (!field.accept || field.maxSizeKb === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['accept'], message: 'a file field needs "accept" (MIME types) and "maxSizeKb"' });
    }
    if (field.type !== 'file' && (field.accept || field.maxSizeKb !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['accept'], message: 'only file fields have "accept" and "maxSizeKb"' });
    }
    if ((field.min !== undefined || field.max !== undefined) && field.type !== 'number') {
      ctx.addIssue({ code: 'custom', path: ['min'], message: 'only number fields have "min" and "max"' });
    }
    if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: '"max" must not be less than "min"' });
    }
    if (field.maxLength !== undefined && field.type !== 'text' && field.type !== 'longText') {
      ctx.addIssue({ code: 'custom', path: ['maxLength'], message: 'only text and longText fields have "maxLength"' });
    }
  });

const sectionSchema = z
  .object({
    key: fieldKey,
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    fields: z.array(fieldSchema).min(1).max(100),
  })
  .strict();

export const formDefinitionSchema = z
  .object({
    spec: z.literal(FORM_SPEC, { message: `spec must be ${FORM_SPEC}` }),
    sections: z.array(sectionSchema).min(1).max(30),
  })
  .strict()
  .superRefine((definition, ctx) => {
    const seen = new Map<string, { type: string; options: Set<string> }>();
    const sectionKeys = new Set<string>();
    definition.sections.forEach((section, s) => {
      if (sectionKeys.has(section.key)) ctx.addIssue({ code: 'custom', path: ['sections', s, 'key'], message: `section key "${section.key}" is used twice` });
      sectionKeys.add(section.key);
      section.fields.forEach((field, f) => {
        const path = ['sections', s, 'fields', f];
        if (seen.has(field.key)) ctx.addIssue({ code: 'custom', path: [...path, 'key'], message: `field key "${field.key}" is used twice` });
        const condition = field.visibleWhen;
        if (condition) {
          // Only an earlier field: the form reads top to bottom and conditions can never loop.
          const source = seen.get(condition.field);
          if (!source || (source.type !== 'choice' && source.type !== 'multiChoice')) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'visibleWhen', 'field'],
              message: `visibleWhen.field must be the key of an earlier choice or multiChoice field, not "${condition.field}"`,
            });
          } else {
            for (const value of condition.anyOf) {
              if (!source.options.has(value)) {
                ctx.addIssue({ code: 'custom', path: [...path, 'visibleWhen', 'anyOf'], message: `"${value}" is not an option of "${condition.field}"` });
              }
            }
          }
        }
        seen.set(field.key, { type: field.type, options: new Set(field.options?.map((o) => o.value)) });
      });
    });
    if (seen.size > 200) ctx.addIssue({ code: 'custom', path: ['sections'], message: 'a form has at most 200 fields' });
  });

// The hand-written types in form-types.ts (used zod-free by the renderer) must stay what this schema parses.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const typesAgree: Same<z.output<typeof formDefinitionSchema>, FormDefinition> = true;
void typesAgree;

/** Parses an unknown value into a form definition, or throws zod's error listing what to fix. */
export function parseFormDefinition(value: unknown): FormDefinition {
  return formDefinitionSchema.parse(value);
}

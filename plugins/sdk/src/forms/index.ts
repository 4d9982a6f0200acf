/**
 * `@palapa/sdk/forms`: the low-code form contract without zod — the types, the answer checks, the
 * request workflow and the satisfaction survey. The definition's zod schema is in the main entry
 * (`formDefinitionSchema`), for the editor and the registry.
 */
export * from './form-types';
export * from './form-values';
export * from './form-messages';
export * from './nik';
export * from './city-regions';
export * from './request-workflow';
export * from './satisfaction-survey';
export type * from './request-types';

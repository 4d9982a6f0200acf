/** Where a developer override is asked for (the rest lives in developer-override.ts, loaded on demand). */
export const OVERRIDE_PARAM = 'palapa-override';
export const overrideStorageKey = (slug: string) => `palapa-override:${slug}`;

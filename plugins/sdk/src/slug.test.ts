import { describe, expect, it } from 'vitest';
import { pluginManifestSchema } from './manifest';
import { isAvailableServiceSlug, isSlug, RESERVED_SLUGS } from './slug';

describe('service slugs', () => {
  it('keeps the console routes out of reach of new services', () => {
    expect(RESERVED_SLUGS).toContain('baru');
    expect(isAvailableServiceSlug('baru')).toBe(false);
    expect(isAvailableServiceSlug('izin-baru')).toBe(true);
    expect(isAvailableServiceSlug('Baru')).toBe(false); // not a slug at all
  });

  it('leaves slug syntax and manifests alone: a reserved word is still a slug', () => {
    expect(isSlug('baru')).toBe(true);
    expect(pluginManifestSchema.shape.slug.safeParse('baru').success).toBe(true);
  });
});

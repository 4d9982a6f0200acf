import { describe, expect, it } from 'vitest';
import { SHARED_SINGLETONS, sharedLit } from './preset';

describe('sharedLit', () => {
  it('shares lit alone by default: no share table of every lit subpath in each remote', () => {
    expect(Object.keys(SHARED_SINGLETONS)).toEqual(['lit']);
    expect(sharedLit()).toEqual(SHARED_SINGLETONS);
  });

  it('adds the lit subpaths a plugin imports, as singletons of the same version range', () => {
    const shared = sharedLit(['lit/directives/repeat.js']);
    expect(shared['lit/directives/repeat.js']).toEqual(shared.lit);
  });

  it('refuses a module that is not a lit subpath, saying what it expects', () => {
    expect(() => sharedLit(['react'])).toThrow(/"react" is not a lit subpath/);
  });
});

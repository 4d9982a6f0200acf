import { describe, expect, it } from 'vitest';
import { usersQuery } from './console-users-query';

describe('usersQuery', () => {
  it('sends the trimmed search and the cursor only when there are some', () => {
    const params = new URL(usersQuery('  bpkpd ', 'abc'), 'http://x').searchParams;
    expect(params.get('q')).toBe('bpkpd');
    expect(params.get('cursor')).toBe('abc');
    expect(params.get('limit')).toBe('25');
    const bare = new URL(usersQuery('   ', null), 'http://x').searchParams;
    expect(bare.has('q')).toBe(false);
    expect(bare.has('cursor')).toBe(false);
  });

  it('keeps LIKE wildcards and URL characters as typed (the registry takes them literally)', () => {
    expect(new URL(usersQuery('50%_&x=1', null), 'http://x').searchParams.get('q')).toBe('50%_&x=1');
  });
});

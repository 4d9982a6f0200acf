import { describe, expect, it } from 'vitest';
import { fill } from './fill';

describe('fill', () => {
  it('fills every placeholder, numbers and strings alike, as often as each appears', () => {
    expect(fill('{name} took {count}; {name} again', { name: 'Siti', count: 0 })).toBe('Siti took 0; Siti again');
  });

  it('leaves a placeholder without a value visible and ignores extra values', () => {
    expect(fill('{a} {b}', { a: 1, c: 3 })).toBe('1 {b}');
  });

  it('does not read inherited properties as values', () => {
    expect(fill('{toString}', {})).toBe('{toString}');
  });

  it('leaves text without placeholders, and braces around non-words, untouched', () => {
    expect(fill('Rp {} { x }', { x: 1 })).toBe('Rp {} { x }');
  });
});

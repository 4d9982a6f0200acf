import { describe, expect, it } from 'vitest';
import { connectivity } from './connectivity';

describe('connectivity', () => {
  it('turns offline when the registry cannot be reached or answers from the cache, and back on a fresh answer', () => {
    let changes = 0;
    connectivity.addEventListener('change', () => changes++);
    expect(connectivity.offline).toBe(false);
    connectivity.observe('unreachable');
    expect(connectivity.offline).toBe(true);
    connectivity.observe('unreachable');
    expect(changes).toBe(1);
    connectivity.observe('fresh');
    expect(connectivity.offline).toBe(false);
    expect(changes).toBe(2);
  });
});

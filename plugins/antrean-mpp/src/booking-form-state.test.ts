import { describe, expect, it } from 'vitest';
import { checkDraft, serverFieldErrors } from './booking-form-state';

const draft = { counter: 'pdam', date: '2026-11-24', time: '09:00', name: ' Budi  Santoso ', phone: '0812 3456 7890' };

describe('checkDraft', () => {
  it('turns a complete draft into a request', () => {
    expect(checkDraft(draft)).toEqual({ ok: true, request: { ...draft, name: 'Budi Santoso', phone: '0812 3456 7890' } });
  });

  it('names every missing or wrong field with its message key', () => {
    expect(checkDraft({ counter: '', date: '', time: '', name: 'B', phone: '0321 123456' })).toEqual({
      ok: false,
      errors: { counter: 'counter.empty', date: 'date.empty', time: 'slot.empty', name: 'name.short', phone: 'phone.not-mobile' },
    });
  });

  it('reads the back end’s 400 details the same way', () => {
    expect(serverFieldErrors({ phone: 'length', name: 'characters' })).toEqual({ phone: 'phone.length', name: 'name.characters' });
  });
});

import { describe, expect, it } from 'vitest';
import { auditQuery, NO_FILTERS } from './audit-query';

describe('auditQuery', () => {
  it('sends only the filters given, dates as whole local days, and the cursor', () => {
    const query = auditQuery({ ...NO_FILTERS, action: ' service.disable ', from: '2026-11-01', to: '2026-11-02' }, '42');
    const params = new URL(query, 'http://x').searchParams;
    expect(params.get('action')).toBe('service.disable');
    expect(params.has('actorId')).toBe(false);
    expect(new Date(params.get('from') ?? '').getTime()).toBe(new Date(2026, 10, 1).getTime());
    expect(new Date(params.get('to') ?? '').getTime()).toBe(new Date(2026, 10, 3).getTime() - 1);
    expect(params.get('cursor')).toBe('42');
    expect(params.get('limit')).toBe('25');
  });
});

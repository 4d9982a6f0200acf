/** The audit page's filters, as GET /api/v1/audit takes them; dates are whole local days. */
export interface AuditFilters {
  actorId: string;
  action: string;
  targetType: string;
  targetId: string;
  /** yyyy-mm-dd from <input type=date>, or '' */
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilters = { actorId: '', action: '', targetType: '', targetId: '', from: '', to: '' };

export function auditQuery(filters: AuditFilters, cursor: string | null, limit = 25): string {
  const params = new URLSearchParams({ limit: String(limit) });
  for (const key of ['actorId', 'action', 'targetType', 'targetId'] as const) {
    const value = filters[key].trim();
    if (value) params.set(key, value);
  }
  if (filters.from) params.set('from', new Date(`${filters.from}T00:00:00`).toISOString());
  if (filters.to) params.set('to', new Date(`${filters.to}T23:59:59.999`).toISOString());
  if (cursor) params.set('cursor', cursor);
  return `/audit?${params.toString()}`;
}

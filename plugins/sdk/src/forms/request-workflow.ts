/**
 * The life of a request filed through a form service, shared by the registry (which enforces it),
 * the console (which offers only the moves allowed) and the shell (which shows the timeline).
 */
export const REQUEST_STATUSES = ['diterima', 'diverifikasi', 'diproses', 'selesai', 'ditolak'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Where a request may go from each status. `selesai` and `ditolak` are final. */
export const REQUEST_TRANSITIONS: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  diterima: ['diverifikasi', 'ditolak'],
  diverifikasi: ['diproses', 'ditolak'],
  diproses: ['selesai', 'ditolak'],
  selesai: [],
  ditolak: [],
};

/** True when an officer may move a request from `from` to `to`. */
export function canMoveRequest(from: RequestStatus, to: RequestStatus): boolean {
  return REQUEST_TRANSITIONS[from].includes(to);
}

export const REQUEST_STATUS_LABELS: Readonly<Record<RequestStatus, { id: string; en: string }>> = {
  diterima: { id: 'Diterima', en: 'Received' },
  diverifikasi: { id: 'Diverifikasi', en: 'Verified' },
  diproses: { id: 'Diproses', en: 'In progress' },
  selesai: { id: 'Selesai', en: 'Completed' },
  ditolak: { id: 'Ditolak', en: 'Rejected' },
};

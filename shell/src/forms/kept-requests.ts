import type { LocalizedText } from '@palapa/sdk';
import { REQUEST_STATUSES, type RequestStatus } from '@palapa/sdk/forms';
import type { FiledRequest } from './forms-api-types';
import { KEPT_REQUESTS_KEY } from './device-storage-keys';
import { isRecord, JsonSlot, type StorageLike } from './json-storage';

/**
 * The requests filed from this device, with the verifier that opens each: the citizen's "my
 * requests" without an account, and what the status watch polls. Newest first.
 */
export interface KeptRequest {
  trackingCode: string;
  verifier: string;
  status: RequestStatus;
  dueDate: string;
  createdAt: string;
  updatedAt: string;
  service: { slug: string; name: LocalizedText };
}

/** A device keeps this many requests; older ones can still be tracked with their code. */
export const KEPT_LIMIT = 100;

export class KeptRequests extends EventTarget {
  private readonly slot: JsonSlot<KeptRequest[]>;

  constructor(storage: () => StorageLike = () => localStorage) {
    super();
    this.slot = new JsonSlot(storage, KEPT_REQUESTS_KEY, readKept);
  }

  list(): KeptRequest[] {
    return this.slot.get();
  }

  find(trackingCode: string): KeptRequest | undefined {
    return this.list().find((request) => request.trackingCode === trackingCode);
  }

  /** Keeps a filed request (a replayed answer for one already kept changes nothing). */
  keep(filed: FiledRequest): void {
    if (this.find(filed.trackingCode)) return;
    const { trackingCode, verifier, status, dueDate, createdAt, service } = filed;
    this.write([{ trackingCode, verifier, status, dueDate, createdAt, updatedAt: createdAt, service }, ...this.list()].slice(0, KEPT_LIMIT));
  }

  /** Records a status seen on the registry; returns the request when its status changed. */
  updateStatus(trackingCode: string, status: RequestStatus, updatedAt: string): KeptRequest | null {
    const kept = this.find(trackingCode);
    if (!kept || (kept.status === status && kept.updatedAt === updatedAt)) return null;
    const next = { ...kept, status, updatedAt };
    this.write(this.list().map((request) => (request.trackingCode === trackingCode ? next : request)));
    return kept.status === status ? null : next;
  }

  private write(requests: KeptRequest[]) {
    this.slot.set(requests);
    this.dispatchEvent(new Event('change'));
  }
}

function readKept(raw: unknown): KeptRequest[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(
      (item): item is KeptRequest =>
        isRecord(item) &&
        typeof item.trackingCode === 'string' &&
        typeof item.verifier === 'string' &&
        REQUEST_STATUSES.includes(item.status as RequestStatus) &&
        isRecord(item.service) &&
        typeof item.service.slug === 'string',
    )
    .slice(0, KEPT_LIMIT);
}

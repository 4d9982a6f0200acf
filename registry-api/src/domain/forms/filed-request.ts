import type { LocalizedText } from '@palapa/sdk';
import type { RequestStatus } from '@palapa/sdk/forms';
import type { formRequests } from '../../db/schema';
import { verifierFor } from './verifier';

/** What a citizen gets back from filing: the tracking code and the verifier to keep. */
export interface FiledRequest {
  trackingCode: string;
  verifier: string;
  status: RequestStatus;
  dueDate: string;
  createdAt: string;
  definitionVersion: number;
  service: { slug: string; name: LocalizedText };
}

export function toFiledRequest(
  key: Buffer,
  request: typeof formRequests.$inferSelect,
  service: { slug: string; name: LocalizedText },
): FiledRequest {
  return {
    trackingCode: request.trackingCode,
    verifier: verifierFor(key, request.trackingCode),
    status: request.status,
    dueDate: request.dueDate,
    createdAt: request.createdAt.toISOString(),
    definitionVersion: request.definitionVersion,
    service: { slug: service.slug, name: service.name },
  };
}

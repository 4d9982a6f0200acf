import type { LocalizedText } from '@palapa/sdk';
import type { FiledRequest } from '@palapa/sdk/forms';
import type { formRequests } from '../../db/schema';
import { verifierFor } from './verifier';

// The shape is the SDK's (one set for the registry, the shell and the console).
export type { FiledRequest };

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

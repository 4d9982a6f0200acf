import { session } from '../services/session';
import { ConsoleApiError } from './console-api';
import type { StoredFile } from './console-requests-types';

/**
 * Sends one attachment for an officer's status change. apiRequest speaks JSON only; a file goes as
 * multipart/form-data (the browser sets the boundary), with the same CSRF header and error shape.
 */
export async function uploadAttachment(slug: string, trackingCode: string, file: File): Promise<StoredFile> {
  const body = new FormData();
  body.set('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/v1/services/${slug}/requests/${trackingCode}/attachments`, {
      method: 'POST',
      headers: { Accept: 'application/json', ...session.mutationHeaders() },
      credentials: 'same-origin',
      body,
    });
  } catch (error) {
    throw new ConsoleApiError(0, 'network', (error as Error).message);
  }
  const parsed = (await response.json().catch(() => null)) as { error?: { code?: unknown; message?: unknown } } | StoredFile | null;
  if (!response.ok) {
    const error = parsed && 'error' in parsed ? parsed.error : undefined;
    if (response.status === 401) void session.refresh();
    throw new ConsoleApiError(response.status, typeof error?.code === 'string' ? error.code : 'http_error', typeof error?.message === 'string' ? error.message : '');
  }
  return parsed as StoredFile;
}

/** Where staff download a file of a request (the citizen's or an officer's attachment). */
export function requestFileUrl(trackingCode: string, fileId: string): string {
  return `/api/v1/requests/${encodeURIComponent(trackingCode)}/files/${encodeURIComponent(fileId)}`;
}

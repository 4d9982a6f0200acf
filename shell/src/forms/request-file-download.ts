import type { FileInfo } from './forms-api-types';

/**
 * Downloads a request's file. A plain link cannot carry the X-Verifier header an anonymous citizen
 * proves the request is theirs with (and the verifier must not go in a URL, where it would be kept
 * in the history and logs), so the file is fetched with it and handed to the browser as a blob.
 */
export async function downloadRequestFile(trackingCode: string, verifier: string, file: FileInfo): Promise<void> {
  const response = await fetch(`/api/v1/requests/${encodeURIComponent(trackingCode)}/files/${encodeURIComponent(file.id)}`, {
    credentials: 'same-origin',
    headers: verifier ? { 'X-Verifier': verifier } : {},
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = file.name;
  anchor.dataset.external = '';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

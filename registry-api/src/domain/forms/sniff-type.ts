import { fileTypeFromBuffer } from 'file-type';
import { DomainError } from '../errors';

/**
 * The type of an uploaded file, read from its bytes (file-type's magic-number tables): never from
 * the name or the Content-Type the browser sent, which an attacker chooses. Anything file-type
 * cannot recognise (HTML, SVG, scripts, plain text) is refused, so what the registry later serves
 * is one of the binary formats the field asked for.
 */
export async function sniffType(bytes: Uint8Array, accept: readonly string[]): Promise<string> {
  const sniffed = await fileTypeFromBuffer(bytes);
  if (!sniffed || !accept.includes(sniffed.mime)) {
    const what = sniffed ? `a ${sniffed.mime} file` : 'a file of a type that cannot be recognised';
    throw new DomainError('unsupported_type', `This is ${what}; upload one of: ${accept.join(', ')}.`, { accept, sniffed: sniffed?.mime ?? null });
  }
  return sniffed.mime;
}

/** A file name fit to store and to show: its last path segment, without control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').replace(/[\ud800-\udfff]/g, '').trim().slice(0, 200);
  return clean || 'berkas';
}

export function tooLarge(limitBytes: number): DomainError {
  return new DomainError('too_large', `The file is larger than ${Math.round(limitBytes / 1024)} KB.`, { limitKb: Math.round(limitBytes / 1024) });
}

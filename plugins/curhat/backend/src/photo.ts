/**
 * A report's photo: its type is read from its first bytes (the file name and the declared type are
 * the citizen's device talking, and can lie), and only JPEG or PNG of at most 2 MB is kept.
 */
import { PHOTO_MAX_BYTES, type PhotoType } from '../../src/complaint';

export interface Photo {
  type: PhotoType;
  bytes: Uint8Array;
}

export type PhotoProblem = 'photo_too_large' | 'photo_type' | 'photo_empty';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The type the bytes say they are, or null for anything but JPEG and PNG. */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return 'image/png';
  return null;
}

export function checkPhoto(bytes: Uint8Array): { ok: true; photo: Photo } | { ok: false; problem: PhotoProblem } {
  if (bytes.length === 0) return { ok: false, problem: 'photo_empty' };
  if (bytes.length > PHOTO_MAX_BYTES) return { ok: false, problem: 'photo_too_large' };
  const type = sniffPhotoType(bytes);
  return type ? { ok: true, photo: { type, bytes } } : { ok: false, problem: 'photo_type' };
}

/** Strict base64 (an optional `data:…;base64,` prefix allowed); null when it is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  const body = text.replace(/^data:[\w/+.-]+;base64,/, '');
  if (body.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(body)) return null;
  return new Uint8Array(Buffer.from(body, 'base64'));
}

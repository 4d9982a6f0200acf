/**
 * The reports, in memory (a demo: a real Diskominfo system keeps them in its database). Filing is
 * idempotent: the first report filed under an `Idempotency-Key` is the answer to every retry with
 * that key, so a citizen whose connection dropped after tapping "Kirim" never files twice. Every
 * method is synchronous, so two concurrent retries cannot both miss the key and both insert.
 */
import { timingSafeEqual } from 'node:crypto';
import { kecamatanOf, type ComplaintDraft, type ComplaintView, type FiledComplaint, type TimelineEntry } from '../../src/complaint';
import type { Photo } from './photo';
import { newTrackingCode, newVerifier } from './tracking-code';

export interface StoredComplaint extends ComplaintDraft {
  code: string;
  verifier: string;
  /** The signed-in citizen (the gateway's signed user id); null for an anonymous report. */
  citizenId: string | null;
  photo: Photo | null;
  createdAt: string;
  timeline: TimelineEntry[];
}

export type FileOutcome = { kind: 'created'; complaint: StoredComplaint } | { kind: 'replayed'; complaint: StoredComplaint } | { kind: 'key-reused' };

export interface FileRequest {
  draft: ComplaintDraft;
  photo: Photo | null;
  citizenId: string | null;
  idempotencyKey: string;
  /** A digest of what was sent, so a key reused for a different report is refused, not confused. */
  fingerprint: string;
  now: Date;
}

export const RECEIVED_NOTE = 'Laporan diterima dan menunggu verifikasi admin Diskominfo.';

export class ComplaintStore {
  readonly #byCode = new Map<string, StoredComplaint>();
  readonly #byKey = new Map<string, { code: string; fingerprint: string }>();

  constructor(seed: readonly StoredComplaint[] = []) {
    for (const complaint of seed) this.#byCode.set(complaint.code, structuredClone(complaint));
  }

  get size(): number {
    return this.#byCode.size;
  }

  file(request: FileRequest): FileOutcome {
    // Keys are per citizen (or per "anonymous"): one citizen cannot replay another's key.
    const scopedKey = `${request.citizenId ?? '-'}\n${request.idempotencyKey}`;
    const earlier = this.#byKey.get(scopedKey);
    if (earlier) {
      const complaint = this.#byCode.get(earlier.code);
      if (!complaint || earlier.fingerprint !== request.fingerprint) return { kind: 'key-reused' };
      return { kind: 'replayed', complaint };
    }
    let code = newTrackingCode();
    while (this.#byCode.has(code)) code = newTrackingCode();
    const createdAt = request.now.toISOString();
    const complaint: StoredComplaint = {
      ...request.draft,
      code,
      verifier: newVerifier(),
      citizenId: request.citizenId,
      photo: request.photo,
      createdAt,
      timeline: [{ status: 'diterima', at: createdAt, note: RECEIVED_NOTE, by: 'Diskominfo' }],
    };
    this.#byCode.set(code, complaint);
    this.#byKey.set(scopedKey, { code, fingerprint: request.fingerprint });
    return { kind: 'created', complaint };
  }

  /** The report when code and verifier both match; the same null for either wrong, so codes cannot be probed. */
  track(code: string, verifier: string): StoredComplaint | null {
    const complaint = this.#byCode.get(code);
    const given = Buffer.from(verifier.padEnd(4, ' ').slice(0, 4));
    const expected = Buffer.from(complaint?.verifier ?? '----');
    return complaint && timingSafeEqual(given, expected) ? complaint : null;
  }

  /** A citizen's own reports, newest first. */
  ofCitizen(citizenId: string): StoredComplaint[] {
    return [...this.#byCode.values()].filter((complaint) => complaint.citizenId === citizenId).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }
}

export function viewOf(complaint: StoredComplaint): ComplaintView {
  const last = complaint.timeline.at(-1);
  return {
    code: complaint.code,
    category: complaint.category,
    topic: complaint.topic,
    description: complaint.description,
    kelurahan: complaint.kelurahan,
    kecamatan: kecamatanOf(complaint.kelurahan),
    address: complaint.address ?? null,
    hasPhoto: complaint.photo !== null,
    status: last?.status ?? 'diterima',
    createdAt: complaint.createdAt,
    timeline: complaint.timeline,
  };
}

export function filedViewOf(complaint: StoredComplaint): FiledComplaint {
  return { ...viewOf(complaint), verifier: complaint.verifier };
}

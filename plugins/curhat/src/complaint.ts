/**
 * The shape of a Curhat Ning Ita report, shared by the plugin and its Diskominfo demo back end:
 * the categories of SP4N-LAPOR!, the topics, the kelurahan of Kota Mojokerto, the statuses of the
 * follow-up, and the limits both sides enforce (the plugin to help the citizen, the back end because
 * it trusts nobody).
 */

/** As in SP4N-LAPOR!: a suggestion, a complaint, or a request for information. */
export const CATEGORIES = ['aspirasi', 'pengaduan', 'permintaan-informasi'] as const;
export type Category = (typeof CATEGORIES)[number];

export const TOPICS = ['jalan-rusak', 'sampah', 'penerangan-jalan', 'banjir', 'pelayanan-publik', 'lainnya'] as const;
export type Topic = (typeof TOPICS)[number];

/** The 18 kelurahan of Kota Mojokerto, by kecamatan. */
export const KELURAHAN = {
  Magersari: ['Balongsari', 'Gedongan', 'Gunung Gedangan', 'Kedundung', 'Magersari', 'Wates'],
  'Prajurit Kulon': ['Blooto', 'Kauman', 'Mentikan', 'Prajurit Kulon', 'Pulorejo', 'Surodinawan'],
  Kranggan: ['Jagalan', 'Kranggan', 'Meri', 'Miji', 'Purwotengah', 'Sentanan'],
} as const satisfies Record<string, readonly string[]>;
export type Kecamatan = keyof typeof KELURAHAN;
export type Kelurahan = (typeof KELURAHAN)[Kecamatan][number];
export const ALL_KELURAHAN: readonly Kelurahan[] = Object.values(KELURAHAN).flat();

export function kecamatanOf(kelurahan: Kelurahan): Kecamatan {
  const found = (Object.keys(KELURAHAN) as Kecamatan[]).find((kecamatan) => (KELURAHAN[kecamatan] as readonly string[]).includes(kelurahan));
  if (!found) throw new Error(`unknown kelurahan ${kelurahan}`);
  return found;
}

/** The follow-up, in order; `selesai` and `ditolak` end it. */
export const STATUSES = ['diterima', 'diverifikasi', 'ditindaklanjuti', 'selesai', 'ditolak'] as const;
export type Status = (typeof STATUSES)[number];

export const DESCRIPTION_MIN = 20;
export const DESCRIPTION_MAX = 2000;
export const ADDRESS_MAX = 200;
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** `CNI-7K3P-Q9`: no 0/O, 1/I/L, so it can be read out over the phone. */
export const TRACKING_CODE_PATTERN = /^CNI-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/;
export const VERIFIER_PATTERN = /^\d{4}$/;

export interface Coordinates {
  lat: number;
  lng: number;
}

/** What the citizen sends (the photo travels separately: base64 in JSON, or a multipart file). */
export interface ComplaintDraft {
  category: Category;
  topic: Topic;
  description: string;
  kelurahan: Kelurahan;
  address?: string | undefined;
  coordinates?: Coordinates | undefined;
}

export interface TimelineEntry {
  status: Status;
  /** ISO date-time. */
  at: string;
  /** The OPD's note, in Indonesian as the OPD writes it. */
  note: string;
  /** Who wrote it, e.g. `Dinas PUPR`. */
  by: string;
}

/** What the back end answers about one report. */
export interface ComplaintView {
  code: string;
  category: Category;
  topic: Topic;
  description: string;
  kelurahan: Kelurahan;
  kecamatan: Kecamatan;
  address: string | null;
  hasPhoto: boolean;
  status: Status;
  createdAt: string;
  timeline: TimelineEntry[];
}

/** The answer to filing: the only time the verifier is shown. */
export interface FiledComplaint extends ComplaintView {
  verifier: string;
}

export function isTrackingCode(value: string): boolean {
  return TRACKING_CODE_PATTERN.test(value);
}

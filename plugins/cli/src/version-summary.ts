/** A plugin version as the registry reports it (GET/POST /api/v1/services/{slug}/versions). */
export interface VersionSummary {
  version: string;
  status: 'pending' | 'approved' | 'rejected';
  active: boolean;
  entryUrl: string;
  integrity: string;
  sizeBytes: number;
  reviewNote: string | null;
  createdAt: string;
}

const STATUS_WORDS: Record<VersionSummary['status'], string> = {
  pending: 'menunggu / pending',
  approved: 'disetujui / approved',
  rejected: 'ditolak / rejected',
};

/** The status in both languages. */
export const statusWords = (status: VersionSummary['status']) => STATUS_WORDS[status] ?? status;

/** What the publisher can expect next, for a version in this state. */
export function nextStep(version: VersionSummary): string {
  if (version.active) return 'Versi ini aktif: warga sudah memakainya. / This version is active: citizens get it.';
  switch (version.status) {
    case 'pending':
      return 'Berikutnya: admin Diskominfo meninjau dan menyetujuinya, lalu mengaktifkannya; pantau dengan palapa status.\n  Next: a Diskominfo admin reviews, approves and activates it; follow it with palapa status.';
    case 'approved':
      return 'Disetujui: versi ini tampil bagi warga setelah admin mengaktifkannya. / Approved: citizens get it once an admin activates it.';
    case 'rejected':
      return `Ditolak${version.reviewNote ? `: ${version.reviewNote}` : ''}. Perbaiki, naikkan versi, lalu publish lagi. / Rejected: fix it, bump the version and publish again.`;
  }
}

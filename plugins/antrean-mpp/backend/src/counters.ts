/** The counters of Mal Pelayanan Publik Gajah Mada that take online bookings (a demo list). */
import type { Counter } from '../../src/queue-api';

const KTP = { id: 'KTP-el asli dan fotokopi KK', en: 'Original KTP-el and a copy of the family card (KK)' };

export const COUNTERS: readonly Counter[] = [
  { id: 'ktp-kk', prefix: 'A', agency: 'Dispendukcapil', capacity: 8, name: { id: 'KTP-el & Kartu Keluarga', en: 'ID card (KTP-el) & family card (KK)' }, bring: { id: 'KK asli, surat pengantar bila pindah datang', en: 'Original KK; a transfer letter when moving in' } },
  { id: 'akta', prefix: 'B', agency: 'Dispendukcapil', capacity: 6, name: { id: 'Akta kelahiran & kematian', en: 'Birth & death certificates' }, bring: { id: 'Surat keterangan lahir/kematian, KK, KTP-el', en: 'Birth/death notice, KK, KTP-el' } },
  { id: 'nib', prefix: 'C', agency: 'DPMPTSP', capacity: 6, name: { id: 'Perizinan usaha / NIB (OSS)', en: 'Business licensing / NIB (OSS)' }, bring: { id: 'KTP-el, NPWP, akun OSS', en: 'KTP-el, tax number (NPWP), OSS account' } },
  { id: 'pbg', prefix: 'D', agency: 'DPMPTSP', capacity: 4, name: { id: 'Persetujuan Bangunan Gedung (PBG)', en: 'Building approval (PBG)' }, bring: { id: 'KTP-el, bukti kepemilikan tanah, gambar rencana', en: 'KTP-el, proof of land ownership, building plans' } },
  { id: 'pbb-bphtb', prefix: 'E', agency: 'BPKPD', capacity: 6, name: { id: 'PBB & BPHTB', en: 'Property tax (PBB) & land transfer duty (BPHTB)' }, bring: { id: 'SPPT PBB atau akta jual beli, KTP-el', en: 'PBB tax notice or deed of sale, KTP-el' } },
  { id: 'bpjs-kesehatan', prefix: 'F', agency: 'BPJS Kesehatan', capacity: 5, name: { id: 'BPJS Kesehatan', en: 'BPJS Health insurance' }, bring: KTP },
  { id: 'samsat', prefix: 'G', agency: 'Samsat (Bapenda Jatim)', capacity: 10, name: { id: 'Samsat: pajak kendaraan', en: 'Samsat: vehicle tax' }, bring: { id: 'STNK, BPKB, KTP-el pemilik', en: 'Vehicle registration (STNK), BPKB, owner’s KTP-el' } },
  { id: 'pertanahan', prefix: 'H', agency: 'Kantor Pertanahan', capacity: 4, name: { id: 'Layanan pertanahan (BPN)', en: 'Land office services (BPN)' }, bring: { id: 'Sertifikat tanah, KTP-el, KK', en: 'Land certificate, KTP-el, KK' } },
  { id: 'pdam', prefix: 'J', agency: 'Perumda Air Minum Maja Tirta', capacity: 5, name: { id: 'PDAM: sambungan & tagihan air', en: 'Water utility (PDAM): connections & bills' }, bring: { id: 'Nomor pelanggan atau KTP-el', en: 'Customer number or KTP-el' } },
  { id: 'bank-jatim', prefix: 'K', agency: 'Bank Jatim', capacity: 6, name: { id: 'Bank Jatim: rekening & pembayaran pajak', en: 'Bank Jatim: accounts & tax payments' }, bring: { id: 'KTP-el', en: 'KTP-el' } },
];

export function findCounter(id: string): Counter | undefined {
  return COUNTERS.find((counter) => counter.id === id);
}

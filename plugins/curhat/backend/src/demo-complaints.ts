/**
 * Fifteen reports already in the demo system, across every status, at real places of Kota
 * Mojokerto, with the OPDs' notes. Anonymous (no citizen), so anybody with code and verifier can
 * follow them; the first one is the one the README and the end-to-end test use.
 */
import type { Category, Kelurahan, Status, Topic } from '../../src/complaint';
import type { StoredComplaint } from './complaint-store';

type Step = [Status, string, string, string];

function report(code: string, verifier: string, category: Category, topic: Topic, kelurahan: Kelurahan, address: string, description: string, steps: Step[]): StoredComplaint {
  const timeline = steps.map(([status, at, by, note]) => ({ status, at: `${at}:00+07:00`, by, note }));
  return { code, verifier, category, topic, kelurahan, address, description, citizenId: null, photo: null, createdAt: timeline[0]?.at ?? '', timeline };
}

const received = (at: string): Step => ['diterima', at, 'Diskominfo', 'Laporan diterima dan menunggu verifikasi admin Diskominfo.'];

export const DEMO_COMPLAINTS: readonly StoredComplaint[] = [
  report('CNI-7K3P-Q9', '2468', 'pengaduan', 'jalan-rusak', 'Prajurit Kulon', 'Jl. Empunala, depan SDN Prajurit Kulon 2', 'Jalan berlubang cukup dalam di depan sekolah, sudah dua pengendara motor jatuh saat hujan minggu ini.', [
    received('2026-10-28T07:12'),
    ['diverifikasi', '2026-10-28T10:40', 'Diskominfo', 'Laporan valid, diteruskan ke Dinas PUPR.'],
    ['ditindaklanjuti', '2026-10-31T09:05', 'Dinas PUPR', 'Tim UPT Jalan sudah survei; penambalan dijadwalkan pekan depan.'],
    ['selesai', '2026-11-06T15:30', 'Dinas PUPR', 'Lubang sudah ditambal dengan aspal hotmix sepanjang 6 meter. Terima kasih atas laporannya.'],
  ]),
  report('CNI-M4RT-2H', '1357', 'pengaduan', 'sampah', 'Kedundung', 'TPS Jl. Kedungsari', 'Sampah di TPS sudah menumpuk sampai ke badan jalan selama empat hari dan baunya sampai ke rumah warga.', [
    received('2026-11-15T06:45'),
    ['diverifikasi', '2026-11-15T08:20', 'Diskominfo', 'Diteruskan ke DLH Kota Mojokerto.'],
    ['ditindaklanjuti', '2026-11-16T07:00', 'DLH', 'Armada tambahan dikirim; jadwal angkut TPS Kedungsari ditambah menjadi dua kali sehari.'],
  ]),
  report('CNI-8WXE-5N', '4821', 'pengaduan', 'penerangan-jalan', 'Meri', 'Jl. Raya Meri, dekat jembatan', 'Tiga lampu PJU mati berturut-turut sehingga jalan dekat jembatan gelap total pada malam hari.', [
    received('2026-11-20T19:30'),
  ]),
  report('CNI-B9CJ-3T', '7305', 'pengaduan', 'banjir', 'Wates', 'Perumahan Wates Permai blok C', 'Setiap hujan deras air menggenang setinggi lutut karena saluran air tersumbat sedimen.', [
    received('2026-11-10T16:02'),
    ['diverifikasi', '2026-11-11T09:15', 'Diskominfo', 'Diteruskan ke Dinas PUPR bidang sumber daya air.'],
    ['ditindaklanjuti', '2026-11-14T10:00', 'Dinas PUPR', 'Normalisasi saluran dimulai; pengerukan sedimen sepanjang 120 meter.'],
  ]),
  report('CNI-H2KD-7R', '9140', 'aspirasi', 'pelayanan-publik', 'Kauman', 'Alun-alun Kota Mojokerto', 'Mohon disediakan lebih banyak tempat duduk dan tempat sampah terpilah di sekitar alun-alun.', [
    received('2026-11-02T20:11'),
    ['diverifikasi', '2026-11-03T08:30', 'Diskominfo', 'Aspirasi diteruskan ke Dinas Perkim.'],
    ['selesai', '2026-11-12T13:45', 'Dinas Perkim', 'Usulan dimasukkan dalam rencana penataan alun-alun tahun 2027. Terima kasih.'],
  ]),
  report('CNI-P6VA-4M', '0263', 'permintaan-informasi', 'pelayanan-publik', 'Surodinawan', 'Kantor Kelurahan Surodinawan', 'Bagaimana syarat dan jadwal pembuatan KTP elektronik bagi warga yang baru berusia 17 tahun?', [
    received('2026-11-18T09:00'),
    ['diverifikasi', '2026-11-18T10:10', 'Diskominfo', 'Diteruskan ke Dispendukcapil.'],
    ['selesai', '2026-11-19T11:20', 'Dispendukcapil', 'Cukup membawa KK asli; perekaman setiap hari kerja di MPP Gajah Mada pukul 08.00–14.00.'],
  ]),
  report('CNI-Q3NZ-8F', '5517', 'pengaduan', 'lainnya', 'Gedongan', 'Jl. Majapahit', 'Ada iklan liar ditempel di tiang listrik sepanjang jalan, mohon ditertibkan.', [
    received('2026-11-05T14:25'),
    ['ditolak', '2026-11-06T09:40', 'Diskominfo', 'Laporan serupa sudah ditangani dengan nomor CNI-R7TG-2K; laporan ini ditutup agar tidak ganda.'],
  ]),
  report('CNI-R7TG-2K', '3391', 'pengaduan', 'lainnya', 'Gedongan', 'Jl. Majapahit sampai Jl. Pahlawan', 'Banyak iklan sedot WC dan pinjaman online ditempel di tiang dan pohon, merusak pemandangan kota.', [
    received('2026-11-04T08:05'),
    ['diverifikasi', '2026-11-04T10:00', 'Diskominfo', 'Diteruskan ke Satpol PP.'],
    ['ditindaklanjuti', '2026-11-07T08:00', 'Satpol PP', 'Penertiban reklame liar dijadwalkan bersama kelurahan.'],
    ['selesai', '2026-11-09T16:10', 'Satpol PP', '214 iklan liar dicopot di sepanjang Jl. Majapahit dan Jl. Pahlawan.'],
  ]),
  report('CNI-T5YU-9C', '6604', 'pengaduan', 'jalan-rusak', 'Mentikan', 'Jl. Brawijaya, depan pasar', 'Paving di trotoar banyak yang lepas dan membahayakan pejalan kaki, terutama lansia.', [
    received('2026-11-21T07:40'),
    ['diverifikasi', '2026-11-21T09:55', 'Diskominfo', 'Diteruskan ke Dinas PUPR.'],
  ]),
  report('CNI-X8HB-6W', '8025', 'pengaduan', 'sampah', 'Pulorejo', 'Bantaran Sungai Brantas', 'Warga membuang sampah ke bantaran sungai; mohon dipasang papan larangan dan tempat sampah.', [
    received('2026-10-20T15:10'),
    ['diverifikasi', '2026-10-21T08:00', 'Diskominfo', 'Diteruskan ke DLH.'],
    ['ditindaklanjuti', '2026-10-25T09:30', 'DLH', 'Kerja bakti bersama warga dan pemasangan dua papan larangan.'],
    ['selesai', '2026-10-29T14:00', 'DLH', 'Bantaran sudah dibersihkan dan tempat sampah terpilah terpasang.'],
  ]),
  report('CNI-Z2EF-4P', '1908', 'pengaduan', 'penerangan-jalan', 'Blooto', 'Gang Blooto III', 'Lampu jalan di gang berkedip-kedip sejak sebulan lalu dan sekarang mati.', [
    received('2026-11-12T18:22'),
    ['diverifikasi', '2026-11-13T08:45', 'Diskominfo', 'Diteruskan ke Dishub bidang PJU.'],
    ['ditindaklanjuti', '2026-11-17T10:30', 'Dishub', 'Lampu diganti dengan LED 40 watt; menunggu pemeriksaan kabel.'],
  ]),
  report('CNI-C4GM-7S', '2750', 'aspirasi', 'lainnya', 'Miji', 'Taman Kelurahan Miji', 'Usul taman kelurahan dilengkapi wifi gratis dan area bermain anak yang ramah disabilitas.', [
    received('2026-11-19T21:05'),
  ]),
  report('CNI-D6JN-3V', '4486', 'pengaduan', 'banjir', 'Balongsari', 'Jl. Residen Pamuji', 'Gorong-gorong di perempatan tersumbat sampah plastik, air meluap ke jalan setiap hujan.', [
    received('2026-11-08T17:45'),
    ['diverifikasi', '2026-11-09T08:10', 'Diskominfo', 'Diteruskan ke Dinas PUPR.'],
    ['selesai', '2026-11-13T15:00', 'Dinas PUPR', 'Gorong-gorong dibersihkan; tutup saringan sampah dipasang.'],
  ]),
  report('CNI-K9SW-5A', '3162', 'permintaan-informasi', 'pelayanan-publik', 'Sentanan', 'Puskesmas Kranggan', 'Apakah pemeriksaan kesehatan gratis untuk lansia di puskesmas memerlukan rujukan?', [
    received('2026-11-22T10:30'),
    ['diverifikasi', '2026-11-22T11:15', 'Diskominfo', 'Diteruskan ke Dinkes PPKB.'],
  ]),
  report('CNI-N3QR-8D', '7719', 'pengaduan', 'pelayanan-publik', 'Jagalan', 'Kantor Kelurahan Jagalan', 'Antrean layanan surat pengantar sangat lama karena hanya satu petugas yang melayani.', [
    received('2026-10-30T11:20'),
    ['diverifikasi', '2026-10-30T13:00', 'Diskominfo', 'Diteruskan ke Kecamatan Kranggan.'],
    ['ditolak', '2026-11-03T09:00', 'Kecamatan Kranggan', 'Bukan kewenangan yang dapat ditindaklanjuti lewat kanal ini; silakan sampaikan langsung ke Camat Kranggan melalui Sapa Mas PJ.'],
  ]),
];

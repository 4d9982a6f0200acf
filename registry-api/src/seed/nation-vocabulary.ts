// Vocabulary for the synthetic national catalogue (seed/generate-nation.ts): the public services that
// Indonesian regions commonly put online, the departments (OPD) that run them, and real regions.
import type { LocalizedText, ServiceKind } from '@palapa/sdk';

export interface OpdType {
  /** Slug prefix, e.g. `dinkes` → `dinkes-kab-sleman`. */
  slug: string;
  /** Indonesian name without the region, e.g. `Dinas Kesehatan`. */
  name: string;
  shortName: string;
}

export const opdTypes: OpdType[] = [
  { slug: 'dinkes', name: 'Dinas Kesehatan', shortName: 'Dinkes' },
  { slug: 'dpmptsp', name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', shortName: 'DPMPTSP' },
  { slug: 'bapenda', name: 'Badan Pendapatan Daerah', shortName: 'Bapenda' },
  { slug: 'disdukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil', shortName: 'Disdukcapil' },
  { slug: 'dishub', name: 'Dinas Perhubungan', shortName: 'Dishub' },
  { slug: 'diskominfo', name: 'Dinas Komunikasi dan Informatika', shortName: 'Diskominfo' },
  { slug: 'dinsos', name: 'Dinas Sosial', shortName: 'Dinsos' },
  { slug: 'dlh', name: 'Dinas Lingkungan Hidup', shortName: 'DLH' },
  { slug: 'disdik', name: 'Dinas Pendidikan', shortName: 'Disdik' },
  { slug: 'bpbd', name: 'Badan Penanggulangan Bencana Daerah', shortName: 'BPBD' },
  { slug: 'satpolpp', name: 'Satuan Polisi Pamong Praja', shortName: 'Satpol PP' },
  { slug: 'disnaker', name: 'Dinas Tenaga Kerja', shortName: 'Disnaker' },
];

export interface ServiceTemplate {
  slug: string;
  opd: string;
  category: string;
  kind: ServiceKind;
  name: LocalizedText;
  summary: LocalizedText;
  keywords: string[];
}

/** Categories the templates use beyond the demo city's. */
export const extraCategories = [
  { slug: 'pendidikan', name: { id: 'Pendidikan', en: 'Education' } },
  { slug: 'sosial', name: { id: 'Sosial & Ketenagakerjaan', en: 'Social Affairs & Jobs' } },
  { slug: 'lingkungan', name: { id: 'Lingkungan Hidup', en: 'Environment' } },
];

const t = (
  slug: string,
  opd: string,
  category: string,
  kind: ServiceKind,
  name: [string, string],
  summary: [string, string],
  keywords: string[],
): ServiceTemplate => ({ slug, opd, category, kind, name: { id: name[0], en: name[1] }, summary: { id: summary[0], en: summary[1] }, keywords });

export const serviceTemplates: ServiceTemplate[] = [
  t('izin-usaha-mikro', 'dpmptsp', 'perizinan', 'form', ['Izin Usaha Mikro', 'Micro Business Permit'], ['Ajukan izin usaha mikro dan kecil secara daring melalui OSS.', 'Apply online for a micro and small business permit through OSS.'], ['izin', 'usaha', 'umkm', 'nib', 'oss', 'permit', 'business']),
  t('pbg', 'dpmptsp', 'perizinan', 'form', ['Persetujuan Bangunan Gedung', 'Building Approval'], ['Ajukan persetujuan untuk membangun atau mengubah bangunan.', 'Apply for approval to build or alter a building.'], ['pbg', 'imb', 'bangunan', 'building', 'izin', 'permit']),
  t('izin-reklame', 'dpmptsp', 'perizinan', 'form', ['Izin Reklame', 'Billboard Permit'], ['Izin pemasangan reklame dan papan iklan.', 'Permit to put up billboards and advertising signs.'], ['reklame', 'iklan', 'billboard', 'advertising', 'izin']),
  t('izin-praktik-dokter', 'dinkes', 'perizinan', 'form', ['Izin Praktik Dokter', 'Medical Practice Licence'], ['Surat izin praktik bagi dokter dan dokter gigi.', 'Practice licence for doctors and dentists.'], ['sip', 'dokter', 'doctor', 'praktik', 'licence']),
  t('izin-apotek', 'dinkes', 'perizinan', 'form', ['Izin Apotek', 'Pharmacy Licence'], ['Izin operasional apotek dan toko obat.', 'Operating licence for pharmacies and drugstores.'], ['apotek', 'obat', 'pharmacy', 'drugstore', 'izin']),
  t('sertifikat-halal', 'dpmptsp', 'perizinan', 'link', ['Pendampingan Sertifikasi Halal', 'Halal Certification Support'], ['Pendampingan sertifikasi halal gratis bagi pelaku UMKM.', 'Free halal certification support for small businesses.'], ['halal', 'sertifikat', 'umkm', 'certificate']),
  t('pbb', 'bapenda', 'pajak', 'link', ['Cek Pajak Bumi dan Bangunan', 'Land and Building Tax Check'], ['Cek tagihan dan bayar PBB dengan Nomor Objek Pajak.', 'Check and pay land and building tax (PBB) with your tax object number.'], ['pbb', 'pajak', 'tax', 'property', 'nop']),
  t('bphtb', 'bapenda', 'pajak', 'form', ['Pajak BPHTB', 'Land Transfer Tax (BPHTB)'], ['Hitung dan laporkan Bea Perolehan Hak atas Tanah dan Bangunan.', 'Calculate and file the land and building acquisition duty.'], ['bphtb', 'pajak', 'tanah', 'tax', 'land']),
  t('pajak-restoran', 'bapenda', 'pajak', 'form', ['Pajak Restoran dan Hotel', 'Restaurant and Hotel Tax'], ['Lapor dan bayar pajak restoran, kafe, dan hotel secara daring.', 'File and pay restaurant, café and hotel tax online.'], ['pajak', 'restoran', 'hotel', 'kafe', 'café', 'tax']),
  t('pajak-kendaraan', 'bapenda', 'pajak', 'link', ['Info Pajak Kendaraan Bermotor', 'Motor Vehicle Tax Info'], ['Cek tagihan pajak kendaraan bermotor dan samsat terdekat.', 'Check motor vehicle tax due and the nearest Samsat office.'], ['pkb', 'pajak', 'kendaraan', 'samsat', 'vehicle', 'tax']),
  t('retribusi-sampah', 'dlh', 'pajak', 'form', ['Retribusi Sampah', 'Waste Collection Levy'], ['Bayar retribusi pelayanan persampahan rumah tangga.', 'Pay the household waste collection levy.'], ['retribusi', 'sampah', 'waste', 'levy']),
  t('retribusi-pasar', 'bapenda', 'pajak', 'form', ['Retribusi Pasar', 'Market Stall Levy'], ['Bayar retribusi kios dan los pasar daerah nontunai.', 'Pay market stall levies cashless.'], ['retribusi', 'pasar', 'market', 'levy', 'kios']),
  t('ambulans', 'dinkes', 'darurat', 'link', ['Layanan Ambulans Gawat Darurat', 'Emergency Ambulance Service'], ['Panggil ambulans gawat darurat 119, siaga 24 jam.', 'Call the 119 emergency ambulance, on duty 24 hours.'], ['ambulans', 'ambulance', '119', 'darurat', 'emergency', 'psc']),
  t('pemadam-kebakaran', 'bpbd', 'darurat', 'link', ['Pemadam Kebakaran', 'Fire Brigade'], ['Laporkan kebakaran dan penyelamatan ke pemadam kebakaran 113.', 'Report fires and rescues to the 113 fire brigade.'], ['damkar', 'kebakaran', 'fire', '113', 'darurat']),
  t('lapor-bencana', 'bpbd', 'darurat', 'form', ['Lapor Bencana', 'Disaster Report'], ['Laporkan banjir, longsor, dan bencana lain kepada BPBD.', 'Report floods, landslides and other disasters to BPBD.'], ['bencana', 'banjir', 'longsor', 'disaster', 'flood']),
  t('call-center-112', 'diskominfo', 'darurat', 'link', ['Call Center 112', 'Call Center 112'], ['Nomor darurat tunggal bebas pulsa untuk polisi, ambulans, dan pemadam.', 'A single toll-free emergency number for police, ambulance and fire.'], ['112', 'darurat', 'polisi', 'police', 'emergency']),
  t('skck', 'satpolpp', 'kependudukan', 'link', ['Pengantar SKCK Kepolisian', 'Police Record Certificate (SKCK) Referral'], ['Surat pengantar untuk mengurus Surat Keterangan Catatan Kepolisian.', 'A referral letter for the police record certificate.'], ['skck', 'polisi', 'police', 'kepolisian', 'certificate']),
  t('puskesmas-online', 'dinkes', 'kesehatan', 'form', ['Pendaftaran Puskesmas Online', 'Online Community Health Centre Registration'], ['Daftar berobat di puskesmas tanpa antre.', 'Register for a community health centre visit without queuing.'], ['puskesmas', 'berobat', 'kesehatan', 'health', 'clinic']),
  t('posyandu', 'dinkes', 'kesehatan', 'link', ['Jadwal Posyandu', 'Posyandu Schedule'], ['Jadwal posyandu balita dan lansia di setiap desa.', 'Toddler and elderly posyandu dates in every village.'], ['posyandu', 'balita', 'lansia', 'toddler', 'kesehatan']),
  t('imunisasi', 'dinkes', 'kesehatan', 'link', ['Jadwal Imunisasi Anak', 'Child Immunisation Schedule'], ['Jadwal imunisasi dasar lengkap untuk bayi dan anak.', 'Complete basic immunisation schedule for babies and children.'], ['imunisasi', 'vaksin', 'vaccine', 'immunisation', 'anak']),
  t('stunting', 'dinkes', 'kesehatan', 'form', ['Pemantauan Stunting', 'Stunting Monitoring'], ['Pantau tumbuh kembang dan gizi anak untuk mencegah stunting.', 'Track child growth and nutrition to prevent stunting.'], ['stunting', 'gizi', 'nutrition', 'balita', 'kesehatan']),
  t('kis', 'dinsos', 'kesehatan', 'form', ['Pendaftaran Jaminan Kesehatan Daerah', 'Regional Health Insurance Enrolment'], ['Daftarkan warga tidak mampu ke jaminan kesehatan yang dibiayai daerah.', 'Enrol low-income residents in regionally funded health insurance.'], ['jamkesda', 'bpjs', 'kis', 'insurance', 'kesehatan']),
  t('rumah-sakit', 'dinkes', 'kesehatan', 'link', ['Ketersediaan Tempat Tidur Rumah Sakit', 'Hospital Bed Availability'], ['Cek tempat tidur kosong di rumah sakit daerah secara langsung.', 'See free hospital beds in regional hospitals, live.'], ['rumah sakit', 'rsud', 'hospital', 'bed', 'kesehatan']),
  t('ktp-el', 'disdukcapil', 'kependudukan', 'form', ['Pencetakan KTP Elektronik', 'Electronic ID Card'], ['Ajukan cetak KTP-el baru, hilang, atau rusak.', 'Apply for a new, lost or damaged electronic ID card.'], ['ktp', 'ktp-el', 'identitas', 'id card', 'dukcapil']),
  t('kartu-keluarga', 'disdukcapil', 'kependudukan', 'form', ['Kartu Keluarga', 'Family Card'], ['Perubahan dan cetak ulang Kartu Keluarga.', 'Update or reprint the family card.'], ['kk', 'kartu keluarga', 'family card', 'dukcapil']),
  t('akta-kelahiran', 'disdukcapil', 'kependudukan', 'form', ['Akta Kelahiran', 'Birth Certificate'], ['Daftarkan kelahiran dan terima akta kelahiran.', 'Register a birth and receive the birth certificate.'], ['akta', 'kelahiran', 'lahir', 'birth', 'certificate']),
  t('akta-kematian', 'disdukcapil', 'kependudukan', 'form', ['Akta Kematian', 'Death Certificate'], ['Laporkan kematian dan terima akta kematian.', 'Report a death and receive the death certificate.'], ['akta', 'kematian', 'death', 'certificate']),
  t('surat-pindah', 'disdukcapil', 'kependudukan', 'form', ['Surat Keterangan Pindah', 'Change of Address Certificate'], ['Urus surat pindah datang dan pindah keluar daerah.', 'Arrange moving-in and moving-out certificates.'], ['pindah', 'domisili', 'address', 'moving']),
  t('kia', 'disdukcapil', 'kependudukan', 'form', ['Kartu Identitas Anak', 'Child Identity Card'], ['Ajukan Kartu Identitas Anak untuk anak di bawah 17 tahun.', 'Apply for the child identity card for children under 17.'], ['kia', 'anak', 'child', 'identitas', 'id card']),
  t('domisili', 'disdukcapil', 'kependudukan', 'form', ['Surat Keterangan Domisili', 'Certificate of Residence'], ['Surat keterangan domisili untuk warga dan usaha.', 'Certificate of residence for residents and businesses.'], ['domisili', 'residence', 'surat keterangan']),
  t('sktm', 'dinsos', 'sosial', 'form', ['Surat Keterangan Tidak Mampu', 'Certificate of Low Income'], ['Keringanan biaya sekolah dan kesehatan bagi keluarga tidak mampu.', 'Fee relief for school and health for low-income families.'], ['sktm', 'tidak mampu', 'low income', 'bantuan']),
  t('bansos', 'dinsos', 'sosial', 'link', ['Cek Penerima Bantuan Sosial', 'Social Assistance Recipient Check'], ['Cek status penerima bantuan sosial dengan NIK.', 'Check social assistance status with your NIK.'], ['bansos', 'bantuan sosial', 'dtks', 'social assistance']),
  t('kartu-kuning', 'disnaker', 'sosial', 'form', ['Kartu Pencari Kerja', 'Job Seeker Card'], ['Buat kartu kuning (AK/1) untuk melamar pekerjaan.', 'Get the yellow job seeker card (AK/1) to apply for jobs.'], ['kartu kuning', 'ak1', 'kerja', 'job', 'loker']),
  t('lowongan-kerja', 'disnaker', 'sosial', 'link', ['Bursa Lowongan Kerja', 'Job Vacancy Board'], ['Lowongan kerja dari perusahaan di daerah ini.', 'Job vacancies from local employers.'], ['loker', 'lowongan', 'kerja', 'job', 'vacancy']),
  t('pelatihan-kerja', 'disnaker', 'sosial', 'form', ['Pelatihan Kerja', 'Vocational Training'], ['Daftar pelatihan keterampilan kerja gratis.', 'Register for free vocational skills training.'], ['pelatihan', 'blk', 'training', 'skills']),
  t('ppdb', 'disdik', 'pendidikan', 'link', ['Penerimaan Peserta Didik Baru', 'School Admission (PPDB)'], ['Pendaftaran sekolah SD dan SMP negeri secara daring.', 'Online admission to state primary and junior high schools.'], ['ppdb', 'sekolah', 'school', 'pendaftaran', 'admission']),
  t('beasiswa', 'disdik', 'pendidikan', 'form', ['Beasiswa Pendidikan Daerah', 'Regional Scholarship'], ['Ajukan beasiswa bagi pelajar berprestasi dan tidak mampu.', 'Apply for a scholarship for high-achieving and low-income students.'], ['beasiswa', 'scholarship', 'pelajar', 'mahasiswa']),
  t('perpustakaan', 'disdik', 'pendidikan', 'link', ['Perpustakaan Digital', 'Digital Library'], ['Pinjam buku elektronik dari perpustakaan daerah.', 'Borrow e-books from the regional library.'], ['perpustakaan', 'buku', 'library', 'ebook']),
  t('legalisir-ijazah', 'disdik', 'pendidikan', 'form', ['Legalisir Ijazah', 'Diploma Legalisation'], ['Legalisasi salinan ijazah sekolah negeri.', 'Legalise copies of state school diplomas.'], ['ijazah', 'legalisir', 'diploma', 'sekolah']),
  t('uji-kir', 'dishub', 'transportasi', 'form', ['Pengujian Kendaraan Bermotor', 'Vehicle Roadworthiness Test'], ['Daftar uji KIR kendaraan angkutan barang dan penumpang.', 'Book the KIR roadworthiness test for goods and passenger vehicles.'], ['kir', 'uji', 'kendaraan', 'vehicle', 'truk']),
  t('parkir', 'dishub', 'transportasi', 'link', ['Parkir Tepi Jalan', 'On-Street Parking'], ['Lokasi dan tarif parkir tepi jalan, bayar nontunai.', 'On-street parking locations and rates, cashless payment.'], ['parkir', 'parking', 'tarif', 'qris']),
  t('angkutan-umum', 'dishub', 'transportasi', 'link', ['Rute Angkutan Umum', 'Public Transport Routes'], ['Rute dan jadwal bus serta angkutan kota.', 'Routes and timetables of buses and minibuses.'], ['angkot', 'bus', 'transport', 'rute', 'jadwal']),
  t('cctv', 'diskominfo', 'transportasi', 'link', ['CCTV Lalu Lintas', 'Traffic CCTV'], ['Pantau kondisi lalu lintas langsung dari kamera kota.', 'Watch live traffic from city cameras.'], ['cctv', 'lalu lintas', 'traffic', 'kamera']),
  t('penerangan-jalan', 'dishub', 'transportasi', 'form', ['Lapor Lampu Jalan Mati', 'Broken Street Light Report'], ['Laporkan lampu penerangan jalan umum yang mati.', 'Report a broken public street light.'], ['pju', 'lampu', 'jalan', 'street light']),
  t('jalan-rusak', 'dishub', 'transportasi', 'form', ['Lapor Jalan Rusak', 'Damaged Road Report'], ['Laporkan jalan berlubang dan rusak dengan foto dan lokasi.', 'Report potholes and damaged roads with a photo and location.'], ['jalan', 'rusak', 'lubang', 'road', 'pothole']),
  t('pengaduan', 'diskominfo', 'pengaduan', 'form', ['Pengaduan Masyarakat', 'Public Complaints'], ['Sampaikan pengaduan dan aspirasi kepada pemerintah daerah.', 'Send complaints and suggestions to the regional government.'], ['pengaduan', 'aduan', 'complaint', 'aspirasi', 'lapor']),
  t('lapor-pungli', 'satpolpp', 'pengaduan', 'form', ['Lapor Pungutan Liar', 'Report Illegal Levies'], ['Laporkan pungutan liar dalam pelayanan publik.', 'Report illegal charges in public services.'], ['pungli', 'korupsi', 'lapor', 'bribery']),
  t('ketertiban', 'satpolpp', 'pengaduan', 'form', ['Lapor Gangguan Ketertiban', 'Public Order Report'], ['Laporkan gangguan ketertiban umum kepada Satpol PP.', 'Report public order disturbances to the municipal police.'], ['satpol', 'ketertiban', 'trantib', 'public order', 'polisi']),
  t('ppid', 'diskominfo', 'informasi', 'form', ['Permohonan Informasi Publik', 'Public Information Request'], ['Ajukan permohonan informasi publik kepada PPID.', 'Request public information from the PPID.'], ['ppid', 'informasi publik', 'keterbukaan', 'foi']),
  t('data-terbuka', 'diskominfo', 'informasi', 'link', ['Portal Data Terbuka', 'Open Data Portal'], ['Unduh data statistik sektoral daerah.', 'Download regional sectoral statistics.'], ['data', 'open data', 'statistik', 'statistics']),
  t('wifi-publik', 'diskominfo', 'informasi', 'link', ['Titik Wifi Publik Gratis', 'Free Public Wifi'], ['Peta titik wifi gratis di ruang publik.', 'Map of free wifi spots in public spaces.'], ['wifi', 'internet', 'gratis', 'free', 'hotspot']),
  t('jdih', 'diskominfo', 'informasi', 'link', ['Jaringan Dokumentasi Hukum', 'Legal Documentation Network'], ['Cari peraturan daerah dan peraturan kepala daerah.', 'Search regional regulations and decrees.'], ['jdih', 'perda', 'hukum', 'regulation', 'law']),
  t('agenda', 'diskominfo', 'informasi', 'link', ['Agenda Pemerintah Daerah', 'Regional Government Agenda'], ['Jadwal kegiatan dan acara pemerintah daerah.', 'Schedule of regional government events.'], ['agenda', 'acara', 'event', 'kegiatan']),
  t('bank-sampah', 'dlh', 'lingkungan', 'link', ['Bank Sampah', 'Waste Bank'], ['Tabung sampah terpilah dan tukar dengan saldo.', 'Deposit sorted waste and earn credit.'], ['bank sampah', 'daur ulang', 'recycling', 'waste']),
  t('angkut-sampah', 'dlh', 'lingkungan', 'form', ['Permintaan Angkut Sampah', 'Waste Pickup Request'], ['Minta pengangkutan sampah besar dan sampah taman.', 'Request pickup of bulky and garden waste.'], ['sampah', 'angkut', 'waste', 'pickup']),
  t('izin-lingkungan', 'dlh', 'lingkungan', 'form', ['Persetujuan Lingkungan', 'Environmental Approval'], ['Ajukan UKL-UPL dan persetujuan lingkungan usaha.', 'Apply for UKL-UPL environmental approval for a business.'], ['amdal', 'ukl-upl', 'lingkungan', 'environment', 'izin']),
  t('kualitas-udara', 'dlh', 'lingkungan', 'link', ['Kualitas Udara', 'Air Quality'], ['Indeks kualitas udara dari stasiun pemantau daerah.', 'Air quality index from regional monitoring stations.'], ['udara', 'polusi', 'air quality', 'ispu']),
  t('pohon', 'dlh', 'lingkungan', 'form', ['Izin Tebang Pohon', 'Tree Felling Permit'], ['Ajukan izin penebangan pohon di ruang publik.', 'Apply to fell a tree in a public space.'], ['pohon', 'tebang', 'tree', 'izin']),
  t('kios-umkm', 'dpmptsp', 'kemasyarakatan', 'link', ['Pasar Daring UMKM', 'Small Business Online Market'], ['Belanja produk UMKM lokal secara daring.', 'Shop local small business products online.'], ['umkm', 'pasar', 'belanja', 'market', 'produk']),
  t('antrean-mpp', 'dpmptsp', 'kemasyarakatan', 'form', ['Antrean Mal Pelayanan Publik', 'Public Service Mall Queue'], ['Ambil nomor antrean mal pelayanan publik sebelum datang.', 'Take a public service mall queue number before you go.'], ['antrean', 'mpp', 'queue', 'mal pelayanan publik']),
];

/** Real regencies (kabupaten) and cities (kota), from every region of the archipelago. */
export const regions: string[] = [
  'Kabupaten Sleman', 'Kota Yogyakarta', 'Kabupaten Bantul', 'Kabupaten Gunungkidul', 'Kabupaten Kulon Progo',
  'Kota Surabaya', 'Kota Mojokerto', 'Kabupaten Mojokerto', 'Kabupaten Sidoarjo', 'Kabupaten Gresik',
  'Kota Malang', 'Kabupaten Malang', 'Kota Batu', 'Kabupaten Jember', 'Kabupaten Banyuwangi',
  'Kota Kediri', 'Kabupaten Kediri', 'Kota Madiun', 'Kabupaten Lamongan', 'Kabupaten Tuban',
  'Kota Semarang', 'Kota Surakarta', 'Kabupaten Kudus', 'Kabupaten Banyumas', 'Kabupaten Cilacap',
  'Kota Magelang', 'Kabupaten Magelang', 'Kota Pekalongan', 'Kota Tegal', 'Kabupaten Klaten',
  'Kota Bandung', 'Kabupaten Bandung', 'Kota Bogor', 'Kabupaten Bogor', 'Kota Bekasi',
  'Kabupaten Bekasi', 'Kota Depok', 'Kota Cimahi', 'Kota Cirebon', 'Kabupaten Garut',
  'Kabupaten Tasikmalaya', 'Kota Sukabumi', 'Kabupaten Karawang', 'Kabupaten Purwakarta', 'Kabupaten Subang',
  'Kota Tangerang', 'Kota Tangerang Selatan', 'Kabupaten Tangerang', 'Kota Serang', 'Kota Cilegon',
  'Kabupaten Pandeglang', 'Kabupaten Lebak', 'Kota Jakarta Pusat', 'Kota Jakarta Selatan', 'Kabupaten Kepulauan Seribu',
  'Kota Medan', 'Kabupaten Deli Serdang', 'Kota Binjai', 'Kota Pematangsiantar', 'Kabupaten Toba',
  'Kota Padang', 'Kota Bukittinggi', 'Kabupaten Agam', 'Kota Pekanbaru', 'Kabupaten Kampar',
  'Kota Batam', 'Kota Tanjungpinang', 'Kota Jambi', 'Kabupaten Muaro Jambi', 'Kota Palembang',
  'Kabupaten Ogan Ilir', 'Kota Bengkulu', 'Kota Bandar Lampung', 'Kabupaten Lampung Selatan', 'Kota Pangkalpinang',
  'Kota Banda Aceh', 'Kabupaten Aceh Besar', 'Kota Lhokseumawe', 'Kota Sabang', 'Kabupaten Simeulue',
  'Kota Denpasar', 'Kabupaten Badung', 'Kabupaten Gianyar', 'Kabupaten Buleleng', 'Kabupaten Tabanan',
  'Kota Mataram', 'Kabupaten Lombok Barat', 'Kabupaten Lombok Timur', 'Kota Bima', 'Kabupaten Sumbawa',
  'Kota Kupang', 'Kabupaten Manggarai Barat', 'Kabupaten Sikka', 'Kabupaten Ende', 'Kabupaten Sumba Timur',
  'Kota Pontianak', 'Kabupaten Kubu Raya', 'Kota Singkawang', 'Kota Palangka Raya', 'Kabupaten Kotawaringin Barat',
  'Kota Banjarmasin', 'Kota Banjarbaru', 'Kabupaten Banjar', 'Kota Samarinda', 'Kota Balikpapan',
  'Kota Bontang', 'Kabupaten Kutai Kartanegara', 'Kota Tarakan', 'Kabupaten Bulungan', 'Kabupaten Nunukan',
  'Kota Makassar', 'Kabupaten Gowa', 'Kabupaten Maros', 'Kota Parepare', 'Kota Palopo',
  'Kabupaten Bone', 'Kota Manado', 'Kota Bitung', 'Kota Tomohon', 'Kabupaten Minahasa',
  'Kota Gorontalo', 'Kabupaten Gorontalo', 'Kota Palu', 'Kabupaten Poso', 'Kabupaten Banggai',
  'Kota Kendari', 'Kota Baubau', 'Kabupaten Wakatobi', 'Kabupaten Mamuju', 'Kabupaten Polewali Mandar',
  'Kota Ambon', 'Kota Tual', 'Kabupaten Maluku Tengah', 'Kota Ternate', 'Kota Tidore Kepulauan',
  'Kabupaten Halmahera Utara', 'Kota Jayapura', 'Kabupaten Jayapura', 'Kabupaten Merauke', 'Kabupaten Mimika',
  'Kabupaten Biak Numfor', 'Kota Sorong', 'Kabupaten Manokwari', 'Kabupaten Raja Ampat', 'Kabupaten Fakfak',
  'Kota Sungai Penuh', 'Kabupaten Belitung', 'Kota Salatiga', 'Kota Probolinggo', 'Kota Blitar',
];

/** Ways a region offers one service: several apps of one kind coexist, which is why there are 27,000. */
export const channels: { slug: string; id: string; en: string }[] = [
  { slug: '', id: '', en: '' },
  { slug: 'daring', id: 'Layanan Daring', en: 'Online' },
  { slug: 'aplikasi', id: 'Aplikasi', en: 'App' },
  { slug: 'loket', id: 'Loket', en: 'Counter' },
  { slug: 'sistem', id: 'Sistem Informasi', en: 'Information System' },
  { slug: 'portal', id: 'Portal', en: 'Portal' },
];

// Demo seed data: OPDs, categories and services of Kota Mojokerto, modelled on the PALAPA MOJO portal.
import type { LocalizedText, ServiceKind, ServiceStandard } from '@palapa/sdk';

export interface SeedOpd {
  slug: string;
  /** Full official Indonesian name. */
  name: string;
  shortName: string;
}

export interface SeedCategory {
  slug: string;
  name: LocalizedText;
}

export interface SeedService {
  /** Lowercase, digits, single dashes, e.g. `cek-pbb`. */
  slug: string;
  kind: ServiceKind;
  /** A {@link SeedOpd} slug. */
  opd: string;
  /** A {@link SeedCategory} slug. */
  category: string;
  name: LocalizedText;
  /** One sentence in each language, at most 160 characters. */
  summary: LocalizedText;
  /** Two to four sentences in each language. */
  description: LocalizedText;
  /** Lowercase search words, Indonesian and English. */
  keywords: string[];
  /** For `link` services only: the existing OPD web app. */
  linkUrl: string | null;
  standard: ServiceStandard;
}

const FREE: LocalizedText = {
  id: 'Gratis (tidak dipungut biaya)',
  en: 'Free of charge',
};

const FREE_CALL: LocalizedText = {
  id: 'Gratis (tidak dipungut biaya, panggilan bebas pulsa)',
  en: 'Free of charge (toll-free call)',
};

const COMPLAINTS: LocalizedText = {
  id: 'Curhat Ning Ita di portal ini, Call Center 112, email pengaduan@mojokertokota.go.id, atau SP4N-LAPOR! (lapor.go.id)',
  en: 'Curhat Ning Ita on this portal, Call Center 112, email pengaduan@mojokertokota.go.id, or SP4N-LAPOR! (lapor.go.id)',
};

const UU_PELAYANAN_PUBLIK = {
  id: 'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik',
  en: 'Law No. 25 of 2009 on Public Services',
};

const PERMENPAN_STANDAR = {
  id: 'Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan',
  en: 'Regulation of the Minister of Administrative and Bureaucratic Reform No. 15 of 2014 on Service Standard Guidelines',
};

const PERPRES_SPBE = {
  id: 'Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik',
  en: 'Presidential Regulation No. 95 of 2018 on Electronic-Based Government Systems',
};

const UU_ADMINDUK = {
  id: 'Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan',
  en: 'Law No. 24 of 2013 amending Law No. 23 of 2006 on Population Administration',
};

const PERPRES_ADMINDUK = {
  id: 'Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil',
  en: 'Presidential Regulation No. 96 of 2018 on Requirements and Procedures for Population Registration and Civil Registration',
};

const PP_KECAMATAN = {
  id: 'Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan',
  en: 'Government Regulation No. 17 of 2018 on Districts (Kecamatan)',
};

const UU_HKPD = {
  id: 'Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah',
  en: 'Law No. 1 of 2022 on Financial Relations between the Central Government and Regional Governments',
};

const PERDA_PDRD = {
  id: 'Peraturan Daerah Kota Mojokerto tentang Pajak Daerah dan Retribusi Daerah',
  en: 'Kota Mojokerto Regional Regulation on Regional Taxes and Levies',
};

const UU_LLAJ = {
  id: 'Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan',
  en: 'Law No. 22 of 2009 on Road Traffic and Transport',
};

const UU_KESEHATAN = {
  id: 'Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan',
  en: 'Law No. 17 of 2023 on Health',
};

/** Builds a bilingual list from `[id, en]` pairs, so both languages always have the same length. */
function list(...items: { id: string; en: string }[]): { id: string[]; en: string[] } {
  return { id: items.map((item) => item.id), en: items.map((item) => item.en) };
}

export const demoOpds: SeedOpd[] = [
  {
    slug: 'diskominfo',
    name: 'Dinas Komunikasi dan Informatika Kota Mojokerto',
    shortName: 'Diskominfo',
  },
  {
    slug: 'bpkpd',
    name: 'Badan Pendapatan, Pengelolaan Keuangan dan Aset Daerah Kota Mojokerto',
    shortName: 'BPKPD',
  },
  {
    slug: 'dishub',
    name: 'Dinas Perhubungan Kota Mojokerto',
    shortName: 'Dishub',
  },
  {
    slug: 'dinkes-ppkb',
    name: 'Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana Kota Mojokerto',
    shortName: 'Dinkes PPKB',
  },
  {
    slug: 'pemerintahan-setda',
    name: 'Bagian Pemerintahan Sekretariat Daerah Kota Mojokerto',
    shortName: 'Bagian Pemerintahan Setda',
  },
  {
    slug: 'dpmptsp',
    name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Mojokerto',
    shortName: 'DPMPTSP',
  },
  {
    slug: 'dispendukcapil',
    name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Mojokerto',
    shortName: 'Dispendukcapil',
  },
  {
    slug: 'kec-magersari',
    name: 'Kecamatan Magersari Kota Mojokerto',
    shortName: 'Kec. Magersari',
  },
  {
    slug: 'kec-prajurit-kulon',
    name: 'Kecamatan Prajurit Kulon Kota Mojokerto',
    shortName: 'Kec. Prajurit Kulon',
  },
  {
    slug: 'kec-kranggan',
    name: 'Kecamatan Kranggan Kota Mojokerto',
    shortName: 'Kec. Kranggan',
  },
];

/** In the order the home page shows them. */
export const demoCategories: SeedCategory[] = [
  { slug: 'darurat', name: { id: 'Darurat', en: 'Emergency' } },
  { slug: 'pajak', name: { id: 'Pajak & Retribusi', en: 'Taxes & Levies' } },
  { slug: 'kesehatan', name: { id: 'Kesehatan', en: 'Health' } },
  { slug: 'pengaduan', name: { id: 'Pengaduan & Aspirasi', en: 'Complaints & Feedback' } },
  { slug: 'informasi', name: { id: 'Informasi Publik', en: 'Public Information' } },
  { slug: 'kependudukan', name: { id: 'Kependudukan', en: 'Civil Registration' } },
  { slug: 'perizinan', name: { id: 'Perizinan', en: 'Permits & Licences' } },
  { slug: 'transportasi', name: { id: 'Transportasi & Kota', en: 'Transport & City' } },
  { slug: 'kemasyarakatan', name: { id: 'Kemasyarakatan', en: 'Community' } },
];

export const demoServices: SeedService[] = [
  // ---------------------------------------------------------------- Darurat
  {
    slug: 'darurat',
    kind: 'module',
    opd: 'diskominfo',
    category: 'darurat',
    name: { id: 'Layanan Darurat', en: 'Emergency Services' },
    summary: {
      id: 'Satu tombol untuk menghubungi Call Center 112, ambulans PSC 119, polisi 110, dan pemadam kebakaran 113.',
      en: 'One tap to reach Call Center 112, the PSC 119 ambulance, the police on 110 and the fire brigade on 113.',
    },
    description: {
      id: 'Layanan Darurat mengumpulkan semua nomor panggilan darurat Kota Mojokerto dalam satu halaman. Warga cukup memilih jenis kejadian, lalu langsung tersambung ke petugas yang siaga 24 jam. Halaman ini juga menampilkan panduan singkat tentang informasi yang perlu disampaikan saat menelepon.',
      en: 'Emergency Services brings every emergency number of Kota Mojokerto together on one page. Residents pick the type of incident and are connected straight to operators on duty around the clock. The page also shows a short guide to what to tell the operator when calling.',
    },
    keywords: ['darurat', 'emergency', '112', '119', 'ambulans', 'ambulance', 'polisi', 'police', 'kebakaran', 'fire'],
    linkUrl: null,
    standard: {
      requirements: list(
        { id: 'Perangkat dengan sambungan telepon', en: 'A device that can make phone calls' },
        { id: 'Lokasi kejadian dan jenis keadaan darurat', en: 'The location and the type of emergency' },
      ),
      procedure: list(
        { id: 'Buka menu Layanan Darurat di portal', en: 'Open Emergency Services on the portal' },
        {
          id: 'Pilih jenis kejadian: umum (112), ambulans (119), polisi (110), atau kebakaran (113)',
          en: 'Choose the type of incident: general (112), ambulance (119), police (110) or fire (113)',
        },
        { id: 'Tekan tombol panggil untuk tersambung ke petugas', en: 'Tap the call button to reach an operator' },
        {
          id: 'Sampaikan lokasi, kondisi, dan jumlah korban dengan jelas',
          en: 'Give the location, the situation and the number of people hurt clearly',
        },
        { id: 'Ikuti arahan petugas sampai bantuan tiba', en: 'Follow the operator instructions until help arrives' },
      ),
      processingTime: { id: 'Segera, 24 jam', en: 'Immediate, 24 hours a day' },
      fee: FREE_CALL,
      product: {
        id: 'Penanganan keadaan darurat oleh instansi yang berwenang',
        en: 'Emergency response by the competent services',
      },
      complaintChannel: COMPLAINTS,
      legalBasis: list(
        UU_PELAYANAN_PUBLIK,
        {
          id: 'Peraturan Menteri Komunikasi dan Informatika Nomor 10 Tahun 2016 tentang Layanan Nomor Panggilan Darurat',
          en: 'Regulation of the Minister of Communication and Informatics No. 10 of 2016 on Emergency Call Number Services',
        },
        {
          id: 'Peraturan Menteri Kesehatan Nomor 19 Tahun 2016 tentang Sistem Penanggulangan Gawat Darurat Terpadu',
          en: 'Regulation of the Minister of Health No. 19 of 2016 on the Integrated Emergency Management System',
        },
      ),
    },
  },
  {
    slug: 'psc-119',
    kind: 'link',
    opd: 'dinkes-ppkb',
    category: 'darurat',
    name: { id: 'Public Safety Center 119', en: 'Public Safety Center 119' },
    summary: {
      id: 'Ambulans gawat darurat dan pertolongan pertama pra-rumah sakit dari PSC 119 Kota Mojokerto, siaga 24 jam.',
      en: 'Emergency ambulance and pre-hospital first aid from PSC 119 Kota Mojokerto, on call 24 hours a day.',
    },
    description: {
      id: 'PSC 119 adalah layanan gawat darurat medis terpadu milik Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana. Tim medis dan ambulans bergerak ke lokasi untuk memberikan pertolongan pertama lalu merujuk pasien ke fasilitas kesehatan terdekat. Layanan ini melayani kecelakaan, serangan jantung, persalinan darurat, dan kondisi gawat lainnya.',
      en: 'PSC 119 is the integrated medical emergency service of the Health, Population Control and Family Planning Office. A medical team and ambulance go to the scene, give first aid and take the patient to the nearest health facility. It covers road accidents, heart attacks, emergency childbirth and other critical conditions.',
    },
    keywords: ['psc', '119', 'ambulans', 'ambulance', 'gawat darurat', 'emergency', 'medis', 'medical'],
    linkUrl: 'https://psc119.mojokertokota.go.id',
    standard: {
      requirements: list(
        { id: 'Nama pelapor dan nomor yang dapat dihubungi', en: 'Your name and a number to call you back on' },
        { id: 'Alamat atau titik lokasi pasien', en: 'The address or location of the patient' },
        { id: 'Keterangan singkat kondisi pasien', en: 'A short description of the condition of the patient' },
      ),
      procedure: list(
        { id: 'Hubungi 119 atau tekan tombol panggil di aplikasi PSC 119', en: 'Call 119 or press the call button in the PSC 119 app' },
        { id: 'Operator mencatat lokasi dan kondisi pasien', en: 'The operator records the location and the condition of the patient' },
        { id: 'Tim medis dan ambulans diberangkatkan ke lokasi', en: 'A medical team and ambulance are dispatched' },
        { id: 'Pasien distabilkan dan diberi pertolongan pertama', en: 'The patient is stabilised and given first aid' },
        { id: 'Pasien dirujuk ke rumah sakit atau puskesmas terdekat', en: 'The patient is taken to the nearest hospital or community health centre' },
      ),
      processingTime: { id: 'Segera, 24 jam', en: 'Immediate, 24 hours a day' },
      fee: {
        id: 'Gratis (tidak dipungut biaya) untuk layanan ambulans dan pertolongan pra-rumah sakit',
        en: 'Free of charge for the ambulance and pre-hospital care',
      },
      product: {
        id: 'Pertolongan pertama gawat darurat dan transportasi pasien ke fasilitas kesehatan',
        en: 'Emergency first aid and patient transport to a health facility',
      },
      complaintChannel: COMPLAINTS,
      legalBasis: list(
        UU_KESEHATAN,
        {
          id: 'Peraturan Menteri Kesehatan Nomor 19 Tahun 2016 tentang Sistem Penanggulangan Gawat Darurat Terpadu',
          en: 'Regulation of the Minister of Health No. 19 of 2016 on the Integrated Emergency Management System',
        },
        UU_PELAYANAN_PUBLIK,
      ),
    },
  },
  {
    slug: 'call-center-112',
    kind: 'link',
    opd: 'diskominfo',
    category: 'darurat',
    name: { id: 'Call Center 112', en: 'Call Center 112' },
    summary: {
      id: 'Nomor tunggal bebas pulsa untuk melaporkan keadaan darurat di Kota Mojokerto, diteruskan ke instansi terkait.',
      en: 'A single toll-free number to report any emergency in Kota Mojokerto, passed on to the right agency.',
    },
    description: {
      id: 'Call Center 112 menerima laporan kebakaran, kecelakaan, bencana, gangguan keamanan, hingga pohon tumbang selama 24 jam. Operator Diskominfo meneruskan laporan kepada pemadam kebakaran, PSC 119, kepolisian, BPBD, atau OPD terkait dan memantau penanganannya sampai selesai. Panggilan ke 112 gratis dan dapat dilakukan dari telepon seluler tanpa pulsa.',
      en: 'Call Center 112 takes reports of fires, accidents, disasters, security incidents and even fallen trees, 24 hours a day. Diskominfo operators pass each report to the fire brigade, PSC 119, the police, the disaster management agency or the relevant office and follow it up until it is resolved. Calls to 112 are free and can be made from a mobile phone without credit.',
    },
    keywords: ['112', 'call center', 'darurat', 'emergency', 'lapor', 'report', 'bencana', 'disaster'],
    linkUrl: 'https://112.mojokertokota.go.id',
    standard: {
      requirements: list(
        { id: 'Identitas pelapor (nama)', en: 'The caller identity (name)' },
        { id: 'Lokasi dan jenis kejadian', en: 'The location and the type of incident' },
      ),
      procedure: list(
        { id: 'Hubungi 112 dari telepon seluler atau telepon rumah', en: 'Call 112 from a mobile phone or landline' },
        { id: 'Sampaikan identitas, lokasi, dan jenis kejadian kepada operator', en: 'Tell the operator who you are, where you are and what happened' },
        { id: 'Operator meneruskan laporan ke instansi terkait', en: 'The operator passes the report to the relevant agency' },
        { id: 'Petugas lapangan menangani kejadian', en: 'Field officers respond to the incident' },
        { id: 'Operator mencatat penyelesaian laporan', en: 'The operator records how the report was resolved' },
      ),
      processingTime: { id: 'Segera, 24 jam', en: 'Immediate, 24 hours a day' },
      fee: FREE_CALL,
      product: {
        id: 'Penanganan laporan darurat oleh instansi terkait',
        en: 'Handling of the emergency report by the relevant agency',
      },
      complaintChannel: {
        id: 'Curhat Ning Ita di portal ini, email pengaduan@mojokertokota.go.id, atau SP4N-LAPOR! (lapor.go.id)',
        en: 'Curhat Ning Ita on this portal, email pengaduan@mojokertokota.go.id, or SP4N-LAPOR! (lapor.go.id)',
      },
      legalBasis: list(
        UU_PELAYANAN_PUBLIK,
        {
          id: 'Peraturan Menteri Komunikasi dan Informatika Nomor 10 Tahun 2016 tentang Layanan Nomor Panggilan Darurat',
          en: 'Regulation of the Minister of Communication and Informatics No. 10 of 2016 on Emergency Call Number Services',
        },
        PERPRES_SPBE,
      ),
    },
  },

  // ---------------------------------------------------------------- Pajak & Retribusi
  {
    slug: 'cek-pbb',
    kind: 'module',
    opd: 'bpkpd',
    category: 'pajak',
    name: { id: 'Cek PBB', en: 'Check Property Tax (PBB)' },
    summary: {
      id: 'Cek tagihan, tunggakan, dan status pembayaran Pajak Bumi dan Bangunan dengan Nomor Objek Pajak (NOP).',
      en: 'Check the amount due, arrears and payment status of your Land and Building Tax using the Tax Object Number (NOP).',
    },
    description: {
      id: 'Layanan Cek PBB dari BPKPD menampilkan ketetapan PBB-P2 lima tahun terakhir, tunggakan, dan denda untuk setiap Nomor Objek Pajak di Kota Mojokerto, langsung dari sistem BPKPD melalui gateway portal. Wajib pajak dapat memastikan pembayaran sudah tercatat sebelum jatuh tempo. Pembayaran dapat dilakukan melalui bank persepsi, kantor pos, atau kanal pembayaran digital yang ditunjuk.',
      en: 'The BPKPD property tax check shows the PBB-P2 assessments of the last five years, arrears and penalties for any Tax Object Number in Kota Mojokerto, straight from the BPKPD system through the portal gateway. Taxpayers can confirm that a payment has been recorded before the due date. Payment can be made at the appointed banks, post offices or digital payment channels.',
    },
    keywords: ['pbb', 'pajak', 'tax', 'property', 'bumi bangunan', 'nop', 'tagihan', 'bill'],
    linkUrl: null,
    standard: {
      requirements: list(
        { id: 'Nomor Objek Pajak (NOP) yang tercantum di SPPT PBB', en: 'The Tax Object Number (NOP) printed on the PBB tax notice (SPPT)' },
      ),
      procedure: list(
        { id: 'Buka layanan Cek PBB', en: 'Open the property tax check' },
        { id: 'Masukkan 18 digit NOP', en: 'Enter the 18-digit NOP' },
        { id: 'Sistem menampilkan ketetapan lima tahun terakhir, denda, dan status pembayaran', en: 'The system shows the assessments of the last five years, penalties and payment status' },
        { id: 'Bayar tagihan melalui kanal pembayaran yang tersedia bila belum lunas', en: 'Pay any outstanding amount through one of the payment channels' },
      ),
      processingTime: { id: 'Seketika (daring)', en: 'Instant (online)' },
      fee: FREE,
      product: { id: 'Informasi tagihan dan status pembayaran PBB', en: 'Property tax bill and payment status' },
      complaintChannel: {
        id: 'Loket BPKPD Kota Mojokerto, Curhat Ning Ita di portal ini, atau email pengaduan@mojokertokota.go.id',
        en: 'The BPKPD Kota Mojokerto counter, Curhat Ning Ita on this portal, or email pengaduan@mojokertokota.go.id',
      },
      legalBasis: list(
        UU_HKPD,
        {
          id: 'Peraturan Pemerintah Nomor 35 Tahun 2023 tentang Ketentuan Umum Pajak Daerah dan Retribusi Daerah',
          en: 'Government Regulation No. 35 of 2023 on General Provisions for Regional Taxes and Levies',
        },
        PERDA_PDRD,
      ),
    },
  },
  {
    slug: 'retribusi-parkir',
    kind: 'link',
    opd: 'dishub',
    category: 'pajak',
    name: { id: 'Retribusi Parkir', en: 'Parking Levy' },
    summary: {
      id: 'Informasi titik parkir tepi jalan umum, tarif retribusi, dan pembayaran parkir nontunai di Kota Mojokerto.',
      en: 'On-street parking locations, parking levy rates and cashless parking payment in Kota Mojokerto.',
    },
    description: {
      id: 'Dinas Perhubungan mengelola parkir tepi jalan umum di ruas-ruas utama Kota Mojokerto. Melalui layanan ini warga dapat melihat titik parkir resmi, tarif retribusi menurut jenis kendaraan, dan membayar secara nontunai dengan QRIS. Warga juga dapat melaporkan juru parkir yang menarik tarif di luar ketentuan.',
      en: 'The Transport Office manages on-street parking along the main roads of Kota Mojokerto. Here residents can see the official parking spots, the levy rates per vehicle type and pay cashless with QRIS. Residents can also report attendants who charge more than the official rate.',
    },
    keywords: ['parkir', 'parking', 'retribusi', 'levy', 'qris', 'tarif', 'rate', 'jukir'],
    linkUrl: 'https://parkir.mojokertokota.go.id',
    standard: {
      requirements: list(
        { id: 'Nomor polisi kendaraan', en: 'The vehicle registration number' },
        { id: 'Aplikasi pembayaran yang mendukung QRIS untuk pembayaran nontunai', en: 'A QRIS-enabled payment app for cashless payment' },
      ),
      procedure: list(
        { id: 'Parkir di titik parkir resmi yang ditandai rambu', en: 'Park at an official spot marked by a sign' },
        { id: 'Pindai kode QRIS pada juru parkir atau papan titik parkir', en: 'Scan the QRIS code held by the attendant or shown on the parking sign' },
        { id: 'Bayar sesuai tarif yang tertera', en: 'Pay the rate shown' },
        { id: 'Simpan bukti pembayaran elektronik', en: 'Keep the electronic receipt' },
      ),
      processingTime: { id: 'Seketika', en: 'Instant' },
      fee: {
        id: 'Sesuai tarif retribusi parkir tepi jalan umum dalam Peraturan Daerah Kota Mojokerto',
        en: 'According to the on-street parking levy rates set by Kota Mojokerto Regional Regulation',
      },
      product: { id: 'Bukti pembayaran retribusi parkir', en: 'Parking levy receipt' },
      complaintChannel: COMPLAINTS,
      legalBasis: list(UU_HKPD, UU_LLAJ, PERDA_PDRD),
    },
  },

  // ---------------------------------------------------------------- Kesehatan
  {
    slug: 'gayatri',
    kind: 'link',
    opd: 'dinkes-ppkb',
    category: 'kesehatan',
    name: { id: 'Gayatri', en: 'Gayatri' },
    summary: {
      id: 'Pemantauan kesehatan ibu hamil, bayi, dan balita serta pencegahan stunting di Kota Mojokerto.',
      en: 'Health monitoring for pregnant women, babies and toddlers, and stunting prevention in Kota Mojokerto.',
    },
    description: {
      id: 'Gayatri mencatat pemeriksaan kehamilan, hasil penimbangan dan pengukuran balita di posyandu, serta status gizi anak. Kader posyandu, bidan, dan puskesmas memakai data ini untuk menemukan anak berisiko stunting lebih awal dan memberi pendampingan. Orang tua dapat melihat grafik pertumbuhan anak dan jadwal imunisasi.',
      en: 'Gayatri records antenatal check-ups, the weight and height of toddlers measured at posyandu, and the nutritional status of children. Posyandu volunteers, midwives and community health centres use this data to spot children at risk of stunting early and support their families. Parents can see the growth chart and immunisation schedule of their child.',
    },
    keywords: ['gayatri', 'stunting', 'ibu hamil', 'pregnancy', 'balita', 'toddler', 'gizi', 'nutrition', 'posyandu'],
    linkUrl: 'https://gayatri.mojokertokota.go.id',
    standard: {
      requirements: list(
        { id: 'NIK ibu atau anak sesuai Kartu Keluarga', en: 'The NIK of the mother or child as listed on the Family Card' },
        { id: 'Buku Kesehatan Ibu dan Anak (KIA)', en: 'The Maternal and Child Health (KIA) book' },
      ),
      procedure: list(
        { id: 'Buka aplikasi Gayatri dan masuk dengan NIK', en: 'Open Gayatri and sign in with your NIK' },
        { id: 'Pilih data ibu atau anak yang ingin dilihat', en: 'Choose the mother or child record to view' },
        { id: 'Lihat riwayat pemeriksaan, grafik pertumbuhan, dan jadwal imunisasi', en: 'View check-up history, growth chart and immunisation schedule' },
        { id: 'Ikuti rujukan atau pendampingan dari kader dan bidan bila ada', en: 'Follow any referral or support offered by the volunteers and midwife' },
      ),
      processingTime: { id: 'Seketika (daring)', en: 'Instant (online)' },
      fee: FREE,
      product: {
        id: 'Informasi status kesehatan ibu dan tumbuh kembang anak',
        en: 'Maternal health status and child growth information',
      },
      complaintChannel: COMPLAINTS,
      legalBasis: list(
        UU_KESEHATAN,
        {
          id: 'Peraturan Presiden Nomor 72 Tahun 2021 tentang Percepatan Penurunan Stunting',
          en: 'Presidential Regulation No. 72 of 2021 on Accelerating Stunting Reduction',
        },
        {
          id: 'Peraturan Menteri Kesehatan Nomor 2 Tahun 2020 tentang Standar Antropometri Anak',
          en: 'Regulation of the Minister of Health No. 2 of 2020 on Child Anthropometry Standards',
        },
      ),
    },
  },
  {
    slug: 'jadwal-posyandu',
    kind: 'link',
    opd: 'dinkes-ppkb',
    category: 'kesehatan',
    name: { id: 'Jadwal Posyandu', en: 'Posyandu Schedule' },
    summary: {
      id: 'Jadwal dan lokasi posyandu balita dan posyandu lansia di setiap kelurahan Kota Mojokerto.',
      en: 'Dates and locations of the toddler and elderly posyandu (community health posts) in every kelurahan of Kota Mojokerto.',
    },
    description: {
      id: 'Posyandu memberikan penimbangan, imunisasi, pemberian makanan tambahan, dan penyuluhan kesehatan setiap bulan. Layanan ini menampilkan jadwal posyandu per kelurahan beserta alamat dan puskesmas pembinanya. Warga dapat mencari posyandu terdekat dari tempat tinggalnya.',
      en: 'Posyandu offer monthly weighing, immunisation, supplementary feeding and health advice. This service lists the posyandu schedule for each kelurahan with the address and the supervising community health centre. Residents can find the posyandu nearest to their home.',
    },
    keywords: ['posyandu', 'jadwal', 'schedule', 'imunisasi', 'immunisation', 'balita', 'toddler', 'lansia', 'elderly'],
    linkUrl: 'https://posyandu.mojokertokota.go.id',
    standard: {
      requirements: list(
        { id: 'Nama kelurahan tempat tinggal', en: 'The kelurahan you live in' },
        { id: 'Buku KIA saat datang ke posyandu balita', en: 'The KIA book when attending a toddler posyandu' },
      ),
      procedure: list(
        { id: 'Buka layanan Jadwal Posyandu', en: 'Open the posyandu schedule' },
        { id: 'Pilih kecamatan dan kelurahan', en: 'Choose your kecamatan and kelurahan' },
        { id: 'Lihat tanggal, jam, dan lokasi posyandu', en: 'See the date, time and location of the posyandu' },
        { id: 'Datang ke posyandu sesuai jadwal', en: 'Attend the posyandu on the scheduled day' },
      ),
      processingTime: { id: 'Seketika (daring)', en: 'Instant (online)' },
      fee: FREE,
      product: { id: 'Informasi jadwal dan lokasi posyandu', en: 'Posyandu schedule and location information' },
      complaintChannel: COMPLAINTS,
      legalBasis: list(
        UU_KESEHATAN,
        {
          id: 'Peraturan Menteri Kesehatan Nomor 8 Tahun 2019 tentang Pemberdayaan Masyarakat Bidang Kesehatan',
          en: 'Regulation of the Minister of Health No. 8 of 2019 on Community Empowerment in Health',
        },
      ),
    },
  },

  // ---------------------------------------------------------------- Pengaduan & Aspirasi
  {
    slug: 'curhat-ning-ita',
    kind: 'module',
    opd: 'diskominfo',
    category: 'pengaduan',
    name: { id: 'Curhat Ning Ita', en: 'Curhat Ning Ita (Tell the Mayor)' },
    summary: {
      id: 'Sampaikan pengaduan, keluhan, dan aspirasi langsung kepada Wali Kota Mojokerto, Ning Ita.',
      en: 'Send complaints, concerns and suggestions straight to the Mayor of Mojokerto, Ning Ita.',
    },
    description: {
      id: 'Curhat Ning Ita adalah kanal pengaduan dan aspirasi warga yang dinamai dari sapaan Wali Kota Ika Puspitasari. Setiap laporan diverifikasi oleh admin Diskominfo, diteruskan ke OPD yang berwenang, dan ditindaklanjuti sampai tuntas. Pelapor dapat memantau status laporannya dan identitas pelapor dijaga kerahasiaannya.',
      en: 'Curhat Ning Ita is the channel for complaints and suggestions from residents, named after the nickname of Mayor Ika Puspitasari. Every report is checked by Diskominfo staff, forwarded to the responsible office and followed up until it is resolved. Reporters can track the status of their report and their identity is kept confidential.',
    },
    keywords: ['pengaduan', 'complaint', 'aspirasi', 'feedback', 'curhat', 'lapor', 'report', 'wali kota', 'mayor'],
    linkUrl: null,
    standard: {
      requirements: list(
        { id: 'Uraian laporan: apa, di mana, dan sejak kapan (20–2.000 karakter)', en: 'A description of the report: what, where and since when (20–2,000 characters)' },
        { id: 'Kelurahan tempat kejadian di Kota Mojokerto, dan alamat atau patokan bila ada', en: 'The Kota Mojokerto kelurahan where it happened, and an address or landmark if any' },
        { id: 'Foto pendukung JPEG atau PNG paling besar 2 MB (bila ada)', en: 'A supporting JPEG or PNG photo of at most 2 MB (if any)' },
        { id: 'Tanpa identitas pun bisa; masuk ke portal agar laporan tercatat di “Laporan saya”', en: 'No identity needed; sign in to the portal to have the report listed under “My reports”' },
      ),
      procedure: list(
        { id: 'Isi formulir Curhat Ning Ita dan kirim; simpan kode laporan dan kode verifikasinya', en: 'Fill in the Curhat Ning Ita form and send it; keep the report code and its verifier' },
        { id: 'Admin Diskominfo memverifikasi laporan', en: 'Diskominfo staff verify the report' },
        { id: 'Laporan diteruskan kepada OPD yang berwenang', en: 'The report is forwarded to the responsible office' },
        { id: 'OPD menindaklanjuti dan memberi jawaban', en: 'The office acts on the report and replies' },
        { id: 'Pelapor memantau status dan catatan tindak lanjut dengan kode laporan dan kode verifikasi', en: 'The reporter follows the status and the follow-up notes with the report code and verifier' },
      ),
      processingTime: {
        id: 'Verifikasi paling lama 3 hari kerja; tindak lanjut paling lama 14 hari kerja',
        en: 'Verified within 3 working days; followed up within 14 working days',
      },
      fee: FREE,
      product: { id: 'Tanggapan dan tindak lanjut atas pengaduan', en: 'A response to and follow-up of the complaint' },
      complaintChannel: {
        id: 'SP4N-LAPOR! (lapor.go.id) atau Ombudsman Republik Indonesia Perwakilan Jawa Timur',
        en: 'SP4N-LAPOR! (lapor.go.id) or the East Java office of the Ombudsman of the Republic of Indonesia',
      },
      legalBasis: list(
        UU_PELAYANAN_PUBLIK,
        {
          id: 'Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik',
          en: 'Presidential Regulation No. 76 of 2013 on Public Service Complaint Management',
        },
        {
          id: 'Peraturan Menteri PANRB Nomor 62 Tahun 2018 tentang Pedoman Teknis Pengelolaan Pengaduan Pelayanan Publik Nasional',
          en: 'Regulation of the Minister of Administrative and Bureaucratic Reform No. 62 of 2018 on Technical Guidelines for National Public Service Complaint Management',
        },
      ),
    },
  },
  {
    slug: 'sapa-mas-pj',
    kind: 'link',
    opd: 'pemerintahan-setda',
    category: 'pengaduan',
    name: { id: 'Sapa Mas PJ', en: 'Sapa Mas PJ (Talk to the Acting Mayor)' },
    summary: {
      id: 'Kanal langsung warga untuk menyampaikan masukan dan aduan kepada Penjabat (Pj) Wali Kota Mojokerto.',
      en: 'A direct channel for residents to send suggestions and complaints to the Acting Mayor (Pj Wali Kota) of Mojokerto.',
    },
    description: {
      id: 'Sapa Mas PJ dibuka selama masa jabatan Penjabat Wali Kota agar warga tetap memiliki jalur komunikasi langsung dengan pimpinan daerah. Pesan warga dihimpun oleh Bagian Pemerintahan Sekretariat Daerah, lalu disampaikan kepada Pj Wali Kota dan OPD terkait. Tanggapan diberikan melalui aplikasi dan dapat dipantau oleh pengirim.',
      en: 'Sapa Mas PJ was opened for the term of the Acting Mayor so that residents keep a direct line to the head of the city. Messages are collected by the Government Affairs Section of the Regional Secretariat and passed on to the Acting Mayor and the relevant offices. Replies are given in the app and the sender can follow them.',
    },
    keywords: ['sapa', 'pj wali kota', 'acting mayor', 'aspirasi', 'feedback', 'pengaduan', 'complaint', 'dialog'],
    linkUrl: 'https://sapamaspj.mojokertokota.go.id',
    standard: {
      requirements: list(
        { id: 'Nama dan NIK pengirim', en: 'Sender name and NIK' },
        { id: 'Nomor ponsel atau email yang aktif', en: 'An active mobile number or email address' },
        { id: 'Isi pesan, masukan, atau aduan', en: 'The message, suggestion or complaint' },
      ),
      procedure: list(
        { id: 'Buka aplikasi Sapa Mas PJ', en: 'Open the Sapa Mas PJ app' },
        { id: 'Tulis pesan dan lampirkan foto bila perlu', en: 'Write your message and attach photos if needed' },
        { id: 'Bagian Pemerintahan menelaah dan meneruskan pesan', en: 'The Government Affairs Section reviews and forwards the message' },
        { id: 'Pj Wali Kota atau OPD terkait memberi tanggapan', en: 'The Acting Mayor or the relevant office replies' },
      ),
      processingTime: { id: 'Paling lama 5 hari kerja', en: 'Within 5 working days' },
      fee: FREE,
      product: { id: 'Tanggapan atas pesan atau aduan warga', en: 'A reply to the message or complaint' },
      complaintChannel: COMPLAINTS,
      legalBasis: list(
        UU_PELAYANAN_PUBLIK,
        {
          id: 'Peraturan Presiden Nomor 76 Tahun 2013 tentang Pengelolaan Pengaduan Pelayanan Publik',
          en: 'Presidential Regulation No. 76 of 2013 on Public Service Complaint Management',
        },
      ),
    },
  },

  // ---------------------------------------------------------------- Informasi Publik
  {
    slug: 'ppid',
    kind: 'form',
    opd: 'diskominfo',
    category: 'informasi',
    name: { id: 'Permohonan Informasi Publik (PPID)', en: 'Public Information Request (PPID)' },
    summary: {
      id: 'Ajukan permohonan informasi publik kepada PPID Kota Mojokerto sesuai Undang-Undang Keterbukaan Informasi Publik.',
      en: 'Request public information from the Kota Mojokerto information officer (PPID) under the Freedom of Information Law.',
    },
    description: {
      id: 'Pejabat Pengelola Informasi dan Dokumentasi (PPID) Kota Mojokerto melayani permohonan informasi publik dari setiap warga negara dan badan hukum. Permohonan diproses oleh PPID Utama di Diskominfo bersama PPID Pelaksana di setiap OPD. Bila permohonan ditolak atau tidak ditanggapi, pemohon dapat mengajukan keberatan.',
      en: 'The Information and Documentation Management Officer (PPID) of Kota Mojokerto handles public information requests from any citizen or legal entity. Requests are processed by the main PPID at Diskominfo together with the assisting PPID in each office. If a request is refused or not answered, the applicant can file an objection.',
    },
    keywords: ['ppid', 'informasi publik', 'public information', 'keterbukaan', 'transparency', 'dokumen', 'document', 'kip'],
    linkUrl: null,
    standard: {
      requirements: list(
        { id: 'Fotokopi atau unggahan KTP-el (perorangan) atau akta pendirian (badan hukum)', en: 'A copy or scan of the KTP-el (individuals) or deed of establishment (legal entities)' },
        { id: 'Rincian informasi yang diminta', en: 'Details of the information requested' },
        { id: 'Tujuan penggunaan informasi', en: 'The purpose for which the information will be used' },
      ),
      procedure: list(
        { id: 'Isi formulir permohonan informasi dan unggah identitas', en: 'Fill in the request form and upload your identity document' },
        { id: 'PPID mencatat permohonan dan memberikan nomor registrasi', en: 'The PPID registers the request and issues a registration number' },
        { id: 'PPID berkoordinasi dengan OPD pemilik informasi', en: 'The PPID coordinates with the office holding the information' },
        { id: 'Pemohon menerima informasi atau pemberitahuan tertulis', en: 'The applicant receives the information or a written notice' },
      ),
      processingTime: {
        id: 'Paling lama 10 hari kerja, dapat diperpanjang paling lama 7 hari kerja',
        en: 'Within 10 working days, extendable by up to 7 working days',
      },
      fee: {
        id: 'Gratis (tidak dipungut biaya); biaya penggandaan dokumen cetak ditanggung pemohon',
        en: 'Free of charge; the applicant pays for printed copies',
      },
      product: {
        id: 'Informasi publik yang diminta atau surat pemberitahuan tertulis beserta alasannya',
        en: 'The requested public information or a written notice with reasons',
      },
      complaintChannel: {
        id: 'Keberatan kepada atasan PPID paling lama 30 hari kerja, lalu sengketa informasi ke Komisi Informasi Provinsi Jawa Timur',
        en: 'An objection to the PPID superior within 30 working days, then an information dispute at the East Java Provincial Information Commission',
      },
      legalBasis: list(
        {
          id: 'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
          en: 'Law No. 14 of 2008 on Public Information Disclosure',
        },
        {
          id: 'Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008',
          en: 'Government Regulation No. 61 of 2010 implementing Law No. 14 of 2008',
        },
        {
          id: 'Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik',
          en: 'Information Commission Regulation No. 1 of 2021 on Public Information Service Standards',
        },
      ),
    },
  },
  {
    slug: 'simojo',
    kind: 'link',
    opd: 'diskominfo',
    category: 'informasi',
    name: { id: 'SiMojo', en: 'SiMojo (City Information System)' },
    summary: {
      id: 'Sistem informasi Kota Mojokerto: data statistik sektoral, profil kota, dan data terbuka yang dapat diunduh.',
      en: 'The Kota Mojokerto information system: sectoral statistics, the city profile and downloadable open data.',
    },
    description: {
      id: 'SiMojo menghimpun data sektoral dari seluruh OPD Kota Mojokerto dalam satu portal sesuai prinsip Satu Data Indonesia. Warga, peneliti, dan pelaku usaha dapat menelusuri data kependudukan, kesehatan, pendidikan, ekonomi, dan infrastruktur. Sebagian besar dataset tersedia dalam format terbuka seperti CSV dan dapat diunduh bebas.',
      en: 'SiMojo brings the sectoral data of every Kota Mojokerto office together in one portal, following the One Data Indonesia principles. Residents, researchers and businesses can browse data on population, health, education, the economy and infrastructure. Most datasets are published in open formats such as CSV and can be downloaded freely.',
    },
    keywords: ['simojo', 'data', 'open data', 'data terbuka', 'statistik', 'statistics', 'informasi', 'information'],
    linkUrl: 'https://simojo.mojokertokota.go.id',
    standard: {
      requirements: list(
        { id: 'Perangkat dengan koneksi internet', en: 'A device with an internet connection' },
        { id: 'Tidak perlu mendaftar untuk melihat dan mengunduh data', en: 'No registration needed to view and download data' },
      ),
      procedure: list(
        { id: 'Buka portal SiMojo', en: 'Open the SiMojo portal' },
        { id: 'Cari dataset berdasarkan topik atau OPD', en: 'Search datasets by topic or office' },
        { id: 'Lihat tabel, grafik, atau metadata', en: 'View the table, chart or metadata' },
        { id: 'Unduh dataset dalam format yang tersedia', en: 'Download the dataset in one of the available formats' },
      ),
      processingTime: { id: 'Seketika (daring)', en: 'Instant (online)' },
      fee: FREE,
      product: { id: 'Data dan informasi sektoral Kota Mojokerto', en: 'Sectoral data and information on Kota Mojokerto' },
      complaintChannel: COMPLAINTS,
      legalBasis: list(
        {
          id: 'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik',
          en: 'Law No. 14 of 2008 on Public Information Disclosure',
        },
        {
          id: 'Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia',
          en: 'Presidential Regulation No. 39 of 2019 on One Data Indonesia',
        },
        PERPRES_SPBE,
      ),
    },
  },

  // ---------------------------------------------------------------- Kependudukan
  {
    slug: 'si-makel',
    kind: 'link',
    opd: 'pemerintahan-setda',
    category: 'kependudukan',
    name: { id: 'Si Makel', en: 'Si Makel (Kelurahan Services)' },
    summary: {
      id: 'Sistem Informasi Manajemen Kelurahan: ajukan surat pengantar dan surat keterangan kelurahan secara daring.',
      en: 'The Kelurahan Management Information System: apply online for kelurahan cover letters and certificates.',
    },
    description: {
      id: 'Si Makel menghubungkan 18 kelurahan di Kota Mojokerto dalam satu sistem administrasi surat-menyurat. Warga dapat mengajukan surat pengantar, surat keterangan usaha, surat keterangan belum menikah, dan surat lain tanpa harus bolak-balik ke kantor kelurahan. Surat yang sudah ditandatangani secara elektronik dapat diunduh dan diverifikasi keasliannya melalui kode QR.',
      en: 'Si Makel links the 18 kelurahan of Kota Mojokerto in a single letter administration system. Residents can request cover letters, business certificates, certificates of unmarried status and other letters without repeated trips to the kelurahan office. Electronically signed letters can be downloaded and checked for authenticity with a QR code.',
    },
    keywords: ['si makel', 'kelurahan', 'surat', 'letter', 'surat pengantar', 'cover letter', 'surat keterangan', 'certificate'],
    linkUrl: 'https://simakel.mojokertokota.go.id',
    standard: {
      requirements: list(
        { id: 'KTP-el dan Kartu Keluarga warga Kota Mojokerto', en: 'KTP-el and Family Card of a Kota Mojokerto resident' },
        { id: 'Surat pengantar RT/RW', en: 'A cover letter from the RT/RW (neighbourhood heads)' },
        { id: 'Dokumen pendukung sesuai jenis surat', en: 'Supporting documents for the type of letter' },
      ),
      procedure: list(
        { id: 'Masuk ke Si Makel dengan NIK', en: 'Sign in to Si Makel with your NIK' },
        { id: 'Pilih jenis surat dan unggah persyaratan', en: 'Choose the type of letter and upload the requirements' },
        { id: 'Petugas kelurahan memverifikasi permohonan', en: 'Kelurahan staff verify the application' },
        { id: 'Lurah menandatangani surat secara elektronik', en: 'The Lurah signs the letter electronically' },
        { id: 'Unduh surat atau ambil di kantor kelurahan', en: 'Download the letter or collect it at the kelurahan office' },
      ),
      processingTime: { id: '1 hari kerja setelah berkas lengkap', en: '1 working day once the file is complete' },
      fee: FREE,
      product: { id: 'Surat pengantar atau surat keterangan kelurahan', en: 'A kelurahan cover letter or certificate' },
      complaintChannel: COMPLAINTS,
      legalBasis: list(
        {
          id: 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
          en: 'Law No. 23 of 2014 on Regional Government',
        },
        {
          id: 'Peraturan Pemerintah Nomor 73 Tahun 2005 tentang Kelurahan',
          en: 'Government Regulation No. 73 of 2005 on Kelurahan',
        },
        PERPRES_SPBE,
      ),
    },
  },
  {
    slug: 'ktp-el',
    kind: 'form',
    opd: 'dispendukcapil',
    category: 'kependudukan',
    name: { id: 'Pencetakan KTP-el', en: 'Electronic ID Card (KTP-el)' },
    summary: {
      id: 'Ajukan cetak KTP-el baru, hilang, atau rusak dan pilih jadwal perekaman atau pengambilan di Dispendukcapil.',
      en: 'Apply for a new, lost or damaged electronic ID card and book a slot for biometric capture or collection at Dispendukcapil.',
    },
    description: {
      id: 'Penduduk Kota Mojokerto yang berusia 17 tahun, sudah kawin, atau pernah kawin wajib memiliki KTP-el. Melalui formulir ini pemohon mengajukan perekaman baru, pencetakan ulang karena hilang atau rusak, atau perubahan data. Dispendukcapil memverifikasi berkas dan memberi tahu jadwal perekaman atau pengambilan KTP-el.',
      en: 'Residents of Kota Mojokerto who are 17 or older, or are or have been married, must hold a KTP-el. With this form applicants request a first biometric capture, a reprint of a lost or damaged card, or a change of details. Dispendukcapil checks the application and tells the applicant when to come for capture or collection.',
    },
    keywords: ['ktp', 'ktp-el', 'e-ktp', 'identitas', 'identity card', 'id card', 'kependudukan', 'dukcapil'],
    linkUrl: null,
    standard: {
      requirements: list(
        { id: 'Kartu Keluarga (KK)', en: 'Family Card (KK)' },
        { id: 'Berusia 17 tahun, sudah kawin, atau pernah kawin', en: 'Aged 17 or older, or married or previously married' },
        { id: 'Surat keterangan kehilangan dari kepolisian (untuk KTP-el hilang)', en: 'A police loss report (for a lost card)' },
        { id: 'KTP-el lama (untuk KTP-el rusak atau perubahan data)', en: 'The old card (for a damaged card or change of details)' },
      ),
      procedure: list(
        { id: 'Isi formulir dan unggah persyaratan', en: 'Fill in the form and upload the requirements' },
        { id: 'Petugas Dispendukcapil memverifikasi berkas', en: 'Dispendukcapil staff check the documents' },
        { id: 'Datang untuk perekaman biometrik sesuai jadwal (untuk perekaman baru)', en: 'Come for biometric capture at the booked time (first-time applicants)' },
        { id: 'KTP-el dicetak', en: 'The card is printed' },
        { id: 'Ambil KTP-el di Dispendukcapil atau MPP Gajah Mada', en: 'Collect the card at Dispendukcapil or MPP Gajah Mada' },
      ),
      processingTime: {
        id: '1 hari kerja setelah perekaman dan berkas lengkap',
        en: '1 working day after biometric capture and a complete file',
      },
      fee: FREE,
      product: { id: 'Kartu Tanda Penduduk elektronik (KTP-el)', en: 'Electronic identity card (KTP-el)' },
      complaintChannel: COMPLAINTS,
      legalBasis: list(UU_ADMINDUK, PERPRES_ADMINDUK, UU_PELAYANAN_PUBLIK, PERMENPAN_STANDAR),
    },
  },
  {
    slug: 'akta-kelahiran',
    kind: 'form',
    opd: 'dispendukcapil',
    category: 'kependudukan',
    name: { id: 'Akta Kelahiran', en: 'Birth Certificate' },
    summary: {
      id: 'Daftarkan kelahiran anak dan terima akta kelahiran serta Kartu Keluarga baru tanpa datang ke kantor.',
      en: 'Register a birth and receive the birth certificate and an updated Family Card without visiting the office.',
    },
    description: {
      id: 'Setiap kelahiran wajib dilaporkan kepada Dispendukcapil paling lambat 60 hari sejak kelahiran. Orang tua mengunggah surat keterangan kelahiran dan dokumen pendukung melalui formulir ini. Akta kelahiran dan Kartu Keluarga yang diperbarui diterbitkan dalam bentuk dokumen elektronik bertanda tangan elektronik yang dapat dicetak sendiri.',
      en: 'Every birth must be reported to Dispendukcapil within 60 days. Parents upload the birth statement and supporting documents through this form. The birth certificate and updated Family Card are issued as electronically signed documents that parents can print themselves.',
    },
    keywords: ['akta kelahiran', 'birth certificate', 'kelahiran', 'birth', 'bayi', 'baby', 'anak', 'child'],
    linkUrl: null,
    standard: {
      requirements: list(
        { id: 'Surat keterangan kelahiran dari rumah sakit, puskesmas, atau bidan', en: 'Birth statement from the hospital, health centre or midwife' },
        { id: 'Kartu Keluarga orang tua', en: 'Family Card of the parents' },
        { id: 'KTP-el kedua orang tua', en: 'KTP-el of both parents' },
        {
          id: 'Buku nikah atau akta perkawinan, atau SPTJM kebenaran sebagai pasangan suami istri',
          en: 'Marriage book or certificate, or a sworn statement (SPTJM) of marital status',
        },
      ),
      procedure: list(
        { id: 'Isi formulir pelaporan kelahiran dan unggah persyaratan', en: 'Fill in the birth registration form and upload the requirements' },
        { id: 'Petugas Dispendukcapil memverifikasi dan memvalidasi data', en: 'Dispendukcapil staff verify and validate the data' },
        { id: 'Akta kelahiran dan Kartu Keluarga baru diterbitkan', en: 'The birth certificate and updated Family Card are issued' },
        { id: 'Unduh dan cetak dokumen dengan kertas HVS A4 80 gram', en: 'Download and print the documents on 80 gsm A4 paper' },
      ),
      processingTime: { id: '1 hari kerja setelah berkas lengkap', en: '1 working day once the file is complete' },
      fee: FREE,
      product: { id: 'Kutipan akta kelahiran dan Kartu Keluarga terbaru', en: 'Birth certificate and updated Family Card' },
      complaintChannel: COMPLAINTS,
      legalBasis: list(
        UU_ADMINDUK,
        PERPRES_ADMINDUK,
        {
          id: 'Peraturan Menteri Dalam Negeri Nomor 9 Tahun 2016 tentang Percepatan Peningkatan Cakupan Kepemilikan Akta Kelahiran',
          en: 'Regulation of the Minister of Home Affairs No. 9 of 2016 on Accelerating Birth Certificate Coverage',
        },
      ),
    },
  },
  {
    slug: 'surat-keterangan-domisili',
    kind: 'form',
    opd: 'kec-magersari',
    category: 'kependudukan',
    name: { id: 'Surat Keterangan Domisili', en: 'Certificate of Residence' },
    summary: {
      id: 'Ajukan surat keterangan domisili tempat tinggal atau usaha bagi warga dan pelaku usaha di Kecamatan Magersari.',
      en: 'Apply for a certificate of residence or business address for residents and businesses in Magersari district.',
    },
    description: {
      id: 'Surat keterangan domisili menerangkan bahwa seseorang atau usaha benar berdomisili di wilayah Kecamatan Magersari. Surat ini sering diminta untuk pendaftaran sekolah, lamaran kerja, pembukaan rekening, atau pengurusan izin usaha. Permohonan diverifikasi oleh kelurahan lalu ditandatangani oleh Camat Magersari.',
      en: 'A certificate of residence states that a person or business is genuinely based in Magersari district. It is often requested for school enrolment, job applications, opening a bank account or business permits. Applications are verified by the kelurahan and then signed by the Camat of Magersari.',
    },
    keywords: ['domisili', 'residence', 'surat keterangan', 'certificate', 'alamat', 'address', 'magersari', 'kecamatan'],
    linkUrl: null,
    standard: {
      requirements: list(
        { id: 'Surat pengantar RT/RW dan kelurahan', en: 'Cover letters from the RT/RW and kelurahan' },
        { id: 'Fotokopi KTP-el', en: 'Copy of the KTP-el' },
        { id: 'Fotokopi Kartu Keluarga', en: 'Copy of the Family Card' },
        { id: 'Surat pernyataan domisili bermeterai (untuk domisili usaha)', en: 'A stamped statement of address (for a business address)' },
      ),
      procedure: list(
        { id: 'Isi formulir dan unggah persyaratan', en: 'Fill in the form and upload the requirements' },
        { id: 'Kelurahan memverifikasi alamat pemohon', en: 'The kelurahan verifies the address of the applicant' },
        { id: 'Kecamatan memeriksa berkas dan menyiapkan surat', en: 'The kecamatan checks the file and prepares the letter' },
        { id: 'Camat menandatangani surat keterangan domisili', en: 'The Camat signs the certificate' },
        { id: 'Ambil surat di kantor Kecamatan Magersari atau unduh versi elektronik', en: 'Collect the certificate at the Magersari district office or download the electronic copy' },
      ),
      processingTime: { id: '1 hari kerja setelah berkas lengkap', en: '1 working day once the file is complete' },
      fee: FREE,
      product: { id: 'Surat keterangan domisili', en: 'Certificate of residence' },
      complaintChannel: COMPLAINTS,
      legalBasis: list(
        PP_KECAMATAN,
        {
          id: 'Peraturan Wali Kota Mojokerto tentang Pelimpahan Sebagian Kewenangan Wali Kota kepada Camat',
          en: 'Kota Mojokerto Mayoral Regulation on the Delegation of Mayoral Authority to Camat',
        },
        UU_PELAYANAN_PUBLIK,
        PERMENPAN_STANDAR,
      ),
    },
  },
  {
    slug: 'surat-keterangan-ahli-waris',
    kind: 'form',
    opd: 'kec-kranggan',
    category: 'kependudukan',
    name: { id: 'Surat Keterangan Ahli Waris', en: 'Certificate of Heirs' },
    summary: {
      id: 'Pengesahan surat keterangan ahli waris oleh Camat Kranggan untuk balik nama tanah, pencairan tabungan, atau pensiun.',
      en: 'Endorsement of a certificate of heirs by the Camat of Kranggan, for land title transfer, bank savings or pension claims.',
    },
    description: {
      id: 'Surat keterangan ahli waris dibuat oleh para ahli waris, disaksikan, dibenarkan oleh lurah, dan dikuatkan oleh camat. Surat ini diperlukan untuk balik nama sertifikat tanah, pencairan tabungan atau deposito, dan pengurusan hak pensiun almarhum. Kecamatan Kranggan memeriksa kelengkapan berkas sebelum camat membubuhkan tanda tangan.',
      en: 'A certificate of heirs is drawn up by the heirs, witnessed, confirmed by the Lurah and endorsed by the Camat. It is needed to transfer land titles, release savings or deposits and claim the pension rights of the deceased. The Kranggan district office checks the file before the Camat signs.',
    },
    keywords: ['ahli waris', 'heirs', 'warisan', 'inheritance', 'surat keterangan', 'certificate', 'kranggan', 'kecamatan'],
    linkUrl: null,
    standard: {
      requirements: list(
        { id: 'Surat pengantar RT/RW dan kelurahan', en: 'Cover letters from the RT/RW and kelurahan' },
        { id: 'Fotokopi akta kematian pewaris', en: 'Copy of the death certificate of the deceased' },
        { id: 'Fotokopi KTP-el dan Kartu Keluarga seluruh ahli waris', en: 'Copies of the KTP-el and Family Card of every heir' },
        { id: 'Surat pernyataan ahli waris bermeterai', en: 'A stamped statement by the heirs' },
        { id: 'Fotokopi KTP-el dua orang saksi', en: 'Copies of the KTP-el of two witnesses' },
      ),
      procedure: list(
        { id: 'Isi formulir dan unggah persyaratan', en: 'Fill in the form and upload the requirements' },
        { id: 'Lurah meneliti dan membenarkan surat keterangan ahli waris', en: 'The Lurah examines and confirms the certificate' },
        { id: 'Petugas kecamatan memeriksa kelengkapan berkas', en: 'District staff check that the file is complete' },
        { id: 'Para ahli waris hadir di kantor kecamatan untuk penandatanganan', en: 'The heirs come to the district office to sign' },
        { id: 'Camat menguatkan surat keterangan ahli waris', en: 'The Camat endorses the certificate' },
      ),
      processingTime: { id: '3 hari kerja setelah berkas lengkap', en: '3 working days once the file is complete' },
      fee: FREE,
      product: { id: 'Surat keterangan ahli waris yang dikuatkan camat', en: 'A certificate of heirs endorsed by the Camat' },
      complaintChannel: COMPLAINTS,
      legalBasis: list(
        PP_KECAMATAN,
        {
          id: 'Peraturan Menteri Negara Agraria/Kepala BPN Nomor 3 Tahun 1997 tentang Ketentuan Pelaksanaan PP Nomor 24 Tahun 1997 tentang Pendaftaran Tanah',
          en: 'Regulation of the State Minister of Agrarian Affairs/Head of BPN No. 3 of 1997 implementing Government Regulation No. 24 of 1997 on Land Registration',
        },
        UU_PELAYANAN_PUBLIK,
      ),
    },
  },

  // ---------------------------------------------------------------- Perizinan
  {
    slug: 'antrean-mpp',
    kind: 'module',
    opd: 'dpmptsp',
    category: 'perizinan',
    name: { id: 'Antrean MPP Gajah Mada', en: 'MPP Gajah Mada Online Queue' },
    summary: {
      id: 'Ambil nomor antrean daring untuk layanan di Mal Pelayanan Publik Gajah Mada sebelum datang.',
      en: 'Take an online queue number for services at the Gajah Mada Public Service Mall before you go.',
    },
    description: {
      id: 'Mal Pelayanan Publik (MPP) Gajah Mada menghimpun layanan perizinan, kependudukan, perpajakan, perbankan, dan instansi vertikal dalam satu gedung yang dikelola DPMPTSP. Dengan antrean daring, warga memilih layanan, tanggal, dan jam kedatangan sehingga tidak perlu menunggu lama di lokasi. Nomor antrean ditunjukkan kepada petugas saat tiba di MPP.',
      en: 'The Gajah Mada Public Service Mall (MPP), run by DPMPTSP, brings permits, civil registration, tax, banking and central government agency services together in one building. With the online queue, residents choose the service, date and time of their visit so they do not have to wait long on site. The queue number is shown to staff on arrival.',
    },
    keywords: ['antrean', 'queue', 'mpp', 'mal pelayanan publik', 'public service mall', 'gajah mada', 'booking', 'perizinan'],
    linkUrl: null,
    standard: {
      requirements: list(
        { id: 'Nama lengkap dan nomor ponsel yang aktif (untuk membatalkan)', en: 'Full name and an active mobile number (to cancel)' },
        { id: 'Berkas persyaratan layanan yang dituju, dibawa saat datang', en: 'The documents the chosen service needs, brought on the day' },
      ),
      procedure: list(
        { id: 'Buka layanan Antrean MPP Gajah Mada', en: 'Open the MPP Gajah Mada online queue' },
        { id: 'Pilih instansi dan jenis layanan', en: 'Choose the agency and the service' },
        { id: 'Pilih tanggal dan jam kedatangan', en: 'Choose the date and time of your visit' },
        { id: 'Simpan nomor antrean dan kode QR', en: 'Save the queue number and QR code' },
        { id: 'Datang ke MPP dan pindai kode QR di mesin antrean', en: 'Go to the MPP and scan the QR code at the queue kiosk' },
      ),
      processingTime: { id: 'Seketika (daring)', en: 'Instant (online)' },
      fee: FREE,
      product: { id: 'Nomor antrean dan jadwal kedatangan', en: 'A queue number and visit time' },
      complaintChannel: {
        id: 'Meja pengaduan MPP Gajah Mada, Curhat Ning Ita di portal ini, atau email pengaduan@mojokertokota.go.id',
        en: 'The complaints desk at MPP Gajah Mada, Curhat Ning Ita on this portal, or email pengaduan@mojokertokota.go.id',
      },
      legalBasis: list(
        UU_PELAYANAN_PUBLIK,
        {
          id: 'Peraturan Presiden Nomor 89 Tahun 2021 tentang Penyelenggaraan Mal Pelayanan Publik',
          en: 'Presidential Regulation No. 89 of 2021 on Public Service Malls',
        },
        PERPRES_SPBE,
      ),
    },
  },
  {
    slug: 'pbg',
    kind: 'link',
    opd: 'dpmptsp',
    category: 'perizinan',
    name: { id: 'Persetujuan Bangunan Gedung (PBG)', en: 'Building Approval (PBG)' },
    summary: {
      id: 'Ajukan Persetujuan Bangunan Gedung untuk membangun, mengubah, atau merawat bangunan di Kota Mojokerto.',
      en: 'Apply for a Building Approval (PBG) to build, alter or maintain a building in Kota Mojokerto.',
    },
    description: {
      id: 'Persetujuan Bangunan Gedung (PBG) menggantikan Izin Mendirikan Bangunan (IMB) sejak berlakunya PP Nomor 16 Tahun 2021. Permohonan diajukan melalui Sistem Informasi Manajemen Bangunan Gedung (SIMBG) dan diperiksa oleh tim profesi ahli atau tim penilai teknis. DPMPTSP menerbitkan PBG setelah retribusi dibayar.',
      en: 'The Building Approval (PBG) replaced the old building permit (IMB) under Government Regulation No. 16 of 2021. Applications are filed in the national building management system (SIMBG) and reviewed by a panel of experts or technical assessors. DPMPTSP issues the PBG once the levy has been paid.',
    },
    keywords: ['pbg', 'imb', 'bangunan', 'building', 'izin', 'permit', 'simbg', 'konstruksi', 'construction'],
    linkUrl: 'https://simbg.pu.go.id',
    standard: {
      requirements: list(
        { id: 'KTP-el pemohon atau akta pendirian badan usaha', en: 'KTP-el of the applicant or deed of establishment of the company' },
        { id: 'Bukti kepemilikan tanah atau perjanjian pemanfaatan tanah', en: 'Proof of land ownership or a land use agreement' },
        { id: 'Keterangan Rencana Kota (KRK)', en: 'City Planning Statement (KRK)' },
        { id: 'Gambar rencana arsitektur, struktur, dan utilitas', en: 'Architectural, structural and utility drawings' },
      ),
      procedure: list(
        { id: 'Daftar akun dan isi data permohonan di SIMBG', en: 'Register and enter the application in SIMBG' },
        { id: 'Unggah dokumen administrasi dan dokumen teknis', en: 'Upload the administrative and technical documents' },
        { id: 'Konsultasi dan pemeriksaan dokumen oleh tim penilai teknis', en: 'Consultation and document review by the technical assessors' },
        { id: 'Terbit Surat Pernyataan Pemenuhan Standar Teknis', en: 'A statement of compliance with technical standards is issued' },
        { id: 'Bayar retribusi PBG', en: 'Pay the PBG levy' },
        { id: 'PBG diterbitkan oleh DPMPTSP', en: 'DPMPTSP issues the PBG' },
      ),
      processingTime: {
        id: 'Paling lama 28 hari kerja setelah dokumen dinyatakan lengkap',
        en: 'Within 28 working days once the documents are declared complete',
      },
      fee: {
        id: 'Retribusi PBG sesuai Peraturan Daerah Kota Mojokerto tentang Pajak Daerah dan Retribusi Daerah',
        en: 'PBG levy according to the Kota Mojokerto Regional Regulation on Regional Taxes and Levies',
      },
      product: { id: 'Persetujuan Bangunan Gedung (PBG)', en: 'Building Approval (PBG)' },
      complaintChannel: {
        id: 'Meja pengaduan MPP Gajah Mada, Curhat Ning Ita di portal ini, atau email pengaduan@mojokertokota.go.id',
        en: 'The complaints desk at MPP Gajah Mada, Curhat Ning Ita on this portal, or email pengaduan@mojokertokota.go.id',
      },
      legalBasis: list(
        {
          id: 'Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Perppu Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang',
          en: 'Law No. 6 of 2023 enacting Government Regulation in Lieu of Law No. 2 of 2022 on Job Creation',
        },
        {
          id: 'Peraturan Pemerintah Nomor 16 Tahun 2021 tentang Peraturan Pelaksanaan Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung',
          en: 'Government Regulation No. 16 of 2021 implementing Law No. 28 of 2002 on Buildings',
        },
        UU_HKPD,
        PERDA_PDRD,
      ),
    },
  },

  // ---------------------------------------------------------------- Transportasi & Kota
  {
    slug: 'cctv',
    kind: 'link',
    opd: 'dishub',
    category: 'transportasi',
    name: { id: 'CCTV Kota Mojokerto', en: 'Kota Mojokerto Public CCTV' },
    summary: {
      id: 'Pantau langsung kondisi lalu lintas dan ruang publik Kota Mojokerto melalui kamera CCTV.',
      en: 'Watch live traffic and public spaces in Kota Mojokerto through the city CCTV cameras.',
    },
    description: {
      id: 'Dinas Perhubungan menayangkan rekaman langsung kamera CCTV di persimpangan utama, alun-alun, dan ruas jalan protokol Kota Mojokerto. Warga dapat memeriksa kepadatan lalu lintas sebelum bepergian dan memilih rute alternatif. Rekaman CCTV juga dipakai petugas untuk pengaturan lalu lintas dan penanganan kejadian.',
      en: 'The Transport Office streams live footage from CCTV cameras at the main junctions, the town square and the main roads of Kota Mojokerto. Residents can check traffic before setting out and choose another route. Officers also use the footage to manage traffic and respond to incidents.',
    },
    keywords: ['cctv', 'kamera', 'camera', 'lalu lintas', 'traffic', 'live', 'jalan', 'road'],
    linkUrl: 'https://cctv.mojokertokota.go.id',
    standard: {
      requirements: list(
        { id: 'Perangkat dengan koneksi internet', en: 'A device with an internet connection' },
        { id: 'Peramban web atau aplikasi yang mendukung video streaming', en: 'A web browser or app that can play video streams' },
      ),
      procedure: list(
        { id: 'Buka layanan CCTV Kota Mojokerto', en: 'Open the Kota Mojokerto CCTV service' },
        { id: 'Pilih lokasi kamera pada peta atau daftar', en: 'Choose a camera on the map or in the list' },
        { id: 'Tonton tayangan langsung', en: 'Watch the live feed' },
      ),
      processingTime: { id: 'Seketika, 24 jam', en: 'Instant, 24 hours a day' },
      fee: FREE,
      product: { id: 'Tayangan langsung kamera CCTV publik', en: 'Live public CCTV footage' },
      complaintChannel: COMPLAINTS,
      legalBasis: list(
        UU_LLAJ,
        {
          id: 'Peraturan Pemerintah Nomor 32 Tahun 2011 tentang Manajemen dan Rekayasa, Analisis Dampak, serta Manajemen Kebutuhan Lalu Lintas',
          en: 'Government Regulation No. 32 of 2011 on Traffic Management and Engineering, Impact Analysis and Demand Management',
        },
        PERPRES_SPBE,
      ),
    },
  },
  {
    slug: 'cctv-wifi',
    kind: 'module',
    opd: 'dishub',
    category: 'transportasi',
    name: { id: 'CCTV & Wifi Gratis', en: 'CCTV & Free Wifi' },
    summary: {
      id: 'Cari kamera CCTV publik dan titik wifi gratis per kecamatan dan kelurahan, di daftar dan di peta kota.',
      en: 'Find public CCTV cameras and free wifi points by kecamatan and kelurahan, in a list and on a city map.',
    },
    description: {
      id: 'Dinas Perhubungan dan Diskominfo menampilkan lokasi kamera CCTV publik dan titik wifi gratis Kota Mojokerto di Kecamatan Magersari, Prajurit Kulon, dan Kranggan. Warga dapat mencari nama jalan, tempat, atau kelurahan sambil mengetik, menyaring menurut jenis dan kecamatan, dan melihat setiap titik pada peta kota. Peta dan daftar dimuat bersama layanan sehingga tetap ringan di ponsel.',
      en: 'The Transport Office and Diskominfo show where the public CCTV cameras and free wifi points of Kota Mojokerto are, in the Magersari, Prajurit Kulon and Kranggan districts. Residents search by street, place or kelurahan as they type, filter by type and district, and see every point on a city map. The map and list load with the service, so it stays light on a phone.',
    },
    keywords: ['cctv', 'kamera', 'camera', 'wifi', 'gratis', 'free', 'internet', 'hotspot', 'peta', 'map', 'kecamatan', 'kelurahan'],
    linkUrl: null,
    standard: {
      requirements: list({ id: 'Perangkat dengan peramban web', en: 'A device with a web browser' }),
      procedure: list(
        { id: 'Buka layanan CCTV & Wifi Gratis', en: 'Open the CCTV & Free Wifi service' },
        { id: 'Ketik nama jalan, tempat, atau kelurahan, atau pilih jenis dan kecamatan', en: 'Type a street, place or kelurahan, or choose a type and district' },
        { id: 'Pilih titik di peta atau di daftar untuk melihat lokasinya', en: 'Choose a point on the map or in the list to see where it is' },
      ),
      processingTime: { id: 'Seketika, 24 jam', en: 'Instant, 24 hours a day' },
      fee: FREE,
      product: { id: 'Informasi lokasi CCTV publik dan titik wifi gratis', en: 'Locations of public CCTV cameras and free wifi points' },
      complaintChannel: COMPLAINTS,
      legalBasis: list(UU_LLAJ, PERPRES_SPBE),
    },
  },
  {
    slug: 'pengujian-kendaraan',
    kind: 'link',
    opd: 'dishub',
    category: 'transportasi',
    name: { id: 'Pengujian Kendaraan Bermotor (Uji KIR)', en: 'Vehicle Roadworthiness Test (KIR)' },
    summary: {
      id: 'Daftar uji berkala kendaraan angkutan barang dan penumpang secara daring dan cek masa berlaku kartu uji.',
      en: 'Book the periodic roadworthiness test for goods and passenger vehicles online and check when your test card expires.',
    },
    description: {
      id: 'Mobil barang, mobil penumpang umum, dan bus wajib menjalani uji berkala setiap enam bulan. Unit Pelaksana Teknis Pengujian Kendaraan Bermotor Dinas Perhubungan Kota Mojokerto memeriksa emisi, rem, lampu, dan kelaikan jalan lainnya. Kendaraan yang lulus menerima kartu Bukti Lulus Uji elektronik (BLUe).',
      en: 'Goods vehicles, public passenger cars and buses must pass a periodic test every six months. The vehicle testing unit of the Kota Mojokerto Transport Office checks emissions, brakes, lights and other roadworthiness items. Vehicles that pass receive an electronic test certificate card (BLUe).',
    },
    keywords: ['kir', 'uji kir', 'pengujian', 'roadworthiness', 'kendaraan', 'vehicle', 'truk', 'truck', 'blue'],
    linkUrl: 'https://ujikir.mojokertokota.go.id',
    standard: {
      requirements: list(
        { id: 'Fotokopi STNK yang masih berlaku', en: 'Copy of a valid vehicle registration certificate (STNK)' },
        { id: 'Fotokopi KTP-el pemilik kendaraan', en: 'Copy of the KTP-el of the vehicle owner' },
        { id: 'Kartu uji atau BLUe lama (untuk uji berkala ulang)', en: 'The previous test card or BLUe (for repeat tests)' },
      ),
      procedure: list(
        { id: 'Daftar dan pilih jadwal uji secara daring', en: 'Register and choose a test slot online' },
        { id: 'Bayar retribusi pengujian secara nontunai', en: 'Pay the testing levy cashless' },
        { id: 'Bawa kendaraan ke UPT Pengujian Kendaraan Bermotor sesuai jadwal', en: 'Bring the vehicle to the testing unit at the booked time' },
        { id: 'Kendaraan diuji oleh penguji bersertifikat', en: 'Certified examiners test the vehicle' },
        { id: 'Terima kartu BLUe bila lulus uji', en: 'Receive the BLUe card if the vehicle passes' },
      ),
      processingTime: { id: '1 hari kerja', en: '1 working day' },
      fee: {
        id: 'Retribusi pengujian kendaraan bermotor sesuai Peraturan Daerah Kota Mojokerto tentang Pajak Daerah dan Retribusi Daerah',
        en: 'Vehicle testing levy according to the Kota Mojokerto Regional Regulation on Regional Taxes and Levies',
      },
      product: { id: 'Kartu Bukti Lulus Uji elektronik (BLUe)', en: 'Electronic test certificate card (BLUe)' },
      complaintChannel: COMPLAINTS,
      legalBasis: list(
        UU_LLAJ,
        {
          id: 'Peraturan Pemerintah Nomor 55 Tahun 2012 tentang Kendaraan',
          en: 'Government Regulation No. 55 of 2012 on Vehicles',
        },
        {
          id: 'Peraturan Menteri Perhubungan Nomor PM 19 Tahun 2021 tentang Pengujian Berkala Kendaraan Bermotor',
          en: 'Regulation of the Minister of Transportation No. PM 19 of 2021 on Periodic Motor Vehicle Testing',
        },
        PERDA_PDRD,
      ),
    },
  },

  // ---------------------------------------------------------------- Kemasyarakatan
  {
    slug: 'wifi-gratis',
    kind: 'link',
    opd: 'diskominfo',
    category: 'kemasyarakatan',
    name: { id: 'Titik Wifi Gratis', en: 'Free Public Wifi' },
    summary: {
      id: 'Daftar dan peta titik wifi gratis di taman kota, balai kelurahan, dan ruang publik Kota Mojokerto.',
      en: 'List and map of free wifi spots in city parks, kelurahan halls and public spaces of Kota Mojokerto.',
    },
    description: {
      id: 'Diskominfo menyediakan akses internet gratis di taman kota, ruang terbuka hijau, balai kelurahan, dan fasilitas publik lainnya. Layanan ini menampilkan lokasi setiap titik wifi beserta jam operasional dan status jaringannya. Warga dapat melaporkan titik wifi yang tidak berfungsi agar segera diperbaiki.',
      en: 'Diskominfo provides free internet access in city parks, green spaces, kelurahan halls and other public facilities. This service shows every wifi spot with its opening hours and network status. Residents can report a spot that is not working so that it is fixed quickly.',
    },
    keywords: ['wifi', 'gratis', 'free', 'internet', 'hotspot', 'taman', 'park', 'publik', 'public'],
    linkUrl: 'https://wifi.mojokertokota.go.id',
    standard: {
      requirements: list(
        { id: 'Perangkat dengan wifi', en: 'A wifi-enabled device' },
        { id: 'Berada dalam jangkauan titik wifi', en: 'Being within range of a wifi spot' },
      ),
      procedure: list(
        { id: 'Buka peta titik wifi gratis dan cari lokasi terdekat', en: 'Open the free wifi map and find the nearest spot' },
        { id: 'Datang ke lokasi dan pilih jaringan wifi Pemkot Mojokerto', en: 'Go to the spot and choose the Pemkot Mojokerto wifi network' },
        { id: 'Setujui ketentuan penggunaan pada halaman masuk', en: 'Accept the terms of use on the sign-in page' },
        { id: 'Gunakan internet secara bijak sesuai batas waktu', en: 'Use the internet responsibly within the time limit' },
      ),
      processingTime: { id: 'Seketika, sesuai jam operasional lokasi', en: 'Instant, during the opening hours of the spot' },
      fee: FREE,
      product: { id: 'Akses internet gratis di ruang publik', en: 'Free internet access in public spaces' },
      complaintChannel: COMPLAINTS,
      legalBasis: list(
        PERPRES_SPBE,
        {
          id: 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
          en: 'Law No. 23 of 2014 on Regional Government',
        },
      ),
    },
  },
  {
    slug: 'surat-keterangan-tidak-mampu',
    kind: 'form',
    opd: 'kec-prajurit-kulon',
    category: 'kemasyarakatan',
    name: { id: 'Surat Keterangan Tidak Mampu (SKTM)', en: 'Certificate of Low Income (SKTM)' },
    summary: {
      id: 'Ajukan Surat Keterangan Tidak Mampu untuk keringanan biaya sekolah, kesehatan, atau bantuan sosial di Kecamatan Prajurit Kulon.',
      en: 'Apply for a Certificate of Low Income for school fee relief, health costs or social assistance in Prajurit Kulon district.',
    },
    description: {
      id: 'SKTM menerangkan bahwa sebuah keluarga berpenghasilan rendah dan membutuhkan keringanan biaya atau bantuan. Permohonan diverifikasi oleh kelurahan dengan mencocokkan data keluarga, lalu dilegalisasi oleh Camat Prajurit Kulon. Surat ini dapat dipakai untuk pendaftaran sekolah jalur afirmasi, keringanan biaya rumah sakit, atau pengusulan bantuan sosial.',
      en: 'An SKTM states that a family has a low income and needs fee relief or assistance. The kelurahan verifies the application against the family records, and the Camat of Prajurit Kulon then legalises it. It can be used for affirmative school admission, hospital fee relief or to be proposed for social assistance.',
    },
    keywords: ['sktm', 'tidak mampu', 'low income', 'keringanan', 'relief', 'bantuan sosial', 'social assistance', 'prajurit kulon'],
    linkUrl: null,
    standard: {
      requirements: list(
        { id: 'Surat pengantar RT/RW dan kelurahan', en: 'Cover letters from the RT/RW and kelurahan' },
        { id: 'Fotokopi KTP-el dan Kartu Keluarga', en: 'Copies of the KTP-el and Family Card' },
        { id: 'Surat pernyataan tidak mampu bermeterai', en: 'A stamped statement of low income' },
      ),
      procedure: list(
        { id: 'Isi formulir dan sebutkan keperluan SKTM', en: 'Fill in the form and state what the SKTM is for' },
        { id: 'Unggah persyaratan', en: 'Upload the requirements' },
        { id: 'Kelurahan memverifikasi data keluarga', en: 'The kelurahan checks the family records' },
        { id: 'Camat melegalisasi SKTM', en: 'The Camat legalises the SKTM' },
        { id: 'Ambil SKTM di kantor Kecamatan Prajurit Kulon atau unduh versi elektronik', en: 'Collect the SKTM at the Prajurit Kulon district office or download the electronic copy' },
      ),
      processingTime: { id: '1 hari kerja setelah berkas lengkap', en: '1 working day once the file is complete' },
      fee: FREE,
      product: { id: 'Surat Keterangan Tidak Mampu (SKTM)', en: 'Certificate of Low Income (SKTM)' },
      complaintChannel: COMPLAINTS,
      legalBasis: list(
        PP_KECAMATAN,
        {
          id: 'Peraturan Wali Kota Mojokerto tentang Pelimpahan Sebagian Kewenangan Wali Kota kepada Camat',
          en: 'Kota Mojokerto Mayoral Regulation on the Delegation of Mayoral Authority to Camat',
        },
        UU_PELAYANAN_PUBLIK,
        PERMENPAN_STANDAR,
      ),
    },
  },
];

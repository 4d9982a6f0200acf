/**
 * The demo city's PBB-P2 register: forty tax objects in the three kecamatan of Kota Mojokerto.
 * The kecamatan, kelurahan and streets are real; owners, areas, values and payment histories are
 * invented, plausible stand-ins. A real BPKPD back end answers from its own SISMIOP database.
 */
import { MOJOKERTO_KECAMATAN } from '../../src/nop';

/** Payment of one tax year, oldest first: P paid on time, L paid late (with its fine), U unpaid. */
export type PaymentMark = 'P' | 'L' | 'U';

export interface TaxObject {
  /** 18 digits. */
  nop: string;
  /** The full name, never sent: answers carry it masked. */
  owner: string;
  address: string;
  kelurahan: string;
  kecamatan: string;
  landArea: number;
  buildingArea: number;
  /** NJOP per m² for the current tax year (older years were assessed lower). */
  landValuePerM2: number;
  buildingValuePerM2: number;
  /** The last five tax years, oldest first. */
  history: readonly [PaymentMark, PaymentMark, PaymentMark, PaymentMark, PaymentMark];
}

/** Kelurahan codes per kecamatan code, as the NOP's LLL part numbers them. */
export const KELURAHAN: Readonly<Record<string, readonly string[]>> = {
  '010': ['Blooto', 'Kauman', 'Mentikan', 'Prajurit Kulon', 'Pulorejo', 'Surodinawan'],
  '020': ['Balongsari', 'Gedongan', 'Gunung Gedangan', 'Kedundung', 'Magersari', 'Wates'],
  '030': ['Jagalan', 'Kranggan', 'Meri', 'Miji', 'Purwotengah', 'Sentanan'],
};

// kecamatan, kelurahan no., block, serial, owner, street, land m², building m², land/m², building/m², history
type Row = [string, number, number, number, string, string, number, number, number, number, string];

const ROWS: readonly Row[] = [
  ['020', 5, 1, 1, 'Sugeng Riyadi', 'Jl. Gajah Mada No. 112, RT 002 RW 003', 180, 120, 2_150_000, 1_400_000, 'PPLUU'],
  ['020', 5, 1, 2, 'Siti Aminah', 'Jl. Gajah Mada No. 118, RT 002 RW 003', 150, 96, 2_150_000, 1_400_000, 'PPPPP'],
  ['020', 6, 2, 14, 'Bambang Hariyanto', 'Jl. Empunala No. 45, RT 001 RW 002', 220, 160, 1_850_000, 1_500_000, 'PPPPU'],
  ['020', 6, 2, 15, 'Sri Wahyuni', 'Jl. Empunala No. 47, RT 001 RW 002', 96, 70, 1_850_000, 1_200_000, 'UUUUU'],
  ['020', 1, 3, 7, 'Ahmad Fauzi', 'Jl. Balongsari Tengah No. 9, RT 004 RW 001', 120, 90, 1_200_000, 1_100_000, 'LPPPU'],
  ['020', 2, 1, 21, 'Endang Purwaningsih', 'Jl. Gedongan No. 30, RT 003 RW 002', 135, 100, 1_450_000, 1_200_000, 'PPPPP'],
  ['020', 3, 4, 3, 'Hadi Susanto', 'Jl. Gunung Gedangan No. 12, RT 001 RW 004', 300, 0, 950_000, 0, 'PPUUU'],
  ['020', 4, 2, 8, 'Rina Kartikasari', 'Jl. Kedundung Indah Blok C-5, RT 005 RW 006', 112, 72, 1_300_000, 1_250_000, 'PPPLP'],
  ['020', 5, 5, 40, 'Toko Sinar Jaya', 'Jl. Mojopahit No. 201, RT 001 RW 001', 260, 410, 3_400_000, 2_200_000, 'PPPPU'],
  ['020', 6, 3, 11, 'Joko Santoso', 'Jl. Raya Surodinawan No. 3A, RT 002 RW 005', 140, 110, 1_600_000, 1_300_000, 'PPPPP'],
  ['020', 1, 1, 19, 'Dwi Lestari', 'Jl. Balongcok No. 17, RT 003 RW 003', 84, 60, 1_150_000, 1_100_000, 'UPPPP'],
  ['020', 4, 6, 2, 'Mochamad Ridwan', 'Jl. Kedundung No. 88, RT 002 RW 001', 410, 180, 1_350_000, 1_300_000, 'PLLLU'],
  ['020', 2, 2, 5, 'Yuliana Dewi', 'Jl. Pahlawan No. 64, RT 001 RW 003', 190, 150, 2_600_000, 1_600_000, 'PPPPP'],
  ['020', 3, 1, 33, 'Agus Salim', 'Jl. Sinoman No. 5, RT 004 RW 002', 75, 54, 1_000_000, 1_000_000, 'PPPUU'],
  ['010', 2, 1, 4, 'Nur Hidayati', 'Jl. Kyai H. Hasyim Asyari No. 22, RT 001 RW 002', 160, 140, 2_900_000, 1_700_000, 'PPPPU'],
  ['010', 2, 1, 5, 'Yayasan Al Hidayah', 'Jl. Kyai H. Hasyim Asyari No. 24, RT 001 RW 002', 620, 480, 2_900_000, 1_500_000, 'PPPPP'],
  ['010', 4, 3, 12, 'Slamet Widodo', 'Jl. Prajurit Kulon Gg. III No. 7, RT 003 RW 004', 110, 80, 1_250_000, 1_100_000, 'UUPPP'],
  ['010', 6, 2, 9, 'Tri Wulandari', 'Jl. Raya Surodinawan No. 140, RT 006 RW 002', 210, 130, 1_400_000, 1_250_000, 'PPPPU'],
  ['010', 5, 4, 1, 'Eko Prasetyo', 'Jl. Pulorejo Asri Blok B-12, RT 007 RW 008', 96, 66, 1_100_000, 1_150_000, 'PPLPP'],
  ['010', 1, 2, 16, 'Lilik Suryani', 'Jl. Blooto No. 51, RT 002 RW 001', 250, 95, 800_000, 1_000_000, 'UUUUU'],
  ['010', 3, 1, 27, 'H. Abdul Rochim', 'Jl. Mentikan No. 19, RT 001 RW 003', 330, 210, 1_300_000, 1_350_000, 'PPPPP'],
  ['010', 4, 5, 6, 'Wahyu Nugroho', 'Jl. Benteng Pancasila No. 10, RT 002 RW 002', 175, 150, 2_400_000, 1_500_000, 'PPPLU'],
  ['010', 2, 4, 30, 'Suparmi', 'Jl. Kauman Gg. Masjid No. 2, RT 003 RW 001', 68, 50, 1_700_000, 1_000_000, 'PUUUU'],
  ['010', 6, 1, 42, 'Heru Cahyono', 'Perum Surodinawan Permai Blok F-3, RT 008 RW 004', 105, 70, 1_250_000, 1_200_000, 'PPPPP'],
  ['010', 3, 3, 8, 'Kusnul Chotimah', 'Jl. Mentikan Gg. II No. 14, RT 004 RW 002', 90, 64, 1_150_000, 1_050_000, 'PPPUU'],
  ['030', 2, 1, 3, 'Budi Santoso', 'Jl. Residen Pamuji No. 35, RT 001 RW 001', 230, 200, 2_800_000, 1_600_000, 'PPPPU'],
  ['030', 2, 1, 4, 'Puji Rahayu', 'Jl. Residen Pamuji No. 37, RT 001 RW 001', 125, 110, 2_800_000, 1_400_000, 'PPPPP'],
  ['030', 3, 2, 18, 'Imam Syafii', 'Jl. Meri Gg. Mawar No. 6, RT 002 RW 003', 140, 85, 1_200_000, 1_100_000, 'LLPUU'],
  ['030', 1, 4, 9, 'Ernawati', 'Jl. Jagalan No. 44, RT 003 RW 001', 80, 120, 2_300_000, 1_500_000, 'PPPPP'],
  ['030', 4, 2, 25, 'Rudi Hartono', 'Jl. Miji Baru No. 71, RT 005 RW 002', 200, 140, 1_350_000, 1_250_000, 'PPUUU'],
  ['030', 5, 1, 12, 'Sulistyowati', 'Jl. Jayanegara No. 8, RT 002 RW 004', 160, 120, 2_100_000, 1_450_000, 'PPPPU'],
  ['030', 6, 3, 2, 'Darmaji', 'Jl. Sentanan No. 23, RT 001 RW 002', 95, 70, 1_500_000, 1_150_000, 'PLPPP'],
  ['030', 2, 5, 50, 'CV Sumber Rejeki', 'Jl. Brawijaya No. 150, RT 004 RW 003', 540, 620, 3_100_000, 2_100_000, 'PPPLP'],
  ['030', 3, 1, 1, 'Ani Rahmawati', 'Jl. Meri No. 3, RT 001 RW 001', 118, 90, 1_300_000, 1_200_000, 'PPPPP'],
  ['030', 4, 4, 17, 'Suharto', 'Jl. Miji Gg. Buntu No. 4, RT 006 RW 001', 72, 45, 1_100_000, 950_000, 'UUUPP'],
  ['030', 1, 2, 31, 'Nanik Sulistyorini', 'Jl. Hayam Wuruk No. 56, RT 002 RW 002', 150, 130, 2_500_000, 1_450_000, 'PPPPU'],
  ['030', 5, 2, 6, 'Andik Setiawan', 'Jl. Purwotengah No. 29, RT 003 RW 003', 130, 95, 1_400_000, 1_200_000, 'PPPLP'],
  ['030', 6, 1, 13, 'Mariyam', 'Jl. Sentanan Gg. I No. 11, RT 004 RW 001', 60, 42, 1_350_000, 1_000_000, 'PUPUP'],
  ['030', 3, 4, 44, 'Teguh Wibisono', 'Perum Meri Indah Blok A-9, RT 009 RW 005', 100, 72, 1_250_000, 1_250_000, 'PPPPU'],
  ['020', 5, 2, 3, 'Dian Anggraini', 'Jl. Majapahit No. 77, RT 003 RW 002', 145, 160, 3_200_000, 1_700_000, 'PPPPP'],
];

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function toTaxObject([kecamatan, kelurahan, block, serial, owner, address, landArea, buildingArea, land, building, history]: Row): TaxObject {
  const kelurahanName = KELURAHAN[kecamatan]?.[kelurahan - 1];
  const kecamatanName = MOJOKERTO_KECAMATAN[kecamatan];
  if (!kelurahanName || !kecamatanName) throw new Error(`tax-objects: no kelurahan ${kelurahan} in kecamatan ${kecamatan}`);
  const marks = history.split('') as PaymentMark[];
  if (marks.length !== 5) throw new Error(`tax-objects: ${owner} needs five years of history`);
  return {
    nop: `3576${kecamatan}${pad(kelurahan, 3)}${pad(block, 3)}${pad(serial, 4)}0`,
    owner,
    address,
    kelurahan: kelurahanName,
    kecamatan: kecamatanName,
    landArea,
    buildingArea,
    landValuePerM2: land,
    buildingValuePerM2: building,
    history: marks as unknown as TaxObject['history'],
  };
}

export const TAX_OBJECTS: readonly TaxObject[] = ROWS.map(toTaxObject);

const BY_NOP = new Map(TAX_OBJECTS.map((object) => [object.nop, object]));

/** The object with these 18 digits, if the register has one. */
export function findTaxObject(nop: string): TaxObject | undefined {
  return BY_NOP.get(nop);
}

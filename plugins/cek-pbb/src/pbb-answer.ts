/**
 * The answer of BPKPD's `GET /objek/:nop`, as the plugin reads it through the gateway. Written once
 * here: the demo back end builds its answer against these types.
 */

export interface Bilingual {
  id: string;
  en: string;
}

/** lunas: paid; belum-lunas: unpaid, not yet due; jatuh-tempo: unpaid after the due date (fined). */
export type YearStatus = 'lunas' | 'belum-lunas' | 'jatuh-tempo';

export interface TaxYear {
  year: number;
  /** ISO date: PBB-P2 falls due on 31 August of its year. */
  dueDate: string;
  njop: number;
  /** The tax assessed (pokok). */
  principal: number;
  status: YearStatus;
  /** ISO date of payment, for paid years. */
  paidAt: string | null;
  /** Months of interest: up to payment for paid years, up to today for unpaid ones. */
  monthsLate: number;
  fine: number;
  /** Principal plus fine: what was paid, or what is owed today. */
  total: number;
}

export interface Outstanding {
  principal: number;
  fine: number;
  total: number;
}

export interface PaymentChannel {
  id: string;
  name: Bilingual;
  how: Bilingual;
}

export interface PbbAnswer {
  /** Written form, `35.76.020.005.001-0001.0`. */
  nop: string;
  /** Partly masked. */
  owner: string;
  object: {
    address: string;
    kelurahan: string;
    kecamatan: string;
    landArea: number;
    buildingArea: number;
    /** NJOP of the current year. */
    njop: number;
  };
  /** Oldest first. */
  years: TaxYear[];
  outstanding: Outstanding;
  fineRule: { ratePerMonth: number; maxMonths: number };
  paymentChannels: readonly PaymentChannel[];
  /** ISO date the fines were computed for. */
  asOf: string;
}

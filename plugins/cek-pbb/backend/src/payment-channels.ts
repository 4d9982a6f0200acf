/** Where a citizen of Kota Mojokerto pays PBB-P2, in both languages (the plugin picks one). */
import type { PaymentChannel } from '../../src/pbb-answer';
export const PAYMENT_CHANNELS: readonly PaymentChannel[] = [
  {
    id: 'bank-jatim',
    name: { id: 'Bank Jatim (teller, ATM, JConnect Mobile)', en: 'Bank Jatim (teller, ATM, JConnect Mobile)' },
    how: {
      id: 'Pilih menu Pembayaran → Pajak Daerah → PBB Kota Mojokerto, lalu masukkan 18 digit NOP dan tahun pajak.',
      en: 'Choose Payment → Regional Tax → PBB Kota Mojokerto, then enter the 18-digit NOP and the tax year.',
    },
  },
  {
    id: 'qris',
    name: { id: 'QRIS dari aplikasi bank atau dompet digital', en: 'QRIS from any banking or e-wallet app' },
    how: {
      id: 'Minta kode QRIS tagihan di loket BPKPD atau di kelurahan, pindai, lalu periksa nama wajib pajak sebelum membayar.',
      en: 'Ask for the bill’s QRIS code at the BPKPD counter or your kelurahan office, scan it and check the taxpayer’s name before paying.',
    },
  },
  {
    id: 'kantor-pos',
    name: { id: 'Kantor Pos', en: 'Post offices' },
    how: {
      id: 'Sebutkan NOP di loket Kantor Pos mana pun di Kota Mojokerto; simpan bukti bayar.',
      en: 'Give the NOP at any post office counter in Kota Mojokerto; keep the receipt.',
    },
  },
  {
    id: 'minimarket',
    name: { id: 'Indomaret dan Alfamart', en: 'Indomaret and Alfamart' },
    how: {
      id: 'Katakan “bayar PBB Kota Mojokerto” di kasir dan sebutkan NOP.',
      en: 'Tell the cashier “PBB Kota Mojokerto payment” and give the NOP.',
    },
  },
  {
    id: 'loket-bpkpd',
    name: { id: 'Loket BPKPD Kota Mojokerto', en: 'BPKPD Kota Mojokerto counter' },
    how: {
      id: 'Senin–Jumat pukul 08.00–15.00; bawa SPPT atau catatan NOP. Petugas juga melayani keberatan dan pembetulan data.',
      en: 'Monday–Friday 08.00–15.00; bring the SPPT or a note of the NOP. Staff also handle objections and data corrections.',
    },
  },
];

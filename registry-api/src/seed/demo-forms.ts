// The demo city's form definitions: what a citizen fills in for two of its `form` services. Data,
// written as the console's editor would publish them; the seed checks them with the SDK schema.
import type { FormDefinition } from '@palapa/sdk/forms';

const t = (id: string, en: string) => ({ id, en });
const IMAGE_OR_PDF = ['application/pdf', 'image/jpeg', 'image/png'];

/** Surat Keterangan Domisili (Kecamatan Magersari): NIK, an address, conditional fields, an upload. */
const domicile: FormDefinition = {
  spec: 1,
  sections: [
    {
      key: 'pemohon',
      title: t('Data pemohon', 'Applicant'),
      fields: [
        { key: 'nama_lengkap', type: 'text', label: t('Nama lengkap (sesuai KTP-el)', 'Full name (as on the KTP-el)'), required: true, maxLength: 120 },
        { key: 'nik', type: 'nik', label: t('NIK', 'NIK (national identity number)'), help: t('16 angka pada KTP-el atau Kartu Keluarga.', 'The 16 digits on the KTP-el or Family Card.'), required: true },
        { key: 'telepon', type: 'phone', label: t('Nomor telepon/WhatsApp', 'Phone/WhatsApp number'), required: true },
        { key: 'email', type: 'email', label: t('Email (tidak wajib)', 'Email (optional)'), required: false },
      ],
    },
    {
      key: 'domisili',
      title: t('Alamat domisili', 'Address of residence'),
      fields: [
        { key: 'alamat', type: 'address', label: t('Alamat tempat tinggal sekarang', 'Current address'), required: true },
        { key: 'lama_tinggal', type: 'number', label: t('Lama tinggal di alamat ini (tahun)', 'Years at this address'), required: true, min: 0, max: 100 },
        {
          key: 'status_tempat_tinggal',
          type: 'choice',
          label: t('Status tempat tinggal', 'Type of residence'),
          required: true,
          options: [
            { value: 'milik_sendiri', label: t('Milik sendiri', 'Own home') },
            { value: 'sewa', label: t('Sewa/kontrak/kos', 'Rented') },
            { value: 'menumpang', label: t('Menumpang keluarga', 'Living with family') },
          ],
        },
        {
          key: 'nama_pemilik',
          type: 'text',
          label: t('Nama pemilik rumah', "Home owner's name"),
          required: true,
          maxLength: 120,
          visibleWhen: { field: 'status_tempat_tinggal', anyOf: ['sewa', 'menumpang'] },
        },
      ],
    },
    {
      key: 'keperluan',
      title: t('Keperluan dan berkas', 'Purpose and documents'),
      fields: [
        {
          key: 'keperluan',
          type: 'choice',
          label: t('Surat ini untuk keperluan', 'The certificate is for'),
          required: true,
          options: [
            { value: 'sekolah', label: t('Pendaftaran sekolah', 'School enrolment') },
            { value: 'pekerjaan', label: t('Melamar pekerjaan', 'A job application') },
            { value: 'bank', label: t('Perbankan', 'A bank') },
            { value: 'lainnya', label: t('Lainnya', 'Something else') },
          ],
        },
        {
          key: 'keperluan_lain',
          type: 'text',
          label: t('Sebutkan keperluannya', 'Say what it is for'),
          required: true,
          maxLength: 200,
          visibleWhen: { field: 'keperluan', anyOf: ['lainnya'] },
        },
        {
          key: 'surat_pengantar',
          type: 'file',
          label: t('Surat pengantar RT/RW', 'Cover letter from the RT/RW'),
          help: t('Foto atau pindaian (PDF, JPG, PNG), paling besar 2 MB.', 'A photo or scan (PDF, JPG, PNG), at most 2 MB.'),
          required: true,
          accept: IMAGE_OR_PDF,
          maxSizeKb: 2048,
        },
      ],
    },
  ],
};

/** PPID (Diskominfo): a short request for public information (UU 14/2008). */
const publicInformation: FormDefinition = {
  spec: 1,
  sections: [
    {
      key: 'permohonan',
      title: t('Permohonan informasi', 'Information request'),
      fields: [
        { key: 'nama', type: 'text', label: t('Nama pemohon', 'Your name'), required: true, maxLength: 120 },
        { key: 'email', type: 'email', label: t('Email untuk jawaban', 'Email for the answer'), required: true },
        { key: 'informasi', type: 'longText', label: t('Informasi yang diminta', 'The information you request'), required: true, maxLength: 2000 },
        {
          key: 'cara_memperoleh',
          type: 'choice',
          label: t('Cara memperoleh informasi', 'How to receive it'),
          required: true,
          options: [
            { value: 'email', label: t('Salinan elektronik lewat email', 'An electronic copy by email') },
            { value: 'ambil', label: t('Salinan cetak diambil di kantor', 'A printed copy collected at the office') },
          ],
        },
      ],
    },
  ],
};

export interface DemoForm {
  slug: string;
  definition: FormDefinition;
  processingDays: number;
}

export const demoForms: DemoForm[] = [
  { slug: 'surat-keterangan-domisili', definition: domicile, processingDays: 3 },
  // UU 14/2008 (KIP), art. 22: an answer within 10 working days.
  { slug: 'ppid', definition: publicInformation, processingDays: 10 },
];

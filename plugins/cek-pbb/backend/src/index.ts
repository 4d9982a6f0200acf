/** The BPKPD demo back end of Cek PBB, for the registry's demo city (`@palapa/plugin-cek-pbb/backend`). */
export { createCekPbbBackend, type CekPbbBackendOptions } from './cek-pbb-backend';
export { TAX_OBJECTS, type TaxObject } from './tax-objects';
export type { PbbAnswer, TaxYear, YearStatus, Outstanding, PaymentChannel } from '../../src/pbb-answer';

/** The DPMPTSP demo back end of Antrean MPP Gajah Mada, for the registry's demo city (`@palapa/plugin-antrean-mpp/backend`). */
export { createAntreanMppBackend, type AntreanMppBackendOptions } from './antrean-mpp-backend';
export { COUNTERS } from './counters';
export { QueueBook } from './queue-book';
export type { Booking, Counter, MyQueue, Schedule } from '../../src/queue-api';

/** The Diskominfo demo back end of Curhat Ning Ita, for the registry's demo city (`@palapa/plugin-curhat/backend`). */
export { createCurhatBackend, type CurhatBackendOptions } from './curhat-backend';
export { DEMO_COMPLAINTS } from './demo-complaints';
export type { ComplaintView, FiledComplaint, TimelineEntry } from '../../src/complaint';

/** What the gateway benchmark's registry process sets up and the runner calls. */
export const BENCH_PASSWORD = 'kata-sandi-bench-123';
export const BENCH_EMAIL = 'warga@bench.id';
export const BENCH_SERVICES = { plain: 'bench-gerbang', profile: 'bench-profil' } as const;
/** The path the runner requests, below the upstream (direct) or the gateway. */
export const BENCH_PATH = '/pbb/35.76.010.001.001-0001.0?tahun=2026';

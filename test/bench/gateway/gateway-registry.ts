/**
 * The registry of the gateway benchmark, in its own process: a fresh database (in-memory PGlite,
 * or DATABASE_URL), the demo city, and two module services whose approved upstream is
 * BENCH_UPSTREAM: `bench-gerbang` (no permissions) and `bench-profil` (asks `user.profile`, so
 * each call is signed and written to the access log). A citizen `warga@bench.id` can sign in.
 * Run: BENCH_UPSTREAM=http://… node --import tsx gateway-registry.ts
 */
import { serve } from '@hono/node-server';
import { createApp, insertUser, migrateDatabase, openDatabase, schema, seedDemoCity } from '@palapa/registry-api';
import { remoteNameFor } from '@palapa/sdk';
import { eq } from 'drizzle-orm';
import { BENCH_EMAIL, BENCH_PASSWORD, BENCH_SERVICES } from './bench-fixture';


async function main() {
  const upstream = process.env.BENCH_UPSTREAM;
  if (!upstream) throw new Error('BENCH_UPSTREAM is not set');
  const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined });
  await migrateDatabase(handle);
  await seedDemoCity(handle.db);
  const db = handle.db;
  const [opd] = await db.select().from(schema.opds).where(eq(schema.opds.slug, 'bpkpd'));
  if (!opd) throw new Error('the demo city has no BPKPD');
  const text = (id: string) => ({ id, en: id });
  const list = (id: string) => ({ id: [id], en: [id] });
  for (const [slug, permissions] of [[BENCH_SERVICES.plain, []], [BENCH_SERVICES.profile, ['user.profile']]] as const) {
    const [service] = await db
      .insert(schema.services)
      .values({
        slug, kind: 'module', opdId: opd.id, categorySlug: 'pajak', name: text(`Bench ${slug}`), summary: text('Bench.'), description: text('Bench.'),
        requirements: list('-'), procedure: list('-'), processingTime: text('-'), fee: text('-'), product: text('-'), complaintChannel: text('-'), legalBasis: list('-'),
      })
      .returning();
    if (!service) throw new Error('service insert returned no row');
    const manifest = { spec: 1 as const, slug, version: '1.0.0', name: text(slug), remote: remoteNameFor(slug), entry: 'remoteEntry.js', exposes: './plugin' as const, permissions: [...permissions] };
    const [version] = await db
      .insert(schema.pluginVersions)
      .values({ serviceId: service.id, version: '1.0.0', manifest, entryUrl: `/bundles/${slug}/remoteEntry.js`, integrity: 'sha384-bench', status: 'approved' })
      .returning();
    await db.update(schema.services).set({ activeVersionId: version?.id }).where(eq(schema.services.id, service.id));
    await db.insert(schema.serviceUpstreams).values({ serviceId: service.id, url: upstream.replace(/\/+$/, ''), status: 'approved' });
  }
  await insertUser(db, { email: BENCH_EMAIL, name: 'Warga Bench', role: 'citizen', password: BENCH_PASSWORD });
  // A limit no benchmark reaches: the measurement is of forwarding, not of refusing.
  const app = createApp({ db, gateway: { ratePerMinute: 100_000_000 } });
  serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    console.log(`Bench registry running at http://127.0.0.1:${info.port}/ `);
  });
  process.once('SIGTERM', () => {
    void handle.close().finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categories, meta, opds, services } from '../db/schema';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';
import { seedDemoCity } from './seed-demo-city';

const PILOT_SLUGS = [
  'psc-119',
  'call-center-112',
  'cek-pbb',
  'cctv',
  'curhat-ning-ita',
  'si-makel',
  'gayatri',
  'ppid',
  'antrean-mpp',
  'sapa-mas-pj',
  'simojo',
  'wifi-gratis',
];

describe.each(testDrivers())('seedDemoCity (%s)', (driver) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });

  afterAll(async () => {
    await database?.dispose();
  });

  const counts = async () => ({
    opds: await database.db.$count(opds),
    services: await database.db.$count(services),
    categories: await database.db.$count(categories),
  });

  it('seeds Kota Mojokerto once: a second call changes nothing', async () => {
    expect(await seedDemoCity(database.db)).toBe(true);
    const first = await counts();
    expect(first.opds).toBeGreaterThanOrEqual(8);
    expect(first.services).toBeGreaterThanOrEqual(12);
    expect(first.categories).toBeGreaterThan(0);

    expect(await seedDemoCity(database.db)).toBe(false);
    expect(await counts()).toEqual(first);
  });

  it('seeds the twelve pilot services and the emergency module, enabled', async () => {
    await seedDemoCity(database.db);
    const rows = await database.db.select({ slug: services.slug, kind: services.kind, enabled: services.enabled }).from(services);
    const slugs = rows.map((row) => row.slug);
    for (const slug of [...PILOT_SLUGS, 'darurat']) expect(slugs).toContain(slug);
    expect(rows.find((row) => row.slug === 'darurat')?.kind).toBe('module');
    expect(rows.find((row) => row.slug === 'cek-pbb')?.kind).toBe('module');
    expect(rows.every((row) => row.enabled)).toBe(true);
  });
});

describe.each(testDrivers())('seedDemoCity on a database that cannot take it (%s)', (driver) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it('leaves no half city behind, and can seed once the obstacle is gone', async () => {
    // An OPD with a seeded slug makes the OPD insert fail after the marker and categories were written.
    await database.db.insert(opds).values({ slug: 'bpkpd', name: 'Penghalang', shortName: 'X' });
    await expect(seedDemoCity(database.db)).rejects.toThrow();
    expect(await database.db.$count(meta)).toBe(0);
    expect(await database.db.$count(categories)).toBe(0);
    expect(await database.db.$count(services)).toBe(0);

    await database.db.delete(opds).where(eq(opds.slug, 'bpkpd'));
    expect(await seedDemoCity(database.db)).toBe(true);
    expect(await database.db.$count(services)).toBeGreaterThanOrEqual(12);
  });
});

describe.each(testDrivers())('seedDemoCity from instances starting at once (%s)', (driver) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it('seeds once: the other starts fine and seeds nothing', async () => {
    const results = await Promise.all([seedDemoCity(database.db), seedDemoCity(database.db), seedDemoCity(database.db)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await database.db.$count(meta)).toBe(1);
    expect(await database.db.$count(services)).toBeGreaterThanOrEqual(12);
  });
});

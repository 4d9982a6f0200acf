import { isSlug } from '@palapa/sdk';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opds, services } from '../db/schema';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';
import { generateNation, nationCapacity } from './generate-nation';
import { seedDemoCity } from './seed-demo-city';

describe('nationCapacity', () => {
  it('names 27,000 services over the 150 regions, and 300 for one city', () => {
    expect(nationCapacity()).toBeGreaterThanOrEqual(27_000);
    expect(nationCapacity(1)).toBeGreaterThanOrEqual(300);
  });
});

describe.each(testDrivers())('generateNation (%s)', (driver) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it('adds N realistic bilingual services beside the demo city, with valid unique slugs and their OPDs', async () => {
    await seedDemoCity(database.db);
    const [before] = await database.db.select({ n: count() }).from(services);
    const generated = await generateNation(database.db, { services: 320, batchSize: 100 });
    expect(generated.services).toBe(320);
    const rows = await database.db.select().from(services);
    expect(rows.length - (before?.n ?? 0)).toBe(320);
    expect(new Set(rows.map((row) => row.slug)).size).toBe(rows.length);
    for (const row of rows) expect(isSlug(row.slug)).toBe(true);
    const [sleman] = await database.db.select().from(services).where(eq(services.slug, 'izin-usaha-mikro-kab-sleman'));
    expect(sleman?.name).toEqual({ id: 'Izin Usaha Mikro Kabupaten Sleman', en: 'Micro Business Permit, Sleman Regency' });
    expect(sleman?.keywords).toContain('sleman');
    const [opd] = await database.db.select().from(opds).where(eq(opds.id, sleman?.opdId ?? ''));
    expect(opd?.name).toBe('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Sleman');
  });

  it('makes one city with regions: 1, its services offered through several channels', async () => {
    const fresh = await createTestDatabase(driver);
    try {
      await generateNation(fresh.db, { services: 300, regions: 1 });
      const rows = await fresh.db.select({ slug: services.slug, name: services.name }).from(services);
      expect(rows).toHaveLength(300);
      expect(rows.every((row) => row.slug.includes('kab-sleman'))).toBe(true);
      expect(rows.map((row) => row.name.id)).toContain('Layanan Daring Izin Usaha Mikro Kabupaten Sleman');
    } finally {
      await fresh.dispose();
    }
  });

  it('refuses more services than it can name', async () => {
    await expect(generateNation(database.db, { services: nationCapacity(1) + 1, regions: 1 })).rejects.toThrow(RangeError);
  });
});

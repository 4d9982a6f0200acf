import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opds } from '../db/schema';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';
import { isUniqueViolation } from './unique-violation';

describe.each(testDrivers())('isUniqueViolation (%s)', (driver) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterAll(() => database?.dispose());

  it('recognises a duplicate key however the driver and drizzle wrap it, and nothing else', async () => {
    const row = { slug: 'dinas-ganda', name: 'Dinas Ganda', shortName: 'DG' };
    await database.db.insert(opds).values(row);
    const duplicate = await database.db.insert(opds).values(row).then(() => null, (error: unknown) => error);
    expect(isUniqueViolation(duplicate)).toBe(true);
    const otherFailure = await database.db.insert(opds).values({ ...row, slug: 'lain', name: null as unknown as string }).then(() => null, (error: unknown) => error);
    expect(otherFailure).not.toBeNull();
    expect(isUniqueViolation(otherFailure)).toBe(false);
    expect(isUniqueViolation(new Error('x'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});

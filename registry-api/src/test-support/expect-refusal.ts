import { expect } from 'vitest';
import type { Database } from '../db/client';
import { snapshotDatabase } from './database-snapshot';
import { errorOf } from './staff-api';

export interface ExpectedRefusal {
  status: number;
  /** The error code the API answers with, e.g. `invalid_input`. */
  code?: string;
  /** What the message must say. */
  message?: RegExp;
}

/**
 * Sends a request that must be refused and checks the refusal changed nothing: the status, the
 * code and message asked for, and the same database snapshot before and after. Returns the error.
 */
export async function expectRefusal(db: Database, response: Promise<Response>, expected: ExpectedRefusal) {
  const before = await snapshotDatabase(db);
  const error = await errorOf(await response);
  expect(error.status, error.message).toBe(expected.status);
  if (expected.code !== undefined) expect(error.code, error.message).toBe(expected.code);
  if (expected.message) expect(error.message).toMatch(expected.message);
  expect(await snapshotDatabase(db)).toEqual(before);
  return error;
}

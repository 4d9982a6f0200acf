import type { Context } from 'hono';
import type { Database } from '../db/client';
import type { DomainContext } from '../domain/context';
import type { AppEnv } from './app-env';

/** The domain context of a request: the database, the resolved caller, their address. */
export function domainContext(c: Context<AppEnv>, db: Database): DomainContext {
  return { db, actor: c.get('actor'), ip: c.get('ip') };
}

import type { Database } from '../db/client';
import type { Role } from '../db/schema';

/** Who is asking. Every domain verb receives it and checks it itself. */
export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      userId: string;
      email: string;
      role: Role;
      /** The OPD a publisher (or a publisher's token) is scoped to; null for admins and citizens. */
      opdId: string | null;
      via: 'session' | 'token';
    };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

/** What a domain verb needs: the database, the caller and where the call came from (for the audit log). */
export interface DomainContext {
  db: Database;
  actor: Actor;
  ip: string | null;
}

export function actorLabel(actor: Actor): string {
  return actor.kind === 'user' ? `${actor.email} (${actor.role}${actor.via === 'token' ? ', token' : ''})` : 'anonymous';
}

import { DomainError } from '../errors';
import type { Actor } from '../context';

type SignedIn = Extract<Actor, { kind: 'user' }>;

export function requireSignedIn(actor: Actor): SignedIn {
  if (actor.kind !== 'user') throw new DomainError('unauthorized', 'Sign in (or send an API token) to do this.');
  return actor;
}

export function requireAdmin(actor: Actor): SignedIn {
  const user = requireSignedIn(actor);
  if (user.role !== 'admin') throw new DomainError('forbidden', 'Only an admin (Diskominfo) may do this.');
  return user;
}

/** Admins may act for any OPD; a publisher only for its own. */
export function requireActsForOpd(actor: Actor, opdId: string): SignedIn {
  const user = requireSignedIn(actor);
  if (user.role === 'admin') return user;
  if (user.role === 'publisher' && user.opdId === opdId) return user;
  throw new DomainError('forbidden', "You may only manage your own OPD's services.");
}

/** Publishers and admins: the people who run services. */
export function requireStaff(actor: Actor): SignedIn {
  const user = requireSignedIn(actor);
  if (user.role === 'citizen') throw new DomainError('forbidden', 'Only OPD publishers and admins may do this.');
  return user;
}

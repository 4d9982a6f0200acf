import { z } from 'zod';
import { requireActsForOpd, requireStaff } from '../auth/authorize';
import type { DomainContext } from '../context';
import { parseInput } from '../parse-input';
import { slugSchema } from '../services/service-input';
import { loadService } from '../services/staff-service';
import { versionSummaries, type VersionSummary } from './version-summary';

/** A service's versions for the publishers of its OPD and for admins, newest first. */
export async function listVersions(ctx: DomainContext, input: unknown): Promise<VersionSummary[]> {
  requireStaff(ctx.actor);
  const { slug } = parseInput(z.strictObject({ slug: slugSchema }), input);
  const service = await loadService(ctx.db, slug);
  requireActsForOpd(ctx.actor, service.opdId);
  return versionSummaries(ctx.db, service);
}

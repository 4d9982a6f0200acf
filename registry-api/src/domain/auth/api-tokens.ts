import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { apiTokens } from '../../db/schema';
import { writeAudit } from '../audit/write-audit';
import type { DomainContext } from '../context';
import { NotFoundError, InputError } from '../errors';
import { requireStaff } from './authorize';
import { hashSecret, newSecret } from './secrets';

export const TOKEN_PREFIX = 'palapa_';
const MAX_DAYS = 366;

export const newTokenSchema = z
  .object({
    name: z.string().trim().min(1).max(100).describe('what the token is for, e.g. "CI Dishub"'),
    expiresInDays: z.number().int().min(1).max(MAX_DAYS).default(90),
  })
  .strict();

export interface TokenSummary {
  id: string;
  name: string;
  prefix: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

type TokenRow = typeof apiTokens.$inferSelect;
const summarize = (row: TokenRow): TokenSummary => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  expiresAt: row.expiresAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
});

/** Creates a token scoped to the creator's OPD. The secret is returned here, once, and never again. */
export async function createApiToken(ctx: DomainContext, input: unknown): Promise<TokenSummary & { token: string }> {
  const user = requireStaff(ctx.actor);
  if (user.via === 'token') throw new InputError('Create tokens from a signed-in session, not with another token.');
  const parsed = newTokenSchema.safeParse(input);
  if (!parsed.success) throw InputError.fromZod(parsed.error);
  const token = newSecret(TOKEN_PREFIX);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        userId: user.userId,
        opdId: user.opdId,
        name: parsed.data.name,
        prefix: token.slice(0, TOKEN_PREFIX.length + 6),
        secretHash: hashSecret(token),
        expiresAt: new Date(Date.now() + parsed.data.expiresInDays * 86_400_000),
      })
      .returning();
    if (!row) throw new Error('token insert returned no row');
    const summary = summarize(row);
    await writeAudit(tx, ctx, { action: 'token.create', targetType: 'api_token', targetId: row.id, after: summary });
    return { ...summary, token };
  });
}

export async function listApiTokens(ctx: DomainContext): Promise<TokenSummary[]> {
  const user = requireStaff(ctx.actor);
  const rows = await ctx.db.select().from(apiTokens).where(eq(apiTokens.userId, user.userId)).orderBy(desc(apiTokens.createdAt));
  return rows.map(summarize);
}

/** Revokes one of the caller's tokens (admins may revoke anyone's). */
export async function revokeApiToken(ctx: DomainContext, tokenId: string): Promise<TokenSummary> {
  const user = requireStaff(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const owned = user.role === 'admin' ? eq(apiTokens.id, tokenId) : and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, user.userId));
    const [before] = await tx.select().from(apiTokens).where(and(owned, isNull(apiTokens.revokedAt)));
    if (!before) throw new NotFoundError('No such active token of yours.');
    const [after] = await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, tokenId)).returning();
    if (!after) throw new Error('token update returned no row');
    await writeAudit(tx, ctx, { action: 'token.revoke', targetType: 'api_token', targetId: tokenId, before: summarize(before), after: summarize(after) });
    return summarize(after);
  });
}

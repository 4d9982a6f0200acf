import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Database } from '../db/client';
import { signIn, signOut } from '../domain/auth/sessions';
import { findPublicUser } from '../domain/auth/users';
import { DomainError } from '../domain/errors';
import { createApiRouter } from '../http/api-router';
import { SESSION_COOKIE } from '../http/auth-middleware';
import { domainContext } from '../http/domain-context';
import { pickErrors } from '../http/error-responses';

const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(['admin', 'publisher', 'citizen']),
    opd: z.object({ slug: z.string(), name: z.string() }).nullable(),
  })
  .openapi('User');
const sessionSchema = z.object({ user: userSchema, csrfToken: z.string() }).openapi('Session');

const signInRoute = createRoute({
  method: 'post',
  path: '/sign-in',
  tags: ['auth'],
  summary: 'Sign in with email and password; sets the session cookie',
  request: { body: { content: { 'application/json': { schema: z.object({ email: z.string().max(254), password: z.string().max(200) }).strict() } }, required: true } },
  responses: { 200: { description: 'Signed in', content: { 'application/json': { schema: sessionSchema } } }, ...pickErrors(400, 401, 403, 429) },
});
const signOutRoute = createRoute({
  method: 'post',
  path: '/sign-out',
  tags: ['auth'],
  summary: 'End the session',
  responses: { 204: { description: 'Signed out' }, ...pickErrors(403) },
});
const meRoute = createRoute({
  method: 'get',
  path: '/me',
  tags: ['auth'],
  summary: 'The signed-in user and the CSRF token mutations must send',
  responses: { 200: { description: 'Signed in', content: { 'application/json': { schema: sessionSchema } } }, ...pickErrors(401) },
});

const isLocalHost = (host: string) => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);

export function authRoutes(deps: { db: Database }) {
  const app = createApiRouter();

  app.openapi(signInRoute, async (c) => {
    // Login CSRF: a browser always sends Origin on a cross-site POST; refuse foreign ones.
    const origin = c.req.header('origin');
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (origin && origin !== 'null' && new URL(origin).host !== host) {
      throw new DomainError('forbidden', 'Sign in from the portal itself.');
    }
    const session = await signIn(domainContext(c, deps.db), c.req.valid('json'));
    setCookie(c, SESSION_COOKIE, session.secret, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: !isLocalHost(host),
      path: '/',
      expires: session.expiresAt,
    });
    return c.json({ user: session.user, csrfToken: session.csrfToken }, 200);
  });

  app.openapi(signOutRoute, async (c) => {
    const secret = c.get('sessionSecret');
    if (secret) await signOut(domainContext(c, deps.db), secret);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.openapi(meRoute, async (c) => {
    const actor = c.get('actor');
    const csrfToken = c.get('csrfToken');
    const user = actor.kind === 'user' ? await findPublicUser(deps.db, actor.userId) : null;
    if (!user || !csrfToken) throw new DomainError('unauthorized', 'Not signed in.');
    return c.json({ user, csrfToken }, 200);
  });

  return app;
}

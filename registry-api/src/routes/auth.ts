import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Database } from '../db/client';
import { register, registrationSchema } from '../domain/auth/register';
import { signIn, signOut, type SignedInSession } from '../domain/auth/sessions';
import { findPublicUser } from '../domain/auth/users';
import { DomainError } from '../domain/errors';
import { createApiRouter } from '../http/api-router';
import { SESSION_COOKIE } from '../http/auth-middleware';
import { domainContext } from '../http/domain-context';
import { pickErrors } from '../http/error-responses';
import { limitBody } from '../http/limit-body';
import { MAX_JSON_BODY_BYTES } from './staff-schemas';

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
const registerRoute = createRoute({
  method: 'post',
  path: '/register',
  tags: ['auth'],
  summary: 'Open a citizen account (password of at least 10 characters); signs in and sets the session cookie',
  middleware: [limitBody(MAX_JSON_BODY_BYTES)] as const,
  request: { body: { content: { 'application/json': { schema: registrationSchema } }, required: true } },
  responses: { 201: { description: 'Registered and signed in', content: { 'application/json': { schema: sessionSchema } } }, ...pickErrors(400, 403, 409, 413, 429) },
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
    refuseForeignOrigin(c);
    const session = await signIn(domainContext(c, deps.db), c.req.valid('json'));
    setSessionCookie(c, session);
    return c.json({ user: session.user, csrfToken: session.csrfToken }, 200);
  });

  app.openapi(registerRoute, async (c) => {
    refuseForeignOrigin(c);
    const session = await register(domainContext(c, deps.db), c.req.valid('json'));
    setSessionCookie(c, session);
    return c.json({ user: session.user, csrfToken: session.csrfToken }, 201);
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

/** Login CSRF: a browser always sends Origin on a cross-site POST; refuse foreign ones. */
function refuseForeignOrigin(c: Context) {
  const origin = c.req.header('origin');
  if (origin && origin !== 'null' && URL.parse(origin)?.host !== requestHost(c)) {
    throw new DomainError('forbidden', 'Sign in from the portal itself.');
  }
}

function setSessionCookie(c: Context, session: SignedInSession) {
  setCookie(c, SESSION_COOKIE, session.secret, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: !isLocalHost(requestHost(c)),
    path: '/',
    expires: session.expiresAt,
  });
}

const requestHost = (c: Context) => c.req.header('host') ?? new URL(c.req.url).host;

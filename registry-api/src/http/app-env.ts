import type { Actor } from '../domain/context';

/** What the middleware resolves for every request. */
export interface AppEnv {
  Variables: {
    actor: Actor;
    /** The session's CSRF token, when the caller came with a session cookie. */
    csrfToken: string | null;
    sessionSecret: string | null;
    ip: string | null;
  };
}

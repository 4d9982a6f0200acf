import type { Database } from '../db/client';
import { insertUser, type PublicUser } from '../domain/auth/users';

type Requester = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

export const TEST_PASSWORD = 'kata-sandi-uji-123';

export interface SignedInClient {
  user: PublicUser;
  /** Headers that authenticate a request as this user, CSRF token included. */
  headers: Record<string, string>;
}

/** Creates an account and signs it in through the API, as a browser would. */
export async function signedIn(
  app: Requester,
  db: Database,
  account: { email: string; role: 'admin' | 'publisher' | 'citizen'; opd?: string },
): Promise<SignedInClient> {
  const user = await insertUser(db, { ...account, name: account.email.split('@')[0] ?? 'uji', password: TEST_PASSWORD });
  const response = await app.request('/api/v1/auth/sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: account.email, password: TEST_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { user, headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken } };
}

/** The five callers the authorization matrix walks. */
export async function createActors(app: Requester, db: Database) {
  return {
    admin: await signedIn(app, db, { email: 'admin@uji.go.id', role: 'admin' }),
    publisher: await signedIn(app, db, { email: 'penerbit@bpkpd.uji.go.id', role: 'publisher', opd: 'bpkpd' }),
    otherPublisher: await signedIn(app, db, { email: 'penerbit@dishub.uji.go.id', role: 'publisher', opd: 'dishub' }),
    citizen: await signedIn(app, db, { email: 'warga@uji.id', role: 'citizen' }),
  };
}

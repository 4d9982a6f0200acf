import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { meta, opds } from '../db/schema';
import { newPassword } from '../domain/auth/secrets';
import { insertUser } from '../domain/auth/users';

const SEED_KEY = 'seed:demo-accounts';
export const DEMO_CITIZEN_EMAIL = 'warga@contoh.id';

export interface SeededAccount {
  email: string;
  role: 'admin' | 'publisher' | 'citizen';
  opd: string | null;
  password: string;
}

/**
 * One admin (Diskominfo), one publisher per OPD and one citizen, once. Passwords come from
 * PALAPA_ADMIN_PASSWORD / PALAPA_PUBLISHER_PASSWORD / PALAPA_CITIZEN_PASSWORD or are generated; they are returned so
 * `npm start` prints them on this first start only, and only their scrypt hashes are stored.
 */
export async function seedDemoAccounts(
  db: Database,
  passwords: { admin?: string | undefined; publisher?: string | undefined; citizen?: string | undefined } = {},
): Promise<SeededAccount[]> {
  return db.transaction(async (tx) => {
    const [marker] = await tx.select().from(meta).where(eq(meta.key, SEED_KEY));
    if (marker) return [];
    await tx.insert(meta).values({ key: SEED_KEY, value: { seededAt: new Date().toISOString() } });
    const accounts: SeededAccount[] = [
      { email: 'admin@mojokertokota.go.id', role: 'admin', opd: null, password: passwords.admin ?? newPassword() },
    ];
    for (const opd of await tx.select({ slug: opds.slug }).from(opds).orderBy(opds.slug)) {
      accounts.push({ email: `${opd.slug}@mojokertokota.go.id`, role: 'publisher', opd: opd.slug, password: passwords.publisher ?? newPassword() });
    }
    // A citizen to try the forms with: filing as a signed-in citizen, "Permohonan saya", ratings.
    accounts.push({ email: DEMO_CITIZEN_EMAIL, role: 'citizen', opd: null, password: passwords.citizen ?? newPassword() });
    for (const account of accounts) {
      const name = account.role === 'admin' ? 'Admin Diskominfo' : account.role === 'citizen' ? 'Warga Contoh' : `Tim ${account.opd?.toUpperCase()}`;
      await insertUser(tx, { email: account.email, name, role: account.role, password: account.password, ...(account.opd ? { opd: account.opd } : {}) });
    }
    return accounts;
  });
}

import type { Config } from './config/config';
import { openDatabase, type DatabaseHandle } from './db/client';
import { migrateDatabase } from './db/migrate';
import { DatabaseBundleStore } from './domain/bundles/bundle-store';
import { registerBuiltPlugins, type RegisteredPlugin } from './seed/register-built-plugins';
import { seedDemoAccounts, type SeededAccount } from './seed/seed-demo-accounts';
import { seedDemoCity } from './seed/seed-demo-city';

export interface Bootstrapped {
  handle: DatabaseHandle;
  store: DatabaseBundleStore;
  seeded: boolean;
  plugins: RegisteredPlugin[];
  /** Accounts created on this start, with their passwords: print them once. */
  accounts: SeededAccount[];
}

/** Opens and migrates the database, then seeds the demo city and its built plugins when asked. */
export async function bootstrap(config: Config): Promise<Bootstrapped> {
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateDatabase(handle);
    const store = new DatabaseBundleStore(handle.db);
    if (config.seed === 'none') return { handle, store, seeded: false, plugins: [], accounts: [] };
    const seeded = await seedDemoCity(handle.db);
    const accounts = await seedDemoAccounts(handle.db, config.seedPasswords);
    const plugins = await registerBuiltPlugins(handle.db, store, config.pluginsDir);
    return { handle, store, seeded, plugins, accounts };
  } catch (error) {
    await handle.close().catch(() => {});
    throw error;
  }
}

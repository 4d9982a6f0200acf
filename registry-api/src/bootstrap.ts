import type { Config } from './config/config';
import { openDatabase, type DatabaseHandle } from './db/client';
import { migrateDatabase } from './db/migrate';
import { DatabaseBundleStore } from './domain/bundles/bundle-store';
import { registerBuiltPlugins, type RegisteredPlugin } from './seed/register-built-plugins';
import { seedDemoCity } from './seed/seed-demo-city';

export interface Bootstrapped {
  handle: DatabaseHandle;
  store: DatabaseBundleStore;
  seeded: boolean;
  plugins: RegisteredPlugin[];
}

/** Opens and migrates the database, then seeds the demo city and its built plugins when asked. */
export async function bootstrap(config: Config): Promise<Bootstrapped> {
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateDatabase(handle);
    const store = new DatabaseBundleStore(handle.db);
    if (config.seed === 'none') return { handle, store, seeded: false, plugins: [] };
    const seeded = await seedDemoCity(handle.db);
    const plugins = await registerBuiltPlugins(handle.db, store, config.pluginsDir);
    return { handle, store, seeded, plugins };
  } catch (error) {
    await handle.close().catch(() => {});
    throw error;
  }
}

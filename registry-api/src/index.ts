/** The registry as a library: what tests and tools may use. */
export { createApp, type AppDependencies, type PalapaApp } from './app';
export { bootstrap } from './bootstrap';
export { loadConfig, type Config } from './config/config';
export { openDatabase, DataDirectoryError, type Database, type DatabaseHandle } from './db/client';
export { migrateDatabase } from './db/migrate';
export * as schema from './db/schema';
export { DatabaseBundleStore, type BundleStore } from './domain/bundles/bundle-store';
export { publishVersion, sriHash, bundleUrl } from './domain/bundles/publish-version';
export { readBundleDirectory } from './domain/bundles/read-directory';
export { seedDemoCity } from './seed/seed-demo-city';
export { registerBuiltPlugins } from './seed/register-built-plugins';
export { insertUser } from './domain/auth/users';
export { generateNation } from './seed/generate-nation';

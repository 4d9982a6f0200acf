import { defineConfig } from 'drizzle-kit';

// `drizzle-kit generate` needs no database: it diffs the TypeScript schema against the
// snapshots in drizzle/ and writes the next SQL migration there.
export default defineConfig({
  dialect: 'postgresql',
  schema: './registry-api/src/db/schema/index.ts',
  out: './drizzle',
  casing: 'snake_case',
});

/**
 * The OPD team's publishing loop, timed end to end with the real `palapa` CLI against a real
 * registry (issue 5): create → build → publish → an admin approves and activates → the version is
 * in the public catalogue. Run: `npx tsx test/bench/plugin-loop.ts` (also part of `npm run bench`).
 * The plugin is scaffolded inside the repository (test/.tmp/) so it resolves vite, lit and the SDK.
 */
import { insertUser } from '@palapa/registry-api';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startPortal } from '../e2e/support/portal-server';
import { moduleServiceBody, postAs, runCli, signInStaff } from '../e2e/support/palapa-cli';

const ADMIN = { email: 'admin@bench.go.id', password: 'kata-sandi-admin-bench' };
const PUBLISHER = { email: 'penerbit@bench.go.id', password: 'kata-sandi-penerbit-bench' };

interface Step {
  name: string;
  ms: number;
}

/** Runs the loop once and prints each step's time; returns the steps. */
export async function runPluginLoop(): Promise<Step[]> {
  const scratch = fileURLToPath(new URL(`../.tmp/bench-${randomBytes(4).toString('hex')}/`, import.meta.url));
  const slug = `bench-loop-${randomBytes(3).toString('hex')}`;
  const pluginDir = join(scratch, slug);
  const env = { XDG_CONFIG_HOME: join(scratch, 'config'), PALAPA_TOKEN: '', PALAPA_REGISTRY: '' };
  mkdirSync(scratch, { recursive: true });
  console.log(`\nPlugin loop (palapa CLI): Node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  const portal = await startPortal('pglite', async (db) => {
    await insertUser(db, { ...ADMIN, name: 'Admin Bench', role: 'admin' });
    await insertUser(db, { ...PUBLISHER, name: 'Penerbit Bench', role: 'publisher', opd: 'diskominfo' });
  }).catch((error: unknown) => {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  });
  const steps: Step[] = [];
  const time = async (name: string, action: () => Promise<void>) => {
    const started = performance.now();
    await action();
    steps.push({ name, ms: performance.now() - started });
  };
  const cli = async (args: string[], cwd = pluginDir) => {
    const run = await runCli(args, { cwd, env });
    if (run.code !== 0) throw new Error(`palapa ${args[0]} failed:\n${run.stderr}`);
  };
  try {
    const publisher = await signInStaff(portal.url, PUBLISHER.email, PUBLISHER.password);
    const admin = await signInStaff(portal.url, ADMIN.email, ADMIN.password);
    await postAs(portal.url, publisher, '/services', moduleServiceBody(slug, 'Layanan Bench'));
    const { token } = await postAs<{ token: string }>(portal.url, publisher, '/tokens', { name: 'bench' });
    await cli(['login', '--registry', portal.url, '--token', token], scratch);

    const loopStarted = performance.now();
    await time('palapa create', () => cli(['create', slug, '--name-id', 'Layanan Bench', '--yes', '--dir', scratch], scratch));
    await time('palapa build', () => cli(['build']));
    await time('palapa publish', () => cli(['publish']));
    await time('approve + activate (admin API)', async () => {
      await postAs(portal.url, admin, `/services/${slug}/versions/0.1.0/approve`, {});
      await postAs(portal.url, admin, `/services/${slug}/versions/0.1.0/activate`);
    });
    await time('visible in the catalogue', async () => {
      for (;;) {
        const response = await fetch(`${portal.url}/api/v1/catalogue/${slug}`);
        const body = response.ok ? ((await response.json()) as { version?: string | null; entry?: unknown }) : null;
        if (body?.version === '0.1.0' && body.entry) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    steps.push({ name: 'total: create → visible', ms: performance.now() - loopStarted });
  } finally {
    await portal.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
  for (const step of steps) console.log(`  ${step.name.padEnd(32)} ${(step.ms / 1000).toFixed(2).padStart(6)} s`);
  return steps;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runPluginLoop().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

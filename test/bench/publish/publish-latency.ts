/**
 * Issue #3's publishing benchmark: a publisher uploads a 1 MB plugin archive, an admin approves
 * and activates it; how long until it is active, and until a citizen's event stream hears of it.
 * Everything goes over HTTP to the real registry process, as the CLI and the console would.
 */
import { insertUser, schema, type Database } from '@palapa/registry-api';
import { remoteNameFor } from '@palapa/sdk';
import { randomBytes } from 'node:crypto';
import { fakeEntry } from '../../../registry-api/src/test-support/fake-plugin';
import { SseReader } from '../../../registry-api/src/test-support/sse-reader';
import { serviceBody } from '../../../registry-api/src/test-support/staff-api';
import { tarGz } from '../../../registry-api/src/test-support/tarball';

export const PUBLISH_ARCHIVE_BYTES = 1024 * 1024;
const PASSWORD = 'bench-kata-sandi-123';
const ADMIN = 'admin@bench.palapa.id';
const PUBLISHER = 'penerbit@bench.palapa.id';

export interface PublishResult {
  archiveBytes: number;
  /** Upload → approve → activate answered, per round, ms. */
  toActive: number[];
  /** Upload started → the `version.activated` event read from /api/v1/events, per round, ms. */
  toEvent: number[];
}

export interface PublishTarget {
  opd: string;
  category: string;
}

/** Before the registry starts: the two accounts the benchmark signs in as, the publisher in the dataset's first OPD. */
export async function createBenchAccounts(db: Database): Promise<PublishTarget> {
  const [opd] = await db.select({ slug: schema.opds.slug }).from(schema.opds).orderBy(schema.opds.slug).limit(1);
  const [category] = await db.select({ slug: schema.categories.slug }).from(schema.categories).limit(1);
  if (!opd || !category) throw new Error('the dataset has no OPD or no category');
  await insertUser(db, { email: ADMIN, name: 'Admin Bench', role: 'admin', password: PASSWORD });
  await insertUser(db, { email: PUBLISHER, name: 'Penerbit Bench', role: 'publisher', opd: opd.slug, password: PASSWORD });
  return { opd: opd.slug, category: category.slug };
}

export async function measurePublish(baseUrl: string, target: PublishTarget, rounds: number): Promise<PublishResult> {
  const admin = await signIn(baseUrl, ADMIN);
  const publisher = await signIn(baseUrl, PUBLISHER);
  const slug = `bench-unggah-${randomBytes(3).toString('hex')}`;
  await expectOk(
    fetch(`${baseUrl}/api/v1/services`, {
      method: 'POST',
      headers: { ...publisher, 'Content-Type': 'application/json' },
      body: JSON.stringify(serviceBody(slug, { opd: target.opd, category: target.category })),
    }),
  );
  const events = await fetch(`${baseUrl}/api/v1/events`, { headers: { Accept: 'text/event-stream' } });
  const reader = new SseReader(events.body);
  const result: PublishResult = { archiveBytes: 0, toActive: [], toEvent: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      const version = `1.0.${round}`;
      const archive = await pluginArchive(slug, version);
      // The Blob copies; the typings want a plain ArrayBuffer behind the bytes.
      const bundle = new Blob([archive as Uint8Array<ArrayBuffer>], { type: 'application/gzip' });
      result.archiveBytes = archive.byteLength;
      const form = new FormData();
      form.set('manifest', JSON.stringify(manifest(slug, version)));
      form.set('bundle', bundle, 'bundle.tgz');
      const versionUrl = `${baseUrl}/api/v1/services/${slug}/versions`;
      const started = performance.now();
      await expectOk(fetch(versionUrl, { method: 'POST', headers: publisher, body: form }));
      await expectOk(fetch(`${versionUrl}/${version}/approve`, { method: 'POST', headers: admin }));
      await expectOk(fetch(`${versionUrl}/${version}/activate`, { method: 'POST', headers: admin }));
      result.toActive.push(performance.now() - started);
      for (;;) {
        const frame = await reader.next({ timeoutMs: 10_000 });
        if (frame.event === 'version.activated' && frame.data.includes(`"${version}"`)) break;
      }
      result.toEvent.push(performance.now() - started);
    }
  } finally {
    await reader.close();
  }
  return result;
}

async function signIn(baseUrl: string, email: string): Promise<Record<string, string>> {
  const response = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { Cookie: cookie, 'X-CSRF-Token': csrfToken };
}

async function expectOk(pending: Promise<Response>): Promise<void> {
  const response = await pending;
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`);
  await response.body?.cancel();
}

function manifest(slug: string, version: string) {
  return { spec: 1, slug, version, name: { id: 'Layanan uji unggah', en: 'Upload test service' }, remote: remoteNameFor(slug), entry: 'remoteEntry.js' };
}

/** A built plugin of about 1 MiB compressed: a federation entry plus assets of random base64 (gzip saves a quarter). */
function pluginArchive(slug: string, version: string): Promise<Uint8Array> {
  const asset = () => `export const data="${randomBytes(PUBLISH_ARCHIVE_BYTES / 4).toString('base64')}";`;
  return tarGz([
    { name: './remoteEntry.js', content: fakeEntry(slug, version) },
    { name: './palapa.json', content: JSON.stringify(manifest(slug, version)) },
    ...[0, 1, 2, 3].map((part) => ({ name: `./assets/bagian-${part}.js`, content: asset() })),
  ]);
}

export interface PublishRow {
  driver: string;
  result: PublishResult;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => value.toFixed(0);

export function printPublishTable(rows: PublishRow[]): void {
  if (rows.length === 0) return;
  console.log('\n(d) publishing a plugin archive over HTTP: upload → approve → activate, and until an SSE client hears it\n');
  console.log('| db | archive | rounds | active: median ms | active: max ms | SSE event: median ms | SSE event: max ms |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const { driver, result } of rows) {
    const archive = `${(result.archiveBytes / 1024 / 1024).toFixed(2)} MiB`;
    const cells = [driver, archive, String(result.toActive.length), ms(median(result.toActive)), ms(Math.max(...result.toActive)), ms(median(result.toEvent)), ms(Math.max(...result.toEvent))];
    console.log(`| ${cells.join(' | ')} |`);
  }
}

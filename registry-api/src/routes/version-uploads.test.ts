import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { MAX_BUNDLE_BYTES } from '../domain/versions/bundle-limits';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createActors, type SignedInClient } from '../test-support/actors';
import { snapshotDatabase } from '../test-support/database-snapshot';
import { fakeEntry, fakeManifest } from '../test-support/fake-plugin';
import { call, errorOf, serviceBody, uniqueSlug } from '../test-support/staff-api';
import { pluginEntries, tarGz, uploadBody, type TarEntry } from '../test-support/tarball';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

type Upload = (slug: string) => Promise<FormData> | FormData;

const withEntries = (entries: (slug: string) => TarEntry[]): Upload => async (slug) => uploadBody(fakeManifest(slug, '1.0.0'), await tarGz(entries(slug)));
const goodEntries = (slug: string) => pluginEntries(slug, '1.0.0');
/** A good build whose palapa.json (written by the preset) is `built`. */
const withBuilt = (built: (slug: string) => object | string): Upload =>
  withEntries((s) => {
    const content = built(s);
    return [...goodEntries(s), { name: './palapa.json', content: typeof content === 'string' ? content : JSON.stringify(content) }];
  });
const entry = (slug: string) => ({ name: './remoteEntry.js', content: fakeEntry(slug, '1.0.0') });

describe.each(testDrivers())('uploading bad bundles (%s)', (driver) => {
  let database: TestDatabase;
  let app: PalapaApp;
  let publisher: SignedInClient;
  let slug: string;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDemoCity(database.db);
    app = createApp({ db: database.db });
    ({ publisher } = await createActors(app, database.db));
    slug = uniqueSlug();
    expect((await call(app, 'POST', '/services', publisher.headers, serviceBody(slug))).status).toBe(201);
  });
  afterAll(() => database?.dispose());

  /** Uploads, expects the refusal, and checks that nothing at all was stored. */
  async function expectRefused(upload: Upload, status: number, message: RegExp) {
    const before = await snapshotDatabase(database.db);
    const response = await call(app, 'POST', `/services/${slug}/versions`, publisher.headers, await upload(slug));
    const error = await errorOf(response);
    expect(error.status, error.message).toBe(status);
    expect(error.message).toMatch(message);
    expect(await snapshotDatabase(database.db)).toEqual(before);
  }

  it.each<[string, Upload, RegExp]>([
    ['bytes that are not gzip', (s) => uploadBody(fakeManifest(s, '1.0.0'), new TextEncoder().encode('export{a as get}')), /bundle is not a gzip archive/],
    ['an empty file', (s) => uploadBody(fakeManifest(s, '1.0.0'), new Uint8Array()), /bundle is not a gzip archive/],
    ['gzip that is not a tar', (s) => uploadBody(fakeManifest(s, '1.0.0'), new Uint8Array(gzipSync(randomBytes(2048)))), /not a tar archive/],
    ['a truncated gzip', async (s) => uploadBody(fakeManifest(s, '1.0.0'), (await tarGz(goodEntries(s))).subarray(0, 40)), /gzip|truncated/],
    ['a path climbing out', withEntries((s) => [...goodEntries(s), { name: '../evil.js', content: 'x' }]), /"\.\.\/evil\.js".*"\.\."/],
    ['a path climbing out after ./', withEntries((s) => [...goodEntries(s), { name: './assets/../../evil.js', content: 'x' }]), /assets\/\.\.\/\.\.\/evil\.js/],
    ['an absolute path', withEntries((s) => [...goodEntries(s), { name: '/etc/evil.js', content: 'x' }]), /"\/etc\/evil\.js" is an absolute path/],
    ['a symlink', withEntries((s) => [entry(s), { name: './assets/x.js', type: 'symlink', linkname: '/etc/passwd' }]), /"\.\/assets\/x\.js" is a symlink/],
    ['a hard link', withEntries((s) => [entry(s), { name: './copy.js', type: 'link', linkname: 'remoteEntry.js' }]), /"\.\/copy\.js" is a link/],
    ['a device', withEntries((s) => [entry(s), { name: './tty', type: 'character-device' }]), /"\.\/tty" is a character-device/],
    ['a name the bundle server cannot serve', withEntries((s) => [entry(s), { name: './my file.js', content: 'x' }]), /"\.\/my file\.js" has a name/],
    ['the same path twice', withEntries((s) => [entry(s), entry(s)]), /"remoteEntry\.js" appears twice/],
    ['no entry file', withEntries(() => [{ name: './assets/x.js', content: 'x' }]), /no entry file "remoteEntry\.js"/],
    ['an entry that is not the federation container', withEntries(() => [{ name: './remoteEntry.js', content: 'export{a as get,b as init}' }]), /not the federation container/],
    ['an entry naming another container', withEntries(() => [{ name: './remoteEntry.js', content: fakeEntry('lain', '1.0.0') }]), /not the federation container/],
  ])('refuses %s with 400, storing nothing', async (_label, upload, message) => {
    await expectRefused(upload, 400, message);
  });

  it.each<[string, Upload, RegExp]>([
    ['a manifest that is not JSON', async (s) => uploadBody('{nope', await tarGz(goodEntries(s))), /manifest: is not JSON/],
    ['a manifest for another service', async (s) => uploadBody(fakeManifest('lain', '1.0.0'), await tarGz(goodEntries(s))), /manifest: it is for "lain"/],
    ['a manifest with the wrong remote', async (s) => uploadBody(fakeManifest(s, '1.0.0', { remote: 'palapa_x' }), await tarGz(goodEntries(s))), /remote must be/],
    ['a manifest with NUL in it', async (s) => uploadBody(fakeManifest(s, '1.0.0', { name: { id: 'a\u0000b' } }), await tarGz(goodEntries(s))), /NUL/],
    ['an unknown form field', async (s) => uploadBody(fakeManifest(s, '1.0.0'), await tarGz(goodEntries(s)), { extra: '1' }), /extra/],
    ['a bundle built as another version', withBuilt((s) => fakeManifest(s, '2.0.0')), /version is "1\.0\.0" but the bundle's palapa\.json says "2\.0\.0"/],
    ['a bundle built asking for more permissions', withBuilt((s) => fakeManifest(s, '1.0.0', { permissions: ['user.profile'] })), /permissions is \[\] but the bundle's palapa\.json says \["user\.profile"\]/],
    ['a bundle whose palapa.json is broken', withBuilt(() => '{broken'), /palapa\.json is not JSON/],
    ['a bundle sent as text', (s) => {
      const form = new FormData();
      form.set('manifest', JSON.stringify(fakeManifest(s, '1.0.0')));
      form.set('bundle', 'not a file');
      return form;
    }, /bundle/],
  ])('refuses %s with 400, storing nothing', async (_label, upload, message) => {
    await expectRefused(upload, 400, message);
  });

  it('refuses a bundle over the compressed limit with 413', async () => {
    const big = (s: string) => uploadBody(fakeManifest(s, '1.0.0'), randomBytes(MAX_BUNDLE_BYTES + 1));
    await expectRefused(big, 413, /larger than 10 MiB/);
  });

  it('refuses a bundle that inflates past five times the limit (a gzip bomb) with 413', async () => {
    const bomb = withEntries((s) => [entry(s), { name: './assets/zeros.js', content: new Uint8Array(5 * MAX_BUNDLE_BYTES + 1) }]);
    await expectRefused(bomb, 413, /inflates to more than 50 MiB/);
  });

  it('accepts a good bundle after all those refusals, with its sizes and files', async () => {
    const response = await call(app, 'POST', `/services/${slug}/versions`, publisher.headers, uploadBody(fakeManifest(slug, '1.0.0'), await tarGz(goodEntries(slug))));
    expect(response.status).toBe(201);
    const expectedSize = fakeEntry(slug, '1.0.0').byteLength + new TextEncoder().encode('console.log("asset");').byteLength;
    expect(await response.json()).toMatchObject({ version: '1.0.0', status: 'pending', sizeBytes: expectedSize });
  });

  it("accepts a bundle whose palapa.json agrees with the uploaded manifest", async () => {
    const built = { name: './palapa.json', content: JSON.stringify(fakeManifest(slug, '1.0.1')) };
    const form = uploadBody(fakeManifest(slug, '1.0.1'), await tarGz([...pluginEntries(slug, '1.0.1'), built]));
    const response = await call(app, 'POST', `/services/${slug}/versions`, publisher.headers, form);
    expect(response.status, await response.clone().text()).toBe(201);
  });

  it('refuses a non-multipart upload with a 4xx', async () => {
    const response = await call(app, 'POST', `/services/${slug}/versions`, publisher.headers, { manifest: '{}' });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { sriHash } from '../domain/bundles/publish-version';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createActors, type SignedInClient } from '../test-support/actors';
import { snapshotDatabase } from '../test-support/database-snapshot';
import { fakeEntry, fakeManifest } from '../test-support/fake-plugin';
import { startOpdServer, type OpdServer } from '../test-support/opd-server';
import { call, errorOf, serviceBody, uniqueSlug } from '../test-support/staff-api';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

describe.each(testDrivers())('publishing a version the OPD hosts itself (%s)', (driver) => {
  let database: TestDatabase;
  let app: PalapaApp;
  let publisher: SignedInClient;
  let admin: SignedInClient;
  let otherPublisher: SignedInClient;
  let opd: OpdServer;
  const slug = uniqueSlug('mandiri');
  // A closed port on an allow-listed origin: the OPD's server is down.
  const downOrigin = 'http://127.0.0.1:9';

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDemoCity(database.db);
    opd = await startOpdServer();
    app = createApp({ db: database.db, externalOrigins: [opd.origin, downOrigin] });
    ({ publisher, admin, otherPublisher } = await createActors(app, database.db));
    expect((await call(app, 'POST', '/services', publisher.headers, serviceBody(slug))).status).toBe(201);
  });
  afterAll(async () => {
    opd?.close();
    await database?.dispose();
  });

  const publish = (entryUrl: string, manifest: object = fakeManifest(slug, '1.0.0')) =>
    call(app, 'POST', `/services/${slug}/versions/external`, publisher.headers, { manifest: JSON.stringify(manifest), entryUrl });

  it.each<[string, () => string, RegExp]>([
    ['an origin that is not allow-listed', () => 'https://elsewhere.example/plugin/remoteEntry.js', /origin https:\/\/elsewhere\.example is not allow-listed.*PALAPA_EXTERNAL_ORIGINS/],
    ['a relative URL', () => '/plugin/remoteEntry.js', /is not an absolute URL/],
    ['credentials in the URL', () => opd.entryUrl(slug, '1.0.0').replace('//', '//user:pw@'), /user name or password/],
    ['a file the server does not have', () => `${opd.origin}/missing.js`, /answered HTTP 404/],
    ['a redirect (it could leave the origin)', () => `${opd.origin}/moved/${slug}/1.0.0/remoteEntry.js`, /could not fetch.*without redirects/],
    ['a server that is down', () => `${downOrigin}/plugin/remoteEntry.js`, /could not fetch/],
    ['a file that is not this plugin\'s container', () => `${opd.origin}/other/${slug}/1.0.0/remoteEntry.js`, /not the federation container/],
  ])('refuses %s with a 400 that says what to fix, storing nothing', async (_, entryUrl, message) => {
    const before = await snapshotDatabase(database.db);
    const error = await errorOf(await publish(entryUrl()));
    expect(error.status, error.message).toBe(400);
    expect(error.message).toMatch(message);
    expect(await snapshotDatabase(database.db)).toEqual(before);
  });

  it('refuses a publisher of another OPD', async () => {
    const response = await call(app, 'POST', `/services/${slug}/versions/external`, otherPublisher.headers, {
      manifest: JSON.stringify(fakeManifest(slug, '1.0.0')),
      entryUrl: opd.entryUrl(slug, '1.0.0'),
    });
    expect(response.status).toBe(403);
  });

  it('fetches the entry, hashes it itself, and after review citizens load it from the OPD', async () => {
    const entryUrl = opd.entryUrl(slug, '1.0.0');
    const response = await publish(entryUrl);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ version: '1.0.0', status: 'pending', entryUrl, integrity: sriHash(fakeEntry(slug, '1.0.0')) });
    expect((await publish(entryUrl)).status).toBe(409);

    expect((await call(app, 'POST', `/services/${slug}/versions/1.0.0/approve`, admin.headers)).status).toBe(200);
    expect((await call(app, 'POST', `/services/${slug}/versions/1.0.0/activate`, admin.headers)).status).toBe(200);
    const published = (await (await app.request(`/api/v1/catalogue/${slug}`)).json()) as { entry?: { url: string; integrity: string } };
    expect(published.entry).toMatchObject({ url: entryUrl, integrity: sriHash(fakeEntry(slug, '1.0.0')) });
  });
});

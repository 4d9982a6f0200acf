import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database';

describe('the OpenAPI document', () => {
  let database: TestDatabase;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    app = createApp({ db: database.db });
  });
  afterAll(() => database?.dispose());

  it('is a valid OpenAPI 3.1 document', async () => {
    const response = await app.request('/api/v1/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents the catalogue, accounts, tokens, audit and OPD routes', async () => {
    const document = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    for (const [path, method] of [
      ['/catalogue', 'get'],
      ['/catalogue/{slug}', 'get'],
      ['/auth/sign-in', 'post'],
      ['/tokens', 'post'],
      ['/tokens/{id}', 'delete'],
      ['/users', 'post'],
      ['/audit', 'get'],
      ['/opds', 'post'],
    ] as const) {
      expect(document.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
  });

  it('has a browsable reference page served from this server, with no third-party script', async () => {
    const page = await app.request('/api/v1/reference');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('swagger-ui');
    expect(html).not.toMatch(/src="https?:/);
    const bundle = await app.request('/api/v1/reference/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toContain('javascript');
    expect((await app.request('/api/v1/reference/..%2F..%2Fpackage.json')).status).toBe(404);
  });
});

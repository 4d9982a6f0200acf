import { Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Swagger UI's own static files, served from this server: the reference works on an intranet
// with no CDN and under a strict CSP (no third-party script origin).
const SWAGGER_DIR = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Palapa registry API reference</title>
  <link rel="stylesheet" href="./reference/swagger-ui.css" />
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="./reference/swagger-ui-bundle.js"></script>
  <script src="./reference/init.js"></script>
</body>
</html>`;

const INIT = `window.ui = SwaggerUIBundle({ url: './openapi.json', dom_id: '#swagger-ui', deepLinking: true });`;

/** A browsable reference of the OpenAPI document at /api/v1/reference. */
export function apiReferenceRoutes() {
  const app = new Hono();
  app.get('/reference', (c) => c.html(PAGE));
  app.get('/reference/init.js', (c) => c.body(INIT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.get('/reference/:file', async (c) => {
    const file = c.req.param('file');
    const type = ASSETS[file];
    if (!type) return c.json({ error: { code: 'not_found', message: `No reference asset ${file.slice(0, 80)}.` } }, 404);
    const body = await readFile(join(SWAGGER_DIR, file));
    return c.body(body, 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=86400' });
  });
  return app;
}

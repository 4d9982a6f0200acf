import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The built shell. Hashed assets are immutable; index.html and the service worker are always
 * revalidated. Any other path without a file extension is a shell route (history API), so it gets
 * index.html and the shell's router decides, including its own not-found page.
 */
export function shellRoutes(shellDir: string) {
  const app = new Hono();
  const hasShell = existsSync(join(shellDir, 'index.html'));
  if (!hasShell) {
    app.get('*', (c) =>
      c.text(`The shell is not built (${shellDir}/index.html is missing). Run "npm run build" first.`, 503),
    );
    return app;
  }
  app.use('*', compress());
  const serveFile = serveStatic({ root: shellDir });
  // Not serveStatic's onFound: it runs after the response is built, so headers set there are lost.
  app.use('*', async (c, next) => {
    const found = await serveFile(c, next);
    if (!(found instanceof Response)) return; // not a file: next() has answered
    const immutable = c.req.path.startsWith('/assets/');
    found.headers.set('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return found;
  });
  app.get('*', async (c, next) => {
    if (/\.[a-z0-9]{1,8}$/i.test(c.req.path)) return next();
    c.header('Cache-Control', 'no-cache');
    return serveStatic({ root: shellDir, path: 'index.html' })(c, next);
  });
  return app;
}

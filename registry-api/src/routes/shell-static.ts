import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
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
  app.use(
    '*',
    serveStatic({
      root: shellDir,
      onFound: (path, c) => {
        const immutable = path.includes(`${join(shellDir, 'assets')}/`);
        c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  app.get('*', async (c, next) => {
    if (/\.[a-z0-9]{1,8}$/i.test(c.req.path)) return next();
    c.header('Cache-Control', 'no-cache');
    return serveStatic({ root: shellDir, path: 'index.html' })(c, next);
  });
  return app;
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeEntry } from './fake-plugin';

export interface OpdServer {
  origin: string;
  /** Where this server hosts the entry of `slug@version`. */
  entryUrl(slug: string, version: string): string;
  close(): void;
}

/**
 * An OPD's own web server hosting plugin entries: a real HTTP server on this machine.
 * `/plugin/<slug>/<version>/remoteEntry.js` is a proper federation entry; `/moved/…` redirects
 * there; `/other/…` is a module that is not the plugin's container; anything else is 404.
 */
export async function startOpdServer(): Promise<OpdServer> {
  const server: Server = createServer((request, response) => {
    const [, kind, slug = '', version = ''] = (request.url ?? '').split('/');
    if (kind === 'plugin') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(fakeEntry(slug, version));
    } else if (kind === 'moved') {
      response.writeHead(302, { Location: `/plugin/${slug}/${version}/remoteEntry.js` }).end();
    } else if (kind === 'other') {
      response.writeHead(200, { 'Content-Type': 'text/javascript' }).end('export{a as get,b as init}');
    } else {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    entryUrl: (slug, version) => `${origin}/plugin/${slug}/${version}/remoteEntry.js`,
    close: () => server.close(),
  };
}

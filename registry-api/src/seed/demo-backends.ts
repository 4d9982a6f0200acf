// The demo city's OPD back ends. A pilot whose plugin calls its OPD through the service gateway
// ships a demo back end (a Hono app); on start the registry serves each one on its own free port
// of 127.0.0.1 (never reachable from outside: citizens reach it through the gateway only) and makes
// it the service's approved upstream. The port changes from start to start, so the upstream is
// re-pointed every time, in one transaction with its audit row.
//
// Another pilot adds its back end with one line in DEMO_BACKENDS.
import { serve, type ServerType } from '@hono/node-server';
import { createAntreanMppBackend } from '@palapa/plugin-antrean-mpp/backend';
import { createCekPbbBackend } from '@palapa/plugin-cek-pbb/backend';
import { createCurhatBackend } from '@palapa/plugin-curhat/backend';
import { and, eq } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import type { Database } from '../db/client';
import { auditLog, serviceUpstreams, services } from '../db/schema';
import { gatewaySecretSource } from '../domain/gateway/gateway-secret';
import { gatewaySettingsFromEnv } from '../domain/gateway/gateway-settings';

/** What a demo back end must be: Hono's `fetch`. */
export interface DemoBackendApp {
  fetch: (request: Request) => Response | Promise<Response>;
}

export interface DemoBackend {
  /** The service whose gateway forwards to it. */
  slug: string;
  /** `gatewaySecret` is the key the gateway signs citizens' identity with, for back ends that verify it. */
  create: (context: DemoBackendContext) => DemoBackendApp;
}

export interface DemoBackendContext {
  /** The gateway's HMAC key: PALAPA_GATEWAY_SECRET, else the one generated and kept in the database. */
  gatewaySecret: () => Promise<string>;
}

export const DEMO_BACKENDS: readonly DemoBackend[] = [
  { slug: 'cek-pbb', create: () => createCekPbbBackend() },
  { slug: 'antrean-mpp', create: ({ gatewaySecret }) => createAntreanMppBackend({ gatewaySecret }) },
  { slug: 'curhat-ning-ita', create: ({ gatewaySecret }) => createCurhatBackend({ gatewaySecret }) },
];

/** The audit log's name for writes the registry makes by itself on start. */
export const DEMO_BACKENDS_ACTOR = 'sistem (demo back end) / system (demo back ends)';

export interface StartedBackend {
  slug: string;
  url: string;
  /** `approved`: the upstream now points here; `unchanged`: it already did; `no-service`: the demo city lacks it. */
  upstream: 'approved' | 'unchanged' | 'no-service';
}

export interface DemoBackends {
  started: StartedBackend[];
  close(): Promise<void>;
}

/** Starts every back end of `backends` and points its service's gateway at it. */
export async function startDemoBackends(
  db: Database,
  backends: readonly DemoBackend[] = DEMO_BACKENDS,
  // The same source as the gateway's (routes/gateway.ts), so both sides hold the same key.
  gatewaySecret: () => Promise<string> = gatewaySecretSource(db, gatewaySettingsFromEnv().secret),
): Promise<DemoBackends> {
  const servers: ServerType[] = [];
  const close = () => Promise.all(servers.map(closeServer)).then(() => undefined);
  try {
    const started: StartedBackend[] = [];
    for (const backend of backends) {
      const { server, url } = await listenLocally(backend.create({ gatewaySecret }));
      servers.push(server);
      started.push({ slug: backend.slug, url, upstream: await approveDemoUpstream(db, backend.slug, url) });
    }
    return { started, close };
  } catch (error) {
    await close();
    throw error;
  }
}

function listenLocally(app: DemoBackendApp): Promise<{ server: ServerType; url: string }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({ server, url: `http://127.0.0.1:${info.port}` });
    });
    server.once('error', reject);
  });
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Keep-alive connections from the gateway's fetch would otherwise hold close() open.
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
}

/**
 * Makes `url` the approved upstream of `slug`: retires the approved one and records the new one as
 * approved by the system, with its audit row, in one transaction. Nothing is written when it is
 * already the approved one.
 */
export async function approveDemoUpstream(db: Database, slug: string, url: string): Promise<StartedBackend['upstream']> {
  return db.transaction(async (tx) => {
    // The service row lock serialises this with an admin's approval of the same service.
    const [service] = await tx.select({ id: services.id }).from(services).where(eq(services.slug, slug)).limit(1).for('update');
    if (!service) return 'no-service';
    const approved = and(eq(serviceUpstreams.serviceId, service.id), eq(serviceUpstreams.status, 'approved'));
    const [current] = await tx.select({ url: serviceUpstreams.url }).from(serviceUpstreams).where(approved);
    if (current?.url === url) return 'unchanged';
    await tx.update(serviceUpstreams).set({ status: 'retired' }).where(approved);
    const [row] = await tx
      .insert(serviceUpstreams)
      .values({
        serviceId: service.id,
        url,
        status: 'approved',
        note: 'Demo back end started with the registry (PALAPA_DEMO_BACKENDS).',
        reviewedAt: new Date(),
        reviewNote: 'Approved by the registry on start: the demo city’s own back end.',
      })
      .returning({ id: serviceUpstreams.id });
    if (!row) throw new Error('upstream insert returned no row');
    await tx.insert(auditLog).values({
      actorId: null,
      actorLabel: DEMO_BACKENDS_ACTOR,
      action: 'gateway.upstream.approve',
      targetType: 'service',
      targetId: service.id,
      before: { slug, approvedUrl: current?.url ?? null },
      after: { slug, upstreamId: row.id, url, status: 'approved' },
      ip: null,
    });
    return 'approved';
  });
}

/** `PALAPA_DEMO_BACKENDS=none` turns them off; anything else (or nothing) leaves them on with the demo seed. */
export function demoBackendsWanted(seed: 'demo' | 'none', env: NodeJS.ProcessEnv = process.env): boolean {
  return seed === 'demo' && env.PALAPA_DEMO_BACKENDS?.trim().toLowerCase() !== 'none';
}

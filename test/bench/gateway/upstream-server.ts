/**
 * The OPD back end of the gateway benchmark: a bare node:http server answering a small JSON body,
 * so that what the gateway adds is all that differs between calling it directly and through Palapa.
 * Run: node --import tsx upstream-server.ts
 */
import { createServer } from 'node:http';

const body = JSON.stringify({ nop: '35.76.010.001.001-0001.0', tahun: 2026, ketetapan: 1_250_000, terbayar: true, catatan: 'Lunas' });

const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`Bench upstream running at http://127.0.0.1:${port}/ `);
});
process.once('SIGTERM', () => process.exit(0));

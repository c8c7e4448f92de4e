import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, IncomingMessage, request, ServerResponse } from 'node:http';
import path from 'node:path';

/**
 * Serves the built console and passes `/api/<service>/…` to the four services, so the browser
 * talks to one origin: no CORS, and the service worker may cache the shell and the answers it
 * needs offline. Plain Node on purpose: it only streams files and bytes.
 */
const services: Record<string, string> = {
  directory: process.env.DIRECTORY_URL ?? 'http://127.0.0.1:3001',
  grants: process.env.GRANTS_URL ?? 'http://127.0.0.1:3002',
  activities: process.env.ACTIVITIES_URL ?? 'http://127.0.0.1:3003',
  indicators: process.env.INDICATORS_URL ?? 'http://127.0.0.1:3004',
};
const root = path.resolve(process.env.CONSOLE_DIST ?? path.join(__dirname, '..', '..', '..', 'console'));
const port = Number(process.env.CONSOLE_PORT ?? process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};

function proxy(req: IncomingMessage, res: ServerResponse, service: string, rest: string): void {
  const target = new URL(rest, services[service]);
  const upstream = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  // A service that is down answers as the platform does elsewhere: problem+json, never a hang.
  upstream.on('error', () => {
    if (res.headersSent) return res.destroy();
    res.writeHead(503, { 'content-type': 'application/problem+json', 'retry-after': '5' });
    res.end(JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: `${service} cannot be reached` }));
  });
  req.pipe(upstream);
}

function serveFile(req: IncomingMessage, res: ServerResponse, pathname: string): void {
  const wanted = path.resolve(root, '.' + decodeURIComponent(pathname));
  const inside = wanted.startsWith(root + path.sep);
  const file = inside && existsSync(wanted) && statSync(wanted).isFile() ? wanted : path.join(root, 'index.html');
  const hashed = file.includes(`${path.sep}assets${path.sep}`);
  res.writeHead(200, {
    'content-type': types[path.extname(file)] ?? 'application/octet-stream',
    // Hashed assets never change; the shell and the service worker must be checked every time so an update reaches users.
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).pipe(res);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://console');
  const api = /^\/api\/(directory|grants|activities|indicators)(\/.*)$/.exec(url.pathname);
  if (api) return proxy(req, res, api[1], api[2] + url.search);
  if (url.pathname === '/health') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
  if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
  serveFile(req, res, url.pathname);
});
server.listen(port, host, () => console.log(JSON.stringify({ msg: 'console listening', url: `http://${host}:${port}`, root })));
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => server.close(() => process.exit(0)));

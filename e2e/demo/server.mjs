/**
 * Serves the built demo helpdesk (dist/demo) on loopback. Plain Node, no dependencies,
 * so `node e2e/demo/server.mjs [--port 5173] [--host 127.0.0.1]` works without a build
 * step of its own. Build first: npx vite build --config e2e/demo/vite.config.ts
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const DEFAULT_ROOT = resolve(here, '../../dist/demo');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a URL path names inside root, or null when it would escape root. */
function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : normalize(decoded).replace(/^[/\\]+/, '');
  const file = join(root, relative);
  return file === root || file.startsWith(root + sep) ? file : null;
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('Not found');
}

async function handle(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed');
    return;
  }
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const file = fileFor(root, path);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    notFound(res);
    return;
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': info.size,
    // Always fresh: the demo is rebuilt between runs and tests must see the new build.
    'cache-control': 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}

/**
 * Starts the server. `port: 0` picks a free port.
 * @param {{ port?: number, host?: string, root?: string }} [options]
 * @returns {Promise<{ url: string, port: number, close(): Promise<void> }>}
 */
export async function startDemoServer({ port = 0, host = '127.0.0.1', root } = {}) {
  const base = resolve(root ?? DEFAULT_ROOT);
  // Fail loudly here rather than serve 404s that surface as a puzzling test timeout.
  if (!(await stat(join(base, 'index.html')).catch(() => null))) {
    throw new Error(`No demo build in ${base}. Run: npx vite build --config e2e/demo/vite.config.ts`);
  }
  const server = createServer((req, res) => {
    handle(base, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ready();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actualPort}/`,
    port: actualPort,
    close() {
      // Keep-alive sockets from a browser would otherwise hold close() open.
      server.closeAllConnections();
      return new Promise((done, fail) => server.close((error) => (error ? fail(error) : done())));
    },
  };
}

function argValue(args, name) {
  const index = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (index === -1) return undefined;
  const arg = args[index];
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
}

async function main() {
  const args = process.argv.slice(2);
  const port = Number(argValue(args, '--port') ?? 0);
  const host = argValue(args, '--host') ?? '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid --port: ${argValue(args, '--port')}`);
    process.exit(2);
  }
  const demo = await startDemoServer({ port, host });
  console.log(`Olive Branch demo helpdesk: ${demo.url}`);
  const stop = () => demo.close().finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { repoRoot, sharedDir } from './paths';

/** URL prefix → folder served under it. Nothing else on disk is reachable. */
const mounts: Record<string, string> = {
  '/shared/fixtures/': path.join(sharedDir, 'fixtures'),
  '/shared/pages/': path.join(sharedDir, 'pages'),
  '/fixtures/': path.join(repoRoot, 'tests', 'fixtures'),
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

/** A running fixture server. */
export interface FixtureServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  /** Absolute URL of a served path, e.g. `url('/shared/fixtures/seed-article.html')`. */
  url(pathname: string): string;
  close(): Promise<void>;
}

/** Maps a request path to a file inside one of the mounts, or null (also for `..` escapes). */
export function resolveFixturePath(pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null; // malformed escapes such as `%E0%A4%A`
  }
  for (const [prefix, root] of Object.entries(mounts)) {
    if (!decoded.startsWith(prefix)) continue;
    const file = path.resolve(root, '.' + decoded.slice(prefix.length - 1));
    if (!file.startsWith(root + path.sep)) return null;
    return file;
  }
  return null;
}

/**
 * Serves `../shared/fixtures`, `../shared/pages` and `tests/fixtures` over HTTP on 127.0.0.1 at a random port,
 * so the extension sees real http:// pages (content scripts do not run on file://).
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    let file = resolveFixturePath(pathname);
    if (file && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const type = contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pathname) => new URL(pathname, origin).href,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

// A tiny static HTTP server for the end-to-end tests and the demo: no dependency, loopback only, ephemeral port.
//
// Why not `npx serve` or Playwright's `webServer`: the fixtures need several roots at once (the real-page corpus,
// the generated demo site, hand-written fixture pages), pages crafted in memory by a test, and per-root response
// headers (a CSP that freezes the corpus pages' DOM). Every response says `Cache-Control: no-store` so a rebuilt
// page is never served stale, and `.html` is always `text/html; charset=utf-8`: some corpus captures (qq) declare
// gb2312 in a <meta> but were saved as UTF-8, and the HTTP header takes precedence over the meta tag.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

/** Content types by extension; anything else is served as bytes. */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * The content type for a file name.
 * @param {string} name
 * @returns {string}
 */
export function contentTypeFor(name) {
  return CONTENT_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Normalises a URL prefix to the form `/name/` (or `/` for the site root).
 * @param {string} prefix
 */
function normalisePrefix(prefix) {
  const trimmed = prefix.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Starts the server.
 * @param {import('./static-server.d.mts').StaticServerOptions} [options]
 * @returns {Promise<import('./static-server.d.mts').StaticServer>}
 */
export async function startStaticServer({ roots = [], pages, host = '127.0.0.1', log = false } = {}) {
  const resolvedRoots = await Promise.all(
    roots.map(async (root) => ({
      prefix: normalisePrefix(root.prefix),
      // realpath once, so the containment check below compares real paths on both sides (symlinked checkouts).
      dir: await realpath(path.resolve(root.dir)),
      headers: { ...(root.csp ? { 'Content-Security-Policy': root.csp } : {}), ...(root.headers ?? {}) },
    })),
  );
  // Longest prefix first, so `/demo/assets/` can be its own root inside `/demo/`.
  resolvedRoots.sort((a, b) => b.prefix.length - a.prefix.length);

  /** @type {Map<string, import('./static-server.d.mts').MemoryPage>} */
  const memory = new Map();
  for (const [pagePath, page] of pages ?? []) memory.set(normalisePagePath(pagePath), page);

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `Internal error: ${error?.message ?? error}`);
      else res.destroy();
    });
  });

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      send(res, 400, 'text/plain; charset=utf-8', 'Bad request: malformed URL');
      return;
    }
    if (pathname.includes('\0')) {
      send(res, 400, 'text/plain; charset=utf-8', 'Bad request');
      return;
    }
    if (log) console.log(`[static-server] ${req.method} ${pathname}`);

    const page = memory.get(pathname) ?? (pathname.endsWith('/') ? memory.get(`${pathname}index.html`) : undefined);
    if (page !== undefined) {
      const { body, contentType, headers } = typeof page === 'string' ? { body: page } : page;
      send(res, 200, contentType ?? contentTypeFor(pathname.endsWith('/') ? 'index.html' : pathname), body, headers);
      return;
    }

    const root = resolvedRoots.find((r) => pathname.startsWith(r.prefix) || `${pathname}/` === r.prefix);
    if (!root) {
      send(res, 404, 'text/plain; charset=utf-8', `Not found: ${pathname}`);
      return;
    }
    if (`${pathname}/` === root.prefix) {
      redirect(res, `${root.prefix}${url.search}`);
      return;
    }
    // Resolve inside the root and refuse anything that climbs out of it (`..`, encoded `%2e%2e`, absolute tricks).
    const relative = pathname.slice(root.prefix.length);
    const candidate = path.resolve(root.dir, `.${path.posix.sep}${relative}`);
    if (!isInside(root.dir, candidate)) {
      send(res, 403, 'text/plain; charset=utf-8', 'Forbidden');
      return;
    }
    let file = candidate;
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        redirect(res, `${pathname}/${url.search}`);
        return;
      }
      file = path.join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info?.isFile()) {
      send(res, 404, 'text/plain; charset=utf-8', `Not found: ${pathname}`);
      return;
    }
    // A symlink inside the root may still point outside it.
    const real = await realpath(file);
    if (!isInside(root.dir, real)) {
      send(res, 403, 'text/plain; charset=utf-8', 'Forbidden');
      return;
    }
    res.writeHead(200, {
      ...baseHeaders(),
      'Content-Type': contentTypeFor(real),
      'Content-Length': String(info.size),
      ...root.headers,
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(real)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server: no TCP address');
  const origin = `http://${host}:${address.port}`;

  return {
    url: origin,
    port: address.port,
    urlFor(pagePath) {
      return `${origin}${normalisePagePath(pagePath)}`;
    },
    setPage(pagePath, page) {
      const key = normalisePagePath(pagePath);
      memory.set(key, page);
      return `${origin}${key}`;
    },
    deletePage(pagePath) {
      return memory.delete(normalisePagePath(pagePath));
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve(undefined));
        // Keep-alive sockets from the browser would hold close() open until they time out.
        server.closeAllConnections();
      });
    },
  };
}

/**
 * @param {string} pagePath
 */
function normalisePagePath(pagePath) {
  return pagePath.startsWith('/') ? pagePath : `/${pagePath}`;
}

/**
 * @param {string} dir
 * @param {string} candidate
 */
function isInside(dir, candidate) {
  return candidate === dir || candidate.startsWith(dir.endsWith(path.sep) ? dir : `${dir}${path.sep}`);
}

function baseHeaders() {
  return { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
}

/**
 * @param {http.ServerResponse} res
 * @param {number} status
 * @param {string} type
 * @param {string | Uint8Array} body
 * @param {Record<string, string>} [headers]
 */
function send(res, status, type, body, headers = {}) {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...baseHeaders(), 'Content-Type': type, 'Content-Length': String(bytes.length), ...headers });
  res.end(res.req?.method === 'HEAD' ? undefined : bytes);
}

/**
 * @param {http.ServerResponse} res
 * @param {string} location
 */
function redirect(res, location) {
  res.writeHead(301, { ...baseHeaders(), Location: location, 'Content-Length': '0' });
  res.end();
}

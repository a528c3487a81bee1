// A real CouchDB-compatible team server for the team-library tests (issue 24): pouchdb-server 4.2, in memory, on
// a free loopback port, behind a small recording proxy that
// - keeps every byte the server receives (to prove a private note never reaches it), and
// - can go down and come back on the same port (server unreachable, then changes sent).
// Databases and users are created as the server admin (a non-admin creating a database crashes pouchdb-server
// 4.2), and each database's `_security` names its members.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './news-page.mjs';

const ADMIN = { name: 'admin', password: 'admin-secret' };

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForAnswer(url, deadline) {
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`pouchdb-server did not answer at ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts pouchdb-server and its recording proxy. Call `stop()` when done (the tests do it in `finally`).
 * @returns {Promise<import('./team-server.d.mts').TeamServer>}
 */
export async function startTeamServer() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deal-lens-couch-'));
  const backendPort = await freePort();
  const bin = path.join(REPO_ROOT, 'node_modules', 'pouchdb-server', 'bin', 'pouchdb-server');
  // cwd: pouchdb-server writes its config.json and log.txt there.
  const child = spawn(process.execPath, [bin, '--in-memory', '--port', String(backendPort), '--host', '127.0.0.1'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const backend = `http://127.0.0.1:${backendPort}`;
  try {
    await waitForAnswer(`${backend}/`, Date.now() + 30_000);
  } catch (error) {
    child.kill();
    throw new Error(`${error.message}\n${stderr}`);
  }
  const adminAuth = `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`;
  const asAdmin = async (method, pathname, body) => {
    const response = await fetch(`${backend}${pathname}`, {
      method,
      headers: { Authorization: adminAuth, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  // The first admin ends the "admin party": from now on the server checks who asks.
  await fetch(`${backend}/_config/admins/${ADMIN.name}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });

  /** Everything the server received through the proxy: method, path, and the request body as text. */
  const received = [];
  const proxyPort = await freePort();
  const proxy = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      received.push({ method: request.method, path: request.url, body: body.toString('utf8') });
      const forward = http.request(
        `${backend}${request.url}`,
        { method: request.method, headers: { ...request.headers, host: `127.0.0.1:${backendPort}` } },
        (reply) => {
          response.writeHead(reply.statusCode ?? 502, reply.headers);
          reply.pipe(response);
        },
      );
      forward.on('error', () => {
        response.writeHead(502);
        response.end();
      });
      forward.end(body);
    });
  });
  const listen = () => new Promise((resolve) => proxy.listen(proxyPort, '127.0.0.1', resolve));
  await listen();
  let up = true;

  return {
    url: `http://127.0.0.1:${proxyPort}`,
    received,
    async createDatabase(name, members) {
      await asAdmin('PUT', `/${name}`);
      await asAdmin('PUT', `/${name}/_security`, {
        admins: { names: [], roles: [] },
        members: { names: members, roles: [] },
      });
    },
    async createUser(name, password) {
      await asAdmin('PUT', `/_users/org.couchdb.user:${name}`, { name, password, roles: [], type: 'user' });
    },
    /** Every document of a database, read as the admin straight from the server (not through the proxy). */
    async allDocs(database) {
      const result = await asAdmin('GET', `/${database}/_all_docs?include_docs=true&conflicts=true`);
      return result.rows.map((row) => row.doc);
    },
    async putDoc(database, doc) {
      return asAdmin('PUT', `/${database}/${encodeURIComponent(doc._id)}`, doc);
    },
    /** The server goes away: connections are refused until `up()`. */
    async down() {
      if (!up) return;
      up = false;
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
    },
    async up() {
      if (up) return;
      await listen();
      up = true;
    },
    async stop() {
      await this.down();
      child.kill();
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

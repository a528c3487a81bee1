// `npm run bench:team`: the team library at scale (issue 24.6), with the built extension in two Chromium profiles
// and a real pouchdb-server (in memory, on a free loopback port):
// - the first sync of a store with BENCH_TEAM_FACTS (default 50,000) shared facts: pushed by one profile, then
//   pulled by a new member (limits: ≤ 60 s each);
// - a no-op cycle (nothing to send or receive; limit ≤ 100 ms), median of BENCH_TEAM_RUNS (default 7), next to a
//   bare `GET /` to the same server from the same service worker measured in the same run, interleaved (the
//   floor any cycle pays: its three server checks and two replications are each at least one round trip);
// - one edit made on one profile, visible on the other after one cycle on each side.
// Writes the "Team library" section of docs/benchmarks.md and prints it. Never part of CI or `npm test`.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { extensionDir, extensionLaunchOptions, extensionServiceWorker } from '../support/extension-browser.mjs';
import { REPO_ROOT } from '../support/news-page.mjs';
import { startTeamServer } from '../support/team-server.mjs';

const FACTS = Number(process.env.BENCH_TEAM_FACTS ?? 50_000);
const RUNS = Number(process.env.BENCH_TEAM_RUNS ?? 7);
const DB = 'bench-team';
const HEADING = '## Team library';

async function profile() {
  const context = await chromium.launchPersistentContext(
    '',
    extensionLaunchOptions({
      dir: extensionDir(),
      headless: true,
      args: process.env.BENCH_LOG ? ['--enable-logging=stderr', '--v=0'] : [],
    }),
  );
  const worker = await extensionServiceWorker(context);
  const id = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`chrome-extension://${id}/options.html`);
  await page.getByRole('status').filter({ hasNotText: 'Loading' }).waitFor();
  return { context, page, worker };
}

/** Saves the server settings the way the options page does, then times one cycle asked of the background. */
async function configure(p, server, username, password) {
  await p.page.evaluate(
    async (value) => {
      const db = await new Promise((resolve) => {
        const request = indexedDB.open('deal-lens');
        request.onsuccess = () => resolve(request.result);
      });
      await new Promise((resolve) => {
        const tx = db.transaction('meta', 'readwrite');
        tx.objectStore('meta').put({ key: 'team-server', value });
        tx.oncomplete = resolve;
      });
      db.close();
    },
    { url: server.url, database: DB, username, password },
  );
}

/** One cycle, asked of the background as "Sync now" does; returns its duration and the status it ended with. */
async function cycle(p) {
  return p.page.evaluate(async () => {
    const started = performance.now();
    const reply = await chrome.runtime.sendMessage({ dl: 'syncNow', data: {} });
    return { ms: performance.now() - started, status: reply.value };
  });
}

/** A bare GET / to the team server from the service worker: one round trip, the floor of a cycle. */
async function roundTrip(p, url) {
  return p.worker.evaluate(async (base) => {
    const started = performance.now();
    await (await fetch(`${base}/`)).json();
    return performance.now() - started;
  }, url);
}

/** Writes `count` facts with their outbox entries, in batches, as the store's write road would. */
async function writeFacts(p, count, label = 'Bench budget') {
  await p.page.evaluate(
    async ({ count, label }) => {
      const db = await new Promise((resolve) => {
        const request = indexedDB.open('deal-lens');
        request.onsuccess = () => resolve(request.result);
      });
      for (let start = 0; start < count; start += 5000) {
        await new Promise((resolve, reject) => {
          const tx = db.transaction(['facts', 'outbox'], 'readwrite');
          for (let i = start; i < Math.min(count, start + 5000); i++) {
            const id = `bench-fact-${i}`;
            tx.objectStore('facts').put({
              id,
              subject: { type: 'entity', id: 'huawei' },
              label,
              value: i,
              unit: 'USD',
              quote: 'Huawei',
              articleId: 'seed-huawei-peru',
              origin: 'user',
              editedAt: Date.now(),
            });
            tx.objectStore('outbox').add({ docId: `fact:${id}` });
          }
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
      }
      db.close();
    },
    { count, label },
  );
}

async function readFact(p, id) {
  return p.page.evaluate(async (id) => {
    const db = await new Promise((resolve) => {
      const request = indexedDB.open('deal-lens');
      request.onsuccess = () => resolve(request.result);
    });
    const fact = await new Promise((resolve) => {
      const request = db.transaction('facts').objectStore('facts').get(id);
      request.onsuccess = () => resolve(request.result ?? null);
    });
    db.close();
    return fact;
  }, id);
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);

async function main() {
  const server = await startTeamServer();
  const profiles = [];
  try {
    await server.createUser('alice', 'alice-pass');
    await server.createUser('bob', 'bob-pass');
    await server.createDatabase(DB, ['alice', 'bob']);
    const a = await profile();
    const b = await profile();
    profiles.push(a, b);

    await writeFacts(a, FACTS);
    await configure(a, server, 'alice', 'alice-pass');
    const push = await cycle(a);
    if (push.status.state !== 'synced') throw new Error(`first push: ${JSON.stringify(push.status)}`);
    await configure(b, server, 'bob', 'bob-pass');
    const pull = await cycle(b);
    if (pull.status.state !== 'synced') throw new Error(`first pull: ${JSON.stringify(pull.status)}`);
    const pulledLast = await readFact(b, `bench-fact-${FACTS - 1}`);

    const noop = [];
    const floor = [];
    for (let i = 0; i < RUNS; i++) {
      floor.push(await roundTrip(a, server.url));
      noop.push((await cycle(a)).ms);
    }

    await a.page.evaluate(async () => {
      const db = await new Promise((resolve) => {
        const request = indexedDB.open('deal-lens');
        request.onsuccess = () => resolve(request.result);
      });
      await new Promise((resolve) => {
        const tx = db.transaction(['facts', 'outbox'], 'readwrite');
        const store = tx.objectStore('facts');
        store.get('bench-fact-7').onsuccess = (event) => {
          store.put({ ...event.target.result, label: 'Edited once', editedAt: Date.now() });
          tx.objectStore('outbox').add({ docId: 'fact:bench-fact-7' });
        };
        tx.oncomplete = resolve;
      });
      db.close();
    });
    const editPush = await cycle(a);
    const editPull = await cycle(b);
    const edited = await readFact(b, 'bench-fact-7');

    const rows = [
      ['First sync, push (one member shares the store)', `${FACTS.toLocaleString('en')} facts`, fmt(push.ms), '≤ 60 s'],
      [
        'First sync, pull (a new member)',
        `${FACTS.toLocaleString('en')} facts${pulledLast ? '' : ' (INCOMPLETE)'}`,
        fmt(pull.ms),
        '≤ 60 s',
      ],
      [
        'No-op cycle, median',
        `${RUNS} runs; a bare GET / to the server: ${fmt(median(floor))}`,
        `${fmt(median(noop))} (${(median(noop) / median(floor)).toFixed(1)} × the round trip)`,
        '≤ 100 ms',
      ],
      [
        'One edit, other profile',
        `push cycle ${fmt(editPush.ms)}, pull cycle ${fmt(editPull.ms)}`,
        edited?.label === 'Edited once' ? 'visible after one cycle' : 'NOT visible after one cycle',
        'within one cycle',
      ],
    ];
    const table = [
      '| What | Measured on | Time | Issue 24 limit |',
      '| --- | --- | --- | --- |',
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ].join('\n');
    const section = `${HEADING}

\`npm run bench:team\` (tests/bench/team-sync-bench.mjs, ${new Date().toISOString().slice(0, 10)}): the built extension in two
Chromium profiles and pouchdb-server 4.2 in memory on this machine (2 cores); each cycle is asked of the
background as "Sync now" does, and timed from the options page. The no-op cycle sits next to a bare \`GET /\` to the
same server from the same service worker, measured in the same run, interleaved: a cycle asks the server three
questions (who am I, the database) and replicates both ways, each at least one round trip.

${table}
`;
    const doc = path.join(REPO_ROOT, 'docs', 'benchmarks.md');
    const text = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Benchmarks\n';
    const start = text.indexOf(HEADING);
    const next = start >= 0 ? text.indexOf('\n## ', start + HEADING.length) : -1;
    const updated =
      start < 0
        ? `${text.trimEnd()}\n\n${section}`
        : `${text.slice(0, start)}${section}${next >= 0 ? text.slice(next) : ''}`;
    writeFileSync(doc, updated.endsWith('\n') ? updated : `${updated}\n`);
    console.log(section);
  } finally {
    for (const p of profiles) await p.context.close();
    await server.stop();
  }
}

await main();

import path from 'node:path';
import preact from '@preact/preset-vite';
import type { Rollup } from 'vite';
import { defineConfig } from 'wxt';

/**
 * Rollup warnings a build can drop, each for a reason. Only one so far: zod 4's sources put explanatory comments
 * that mention `@__PURE__` where Rollup looks for annotations (node_modules/zod/v4/core/util.js and regexes.js), so
 * Rollup reports INVALID_ANNOTATION and removes the comment. Nothing in the output changes (those comments are not
 * annotations), yet every build printed six of these warnings, 70 lines (issue 25). Scoped to zod's files and that
 * code, so the same warning from our own code or another package still shows.
 */
export function isHarmlessBuildWarning(warning: Pick<Rollup.RollupLog, 'code' | 'id'>): boolean {
  return warning.code === 'INVALID_ANNOTATION' && /[\\/]node_modules[\\/]zod[\\/]/.test(warning.id ?? '');
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Manifest V3 for every browser, Firefox included (WXT builds Firefox as MV2 unless told otherwise). In Firefox's
  // MV2 the toolbar button is `browser_action`, so `browser.action` (the badge after a save) and menus in the
  // `action` context do not exist there; MV3 has both, and runs the background as an event page
  // (`background.scripts`). Output: .output/chrome-mv3 and .output/firefox-mv3.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting + host access: the article extractor is injected only when the reader saves a page.
    // alarms: the team library's sync cycle every minute (issue 24), scheduled only once a server is set.
    permissions: ['storage', 'scripting', 'contextMenus', 'alarms'],
    // The team server is reached with these host permissions too; where the browser has not granted them
    // (Firefox lets the reader decide), the options page asks for that one server's origin when saving.
    host_permissions: ['http://*/*', 'https://*/*'],
    // The card is an extension page in a frame inside the web page (see lib/card/card-frame-host.ts). In Chrome
    // its URL carries a per-session id, so a page cannot load it itself to find out that Deal Lens is installed.
    // Firefox does not implement `use_dynamic_url` (MDN's compatibility table); there the whole moz-extension://
    // origin is a random UUID of this installation, which a page cannot guess either.
    web_accessible_resources: [
      {
        resources: ['card.html'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '105' }),
    action: { default_title: '__MSG_extName__' },
    // The page layer (entrypoints/page-layer.ts, an unlisted script: see lib/content/script-lifetime.ts for why).
    // No stylesheet: its highlights are drawn in its own closed shadow root (lib/highlight/overlay-painter.ts).
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        js: ['page-layer.js'],
        run_at: 'document_idle',
      },
    ],
    commands: {
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_saveArticleCommand__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'deal-lens@deal-lens.local',
              strict_min_version: '140.0',
              // Deal Lens sends nothing anywhere: every record stays in the browser's own storage.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
    build: {
      rollupOptions: {
        // onLog, not onwarn: @preact/preset-vite sets its own onwarn, which replaces one given here; Vite calls
        // onLog first and hands it the preset's onwarn as the handler, so both filters apply.
        onLog(level, log, handler) {
          if (level === 'warn' && isHarmlessBuildWarning(log)) return;
          handler(level, log);
        },
      },
    },
    // PouchDB (the team library's replica, issue 24) extends Node's EventEmitter; in a browser build Vite would
    // hand it an empty stand-in for the built-in module. It gets a small one of ours with the Node semantics PouchDB
    // relies on (lib/sync/event-emitter.ts says which; eventemitter3 lacks them and replication never settled).
    // pouchdb-changes-filter (design-document filters through `new Function`, Mango selectors) is left out: the
    // team library never filters a changes feed (lib/sync/no-changes-filter.ts).
    resolve: {
      alias: [
        { find: /^events$/, replacement: path.resolve(import.meta.dirname, 'lib/sync/event-emitter.ts') },
        {
          find: /^pouchdb-changes-filter$/,
          replacement: path.resolve(import.meta.dirname, 'lib/sync/no-changes-filter.ts'),
        },
        // PouchDB's MD5 (spark-md5) and `uuid`, in a few lines each (lib/sync/md5.ts, lib/sync/uuid.ts).
        { find: /^pouchdb-md5$/, replacement: path.resolve(import.meta.dirname, 'lib/sync/md5.ts') },
        { find: /^uuid$/, replacement: path.resolve(import.meta.dirname, 'lib/sync/uuid.ts') },
      ],
    },
  }),
});

// Before `playwright test`: rebuild the extension when .output/chrome-mv3 is missing or older than its sources,
// so the end-to-end tests never run against a stale build. Set DEAL_LENS_SKIP_BUILD=1 to skip the check.
// `node ensure-build.mjs firefox` does the same for .output/firefox-mv3 (`wxt build -b firefox`), before the
// Firefox suite (tests/firefox/).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const browser = process.argv[2] ?? 'chrome';
if (browser !== 'chrome' && browser !== 'firefox') {
  console.error(`ensure-build: unknown browser "${browser}" (chrome or firefox)`);
  process.exit(2);
}
const outDir = `${browser}-mv3`;
const buildArgs = browser === 'chrome' ? ['build'] : ['build', '-b', 'firefox'];
const manifest = path.join(root, '.output', outDir, 'manifest.json');
/** What the build reads. */
const SOURCES = [
  'entrypoints',
  'components',
  'lib',
  'seeds',
  'public',
  'assets',
  'wxt.config.ts',
  'package.json',
  'tsconfig.json',
];

/**
 * The newest modification time under a file or folder, and the file that has it.
 * @param {string} target
 * @returns {{ mtime: number, file: string | null }}
 */
function newest(target) {
  let best = { mtime: 0, file: /** @type {string | null} */ (null) };
  if (!existsSync(target)) return best;
  const info = statSync(target);
  if (info.isFile()) return { mtime: info.mtimeMs, file: target };
  if (!info.isDirectory()) return best;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const found = newest(path.join(target, entry.name));
    if (found.mtime > best.mtime) best = found;
  }
  return best;
}

function reasonToBuild() {
  if (process.env.DEAL_LENS_SKIP_BUILD === '1') return null;
  if (!existsSync(manifest)) return 'no build yet';
  const built = statSync(manifest).mtimeMs;
  for (const source of SOURCES) {
    const found = newest(path.join(root, source));
    if (found.mtime > built) return `${path.relative(root, found.file ?? source)} changed since the last build`;
  }
  return null;
}

const reason = reasonToBuild();
if (!reason) {
  console.log(`ensure-build: .output/${outDir} is up to date`);
} else {
  console.log(`ensure-build: building the extension for ${browser} (${reason})`);
  const local = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'wxt.cmd' : 'wxt');
  const [command, args] = existsSync(local) ? [local, buildArgs] : ['npx', ['wxt', ...buildArgs]];
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(
      `ensure-build: \`wxt ${buildArgs.join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`})`,
    );
    process.exit(result.status || 1);
  }
  if (!existsSync(manifest)) {
    console.error(`ensure-build: the build finished but ${path.relative(root, manifest)} is missing`);
    process.exit(1);
  }
}

// Before the Firefox suite: rebuild .output/firefox-mv3 when it is missing or older than its sources (as
// tests/e2e/ensure-build.mjs does for Chrome), unless Firefox is absent and the suite will skip anyway.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../support/news-page.mjs';
import { firefoxMissing } from './firefox-browser';

export default function globalSetup(): void {
  const missing = firefoxMissing();
  if (missing) {
    console.warn(`Firefox end-to-end tests skipped: ${missing}`);
    return;
  }
  // Another build under test (DEAL_LENS_FIREFOX_EXTENSION_DIR) is taken as it is.
  if (process.env.DEAL_LENS_FIREFOX_EXTENSION_DIR) return;
  const script = path.join(REPO_ROOT, 'tests', 'e2e', 'ensure-build.mjs');
  const result = spawnSync(process.execPath, [script, 'firefox'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`ensure-build firefox failed (exit ${result.status})`);
}

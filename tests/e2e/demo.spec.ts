// Issue 25: `npm run demo` walks the whole loop a newcomer should see (save → review → deal → the deal on another
// outlet's card) and writes a screenshot per step, named after it. Run as a reader runs it, headless, on the
// build the other tests use; its screenshots go to a folder of this test's own.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../support/news-page.mjs';
import { expect, test } from './fixtures';

test('the demo walks the whole loop and names a screenshot after each step', async () => {
  // Three seed pages, two saves with their review pages, two cards: about 15 s alone, more on two busy cores.
  test.setTimeout(180_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deal-lens-demo-shots-'));
  try {
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(REPO_ROOT, 'tests', 'demo', 'run-demo.mjs')], {
        cwd: REPO_ROOT,
        env: { ...process.env, DEAL_LENS_DEMO_HEADLESS: '1', DEAL_LENS_DEMO_SCREENSHOTS: dir },
      });
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
      });
      child.on('error', reject);
      child.on('close', (exitCode) => resolve({ code: exitCode, output }));
    });
    expect(code, output).toBe(0);
    expect(output).toContain('Created “Ceibo Compute × Uruguay”');
    expect(output).toMatch(/under “Ceibo Compute × Uruguay”/);
    expect(output).toContain('the card of Ceibo Compute shows “Ceibo Compute × Uruguay”');
    expect(output).toContain('No external request was made by the pages or the extension.');
    expect(output).not.toContain('Notes:');

    const files = (await readdir(dir)).sort();
    for (const step of ['save', 'review', 'deal', 'card']) {
      expect(files.filter((f) => /^\d\d-/.test(f) && f.includes(step)).length, step).toBeGreaterThan(0);
    }
    expect(files).toContain('storyboard.png');
    // Every screenshot it names is one it wrote, printed with its path.
    for (const file of files) {
      expect(output).toContain(path.join(path.relative(REPO_ROOT, dir), file));
      expect(existsSync(path.join(dir, file))).toBe(true);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

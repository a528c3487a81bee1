import { browser } from '#imports';
import { EXTRACTOR_GLOBAL, type ExtractorResult } from '@/lib/save/extractor-api';

/**
 * The save's extractor, run in a tab's idle time (issue 23's badge): the page is read when its own work is done
 * (requestIdleCallback in the extension's isolated world, at most `timeoutMs` later), never during its load.
 */
export async function runExtractorWhenIdle(tabId: number, timeoutMs = 3000): Promise<ExtractorResult> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/extractor.js'] });
  const [injection] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: (name: string, timeout: number) =>
      new Promise((resolve) => {
        const run = () => resolve((globalThis as unknown as Record<string, () => unknown>)[name]?.());
        if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout });
        else setTimeout(run, 0);
      }),
    args: [EXTRACTOR_GLOBAL, timeoutMs],
  });
  return (injection?.result ?? { ok: false, reason: 'extraction-failed', detail: 'no result' }) as ExtractorResult;
}

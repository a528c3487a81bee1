/** How long a content script lives: until the extension that injected it is reloaded, updated or removed. */
export interface ScriptLifetime {
  /** Aborted when the script must stop (every listener of ours hangs off it). */
  readonly signal: AbortSignal;
  /** Whether the script ended because its extension went away (then it must not touch what a newer copy owns). */
  readonly orphaned: boolean;
  end(): void;
}

/** How often an orphaned content script notices that its extension is gone (ms). */
const ALIVE_CHECK_MS = 1_000;

/**
 * The content script's own lifetime, instead of WXT's ContentScriptContext. That context announces every start to
 * the page with a window message carrying the extension's id, and stops when it receives a DOM event whose name
 * is in that message: any page could read who we are, then switch Deal Lens off. Here an orphaned copy (its
 * extension reloaded) notices by itself that its runtime is gone, and ends.
 */
export function scriptLifetime(isAlive: () => boolean): ScriptLifetime {
  const controller = new AbortController();
  let orphaned = false;
  const timer = setInterval(() => {
    if (isAlive()) return;
    orphaned = true;
    controller.abort();
  }, ALIVE_CHECK_MS);
  controller.signal.addEventListener('abort', () => clearInterval(timer));
  return {
    signal: controller.signal,
    get orphaned() {
      return orphaned;
    },
    end: () => controller.abort(),
  };
}

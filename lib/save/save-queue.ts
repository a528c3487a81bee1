import { isSameSite } from '@/lib/url/same-site';

/**
 * Runs tasks one after another for each key, and tasks of different keys side by side. In memory: saves all go
 * through the one background service worker, so this is the whole of what runs at once.
 */
export class KeyedQueue {
  readonly #tails = new Map<string, Promise<unknown>>();

  /** Runs `task` once every task queued before it under `key` has settled (resolved or failed). */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.catch(() => undefined);
    this.#tails.set(key, tail);
    // Forget the key once its last task is done, so the map does not grow with every page ever saved.
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }
}

/** What saves of one article share: its canonical URL when that is on the page's own site, else the URL it was read at. */
export function saveKey(article: { canonicalUrl?: string; url: string }): string {
  const { canonicalUrl, url } = article;
  return canonicalUrl && isSameSite(canonicalUrl, url) ? canonicalUrl : url;
}

import { extractForSave } from '@/lib/save/extract-in-page';
import { EXTRACTOR_GLOBAL } from '@/lib/save/extractor-api';

// Injected by the background into a tab only when the reader saves it (Readability stays out of every page
// load); the background then calls the function it publishes.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[EXTRACTOR_GLOBAL] = () => extractForSave(document, location.href);
});

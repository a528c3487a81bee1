import { startContentScript } from '@/lib/content';

// The content script, listed in the manifest by wxt.config.ts. An unlisted script
// rather than a WXT content script entrypoint: WXT wraps those in a context that posts the extension's id to the
// page and can be stopped by a DOM event any page can forge (see lib/content/script-lifetime.ts).
export default defineUnlistedScript(() => {
  void startContentScript();
});

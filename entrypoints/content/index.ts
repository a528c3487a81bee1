import { startContentScript } from '@/lib/content';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The ::highlight() rules go in the manifest's content-script CSS: the browser applies them to the page
  // without any <style> element in the page's DOM.
  cssInjectionMode: 'manifest',
  main: (ctx) => startContentScript(ctx),
});

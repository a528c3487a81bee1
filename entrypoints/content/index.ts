import { startContentScript } from '@/lib/content';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main: (ctx) => startContentScript(ctx),
});

import { z } from 'zod';
import frenchErrors from 'zod/v4/locales/fr.js';
import type { UiLanguage } from '@/lib/i18n';

/**
 * Words the schemas' own messages ("Too small…", "Invalid input…") in the page's language. Global to the page, so
 * only the library page calls it: it shows those messages to the reader, next to the field they name.
 */
export function setSchemaLanguage(lang: UiLanguage): void {
  if (lang === 'fr') z.config(frenchErrors());
}

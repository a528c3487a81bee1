// Runs once before the end-to-end tests: fail at once, with the fix ("run npm run build first"), rather than in
// every test.
import { assertLaunchable } from '../support/extension-browser.mjs';

export default function globalSetup(): void {
  assertLaunchable();
}

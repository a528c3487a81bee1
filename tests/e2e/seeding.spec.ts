// Issue 2: the service worker seeds the store on install, and the popup shows the three seed deals.
// (Re-seeding on update is idempotent and keeps the reader's edits: tests/unit/store/seeding.test.ts. Headless
// Chromium disables an unpacked extension that calls runtime.reload(), so an update cannot be simulated here.)
import { expect, test } from './fixtures';

const SEED_DEALS = ['google-cloud-el-salvador', 'aws-mexico', 'huawei-peru'];

test('the service worker seeded the store: the popup shows the three seed deals', async ({
  openPopup,
  errors,
  externalRequests,
}) => {
  const popup = await openPopup();
  const deals = popup.locator('[data-deal]');
  await expect(deals).toHaveCount(3);
  expect((await deals.evaluateAll((els) => els.map((e) => e.getAttribute('data-deal')))).sort()).toEqual(
    [...SEED_DEALS].sort(),
  );
  await expect(popup.getByRole('heading', { name: 'Google Cloud × El Salvador' })).toBeVisible();
  await expect(popup.getByText('Duration: 7 years')).toBeVisible();
  errors.expectNone();
  externalRequests.expectNone();
});

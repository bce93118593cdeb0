import { expect, Page } from '@playwright/test';

/**
 * Where the browser journeys put their screenshots: `e2e-test-results/screenshots/`
 * (git-ignored), so a test run leaves the checkout clean. `yarn screenshots:refresh` points
 * LLM_PLANNER_SCREENSHOTS_DIR at `docs/screenshots/` to refresh the images the READMEs show
 * (relative to the repository root, where playwright runs).
 */
const SHOTS_FROM_ENV = process.env.LLM_PLANNER_SCREENSHOTS_DIR;
export const SHOTS = SHOTS_FROM_ENV
  ? `${
      SHOTS_FROM_ENV.startsWith('/') ? '' : `${process.cwd()}/`
    }${SHOTS_FROM_ENV}`
  : `${__dirname}/../../../e2e-test-results/screenshots`;

/** Signs in as the guest user from the sign-in page. */
export async function signIn(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Enter' }).click();
  await expect(page.getByRole('button', { name: 'Enter' })).toBeHidden();
}

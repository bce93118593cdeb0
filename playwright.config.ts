import { defineConfig } from '@playwright/test';
import { generateProjects } from '@backstage/e2e-test-utils/playwright';

/**
 * Browser tests run Debian's Chromium (Playwright cannot download browsers here) against the
 * real portal: the production build of the app served by the backend on :7007, SQLite in
 * memory, guest sign-in. `yarn test:e2e` builds the app first.
 * Set PLAYWRIGHT_URL to test a portal that is already running instead.
 */
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 30_000 },

  webServer: process.env.PLAYWRIGHT_URL
    ? []
    : [
        {
          command:
            'yarn workspace backend start --config ../../app-config.yaml --config ../../app-config.e2e.yaml',
          url: 'http://localhost:7007/.backstage/health/v1/readiness',
          reuseExistingServer: !process.env.CI,
          timeout: 180_000,
          stdout: 'ignore',
          stderr: 'pipe',
        },
      ],

  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
  ],

  use: {
    baseURL: process.env.PLAYWRIGHT_URL ?? 'http://localhost:7007',
    launchOptions,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },

  outputDir: 'e2e-test-results',

  projects: generateProjects().map(project => ({
    name: project.name,
    testDir: project.testDir,
    use: { browserName: 'chromium' as const },
  })),
});

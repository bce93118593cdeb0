/*
 * Drives the adopting portal with Chromium: the planner page (found through the sidebar, as
 * feature discovery installed it), a plan created from the chat, the plan page and its scaling
 * tab (which runs the packaged simulation worker), approval, the template page with the
 * ApprovedPlanPicker field and a run of the template (local publish, dry-run apply), and the
 * entity Performance tab of a Component pointing at the plan.
 * Run by run.sh with Node 22 (which runs TypeScript without a build step):
 *   node driver.mts --app URL --backend URL --entity-file FILE --shots DIR
 * and by scripts/two-commands/run.sh against this repository's own portal, on Node 20 through
 * `node --require @backstage/cli/config/nodeTransform.cjs driver.mts`. Without --entity-file
 * (a portal whose catalog reads no such file) the entity Performance tab step is left out.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, expect as baseExpect, type Page } from '@playwright/test';

const { values: args } = parseArgs({
  options: {
    app: { type: 'string' },
    backend: { type: 'string' },
    'entity-file': { type: 'string' },
    shots: { type: 'string' },
  },
});
const app = required('app');
const backend = required('backend');
const entityFile = args['entity-file'];
const shots = required('shots');

function required(name: keyof typeof args): string {
  const value = args[name];
  if (!value) throw new Error(`driver.mts needs --${name}`);
  return value;
}

const SECOND = 1000;
const expect = baseExpect.configure({ timeout: 60 * SECOND });

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

/** Runs one step, prints its time; on failure saves a screenshot and names the step. */
async function step(page: Page, name: string, run: () => Promise<void>) {
  const t0 = Date.now();
  try {
    await run();
  } catch (error) {
    await shot(page, `failed-${name.replace(/\W+/g, '-')}`).catch(() => {});
    throw new Error(
      `step "${name}" failed: ${
        error instanceof Error ? error.message : String(error)
      }`,
    );
  }
  console.log(`  ${name}: ${((Date.now() - t0) / SECOND).toFixed(1)} s`);
}

/** A backend GET as the guest (the template's actions call the API this way, not the page). */
async function backendGet(path: string): Promise<Response> {
  const session = await fetch(`${backend}/api/auth/guest/refresh`, {
    headers: { 'X-Requested-With': 'XMLHttpRequest' },
  });
  expect(session.ok, `guest sign-in: HTTP ${session.status}`).toBe(true);
  const { backstageIdentity } = await session.json();
  return fetch(`${backend}${path}`, {
    headers: { Authorization: `Bearer ${backstageIdentity.token}` },
  });
}

function writeEntity(file: string, planId: string) {
  writeFileSync(
    file,
    `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: adoption-llm-service
  annotations:
    llm-planner.io/plan-id: ${planId}
spec:
  type: service
  lifecycle: experimental
  owner: group:default/guests
`,
  );
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const context = await browser.newContext({
  baseURL: app,
  viewport: { width: 1440, height: 900 },
});
const page = await context.newPage();
const pageErrors: string[] = [];
page.on('pageerror', error => pageErrors.push(error.message));
const workers: string[] = [];
page.on('worker', worker => workers.push(worker.url()));

let planUrl = '';
let planId = '';
try {
  await step(page, 'sign in as the guest', async () => {
    // the first load compiles the app in the dev server: allow it minutes
    await page.goto('/', { timeout: 600 * SECOND });
    const enter = page.getByRole('button', { name: 'Enter' });
    // the <nav> itself has no height (its drawer is position: fixed), so Playwright calls it
    // hidden: wait for the planner's item in it, which feature discovery put there
    const plannerItem = page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'LLM Planner' });
    await expect(enter.or(plannerItem).first()).toBeVisible({
      timeout: 600 * SECOND,
    });
    if (await enter.isVisible()) await enter.click();
    await expect(plannerItem).toBeVisible();
  });

  await step(page, 'planner page from the sidebar', async () => {
    await page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'LLM Planner' })
      .click();
    await expect(page).toHaveURL(/\/llm-planner$/);
    await expect(page.getByLabel('Message')).toBeVisible();
    await shot(page, 'planner-page');
  });

  await step(page, 'create a plan from the chat', async () => {
    await page
      .getByLabel('Message')
      .fill(
        'A customer-service chatbot for 2000 employees, first token within 1 second',
      );
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(
      page
        .getByTestId('chat-assistant')
        .last()
        .getByText(/answered by/),
    ).toBeVisible();
    await expect(page.getByTestId('plan-replicas')).toBeVisible();
    await page.getByRole('button', { name: 'Create plan' }).click();
    await expect(page).toHaveURL(/\/llm-planner\/plans\/[^/?]+$/);
    planUrl = page.url();
    planId = new URL(planUrl).pathname.split('/').pop()!;
    await expect(page.getByTestId('plan-replicas')).toBeVisible();
    await shot(page, 'plan-overview');
  });

  await step(page, 'scaling tab runs the packaged worker', async () => {
    await page.getByRole('tab', { name: 'scaling' }).click();
    await expect(page.getByTestId('scaling-verdict')).toBeVisible();
    // the simulations fall back to the page's thread if no worker starts: insist on one
    expect(
      workers.length,
      'the scaling tab started no Web Worker (the packaged worker did not load)',
    ).toBeGreaterThan(0);
    await shot(page, 'plan-scaling');
  });

  await step(page, "backend decides the plan's autoscaler", async () => {
    // the decision the template's manifests use: the backend replays the plan's day in a
    // worker thread, which must start from the installed package's dist
    const res = await backendGet(
      `/api/llm-planner/v1/plans/${planId}/autoscaling`,
    );
    const body = await res.text();
    expect(res.status, body).toBe(200);
    expect(JSON.parse(body).parameters?.kind, body).toBeTruthy();
  });

  await step(page, 'approve and open the template', async () => {
    await page.getByRole('tab', { name: 'overview' }).click();
    await page.getByRole('button', { name: 'Approve' }).click();
    const deploy = page.getByRole('link', { name: 'Deploy with the template' });
    await expect(deploy).toBeVisible();
    await deploy.click();
    await expect(page).toHaveURL(
      /\/create\/templates\/default\/llm-inference-service/,
    );
    // ApprovedPlanPicker, with the approved plan preselected
    const picker = page.getByRole('combobox', { name: /Plan/ }).first();
    await expect(picker).toBeVisible();
    await expect(picker).not.toHaveText(/^\s*$/);
    await shot(page, 'template-approved-plan-picker');
  });

  await step(
    page,
    'run the template (local publish, dry-run apply)',
    async () => {
      // the stock portal has no cluster configured: the apply validates locally, the repository
      // is a local git repository, the Component is registered from it
      await page.getByLabel('Service name').fill('adoption-template-run');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByLabel('Dry run only').check();
      await page.getByRole('button', { name: 'Review' }).click();
      await page.getByRole('button', { name: 'Create' }).click();
      const done = page.getByRole('link', { name: 'Open in catalog' });
      const failed = page.getByText(/^Error: /).first();
      await expect(done.or(failed)).toBeVisible({ timeout: 180 * SECOND });
      await shot(page, 'template-run');
      await expect(failed).toBeHidden();
      await expect(page.getByText(/dry-run/).first()).toBeVisible();
    },
  );

  if (entityFile) {
    await step(page, 'entity Performance tab shows the plan', async () => {
      writeEntity(entityFile, planId);
      await page.goto('/catalog/default/component/adoption-llm-service');
      const perfTab = page.getByRole('link', {
        name: 'Performance',
        exact: true,
      });
      // the catalog re-reads the Component file every few seconds (processingInterval)
      await expect(async () => {
        await page.reload();
        await perfTab.click({ timeout: 5 * SECOND });
        await expect(page.getByTestId('entity-plan-title')).toBeVisible({
          timeout: 10 * SECOND,
        });
      }).toPass({ timeout: 180 * SECOND, intervals: [5 * SECOND] });
      await shot(page, 'entity-performance');
    });
  }

  await step(page, 'no uncaught page errors', async () => {
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  });
  console.log(`  plan ${planId}; worker scripts: ${workers.join(', ')}`);
} finally {
  await browser.close();
}

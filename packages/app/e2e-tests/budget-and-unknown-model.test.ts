import { expect, Page, test } from '@playwright/test';
import {
  cardsPastRightEdge,
  chartsPastTheirCards,
  overflowX,
  overlappingTickLabels,
  wrappedCells,
} from './layoutChecks';
import { SHOTS, signIn } from './support';

/**
 * The budget and unknown-model paths of the planning page (issue #16): a budget below what the
 * SLO costs says what it buys and which targets that misses; a model the catalog lacks gets the
 * way to add it or similar catalog models; a batch job's Cost tab speaks in runs, not in an
 * always-on month. Screenshots go where planner.test.ts puts them.
 */

/** At 1280 px (or `width`), tall enough for the page (the app scrolls inside its own container). */
async function shot(page: Page, name: string, height = 1400, width = 1280) {
  await page.setViewportSize({ width, height });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function openPlanner(page: Page) {
  await signIn(page);
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'LLM Planner' })
    .click();
  await expect(page).toHaveURL(/\/llm-planner$/);
}

async function say(page: Page, text: string) {
  await page.getByLabel('Message').fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(
    page
      .getByTestId('chat-assistant')
      .last()
      .getByText(/answered by/),
  ).toBeVisible();
}

test.describe.configure({ mode: 'serial' });

test('a tight budget: the plan says what the budget buys and what the SLO costs', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openPlanner(page);
  await say(page, 'A customer-service chatbot for 2000 employees');
  await expect(page.getByTestId('plan-replicas')).toBeVisible();

  // the Budget field is a planning input: the preview plans within it
  await page.getByLabel('Budget', { exact: true }).fill('1000');
  await expect(page.getByTestId('preview-budget')).toContainText(
    /^Over the budget of \$1,000\/month: meeting the SLO costs \$[\d,]+\/month, \$[\d,]+ more\.$/,
  );

  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page).toHaveURL(/\/llm-planner\/plans\/[^/]+$/);
  const verdict = page.getByTestId('budget-verdict');
  await expect(verdict).toBeVisible();
  await expect(page.getByTestId('budget-headline')).toHaveText(
    /^Over the budget of \$1,000\/month: meeting the SLO costs \$[\d,]+\/month, \$[\d,]+ more\.$/,
  );
  await expect(page.getByTestId('budget-affordable')).toHaveText(
    /^The budget buys \d+ replicas? of .+ on .+ TP\d+ .+ \(\d+ GPUs?, \$[\d,]+\/month\)$/,
  );
  const misses = page.getByRole('table', {
    name: 'SLO targets the budget misses',
  });
  await expect(misses).toBeVisible();
  await expect(misses.getByRole('row').nth(1)).toContainText(
    /(TTFT|ITL|E2E) p\d+|Peak load/,
  );
  await expect(misses.getByRole('row').nth(1)).toContainText(
    /\+[\d.,]+ %|unserved/,
  );
  await shot(page, 'plan-budget-over');

  // a what-if with a larger budget: within it, with what is left
  await page.getByRole('tab', { name: 'specifications' }).click();
  await page.getByLabel('Budget', { exact: true }).fill('50000');
  await page.getByRole('tab', { name: 'overview' }).click();
  await expect(page.getByTestId('budget-headline')).toHaveText(
    /^Within the budget of \$50,000\/month: the plan costs \$[\d,]+\/month, \$[\d,]+ to spare\.$/,
  );
  await expect(misses).toHaveCount(0);
  await shot(page, 'plan-budget-within');
});

test('a model the catalog lacks: add it from its config.json, or pick a similar one', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openPlanner(page);
  await say(page, 'chatbot for 500 users on Qwen/Qwen9-72B-Instruct');

  const notice = page.getByTestId('unknown-model');
  await expect(notice).toContainText(
    'Qwen/Qwen9-72B-Instruct is not in the catalog',
  );
  await expect(notice).toContainText(
    'The platform team can add it from its config.json (Admin > Models)',
  );
  await expect(notice).toContainText('or pick one of these similar models:');
  await expect(
    notice.getByRole('link', { name: 'Admin > Models' }),
  ).toHaveAttribute('href', /\/llm-planner\/admin\?section=models$/);
  const similar = notice.getByRole('button', { name: /^Use / });
  await expect(similar.first()).toHaveText('qwen2.5-72b');
  // tall enough that the chat and the spec show whole, the notice in the reply
  await shot(page, 'unknown-model', 1900);

  // picking a similar model pins it in the spec
  await similar.first().click();
  await expect(page.getByLabel('Model', { exact: true })).toHaveText(
    'qwen2.5-72b',
  );
});

test('a batch job: the Cost tab costs runs inside their window, not an always-on month', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openPlanner(page);
  await say(page, 'summarise 20k documents every night within 8 hours, cheap');
  // the preview's headline is the job's: run time against the window, not latency
  await expect(page.getByTestId('plan-batch-run-time')).toBeVisible();
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page).toHaveURL(/\/llm-planner\/plans\/[^/]+$/);
  const planUrl = page.url();

  // the plan is titled as the job, not as a request rate
  await expect(
    page.getByText('summarisation: 20,000 documents nightly within 8 h', {
      exact: true,
    }),
  ).toBeVisible();

  // Overview: the headline is what the team decides on
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.goto(`${planUrl}?tab=overview`);
  const headline = page.getByTestId('plan-batch-headline');
  await expect(headline).toBeVisible();
  await expect(page.getByTestId('plan-batch-run-time')).toHaveText(
    /^[\d.]+ h of 8 h$/,
  );
  await expect(page.getByTestId('plan-batch-run-interval')).toHaveText(
    /^expected [\d.]+ h, \d+ %: [\d.]+–[\d.]+ h$/,
  );
  await expect(page.getByTestId('plan-batch-probability')).toHaveText(
    /^(> )?[\d.]+ %$/,
  );
  await expect(page.getByTestId('plan-batch-gpu-hours')).toHaveText(
    /^[\d.,]+$/,
  );
  await expect(page.getByTestId('plan-batch-cost-run')).toHaveText(
    /^\$[\d,]+\.\d\d$/,
  );
  await expect(page.getByTestId('plan-batch-cost-month')).toHaveText(
    /^\$[\d,]+$/,
  );
  await expect(page.getByTestId('plan-batch-replicas')).toHaveText(
    /^\d+ × \S+/,
  );
  await expect(page.getByTestId('plan-batch-measurements')).toContainText(
    /^Throughput: (measured offline\/burst throughput|no offline\/burst run measured)/,
  );
  // latency stays, as secondary detail, and no TTFT/ITL figure heads the plan
  await expect(page.getByTestId('plan-ttft')).toHaveCount(0);
  await expect(
    page.getByText(/^Latency of one item at the planned load/),
  ).toBeVisible();
  expect(await wrappedCells(page)).toEqual([]);
  expect(await cardsPastRightEdge(page)).toEqual([]);
  await shot(page, 'plan-batch-overview-1280', 2900, 1280);

  for (const width of [1280, 1440]) {
    await page.setViewportSize({ width, height: 1400 });
    await page.goto(`${planUrl}?tab=cost`);
    const table = page.getByRole('table', { name: 'Cost per run' });
    await expect(table).toBeVisible();
    // per run and per month at the plan's confidence, GPU-hours a run, the intervals below
    await expect(table.getByRole('columnheader')).toContainText([
      'Configuration',
      'GPUs',
      '$/GPU‑hour',
      /^Run time at \d+ %$/,
      /^GPU‑hours a run at \d+ %$/,
      /^\$ a run at \d+ %$/,
      /^\$ a month at \d+ %$/,
      'Finishes in the window',
    ]);
    await expect(page.getByTestId('batch-cost-table-run')).toHaveText(
      /^\$[\d,]+\.\d\d$/,
    );
    await expect(page.getByTestId('batch-cost-table-month')).toHaveText(
      /^\$[\d,]+$/,
    );
    await expect(page.getByTestId('batch-cost-intervals')).toHaveText(
      /^Expected [\d.]+ h, \d+ %: [\d.]+–[\d.]+ h · [\d.]+ GPU-hours \(\d+ %: [\d.]+–[\d.]+\) · \$[\d.,]+ a run \(\d+ %: \$[\d.,]+–\$[\d.,]+\) · \$[\d,]+ a month \(\d+ %: \$[\d,]+–\$[\d,]+\)$/,
    );
    await expect(page.getByTestId('cost-sizing')).toContainText(
      /sized so a run of 20,000 items finishes inside its 8 h window with \d+ % confidence/,
    );
    // the run window: the planned replicas while a run lasts, none outside
    await expect(page.getByTestId('batch-run-timeline')).toHaveAccessibleName(
      /^Run window over a day \(UTC\): .*8 h; a run takes about [\d.]+ h on \d+ replicas?, 0 replicas outside the run$/,
    );
    await expect(page.getByTestId('batch-cost-run')).toHaveText(
      /^\$[\d,]+\.\d\d$/,
    );
    await expect(page.getByTestId('batch-cost-run-interval')).toHaveText(
      /^expected \$[\d.,]+, \d+ %: \$[\d.,]+–\$[\d.,]+$/,
    );
    await expect(page.getByTestId('batch-gpu-hours')).toHaveText(/^[\d.,]+$/);
    await expect(page.getByTestId('batch-replicas')).toHaveText(/^\d+$/);
    // nothing of an always-on service: no office day simulated, no monthly on-demand vs spot
    await expect(page.getByTestId('fixed-vs-autoscaled')).toHaveCount(0);
    await expect(
      page.getByRole('table', { name: 'Cost per candidate' }),
    ).toHaveCount(0);
    await expect(page.getByText('On-demand vs spot ($/month)')).toHaveCount(0);
    await expect(page.getByText(/Always-on replicas/)).toHaveCount(0);
    expect(await wrappedCells(page)).toEqual([]);
    expect(await overflowX(table)).toBe('fits');
    expect(await cardsPastRightEdge(page)).toEqual([]);
    expect(await chartsPastTheirCards(page)).toEqual([]);
    // the cost chart's GPU labels stay apart (they ran into each other at 1280 px)
    await expect(
      page.getByRole('img', { name: /Expected cost a run per candidate/ }),
    ).toBeVisible();
    await expect(
      page.locator(
        '.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-label',
      ),
    ).not.toHaveCount(0);
    expect(await overlappingTickLabels(page)).toEqual([]);
    await shot(page, `plan-batch-cost-${width}`, 2000, width);
  }
});

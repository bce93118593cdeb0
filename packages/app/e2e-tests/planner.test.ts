import { expect, Page, test } from '@playwright/test';
import { chartsPastTheirCards } from './layoutChecks';
import { SHOTS, signIn } from './support';

/** The planner journeys, chat to cluster; screenshots go to SHOTS (./support). */

/** A tall page for the long tabs (the app scrolls inside its own container). */
async function tallShot(page: Page, name: string, height = 2600) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1440, height });
  await page.waitForTimeout(300);
  await shot(page, name);
  if (size) await page.setViewportSize(size);
}

async function shot(page: Page, name: string) {
  await page.screenshot({
    path: `${SHOTS}/${name}.png`,
    fullPage: true,
  });
}

/** The batches panel once loaded: its table, or the text saying there is none. */
function batchesReady(page: Page) {
  return page
    .getByRole('table', { name: 'Import batches' })
    .or(page.getByText(/No import batch/i))
    .first();
}

test.describe.configure({ mode: 'serial' });

let planUrl = '';

test('chat a request, get a plan, change users, numbers change, approve', async ({
  page,
}) => {
  // chat to catalog: planning, the scaling simulation twice, the template's run and the
  // entity's simulated day, on a shared 2-core machine
  test.setTimeout(300_000);
  await signIn(page);
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'LLM Planner' })
    .click();
  await expect(page).toHaveURL(/\/llm-planner$/);

  const message = page.getByLabel('Message');
  await message.fill(
    'A customer-service chatbot for 2000 employees, first token within 1 second',
  );
  await page.getByRole('button', { name: 'Send' }).click();
  const reply = page.getByTestId('chat-assistant').last();
  await expect(reply.getByText(/answered by/)).toBeVisible();
  await expect(page.getByLabel('Users', { exact: true })).not.toHaveValue('');
  // the rules extractor may ask what the users mean: answer it the way a person would
  await expect(page.getByTestId('plan-replicas')).toBeVisible();
  await shot(page, 'planning-page');

  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page).toHaveURL(/\/llm-planner\/plans\/[^/]+$/);
  planUrl = page.url();
  const replicas = page.getByTestId('plan-replicas');
  await expect(replicas).toBeVisible();
  const before = {
    replicas: await replicas.textContent(),
    cost: await page.getByTestId('plan-cost-month').textContent(),
    peak: await page.getByTestId('workload-peak').textContent(),
  };
  // sized at a confidence, with the availability floor and an interval per SLO target
  await expect(page.getByTestId('plan-confidence')).toContainText(
    /Sized so each SLO target holds with [\d.]+ % confidence/,
  );
  await expect(page.getByTestId('plan-availability')).toContainText(
    /Availability (n\+1|best-effort): \d+ replicas?/,
  );
  await expect(page.getByTestId('latency-ttft-interval')).toHaveText(
    /^80 %: [\d.]+( m?s)?–[\d.]+ m?s$/,
  );
  await expect(page.getByTestId('latency-ttft-probability')).toHaveText(/%$/);
  // tall: the latency table with its intervals sits below the verify-before-approve block
  await tallShot(page, 'plan-overview', 2600);

  // what-if: the numbers change in the browser, nothing is saved yet
  await page.getByRole('tab', { name: 'specifications' }).click();
  await page.getByLabel('Users', { exact: true }).fill('200000');
  await expect(page.getByTestId('what-if-banner')).toContainText(
    /recomputed in/,
  );
  await shot(page, 'plan-specifications-what-if');
  await page.getByRole('tab', { name: 'overview' }).click();
  await expect(page.getByTestId('workload-peak')).not.toHaveText(
    before.peak ?? '',
  );
  await expect(page.getByTestId('plan-cost-month')).not.toHaveText(
    before.cost ?? '',
  );

  // each tab, once its content is there (the scaling and cost tabs simulate the day first)
  const ready: Record<string, () => Promise<void>> = {
    performance: async () => {
      await expect(
        page.getByRole('img', { name: /Time to first token.*80 % interval/ }),
      ).toBeVisible();
      // the interval band's legend entry, under each of the three charts
      await expect(
        page.getByText('80 % interval', { exact: true }),
      ).toHaveCount(3);
    },
    cost: async () => {
      await expect(page.getByTestId('fixed-vs-autoscaled')).toBeVisible();
      await expect(page.getByTestId('cost-sizing')).toContainText(
        /% confidence; availability/,
      );
    },
    scaling: () => expect(page.getByTestId('scaling-verdict')).toBeVisible(),
    manifests: () =>
      expect(page.getByRole('list', { name: 'Manifest files' })).toBeVisible(),
    explanation: () =>
      expect(page.getByRole('list', { name: 'Formula trace' })).toBeVisible(),
  };
  for (const [tab, isReady] of Object.entries(ready)) {
    await page.getByRole('tab', { name: tab }).click();
    await isReady();
    await page.waitForTimeout(200);
    const tall: Record<string, number> = {
      scaling: 3400,
      performance: 1400,
      cost: 1800,
    };
    if (tall[tab]) await tallShot(page, `plan-${tab}`, tall[tab]);
    else await shot(page, `plan-${tab}`);
  }

  // scaling: another traffic pattern re-simulates every policy
  await page.getByRole('tab', { name: 'scaling' }).click();
  const results = page.getByTestId('scaling-results');
  await expect(results).toBeVisible();
  const verdict = await page.getByTestId('scaling-verdict').textContent();
  await page.getByLabel('Traffic pattern').click();
  await page
    .getByRole('option', { name: 'Spiky (bursts on office hours)' })
    .click();
  await expect(page.getByTestId('scaling-verdict')).not.toHaveText(
    verdict ?? '',
  );
  await expect(results).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.getByTestId('scaling-recommended')).toBeVisible();
  await tallShot(page, 'plan-scaling-spiky', 3400);

  // save the what-if as the next version, then approve
  await page.getByRole('button', { name: 'Save' }).click();
  // the plan's byline (a what-changed note may name the version too)
  await expect(page.getByText(/^version 2 · /)).toBeVisible();
  await page.getByRole('button', { name: 'Approve' }).click();
  const deploy = page.getByRole('link', { name: 'Deploy with the template' });
  await expect(deploy).toBeVisible();
  await expect(deploy).toHaveAttribute(
    'href',
    /\/create\/templates\/default\/llm-inference-service\?formData=%7B%22planId%22%3A%22/,
  );
  await shot(page, 'plan-approved');

  await deploy.click();
  await expect(page).toHaveURL(
    /\/create\/templates\/default\/llm-inference-service/,
  );
  // the approved plan is preselected in the ApprovedPlanPicker field
  const picker = page.getByRole('combobox', { name: /Plan/ }).first();
  await expect(picker).toBeVisible();
  await expect(picker).not.toHaveText(/^\s*$/);
  const pickedPlan = ((await picker.textContent()) ?? '').trim();
  const planId = JSON.parse(
    new URL(page.url()).searchParams.get('formData') ?? '{}',
  ).planId;
  const service = `e2e-${Date.now().toString(36)}`;
  await page.getByLabel('Service name').fill(service);
  await shot(page, 'template-with-plan');
  await page.getByRole('button', { name: 'Next' }).click();
  // offline run: local git publish, and with no cluster configured the apply validates
  // locally; "Dry run only" asks the cluster for a dry run anyway
  await page.getByLabel('Dry run only').check();
  await page.getByRole('button', { name: 'Review' }).click();
  await expect(page.getByText(service).first()).toBeVisible();
  // the review names the plan by its title, never by its raw id
  await expect(page.getByText(pickedPlan, { exact: true })).toBeVisible();
  await expect(page.getByText(planId)).toHaveCount(0);
  // a choice shows as its title under the field's name, never as its raw value
  await expect(
    page.getByText('vLLM Deployment + Service', { exact: true }),
  ).toBeVisible();
  await expect(page.getByText('Serving', { exact: true })).toBeVisible();
  await expect(page.getByText('deployment', { exact: true })).toHaveCount(0);
  await shot(page, 'template-review');
  await page.getByRole('button', { name: 'Create' }).click();
  const openInCatalog = page.getByRole('link', { name: 'Open in catalog' });
  const failed = page.getByText(/^Error: /).first();
  await expect(openInCatalog.or(failed)).toBeVisible({ timeout: 90_000 });
  await shot(page, 'template-run');
  // every step ran: plan fetch, render, local publish, namespace and apply (validated
  // locally: no cluster is configured), catalog registration, deployment record
  await expect(failed).toBeHidden();
  await expect(openInCatalog).toBeVisible();
  await expect(page.getByText(/dry-run/).first()).toBeVisible();

  // the published Component: its Performance tab shows the plan
  await page.goto(`/catalog/default/component/${service}`);
  // the entity layout's tabs are links
  const perfTab = page.getByRole('link', { name: 'Performance', exact: true });
  for (let i = 0; i < 30 && !(await perfTab.isVisible()); i++) {
    // the catalog picks the new repository up within seconds
    await page.waitForTimeout(2000);
    if (!(await perfTab.isVisible())) await page.reload();
  }
  await perfTab.click();
  await expect(page.getByTestId('entity-plan-title')).toBeVisible();
  await expect(page.getByTestId('plan-day-timeline')).toBeVisible();
  // the day chart inside its card, its last hour tick whole (issue #14), at both widths
  for (const width of [1280, 1440]) {
    await page.setViewportSize({ width, height: 1500 });
    await page.waitForTimeout(300);
    expect(await chartsPastTheirCards(page)).toEqual([]);
  }
  await tallShot(page, 'entity-performance', 1500);

  await page.goto('/llm-planner/plans');
  await expect(
    page.getByLabel(/status: (approved|deployed)/).first(),
  ).toBeVisible();
  await shot(page, 'my-plans');
});

test('benchmark admin (platform team): a CSV with one bad row imports nothing', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/llm-planner');
  const adminTab = page.getByRole('tab', { name: 'Benchmark admin' });
  await expect(page.getByRole('tab', { name: 'My plans' })).toBeVisible();
  // app-config.e2e.yaml makes the guest's team the platform team (e2e only); the tab hidden
  // for everyone else is covered by the component tests
  await expect(adminTab).toBeVisible();
  await adminTab.click();
  await expect(page.getByRole('tab', { name: 'runs' })).toBeVisible();
  await shot(page, 'admin-runs');
  await page.getByRole('tab', { name: 'batches' }).click();
  await expect(batchesReady(page)).toBeVisible();
  const batchesBefore = await page
    .getByRole('button', { name: /^Delete batch/ })
    .count();

  await page.getByRole('tab', { name: 'import' }).click();
  // the shared column layout: the header and two rows of benchmarks/data/benchmarks.csv, with
  // one numeric cell (ttft_p50_ms of the second row) corrupted
  const header =
    'model,params_b,precision,gpu,gpu_count,tensor_parallel,engine,engine_version,input_tokens,output_tokens,concurrency,request_rate,ttft_mean_ms,ttft_p50_ms,ttft_p90_ms,ttft_p99_ms,itl_mean_ms,itl_p90_ms,e2e_mean_ms,e2e_p90_ms,output_tok_s,req_s,source,ttft_p95_ms,itl_p50_ms,itl_p95_ms,itl_p99_ms,tpot_mean_ms,tpot_p50_ms,tpot_p90_ms,tpot_p95_ms,tpot_p99_ms,e2e_p50_ms,e2e_p95_ms,e2e_p99_ms,total_tok_s,dataset,mode,notes';
  const good =
    'meta-llama/Llama-3.1-8B-Instruct,8,BF16,A100-SXM-80GB,1,1,SGLang,v0.3.0,,,,4,,31.98,,,,,,,,,github:sgl-project/sglang benchmark/benchmark_vllm_060/README.md @120affb9,,11.93,,,,13.17,,,,1564.17,,,,ShareGPT,"online Poisson, 1200 prompts",medians only; vLLM multi-step inflates ITL';
  const bad =
    'meta-llama/Llama-3.1-8B-Instruct,8,BF16,A100-SXM-80GB,1,1,SGLang,v0.3.0,,,,8,,35.6x8,,,,,,,,,github:sgl-project/sglang benchmark/benchmark_vllm_060/README.md @120affb9,,14.41,,,,17.85,,,,2175.02,,,,ShareGPT,"online Poisson, 2400 prompts",medians only; vLLM multi-step inflates ITL';
  await page.getByTestId('import-file').setInputFiles({
    name: 'e2e-one-bad-row.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${header}\n${good}\n${bad}\n`),
  });
  await page.getByRole('button', { name: 'Import' }).click();
  const rowErrors = page.getByRole('table', { name: 'Row errors' });
  await expect(rowErrors).toBeVisible();
  await expect(rowErrors.getByText('ttft_p50_ms')).toBeVisible();
  await expect(page.getByText(/Nothing was imported/)).toBeVisible();
  await tallShot(page, 'admin-import-row-error', 1100);
  await page.getByRole('tab', { name: 'batches' }).click();
  await expect(batchesReady(page)).toBeVisible();
  expect(
    await page.getByRole('button', { name: /^Delete batch/ }).count(),
  ).toBe(batchesBefore);
});

test('the plan page is reachable by URL', async ({ page }) => {
  test.skip(!planUrl, 'needs the plan of the first journey');
  await signIn(page);
  await page.goto(planUrl);
  await expect(page.getByTestId('plan-replicas')).toBeVisible();
});

test('a recommendation resting on estimates says so and gives the benchmark to confirm it', async ({
  page,
}) => {
  test.skip(!planUrl, 'needs the plan of the first journey');
  await signIn(page);
  await page.goto(`${planUrl}?tab=specifications`);
  // a model forced onto a GPU it was never measured on (what-if: nothing is saved)
  await page.getByLabel('Model', { exact: true }).click();
  await page.getByRole('option', { name: 'llama-3.1-8b', exact: true }).click();
  await page.getByLabel('GPU', { exact: true }).click();
  await page.getByRole('option', { name: 'L40S', exact: true }).click();
  await page.getByLabel('TTFT', { exact: true }).fill('2000');
  await page.getByLabel('ITL', { exact: true }).fill('100');
  await page.getByLabel('End-to-end', { exact: true }).fill('60000');
  await expect(page.getByTestId('what-if-banner')).toContainText(
    /recomputed in/,
  );
  await page.getByRole('tab', { name: 'overview' }).click();
  const block = page.getByTestId('verify-before-approve');
  await expect(block).toContainText(
    'Verify before approving: this recommendation rests on estimates',
  );
  await expect(
    page.getByLabel('GuideLLM command', { exact: true }),
  ).toContainText('guidellm benchmark run');
  await expect(
    page.getByLabel('vllm bench serve command', { exact: true }),
  ).toContainText('vllm bench serve');
  await expect(
    page.getByLabel('Load tester command', { exact: true }),
  ).toContainText('llm-loadtest');
  await tallShot(page, 'plan-verify-before-approve', 2200);
});

test('the specification takes a confidence and min replicas, refusing out-of-range values inline', async ({
  page,
}) => {
  test.skip(!planUrl, 'needs the plan of the first journey');
  await signIn(page);
  await page.goto(`${planUrl}?tab=specifications`);
  const confidence = page.getByLabel('Confidence', { exact: true });
  const minReplicas = page.getByLabel('Min replicas', { exact: true });
  await confidence.fill('0.5');
  await minReplicas.fill('0');
  await expect(page.getByText(/^Confidence must be above 0\.5/)).toBeVisible();
  await expect(
    page.getByText('Min replicas must be at least 1', { exact: true }),
  ).toBeVisible();
  await expect(page.getByTestId('what-if-invalid')).toBeVisible();
  await tallShot(page, 'plan-specifications-invalid', 1900);

  // in range: re-planned in the browser at the asked confidence
  await confidence.fill('0.95');
  await minReplicas.fill('3');
  await expect(page.getByTestId('what-if-banner')).toContainText(
    /recomputed in/,
  );
  await page.getByRole('tab', { name: 'overview' }).click();
  await expect(page.getByTestId('plan-confidence')).toContainText(
    '95 % confidence',
  );
  await expect(page.getByTestId('latency-ttft-interval')).toContainText(
    '80 %:',
  );
  await tallShot(page, 'plan-overview-confidence', 2600);
});

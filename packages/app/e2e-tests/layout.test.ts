import { expect, Locator, Page, test } from '@playwright/test';
import { SHOTS, signIn } from './support';

/**
 * Screen layout at the two widths the portal is used at (issue #14): numbers and headers never
 * wrap inside a word, chart ticks are unique, and the specification tab shows the re-plan of
 * an edit. Screenshots go to e2e-test-results/screenshots like planner.test.ts.
 */
const WIDTHS = [1280, 1440];

/**
 * Table cells that break badly: a figure (a cell with digits and no letters other than
 * units, or marked data-numeric) on more than one line, or any word split across lines
 * ("Repli cas"). Measured with text ranges: a word on two lines has two client rects.
 */
async function wrappedCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const numeric =
      /^[\s$~≈<>+\-–−\d.,:%×/·()]*\d[\s$~≈<>+\-–−\d.,:%×/·()]*(ms|s|h|k|M|GPUs?|req\/s)?$/;
    // lines a range's text occupies: text rects only (a button's box is not a line), tops
    // within 4 px counted as one line
    const lines = (r: Range) => {
      const tops = Array.from(r.getClientRects())
        .filter(x => x.width > 0 && x.height > 0)
        .map(x => x.top)
        .sort((a, b) => a - b);
      return tops.filter((t, i) => i === 0 || t - tops[i - 1] > 4).length;
    };
    const textLines = (el: Element) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const tops: number[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const r = document.createRange();
        r.selectNodeContents(n);
        for (const x of Array.from(r.getClientRects()))
          if (x.width > 0 && x.height > 0) tops.push(x.top);
      }
      tops.sort((a, b) => a - b);
      return tops.filter((t, i) => i === 0 || t - tops[i - 1] > 4).length;
    };
    for (const cell of Array.from(document.querySelectorAll('td, th'))) {
      const el = cell as HTMLElement;
      if (!el.offsetParent) continue;
      const text = (el.innerText ?? '').trim();
      if (!text) continue;
      if (
        (numeric.test(text) || el.hasAttribute('data-numeric')) &&
        !text.includes('\n') &&
        textLines(el) > 1
      ) {
        bad.push(`figure on ${textLines(el)} lines: "${text}"`);
        continue;
      }
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const s = n.textContent ?? '';
        // a compound breaks at its hyphen (on-|demand), never inside a part
        const re = /[^\s-]+/g;
        for (let m = re.exec(s); m; m = re.exec(s)) {
          const r = document.createRange();
          r.setStart(n, m.index);
          r.setEnd(n, m.index + m[0].length);
          // a word that holds a URL-like source may break at its slashes; a word of letters may not
          if (/[/:@]/.test(m[0]) || m[0].length > 30) continue;
          if (lines(r) > 1) bad.push(`word split: "${m[0]}" in "${text}"`);
        }
      }
    }
    return bad;
  });
}

/**
 * Whether `table` fits the box it scrolls in (its nearest ancestor that clips or scrolls
 * horizontally, else its parent): 'fits', or the two widths. A table wider than its card
 * hides its last columns behind a horizontal scroll bar.
 */
async function overflowX(table: Locator): Promise<string> {
  return table.evaluate(el => {
    let box = el.parentElement as HTMLElement;
    for (
      let p = box;
      p && p !== document.body;
      p = p.parentElement as HTMLElement
    )
      if (/auto|scroll|hidden/.test(getComputedStyle(p).overflowX)) {
        box = p;
        break;
      }
    const over = Math.max(
      el.scrollWidth - box.clientWidth,
      box.scrollWidth - box.clientWidth,
    );
    return over > 1
      ? `table ${el.scrollWidth} px wide in a box of ${box.clientWidth} px`
      : 'fits';
  });
}

/**
 * Cards whose right edge passes the content's right edge, that of the page's tab bars (their
 * titles): a card that reaches the window edge has lost its margin to a layout overflow.
 */
async function cardsPastRightEdge(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const right = Math.max(
      ...Array.from(document.querySelectorAll('[role="tablist"]')).map(
        t => t.getBoundingClientRect().right,
      ),
    );
    return Array.from(document.querySelectorAll('.MuiCard-root'))
      .filter(card => card.getBoundingClientRect().right > right + 1)
      .map(
        card => card.querySelector('.MuiCardHeader-title')?.textContent ?? '?',
      );
  });
}

/** The x-axis tick labels of each chart under `root`, per chart. */
async function xTicks(page: Page, chartName: RegExp): Promise<string[][]> {
  const charts = page.getByRole('img', { name: chartName });
  const n = await charts.count();
  const out: string[][] = [];
  for (let i = 0; i < n; i++)
    out.push(
      await charts
        .nth(i)
        .locator('.recharts-cartesian-axis-tick-value')
        .allTextContents()
        // the x axis (requests in flight) has bare integers; the latency axis has units
        .then(all => all.filter(t => /^\d+$/.test(t.trim()))),
    );
  return out;
}

/** A plan to look at: made from the planning page. */
async function makePlan(page: Page): Promise<string> {
  await page.goto('/llm-planner');
  await page
    .getByLabel('Message')
    .fill(
      'A customer-service chatbot for 2000 employees, first token within 1 second',
    );
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('plan-replicas')).toBeVisible({
    timeout: 60_000,
  });
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page).toHaveURL(/\/llm-planner\/plans\/[^/]+$/);
  return page.url();
}

test.describe.configure({ mode: 'serial' });

let planUrl = '';

test('home page leads to the planner and my plans', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page);
  // core-components LinkButtons: links styled as buttons
  const openPlanner = page.getByText('Open the planner', { exact: true });
  await expect(openPlanner).toBeVisible();
  await expect(page.getByText('See my plans', { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/home-1280.png` });
  await openPlanner.click();
  await expect(page).toHaveURL(/\/llm-planner$/);
  planUrl = await makePlan(page);
});

WIDTHS.forEach(width => {
  test(`at ${width} px: tables keep figures and words whole, chart ticks are unique`, async ({
    page,
  }) => {
    test.skip(!planUrl, 'needs the plan of the first test');
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 1000 });
    await signIn(page);

    await page.goto(`${planUrl}?tab=cost`);
    await expect(
      page.getByRole('table', { name: 'Cost per candidate' }),
    ).toBeVisible();
    await expect(page.getByTestId('fixed-vs-autoscaled')).toBeVisible();
    expect(await wrappedCells(page)).toEqual([]);
    expect(
      await overflowX(page.getByRole('table', { name: 'Cost per candidate' })),
    ).toBe('fits');
    expect(await cardsPastRightEdge(page)).toEqual([]);
    await page.screenshot({
      path: `${SHOTS}/layout-cost-${width}.png`,
      fullPage: true,
    });

    await page.goto(`${planUrl}?tab=scaling`);
    await expect(page.getByTestId('scaling-verdict')).toBeVisible({
      timeout: 60_000,
    });
    await expect(
      page.getByRole('table', { name: 'Policies side by side' }),
    ).toBeVisible();
    expect(await wrappedCells(page)).toEqual([]);
    expect(await cardsPastRightEdge(page)).toEqual([]);
    await page.screenshot({
      path: `${SHOTS}/layout-scaling-${width}.png`,
      fullPage: true,
    });

    await page.goto(`${planUrl}?tab=performance`);
    const perf = /against load for \d+ candidates/;
    await expect(page.getByRole('img', { name: perf })).toHaveCount(3);
    await expect(
      page.locator('.recharts-cartesian-axis-tick-value').first(),
    ).toBeVisible();
    const ticks = await xTicks(page, perf);
    expect(ticks).toHaveLength(3);
    for (const t of ticks) {
      expect(t.length).toBeGreaterThan(1);
      expect(new Set(t).size).toBe(t.length);
    }
    // every chart draws its SLO target, also when the target is above the curves
    for (const name of [
      /^Time to first token/,
      /^Inter-token latency/,
      /^End-to-end latency/,
    ])
      await expect(
        page
          .getByRole('img', { name })
          .locator('.recharts-reference-line-line'),
      ).toHaveCount(1);
    await page.screenshot({
      path: `${SHOTS}/layout-performance-${width}.png`,
      fullPage: true,
    });

    await page.goto('/llm-planner/admin');
    await expect(page.getByRole('tab', { name: 'runs' })).toBeVisible();
    await expect(page.locator('td').first()).toBeVisible();
    expect(await wrappedCells(page)).toEqual([]);
    // the runs table: every column inside the card, the source cut to one line (full text on hover)
    const runs = page.locator('table').filter({ has: page.locator('td') });
    expect(await overflowX(runs.first())).toBe('fits');
    const source = page.getByTestId('run-source').first();
    await expect(source).toHaveAttribute('title', /\S/);
    const box = await source.evaluate(e => e.getBoundingClientRect().toJSON());
    expect(box.height).toBeLessThan(24);
    // the source is cut, not squeezed away
    expect(box.width).toBeGreaterThan(100);
    await page.screenshot({
      path: `${SHOTS}/layout-admin-runs-${width}.png`,
      fullPage: true,
    });
    await page.getByRole('tab', { name: /prices/i }).click();
    await expect(page.getByRole('table', { name: 'GPU prices' })).toBeVisible();
    expect(await wrappedCells(page)).toEqual([]);
    await page.screenshot({
      path: `${SHOTS}/layout-admin-prices-${width}.png`,
      fullPage: true,
    });
  });

  test(`at ${width} px: the specification tab shows the re-plan of an edit`, async ({
    page,
  }) => {
    test.skip(!planUrl, 'needs the plan of the first test');
    await page.setViewportSize({ width, height: 1000 });
    await signIn(page);
    await page.goto(`${planUrl}?tab=specifications`);
    const result = page.getByTestId('spec-result');
    await expect(result.getByTestId('plan-replicas')).toBeVisible();
    const before = await result.getByTestId('plan-replicas').textContent();
    await expect(page.getByTestId('load-assumption')).toContainText(
      /per active user per minute/,
    );
    await page.getByLabel('Users', { exact: true }).fill('200000');
    await expect(page.getByTestId('what-if-banner')).toContainText(
      /recomputed in/,
    );
    await expect(
      // the InfoCard title is not an ARIA heading
      page.getByText('Re-planned from your edits', { exact: true }),
    ).toBeVisible();
    await expect(result.getByTestId('plan-replicas')).not.toHaveText(
      before ?? '',
    );
    await page.screenshot({
      path: `${SHOTS}/layout-specifications-${width}.png`,
      fullPage: true,
    });
  });
});

test('rejected configurations page through all of them', async ({ page }) => {
  test.skip(!planUrl, 'needs the plan of the first test');
  await page.setViewportSize({ width: 1280, height: 1000 });
  await signIn(page);
  await page.goto(`${planUrl}?tab=explanation`);
  const list = page.getByRole('list', { name: 'Rejected configurations' });
  await expect(list).toBeVisible();
  const title = await page
    .getByText(/^Rejected configurations \(\d+\)$/)
    .textContent();
  const total = Number(title?.match(/\((\d+)\)/)?.[1]);
  await expect(list.getByRole('listitem')).toHaveCount(Math.min(total, 20));
  test.skip(total <= 20, 'this plan rejects 20 configurations or fewer');
  await page.getByRole('button', { name: /next page/i }).click();
  await expect(list.getByRole('listitem')).toHaveCount(
    Math.min(total - 20, 20),
  );
  await page.screenshot({
    path: `${SHOTS}/layout-rejected-1280.png`,
    fullPage: true,
  });
});

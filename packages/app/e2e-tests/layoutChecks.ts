import { Locator, Page } from '@playwright/test';

/** Layout checks the browser journeys share (issue #14): what a person sees broken on a screen. */

/**
 * Table cells that break badly: a figure (a cell with digits and no letters other than
 * units, or marked data-numeric) on more than one line, or any word split across lines
 * ("Repli cas"). Measured with text ranges: a word on two lines has two client rects.
 */
export async function wrappedCells(page: Page): Promise<string[]> {
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
        // one value with a hyphen and a digit ("1-33", "H100-SXM-80GB", "qwen2.5-7b") is
        // one token: it never breaks at its hyphen either
        const tokens = /[^\s]+/g;
        for (let m = tokens.exec(s); m; m = tokens.exec(s)) {
          const t = m[0].replace(/[(),;]+$/, '').replace(/^[(]+/, '');
          if (!/[-‐‑–]/.test(t) || !/\d/.test(t) || /[/:@]/.test(t)) continue;
          if (t.length > 30) continue;
          const r = document.createRange();
          r.setStart(n, m.index);
          r.setEnd(n, m.index + m[0].length);
          if (lines(r) > 1) bad.push(`value split: "${t}" in "${text}"`);
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
export async function overflowX(table: Locator): Promise<string> {
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
export async function cardsPastRightEdge(page: Page): Promise<string[]> {
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
export async function xTicks(
  page: Page,
  chartName: RegExp,
): Promise<string[][]> {
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

/**
 * Charts drawn past the card they sit in: an svg, or one of its tick labels, whose right edge
 * passes the card's (the card clips it: "21:00" read "2", the right axis gone).
 */
export async function chartsPastTheirCards(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    for (const svg of Array.from(
      document.querySelectorAll('svg.recharts-surface'),
    )) {
      const card = svg.closest('.MuiCard-root');
      if (!card) continue;
      const box = card.getBoundingClientRect();
      const title =
        card.querySelector('.MuiCardHeader-title')?.textContent ?? '?';
      const s = svg.getBoundingClientRect();
      if (s.width === 0) continue;
      if (s.right > box.right + 1 || s.left < box.left - 1)
        bad.push(
          `chart in "${title}" ${Math.round(
            s.width,
          )} px wide in a card of ${Math.round(box.width)} px`,
        );
      for (const t of Array.from(
        svg.querySelectorAll('.recharts-cartesian-axis-tick-value'),
      )) {
        const r = t.getBoundingClientRect();
        if (r.width > 0 && (r.right > s.right + 1 || r.left < s.left - 1))
          bad.push(
            `tick "${t.textContent}" of "${title}" cut at the chart's edge`,
          );
      }
    }
    return bad;
  });
}

/**
 * SLO labels with a curve or a measured dot under their text: each `.slo-label` text box
 * against points sampled along every line of its chart and every scatter symbol.
 */
export async function sloLabelsOverCurves(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    for (const label of Array.from(document.querySelectorAll('.slo-label'))) {
      const svg = label.closest('svg') as SVGSVGElement | null;
      const text = label.querySelector('text');
      if (!svg || !text) continue;
      const b = text.getBoundingClientRect();
      const inside = (x: number, y: number) =>
        x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
      const m = svg.getScreenCTM();
      if (!m) continue;
      let hits = 0;
      for (const path of Array.from(
        svg.querySelectorAll<SVGPathElement>('.recharts-line-curve'),
      )) {
        const len = path.getTotalLength();
        const pm = path.getScreenCTM() ?? m;
        for (let i = 0; i <= 200; i++) {
          const p = path.getPointAtLength((len * i) / 200);
          const x = pm.a * p.x + pm.c * p.y + pm.e;
          const y = pm.b * p.x + pm.d * p.y + pm.f;
          if (inside(x, y)) hits++;
        }
      }
      for (const dot of Array.from(
        svg.querySelectorAll(
          '.recharts-scatter-symbol, .recharts-line-dots > *',
        ),
      )) {
        const r = dot.getBoundingClientRect();
        if (inside(r.left + r.width / 2, r.top + r.height / 2)) hits++;
      }
      if (hits) bad.push(`"${text.textContent}" over ${hits} curve point(s)`);
    }
    return bad;
  });
}

/**
 * X-axis tick labels that overlap a neighbour, or run past the bottom of their chart, in every
 * chart under `root` (the page by default): "H100-SXM-80GB×1" running into "H200-SXM-141GB×1"
 * reads as neither. Each label's box is its text's bounding box (custom multi-line ticks
 * included); boxes closer than 2 px count as touching.
 */
export async function overlappingTickLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    for (const svg of Array.from(
      document.querySelectorAll('svg.recharts-surface'),
    )) {
      const s = svg.getBoundingClientRect();
      if (s.width === 0) continue;
      // the chart's accessible name, else its card's title
      const title =
        svg.closest('[role="img"]')?.getAttribute('aria-label') ??
        svg.closest('.MuiCard-root')?.querySelector('.MuiCardHeader-title')
          ?.textContent ??
        '?';
      const labels = Array.from(
        svg.querySelectorAll(
          '.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-label',
        ),
      )
        .map(el => ({
          text: (el.textContent ?? '').trim(),
          box: el.getBoundingClientRect(),
        }))
        .filter(l => l.text && l.box.width > 0)
        .sort((a, b) => a.box.left - b.box.left);
      for (let i = 1; i < labels.length; i++) {
        const a = labels[i - 1];
        const b = labels[i];
        const vertical = a.box.bottom > b.box.top && b.box.bottom > a.box.top;
        if (vertical && a.box.right + 2 > b.box.left)
          bad.push(
            `"${a.text}" and "${b.text}" overlap in "${title}" (${Math.round(
              a.box.right + 2 - b.box.left,
            )} px)`,
          );
      }
      for (const l of labels)
        if (l.box.bottom > s.bottom + 1)
          bad.push(`"${l.text}" cut at the bottom of "${title}"`);
    }
    return bad;
  });
}

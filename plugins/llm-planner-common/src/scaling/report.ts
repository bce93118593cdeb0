/**
 * A printable one-page HTML report of a scaling simulation, with inline SVG charts. Pure string
 * building (no DOM), so the backend, the CLI and the browser produce the same page.
 */
import type { ComparisonRow, PolicyComparison } from './compare';
import type { SimulationResult } from './simulate';
import type { SloTargets } from '../engine/schemas';

const COLORS = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#ff7f0e',
  '#8c564b',
];

/** Escapes text for HTML. @public */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function n(x: number, d = 1): string {
  return String(Math.round(x * 10 ** d) / 10 ** d);
}

function pct(x: number): string {
  return `${n(x * 100, 1)} %`;
}

type Line = {
  label: string;
  color: string;
  points: [number, number][];
  dash?: boolean;
  step?: boolean;
};

/** A line chart in SVG: x in seconds of the day, y linear (or log10). */
function lineChart(
  title: string,
  yLabel: string,
  lines: Line[],
  opts: {
    log?: boolean;
    hLines?: { y: number; label: string }[];
    width?: number;
    height?: number;
  } = {},
): string {
  const W = opts.width ?? 720;
  const H = opts.height ?? 220;
  const L = 56;
  const R = 12;
  const T = 24;
  const B = 40;
  const tf = (y: number) => (opts.log ? Math.log10(Math.max(y, 1e-3)) : y);
  let yMin = Infinity;
  let yMax = -Infinity;
  for (const l of lines)
    for (const [, y] of l.points)
      if (Number.isFinite(y)) {
        yMin = Math.min(yMin, tf(y));
        yMax = Math.max(yMax, tf(y));
      }
  for (const h of opts.hLines ?? []) {
    yMin = Math.min(yMin, tf(h.y));
    yMax = Math.max(yMax, tf(h.y));
  }
  if (!Number.isFinite(yMin)) {
    yMin = 0;
    yMax = 1;
  }
  if (!opts.log) yMin = Math.min(0, yMin);
  if (yMax - yMin < 1e-9) yMax = yMin + 1;
  yMax += (yMax - yMin) * 0.05;
  const xOf = (t: number) => L + ((W - L - R) * t) / 86400;
  const yOf = (y: number) =>
    T + (H - T - B) * (1 - (tf(y) - yMin) / (yMax - yMin));
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(
      title,
    )}">`,
  );
  parts.push(
    `<text x="${L}" y="14" font-size="12" font-weight="bold">${escapeHtml(
      title,
    )}</text>`,
  );
  // axes and grid
  for (let h = 0; h <= 24; h += 3) {
    const x = xOf(h * 3600);
    parts.push(
      `<line x1="${n(x)}" y1="${T}" x2="${n(x)}" y2="${H - B}" stroke="#eee"/>`,
    );
    parts.push(
      `<text x="${n(x)}" y="${
        H - B + 14
      }" font-size="10" text-anchor="middle">${h}h</text>`,
    );
  }
  for (let k = 0; k <= 4; k++) {
    const v = yMin + ((yMax - yMin) * k) / 4;
    const y = T + (H - T - B) * (1 - k / 4);
    const label = opts.log
      ? n(10 ** v, v < 1 ? 2 : 0)
      : n(v, Math.abs(yMax) < 10 ? 2 : 0);
    parts.push(
      `<line x1="${L}" y1="${n(y)}" x2="${W - R}" y2="${n(y)}" stroke="#eee"/>`,
    );
    parts.push(
      `<text x="${L - 4}" y="${n(
        y + 3,
      )}" font-size="10" text-anchor="end">${label}</text>`,
    );
  }
  parts.push(
    `<text x="12" y="${n(
      (T + H - B) / 2,
    )}" font-size="10" transform="rotate(-90 12 ${n(
      (T + H - B) / 2,
    )})" text-anchor="middle">${escapeHtml(yLabel)}</text>`,
  );
  for (const h of opts.hLines ?? []) {
    const y = yOf(h.y);
    parts.push(
      `<line x1="${L}" y1="${n(y)}" x2="${W - R}" y2="${n(
        y,
      )}" stroke="#000" stroke-dasharray="4 3"/>`,
    );
    parts.push(
      `<text x="${W - R}" y="${n(
        y - 3,
      )}" font-size="10" text-anchor="end">${escapeHtml(h.label)}</text>`,
    );
  }
  for (const l of lines) {
    const pts: string[] = [];
    let prevY: number | null = null;
    for (const [t, y] of l.points) {
      if (!Number.isFinite(y)) continue;
      if (l.step && prevY !== null) pts.push(`${n(xOf(t))},${n(yOf(prevY))}`);
      pts.push(`${n(xOf(t))},${n(yOf(y))}`);
      prevY = y;
    }
    parts.push(
      `<polyline fill="none" stroke="${l.color}" stroke-width="1.5"${
        l.dash ? ' stroke-dasharray="5 3"' : ''
      } points="${pts.join(' ')}"/>`,
    );
  }
  // legend
  let lx = L;
  for (const l of lines) {
    parts.push(
      `<line x1="${lx}" y1="${H - 10}" x2="${lx + 16}" y2="${H - 10}" stroke="${
        l.color
      }" stroke-width="2"${l.dash ? ' stroke-dasharray="5 3"' : ''}/>`,
    );
    parts.push(
      `<text x="${lx + 20}" y="${H - 6}" font-size="10">${escapeHtml(
        l.label,
      )}</text>`,
    );
    lx += 28 + Math.min(200, l.label.length * 5.5);
  }
  parts.push('</svg>');
  return parts.join('');
}

function costBars(rows: ComparisonRow[], width = 720): string {
  const barH = 18;
  const L = 260;
  const R = 90;
  const H = 30 + rows.length * (barH + 8);
  const max = Math.max(1e-9, ...rows.map(r => r.costPerDay));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${H}" viewBox="0 0 ${width} ${H}" role="img" aria-label="cost per day">`,
    `<text x="0" y="14" font-size="12" font-weight="bold">Cost per day, fixed vs autoscaled</text>`,
  ];
  rows.forEach((r, i) => {
    const y = 24 + i * (barH + 8);
    const w = ((width - L - R) * r.costPerDay) / max;
    let color = r.meetsTarget ? '#2ca02c' : '#d62728';
    if (r.kind === 'fixed') color = '#7f7f7f';
    parts.push(
      `<text x="${L - 6}" y="${
        y + 13
      }" font-size="10" text-anchor="end">${escapeHtml(
        r.label.slice(0, 48),
      )}</text>`,
    );
    parts.push(
      `<rect x="${L}" y="${y}" width="${n(
        Math.max(1, w),
      )}" height="${barH}" fill="${color}"/>`,
    );
    parts.push(
      `<text x="${n(L + w + 4)}" y="${y + 13}" font-size="10">$${n(
        r.costPerDay,
        0,
      )}${
        r.savingPct !== null && r.kind !== 'fixed'
          ? ` (${r.savingPct > 0 ? '-' : '+'}${n(Math.abs(r.savingPct), 0)} %)`
          : ''
      }</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

function isComparison(
  x: PolicyComparison | SimulationResult,
): x is PolicyComparison {
  return 'rows' in x && 'results' in x;
}

/**
 * A printable one-page HTML report: summary and verdict, the policies side by side, load vs
 * replicas, TTFT percentiles per interval, cost fixed vs autoscaled, and the assumptions.
 * Accepts a comparison (preferred) or one simulation.
 * @public
 */
export function scalingReport(
  input: PolicyComparison | SimulationResult,
  options: { title?: string; highlight?: number } = {},
): string {
  const results = isComparison(input) ? input.results : [input];
  const rows: ComparisonRow[] | null = isComparison(input) ? input.rows : null;
  const first = results[0];
  const slo = first.plan.slo;
  const verdict = isComparison(input)
    ? input.verdict
    : `${first.label} serves ${pct(
        first.attainment.requestsMeetingTargets,
      )} of requests within every target at ${first.gpuHours} GPU-hours/day.`;
  const capacityRpsPerReplica = isComparison(input)
    ? input.plan.capacityRpsPerReplica
    : 1;
  return reportHtml({
    title: options.title ?? `Scaling simulation: ${first.plan.label}`,
    first,
    verdict,
    sections: [
      rows ? comparisonTable(rows, slo) : resultSummary(first),
      ...replicaCharts(results, capacityRpsPerReplica),
      latencyChart(results, highlightedIndex(results, rows, options.highlight)),
      rows ? costBars(rows) : '',
    ],
    assumptions: Array.from(new Set(first.assumptions)),
    warnings: Array.from(new Set(results.flatMap(r => r.warnings))),
  });
}

/** The policy shown in the latency chart: given, else the cheapest meeting the target, else the first autoscaled. */
function highlightedIndex(
  results: SimulationResult[],
  rows: ComparisonRow[] | null,
  highlight: number | undefined,
): number {
  let hi = highlight ?? -1;
  if (hi < 0 && rows) {
    let best = -1;
    rows.forEach((r, i) => {
      if (
        r.kind !== 'fixed' &&
        r.meetsTarget &&
        (best < 0 || r.gpuHours < rows[best].gpuHours)
      )
        best = i;
    });
    hi = best >= 0 ? best : results.findIndex(r => r.policy.kind !== 'fixed');
  }
  return hi < 0 ? 0 : hi;
}

/** Load vs ready capacity, and ready replicas, of the first six policies. */
function replicaCharts(
  results: SimulationResult[],
  capacityRpsPerReplica: number,
): string[] {
  const first = results[0];
  const shown = results.slice(0, 6);
  const loadChart = lineChart(
    'Load vs ready replicas',
    'req/s (offered) and replicas x per-replica capacity',
    [
      {
        label: 'offered req/s',
        color: '#000',
        points: first.timeline.map(
          r => [r.t, r.offeredRps] as [number, number],
        ),
      },
      ...shown.map((r, i) => ({
        label: `${r.label.slice(0, 34)} capacity`,
        color: COLORS[i % COLORS.length],
        step: true,
        dash: r.policy.kind === 'fixed',
        points: r.timeline.map(
          x =>
            [x.t, x.readyReplicas * capacityRpsPerReplica] as [number, number],
        ),
      })),
    ],
  );
  const replicaChart = lineChart(
    'Ready replicas over the day',
    'replicas',
    shown.map((r, i) => ({
      label: r.label.slice(0, 34),
      color: COLORS[i % COLORS.length],
      step: true,
      dash: r.policy.kind === 'fixed',
      points: r.timeline.map(x => [x.t, x.readyReplicas] as [number, number]),
    })),
  );
  return [loadChart, replicaChart];
}

/** TTFT percentiles per interval of the highlighted policy, with the fixed policy's for reference. */
function latencyChart(results: SimulationResult[], hi: number): string {
  const slo = results[0].plan.slo;
  const fixedIdx = results.findIndex(r => r.policy.kind === 'fixed');
  const h = results[hi];
  return lineChart(
    `TTFT percentiles per 5 min: ${h.label}`,
    'ms (log)',
    [
      {
        label: 'p50',
        color: '#2ca02c',
        points: h.intervals.map(
          x => [x.t, x.ttftP50 ?? NaN] as [number, number],
        ),
      },
      {
        label: 'p95',
        color: '#ff7f0e',
        points: h.intervals.map(
          x => [x.t, x.ttftP95 ?? NaN] as [number, number],
        ),
      },
      {
        label: 'p99',
        color: '#d62728',
        points: h.intervals.map(
          x => [x.t, x.ttftP99 ?? NaN] as [number, number],
        ),
      },
      ...(fixedIdx >= 0 && fixedIdx !== hi
        ? [
            {
              label: `fixed ${slo.percentile}`,
              color: '#7f7f7f',
              dash: true,
              points: results[fixedIdx].intervals.map(
                x => [x.t, x.ttftP95 ?? NaN] as [number, number],
              ),
            },
          ]
        : []),
    ],
    {
      log: true,
      hLines: slo.ttftMs
        ? [{ y: slo.ttftMs, label: `TTFT target ${slo.ttftMs} ms` }]
        : [],
    },
  );
}

function comparisonTable(rows: ComparisonRow[], slo: SloTargets): string {
  return `<table><thead><tr><th>policy</th><th>GPU-h/day</th><th>$/day</th><th>$/month</th><th>saving</th><th>requests meeting every target</th><th>traffic in compliant intervals</th><th>TTFT ${
    slo.percentile
  } at peak</th><th>replicas (min-max)</th><th>scale events</th><th>max wait</th><th>meets target</th></tr></thead><tbody>${rows
    .map(
      r =>
        `<tr><td>${escapeHtml(r.label)}</td><td>${r.gpuHours}</td><td>${n(
          r.costPerDay,
          0,
        )}</td><td>${n(r.costPerMonth, 0)}</td><td>${
          r.savingPct === null ? '-' : `${r.savingPct} %`
        }</td><td>${pct(r.requestsMeetingTargets)}</td><td>${pct(
          r.compliantTraffic,
        )}</td><td>${
          r.peakTtftP95 === null ? '-' : `${n(r.peakTtftP95, 0)} ms`
        }</td><td>${r.minReadyReplicas}-${r.maxReadyReplicas}</td><td>${
          r.scaleEvents
        }</td><td>${n(r.maxQueueWaitS, 1)} s</td><td>${
          r.meetsTarget ? 'yes' : '<b>no</b>'
        }</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

function resultSummary(first: SimulationResult): string {
  return `<p>${escapeHtml(first.label)}: ${first.gpuHours} GPU-hours/day, $${n(
    first.cost.perDay,
    0,
  )}/day, ${pct(
    first.attainment.requestsMeetingTargets,
  )} of requests meet every target.</p>`;
}

function sloTextOf(slo: SloTargets): string {
  return [
    slo.ttftMs ? `TTFT ${slo.percentile} &le; ${slo.ttftMs} ms` : '',
    slo.itlMs ? `ITL ${slo.percentile} &le; ${slo.itlMs} ms` : '',
    slo.e2eMs ? `e2e ${slo.percentile} &le; ${slo.e2eMs} ms` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The printable page: header, verdict, the sections in order, assumptions and warnings. */
function reportHtml(page: {
  title: string;
  first: SimulationResult;
  verdict: string;
  sections: string[];
  assumptions: string[];
  warnings: string[];
}): string {
  const { title, first, verdict, assumptions, warnings } = page;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
@page { size: A4; margin: 12mm; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 11px; color: #222; max-width: 760px; margin: 0 auto; }
h1 { font-size: 16px; margin: 0 0 4px; }
p { margin: 4px 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; }
th, td { border: 1px solid #ccc; padding: 2px 4px; text-align: right; }
th:first-child, td:first-child { text-align: left; }
svg { display: block; margin: 6px 0; }
.verdict { background: #f5f5f5; padding: 6px; border-left: 3px solid #1f77b4; }
ul { margin: 2px 0; padding-left: 16px; }
</style></head><body>
<h1>${escapeHtml(title)}</h1>
<p>Traffic: ${escapeHtml(first.traffic.description)} (peak ${n(
    first.traffic.peakRps,
    2,
  )} req/s, mean ${n(first.traffic.meanRps, 2)} req/s, ${
    first.traffic.totalRequests
  } requests/day). SLO: ${sloTextOf(first.plan.slo)}. Price: $${
    first.cost.pricePerGpuHour
  }/GPU-hour ${first.cost.pricing}. Pod ready ${
    first.plan.startupSeconds
  } s after creation.</p>
<p class="verdict">${escapeHtml(verdict)}</p>
${page.sections.join('\n')}
<p><b>Assumptions</b></p><ul>${assumptions
    .map(a => `<li>${escapeHtml(a)}</li>`)
    .join('')}</ul>
${
  warnings.length
    ? `<p><b>Warnings</b></p><ul>${warnings
        .map(a => `<li>${escapeHtml(a)}</li>`)
        .join('')}</ul>`
    : ''
}
</body></html>
`;
}

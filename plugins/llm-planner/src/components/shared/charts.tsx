import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';

/** Series colours from the theme palette (work in light and dark themes). */
export function useSeriesColors(): string[] {
  const t = useTheme();
  return [
    t.palette.primary.main,
    t.palette.secondary.main,
    t.palette.success.main,
    t.palette.warning.main,
    t.palette.info.main,
  ];
}

/**
 * Dash patterns per series, so curves that run on top of each other (or colours a reader cannot
 * tell apart) stay distinguishable; the legend draws them with `legendType="plainline"`.
 */
export const SERIES_DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 2'];

const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;

/** A marker of the i-th series' own shape, drawn at each point of a line. */
export function SeriesDot(props: {
  cx?: number;
  cy?: number;
  index?: number;
  series: number;
  color: string;
}) {
  const { cx, cy, series, color } = props;
  if (cx === undefined || cy === undefined || !Number.isFinite(cy)) return null;
  const shape = MARKERS[series % MARKERS.length];
  const r = 3.5;
  const common = { fill: color, stroke: color, strokeWidth: 1 };
  if (shape === 'square')
    return (
      <rect x={cx - r} y={cy - r} width={2 * r} height={2 * r} {...common} />
    );
  if (shape === 'triangle')
    return (
      <path
        d={`M${cx},${cy - r - 1}L${cx + r + 1},${cy + r}L${cx - r - 1},${
          cy + r
        }Z`}
        {...common}
      />
    );
  if (shape === 'diamond')
    return (
      <path
        d={`M${cx},${cy - r - 1}L${cx + r + 1},${cy}L${cx},${cy + r + 1}L${
          cx - r - 1
        },${cy}Z`}
        {...common}
      />
    );
  if (shape === 'cross')
    return (
      <path
        d={`M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx - r},${cy + r}L${
          cx + r
        },${cy - r}`}
        stroke={color}
        strokeWidth={2}
      />
    );
  return <circle cx={cx} cy={cy} r={r} {...common} />;
}

/**
 * Tick values for a log axis from `min` to `max`: powers of two (of four when there would be
 * more than `maxTicks`), each distinct once rounded, so the axis never reads "1 1 2 3".
 */
export function logTicks(min: number, max: number, maxTicks = 6): number[] {
  const lo = Math.max(1, min);
  for (const base of [2, 4, 8, 16]) {
    const ticks: number[] = [];
    for (let v = 1; v <= max * 1.0001; v *= base) if (v >= lo) ticks.push(v);
    if (ticks.length <= maxTicks) return ticks;
  }
  return [lo, max];
}

/** Axis, grid and text colours from the theme. */
export function useChartTheme() {
  const t = useTheme();
  return {
    axis: t.palette.text.secondary,
    grid: t.palette.divider,
    slo: t.palette.error.main,
    text: t.palette.text.primary,
    paper: t.palette.background.paper,
  };
}

type TooltipPayload = {
  name?: string;
  /** a range series (an interval band) gives [low, high] */
  value?: number | string | readonly (number | string)[];
  color?: string;
  dataKey?: string | number;
};

function formatValue(
  v: TooltipPayload['value'],
  fmt: ((v: number) => string) | undefined,
): string {
  if (Array.isArray(v)) return v.map(x => formatValue(x, fmt)).join('–');
  if (typeof v === 'number') return fmt ? fmt(v) : String(v);
  return v === undefined || v === null ? '' : String(v);
}

/** A themed tooltip body for recharts. */
export function ChartTooltip(props: {
  active?: boolean;
  payload?: TooltipPayload[];
  label?: string | number;
  labelFormatter?: (l: string | number) => string;
  valueFormatter?: (v: number) => string;
}) {
  const { active, payload, label, labelFormatter, valueFormatter } = props;
  if (!active || !payload?.length) return null;
  return (
    <Paper variant="outlined" sx={{ p: 1 }}>
      {label !== undefined && (
        <Typography variant="caption" component="div">
          {labelFormatter ? labelFormatter(label) : label}
        </Typography>
      )}
      {payload.map(p => (
        <Typography
          key={String(p.dataKey ?? p.name)}
          variant="caption"
          component="div"
          sx={{ color: p.color }}
        >
          {p.name}: {formatValue(p.value, valueFormatter)}
        </Typography>
      ))}
    </Paper>
  );
}

/**
 * The label of an SLO reference line: above the line at its left end, where the latency curves
 * (rising with load) are lowest, on a paper-coloured box so a curve or band crossing it cannot
 * hide it. Pass as `label={<SloLabel value=… />}`; recharts adds the line's `viewBox`.
 */
export function SloLabel(props: {
  value: string;
  fill: string;
  background: string;
  /** shift right, for several lines on one chart whose labels would sit on each other */
  dx?: number;
  viewBox?: { x?: number; y?: number };
}) {
  const x = (props.viewBox?.x ?? 0) + 4 + (props.dx ?? 0);
  const y = props.viewBox?.y ?? 0;
  // about 6.6 px a character at 12 px: enough for the box to cover the text
  const width = props.value.length * 6.6 + 8;
  return (
    <g className="slo-label">
      <rect
        x={x}
        y={y - 18}
        width={width}
        height={16}
        rx={2}
        fill={props.background}
        fillOpacity={0.9}
      />
      <text x={x + 4} y={y - 6} fontSize={12} fill={props.fill}>
        {props.value}
      </text>
    </g>
  );
}

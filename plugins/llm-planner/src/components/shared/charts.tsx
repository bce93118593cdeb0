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

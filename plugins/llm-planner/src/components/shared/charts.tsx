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
  value?: number | string;
  color?: string;
  dataKey?: string | number;
};

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
          {p.name}:{' '}
          {typeof p.value === 'number' && valueFormatter
            ? valueFormatter(p.value)
            : p.value}
        </Typography>
      ))}
    </Paper>
  );
}

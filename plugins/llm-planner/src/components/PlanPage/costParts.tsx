/** Pieces both cost tabs (always-on and batch) draw with. */

/** Numeric cells keep their figures on one line. */
export const NUM = { whiteSpace: 'nowrap' } as const;
/** A figure in the first row of an option: its price source follows in the row below. */
export const NUM_TOP = { ...NUM, pb: 0.5 } as const;
/**
 * The two rows of option `i` share one background: the theme stripes rows by position
 * (`nth-of-type(odd)`), which would stripe an option's figures and its price source apart.
 */
export function stripe(i: number) {
  return {
    '&&': {
      backgroundColor: i % 2 === 0 ? 'background.default' : 'background.paper',
    },
  } as const;
}

/**
 * A candidate's axis label on two lines (model, then GPU x TP): on one line recharts hides
 * every other label of four candidates, as they overlap.
 */
export function ModelAndGpuTick(props: {
  x?: number;
  y?: number;
  fill?: string;
  payload?: { value: string };
}) {
  const [model, ...machine] = String(props.payload?.value ?? '').split(' ');
  return (
    <text
      x={props.x}
      y={props.y}
      textAnchor="middle"
      fontSize={11}
      fill={props.fill}
    >
      <tspan x={props.x} dy="0.9em">
        {model}
      </tspan>
      <tspan x={props.x} dy="1.2em">
        {machine.join(' ')}
      </tspan>
    </text>
  );
}

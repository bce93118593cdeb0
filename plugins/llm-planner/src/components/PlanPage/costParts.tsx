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

/** Font size of wrapped tick labels, and the width one character takes at most (an upper case letter). */
const TICK_FONT_PX = 11;
const TICK_CHAR_PX = 7;
/** Line height of wrapped tick labels. */
export const TICK_LINE_PX = 13;

/**
 * A tick label as lines that fit a slot of `slotPx`: each space-separated part on its own line,
 * a part too wide for the slot broken after its hyphens (`H200-SXM-` / `141GB×1`). A piece
 * wider than the slot on its own stays whole.
 */
export function tickLabelLines(label: string, slotPx: number): string[] {
  const maxChars = Math.max(4, Math.floor((slotPx - 6) / TICK_CHAR_PX));
  const lines: string[] = [];
  for (const part of label.split(' ').filter(Boolean)) {
    let line = '';
    for (const piece of part.split(/(?<=-)/)) {
      if (line && line.length + piece.length > maxChars) {
        lines.push(line);
        line = piece;
      } else line += piece;
    }
    if (line) lines.push(line);
  }
  return lines;
}

/**
 * A category label wrapped to the width of its slot (the axis width over the ticks shown), so
 * neighbouring labels never overlap: long GPU names break after a hyphen instead of running
 * into the next bar's label.
 */
export function WrappedTick(props: {
  x?: number;
  y?: number;
  fill?: string;
  width?: number;
  visibleTicksCount?: number;
  /** the slot of one label, as the chart sized its axis for; else the axis width over the ticks */
  slotPx?: number;
  payload?: { value: string };
}) {
  const slot =
    props.slotPx ??
    (props.width ?? 0) / Math.max(1, props.visibleTicksCount ?? 1);
  const lines = tickLabelLines(String(props.payload?.value ?? ''), slot);
  return (
    <text
      x={props.x}
      y={props.y}
      textAnchor="middle"
      fontSize={TICK_FONT_PX}
      fill={props.fill}
    >
      {lines.map((l, i) => (
        <tspan key={i} x={props.x} dy={i === 0 ? '0.9em' : `${TICK_LINE_PX}px`}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

/**
 * Short, distinct category labels of cost options: the model only when the options differ in
 * it, GPU x TP, and the precision only where two options would otherwise read the same.
 */
export function optionLabels(
  recs: { modelId: string; gpuId: string; tp: number; precision: string }[],
): { labels: string[]; sharedModel: string | null } {
  const models = new Set(recs.map(r => r.modelId));
  const sharedModel = models.size === 1 ? recs[0]?.modelId ?? null : null;
  const base = recs.map(
    r => `${sharedModel ? '' : `${r.modelId} `}${r.gpuId}×${r.tp}`,
  );
  const labels = base.map((b, i) =>
    base.filter(x => x === b).length > 1 ? `${b} ${recs[i].precision}` : b,
  );
  return {
    labels: labels.map((l, i) =>
      labels.indexOf(l) === i ? l : `${l} (${i + 1})`,
    ),
    sharedModel,
  };
}

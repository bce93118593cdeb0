/**
 * The layout every planner table shares. The portal theme sets `word-break: break-word` on
 * table cells, which lets a narrow column break anywhere ("Repli cas", "GP Us", "$1.1 / 9"):
 * here cells break only between words, and figures (right-aligned body cells, or cells marked
 * `data-numeric`) never wrap. Wrap the table in `TableScroll` so a table wider than its card
 * scrolls inside it instead of squeezing its columns.
 */
export const TABLE_SX = {
  // element and attribute selectors: the portal prefixes MUI v5 class names (`v5-MuiTableCell-root`)
  '& td, & th': { wordBreak: 'normal', overflowWrap: 'normal' },
  '& tbody td[class*="MuiTableCell-alignRight"], & [data-numeric]': {
    whiteSpace: 'nowrap',
  },
} as const;

/** A horizontal scroll container for a table wider than its card. */
export const TABLE_SCROLL_SX = { overflowX: 'auto', maxWidth: '100%' } as const;

/** Style of a numeric column of the core-components (material-table) Table. */
export const NUMERIC_COLUMN = {
  cellStyle: { whiteSpace: 'nowrap' },
  headerStyle: { whiteSpace: 'nowrap' },
  align: 'right',
} as const;

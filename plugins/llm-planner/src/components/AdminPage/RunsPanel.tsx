import { Table, TableColumn } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import TablePagination from '@mui/material/TablePagination';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ChangeEvent, CSSProperties, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { errorMessage, llmPlannerApiRef } from '../../api/LlmPlannerClient';
import type { RunQuery, StoredRun } from '../../api/types';
import { fmtMs, fmtNum } from '../shared/format';
import { NoBreak } from '../shared/NoBreak';
import { NUMERIC_COLUMN } from '../shared/tables';

const PAGE = 50;

/** Cells of the runs table: less horizontal padding than the theme's 16 + 20 px. */
const COMPACT = { paddingLeft: 8, paddingRight: 8 } as const;

/**
 * The batch-and-source column takes up to 30 % of the table and gives way first: with
 * `maxWidth: 0` its long text never widens the table, and the other columns keep their content
 * width (`auto`, not material-table's equal shares), so the table fits its card at 1280 px and
 * the source is cut with an ellipsis. The share is also set as the cells' own CSS width:
 * material-table turns a column's percentage into pixels of the table's width measured once at
 * mount, and a table mounted while its tree was hidden (a suspended lazy chunk on a loaded
 * machine) measures 0 and gave every source cell 0 px for good.
 */
const SOURCE_SHARE = { width: '30%', maxWidth: 0 } as const;
const SOURCE_COLUMN = { ...SOURCE_SHARE, cellStyle: SOURCE_SHARE } as const;

/** A local filesystem path (`/workspace/DeepSeek-R1-0528`, `./models/x`, `C:\\models\\x`). */
function isPath(name: string): boolean {
  return /^(\/|\.{1,2}\/|~\/|[A-Za-z]:\\)/.test(name);
}

/**
 * The model of a run as the catalog names it. A run whose model is not in the catalog shows
 * the name it was benchmarked under, without the directory when that was a local path (a
 * server started from `/workspace/DeepSeek-R1-0528` serves `DeepSeek-R1-0528`).
 */
export function modelText(run: StoredRun['run']): {
  name: string;
  inCatalog: boolean;
} {
  if (run.modelId) return { name: run.modelId, inCatalog: true };
  const raw = run.modelRaw;
  const name = isPath(raw)
    ? raw.split(/[\\/]/).filter(Boolean).pop() ?? raw
    : raw;
  return { name, inCatalog: false };
}

function loadText(r: StoredRun): string {
  if (r.run.concurrency !== null) return `${r.run.concurrency} conc.`;
  if (r.run.requestRate !== null) return `${r.run.requestRate} req/s`;
  return r.run.loadKind;
}

type RunRow = StoredRun & { id: string | number };

function ModelCell(props: { run: StoredRun['run'] }) {
  const { run } = props;
  const m = modelText(run);
  if (m.inCatalog) return <NoBreak text={m.name} />;
  return (
    <span title={`Benchmarked as ${run.modelRaw}`}>
      <NoBreak text={m.name} />
      <Typography variant="caption" color="text.secondary" component="div">
        not in the model catalog
      </Typography>
    </span>
  );
}

function BatchSourceCell(props: { row: StoredRun }) {
  const r = props.row;
  return (
    <Typography
      variant="caption"
      title={`Batch ${r.batchId ?? 'seed'}: ${r.run.source}`}
      data-testid="run-source"
      sx={{
        display: 'block',
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
      }}
    >
      {r.batchId ? `${r.batchId.split('-')[0]}…` : 'seed'} ·{' '}
      <span>{r.run.source}</span>
    </Typography>
  );
}

/** The runs table's columns, compact; new objects per call, as the table annotates them. */
function runColumns(): TableColumn<RunRow>[] {
  const columns: TableColumn<RunRow>[] = [
    { title: 'Model', render: r => <ModelCell run={r.run} /> },
    {
      title: 'GPU',
      render: r => (
        <NoBreak
          text={`${r.run.gpuId ?? r.run.gpuRaw} × ${r.run.gpuCount ?? '?'}`}
        />
      ),
      cellStyle: NUMERIC_COLUMN.cellStyle,
    },
    { title: 'TP', render: r => r.run.tp ?? '–', ...NUMERIC_COLUMN },
    { title: 'Engine', render: r => `${r.run.engine} ${r.run.engineVersion}` },
    {
      title: 'Tokens in/out',
      ...NUMERIC_COLUMN,
      render: r =>
        `${fmtNum(r.run.inputTokens, 0)} / ${fmtNum(r.run.outputTokens, 0)}`,
    },
    { title: 'Load', render: r => loadText(r), ...NUMERIC_COLUMN },
    {
      title: 'TTFT p90',
      render: r => fmtMs(r.run.ttft.p90 ?? r.run.ttft.p95),
      ...NUMERIC_COLUMN,
    },
    {
      title: 'ITL mean',
      ...NUMERIC_COLUMN,
      render: r => fmtMs(r.run.itl.mean ?? r.run.tpot.mean),
    },
    {
      // the batch and the source share one column, cut to one line with an ellipsis at the
      // room the figures leave (a long path or URL made every row several lines tall and the
      // table wider than its card); both in full on hover
      title: 'Batch · source',
      ...SOURCE_COLUMN,
      render: r => <BatchSourceCell row={r} />,
    },
  ];
  return columns.map(c => ({
    width: 'auto',
    ...c,
    cellStyle: { ...COMPACT, ...(c.cellStyle as CSSProperties) },
    // headers of two words may take two lines: the figures under them set the width
    headerStyle: { ...c.headerStyle, ...COMPACT, whiteSpace: 'normal' },
  }));
}

/** The filters as typed, the debounced query, and cursor paging over its results. */
function useRunPages() {
  const api = useApi(llmPlannerApiRef);
  const [filters, setFilters] = useState<RunQuery>({});
  const [query, setQuery] = useState<RunQuery>({});
  const [page, setPage] = useState(0);
  // cursors[i] opens page i; the backend pages by cursor, so pages are visited in order
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  useDebounce(() => setQuery(filters), 300, [filters]);
  const { value, loading, error } = useAsync(
    () => api.listRuns({ ...query, limit: PAGE, cursor: cursors[page] }),
    [api, query, page],
  );
  const goTo = (next: number) => {
    if (next > page && value?.nextCursor) {
      const known = cursors.slice(0, page + 1);
      setCursors([...known, value.nextCursor]);
      setPage(page + 1);
    } else if (next < page) {
      setPage(next);
    }
  };
  const set = (k: keyof RunQuery) => (e: ChangeEvent<HTMLInputElement>) => {
    setPage(0);
    setCursors([undefined]);
    const v = e.target.value;
    let next: string | number | undefined = v || undefined;
    if (k === 'tp') next = v ? Number(v) : undefined;
    setFilters(f => ({ ...f, [k]: next }));
  };
  return { filters, set, page, goTo, value, loading, error };
}

/** Browse and filter measured runs, with where each came from. */
export function RunsPanel() {
  const { filters, set, page, goTo, value, loading, error } = useRunPages();
  return (
    <Stack spacing={2}>
      <Stack
        direction="row"
        spacing={2}
        useFlexGap
        flexWrap="wrap"
        component="form"
        aria-label="Filter runs"
      >
        <TextField
          id="runs-model"
          size="small"
          label="Model id"
          value={filters.modelId ?? ''}
          onChange={set('modelId')}
        />
        <TextField
          id="runs-gpu"
          size="small"
          label="GPU id"
          value={filters.gpuId ?? ''}
          onChange={set('gpuId')}
        />
        <TextField
          id="runs-tp"
          size="small"
          label="TP"
          type="number"
          value={filters.tp ?? ''}
          onChange={set('tp')}
          sx={{ width: 90 }}
        />
        <TextField
          id="runs-engine"
          size="small"
          label="Engine"
          value={filters.engine ?? ''}
          onChange={set('engine')}
        />
        <TextField
          id="runs-batch"
          size="small"
          label="Batch id"
          value={filters.batchId ?? ''}
          onChange={set('batchId')}
        />
      </Stack>
      {error ? (
        <Alert severity="error">
          The runs did not load: {errorMessage(error)}
        </Alert>
      ) : (
        <Table
          title={value ? `${value.total} runs` : 'Runs'}
          isLoading={loading}
          columns={runColumns()}
          data={(value?.items ?? []).map(r => ({ ...r }))}
          options={{ search: false, paging: false, padding: 'dense' }}
          emptyContent={
            <Typography color="text.secondary" sx={{ p: 2 }}>
              No run matches these filters. Import a benchmark report on the
              Import tab.
            </Typography>
          }
        />
      )}
      <TablePagination
        component="div"
        count={value?.total ?? 0}
        page={page}
        rowsPerPage={PAGE}
        rowsPerPageOptions={[PAGE]}
        onPageChange={(_, p) => goTo(p)}
      />
    </Stack>
  );
}

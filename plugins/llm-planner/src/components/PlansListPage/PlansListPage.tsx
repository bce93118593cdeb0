import {
  EmptyState,
  Progress,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  PLAN_STATUS_IDS,
  type PlanStatus,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { errorMessage, llmPlannerApiRef } from '../../api/LlmPlannerClient';
import type { PlanListItem, PlanListQuery } from '../../api/types';
import { usePlannerPath } from '../../hooks/usePlannerPath';
import { fmtDate, fmtUsd, shortRef } from '../shared/format';
import { StatusChip } from '../shared/StatusChip';

type Row = PlanListItem & { key: string };

/** Pages loaded after the first one, for the query they belong to. */
type MorePages = {
  key: string;
  items: PlanListItem[];
  nextCursor: string | null;
};

/**
 * The plans of a query, one page (50, newest change first) at a time: the first page
 * loads with the query, `loadMore` appends the next while there is one.
 */
function usePlanPages(query: PlanListQuery) {
  const api = useApi(llmPlannerApiRef);
  const key = JSON.stringify(query);
  const first = useAsyncRetry(
    () => api.listPlans(JSON.parse(key) as PlanListQuery),
    [api, key],
  );
  const [more, setMore] = useState<MorePages>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<Error>();
  const extra = more?.key === key ? more : undefined;

  // A plan changed while paging moves to the front; show each plan once.
  const byId = new Map<string, PlanListItem>();
  for (const p of [...(first.value?.items ?? []), ...(extra?.items ?? [])]) {
    if (!byId.has(p.id)) byId.set(p.id, p);
  }
  const nextCursor = extra ? extra.nextCursor : first.value?.nextCursor ?? null;

  const loadMore = async () => {
    if (!nextCursor || loadingMore) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await api.listPlans({ ...query, cursor: nextCursor });
      setMore({
        key,
        items: [...(extra?.items ?? []), ...page.items],
        nextCursor: page.nextCursor,
      });
    } catch (e) {
      setMoreError(e as Error);
    } finally {
      setLoadingMore(false);
    }
  };

  return {
    ...first,
    value: first.value && { items: [...byId.values()] },
    hasMore: nextCursor !== null,
    loadMore,
    loadingMore,
    moreError,
    retry: () => {
      setMore(undefined);
      first.retry();
    },
  };
}

type Scope = 'mine' | 'team';

/** Whether a plan's title, use case, model, GPU or team contains the search text. */
function matchesSearch(p: PlanListItem, text: string): boolean {
  if (!text) return true;
  const r = p.summary;
  const hay = `${p.title} ${p.useCase} ${r?.modelId ?? ''} ${r?.gpuId ?? ''} ${
    p.ownerGroup
  }`.toLocaleLowerCase();
  return hay.includes(text.toLocaleLowerCase());
}

function planColumns(root: string): TableColumn<Row>[] {
  return [
    {
      title: 'Plan',
      field: 'title',
      render: p => (
        <Link component={RouterLink} to={`${root}/plans/${p.id}`}>
          {p.title}
        </Link>
      ),
    },
    {
      title: 'Status',
      field: 'status',
      render: p => <StatusChip status={p.status} />,
    },
    {
      title: 'Recommendation',
      render: ({ summary: r }) =>
        r
          ? `${r.modelId} on ${r.gpuId} × TP${r.tp} × ${r.replicas} replica${
              r.replicas === 1 ? '' : 's'
            }`
          : 'no feasible configuration',
    },
    {
      title: '$/month',
      render: p => fmtUsd(p.summary?.perMonth),
    },
    { title: 'Team', render: p => shortRef(p.ownerGroup) },
    { title: 'Updated', render: p => fmtDate(p.updatedAt) },
  ];
}

/** "My plans": the user's and their teams' plans with status, filterable. */
export function PlansListPage() {
  const root = usePlannerPath();
  const [scope, setScope] = useState<Scope>('mine');
  const [status, setStatus] = useState<PlanStatus | ''>('');
  const [text, setText] = useState('');
  const pages = usePlanPages({ scope, status: status || undefined });
  const { value, loading, error, retry } = pages;

  const filters = (
    <PlanFilters
      scope={scope}
      onScope={setScope}
      status={status}
      onStatus={setStatus}
      text={text}
      onText={setText}
    />
  );

  if (error)
    return (
      <>
        {filters}
        <Alert
          severity="error"
          action={
            <Button color="inherit" onClick={retry}>
              Retry
            </Button>
          }
        >
          The plans did not load: {errorMessage(error)}
        </Alert>
      </>
    );
  if (loading && !value)
    return (
      <>
        {filters}
        <Progress />
      </>
    );
  if (!value?.items.length && !status)
    return (
      <>
        {filters}
        <EmptyState
          missing="content"
          title="No plans yet"
          description="A plan sizes an LLM inference service from what you tell the planner: the use case, how many people use it and how fast it must answer. Describe yours in the chat; you can change any assumption afterwards and see the effect instantly, then approve the plan and deploy it with the software template."
          action={
            <Button variant="contained" component={RouterLink} to={root}>
              Plan a service
            </Button>
          }
        />
      </>
    );
  return (
    <>
      {filters}
      <PlansTable
        items={(value?.items ?? []).filter(p => matchesSearch(p, text))}
        root={root}
        pages={pages}
        searching={!!text}
      />
    </>
  );
}

function PlanFilters(props: {
  scope: Scope;
  onScope: (s: Scope) => void;
  status: PlanStatus | '';
  onStatus: (s: PlanStatus | '') => void;
  text: string;
  onText: (t: string) => void;
}) {
  return (
    <Stack
      direction="row"
      spacing={2}
      sx={{ mb: 2 }}
      useFlexGap
      flexWrap="wrap"
    >
      <TextField
        id="plans-scope"
        select
        size="small"
        label="Whose"
        value={props.scope}
        onChange={e => props.onScope(e.target.value as Scope)}
        sx={{ minWidth: 160 }}
      >
        <MenuItem value="mine">mine</MenuItem>
        <MenuItem value="team">my teams</MenuItem>
      </TextField>
      <TextField
        id="plans-status"
        select
        size="small"
        label="Status"
        value={props.status}
        onChange={e => props.onStatus(e.target.value as PlanStatus | '')}
        sx={{ minWidth: 160 }}
      >
        <MenuItem value="">any</MenuItem>
        {PLAN_STATUS_IDS.map(s => (
          <MenuItem key={s} value={s}>
            {s}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        id="plans-search"
        size="small"
        label="Search"
        value={props.text}
        onChange={e => props.onText(e.target.value)}
      />
    </Stack>
  );
}

/** The loaded plans matching the search, and "Load more plans" while there are more. */
function PlansTable(props: {
  items: PlanListItem[];
  root: string;
  pages: ReturnType<typeof usePlanPages>;
  searching: boolean;
}) {
  const { items } = props;
  const { hasMore, loadMore, loadingMore, moreError } = props.pages;
  return (
    <>
      <Table<Row>
        title={`${items.length}${hasMore ? '+' : ''} plan${
          items.length === 1 && !hasMore ? '' : 's'
        }`}
        options={{ search: false, paging: items.length > 20, pageSize: 20 }}
        columns={planColumns(props.root)}
        data={items.map(p => ({ ...p, key: p.id }))}
        emptyContent={
          <Alert severity="info" sx={{ m: 2 }}>
            No plan matches these filters.
          </Alert>
        }
      />
      {moreError && (
        <Alert severity="error" sx={{ mt: 2 }}>
          More plans did not load: {errorMessage(moreError)}
        </Alert>
      )}
      {hasMore && (
        <Stack direction="row" spacing={2} alignItems="center" sx={{ mt: 2 }}>
          <Button variant="outlined" onClick={loadMore} disabled={loadingMore}>
            {loadingMore ? 'Loading…' : 'Load more plans'}
          </Button>
          {props.searching && (
            <span>The search covers the plans loaded so far.</span>
          )}
        </Stack>
      )}
    </>
  );
}

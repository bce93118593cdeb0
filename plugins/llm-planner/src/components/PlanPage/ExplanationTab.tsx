import { InfoCard } from '@backstage/core-components';
import type { Plan } from '@llm-planner/backstage-plugin-llm-planner-common';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { fmtUsd } from '../shared/format';
import { TABLE_SX } from '../shared/tables';

const REJECTED_PAGE_SIZES = [20, 50, 100];

/** Every rejected configuration with its reason, a page at a time. */
export function RejectedList(props: { rejected: Plan['rejected'] }) {
  const { rejected } = props;
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(REJECTED_PAGE_SIZES[0]);
  const shown = rejected.slice(page * perPage, (page + 1) * perPage);
  return (
    <>
      <List dense aria-label="Rejected configurations">
        {shown.map((r, i) => (
          <ListItem key={page * perPage + i}>
            <Typography variant="body2">
              <strong>{r.config}</strong>: {r.reason}
            </Typography>
          </ListItem>
        ))}
      </List>
      {rejected.length > REJECTED_PAGE_SIZES[0] && (
        <TablePagination
          component="div"
          count={rejected.length}
          page={page}
          rowsPerPage={perPage}
          rowsPerPageOptions={REJECTED_PAGE_SIZES}
          labelRowsPerPage="Per page:"
          onPageChange={(_, p) => setPage(p)}
          onRowsPerPageChange={e => {
            setPerPage(Number(e.target.value));
            setPage(0);
          }}
          aria-label="Rejected configurations pages"
        />
      )}
    </>
  );
}

/** Why: formula trace, assumptions, sensitivity, data notes and rejected options. */
export function ExplanationTab(props: { plan: Plan }) {
  const { plan } = props;
  const best = plan.recommendations[0];
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <InfoCard title="In one paragraph">
          <Typography>{plan.explanation}</Typography>
        </InfoCard>
      </Grid>
      {best && (
        <Grid item xs={12} md={7}>
          <InfoCard title="Formula trace">
            <Box
              component="ol"
              sx={{ fontFamily: 'monospace', fontSize: 13, pl: 3, m: 0 }}
              aria-label="Formula trace"
            >
              {best.formulaTrace.map((l, i) => (
                // indented lines (per SLO target: interval, bound at the confidence, P(meets))
                // keep their indent; long sources and intervals wrap instead of overflowing
                <Box
                  component="li"
                  key={i}
                  sx={{
                    whiteSpace: 'pre-wrap',
                    overflowWrap: 'anywhere',
                    lineHeight: 1.6,
                    color: l.startsWith('  ') ? 'text.secondary' : undefined,
                  }}
                >
                  {l}
                </Box>
              ))}
            </Box>
          </InfoCard>
        </Grid>
      )}
      <Grid item xs={12} md={best ? 5 : 12}>
        <InfoCard title="Assumptions">
          <List dense aria-label="Assumptions">
            {plan.assumptions.map((a, i) => (
              <ListItem key={i} sx={{ display: 'list-item' }}>
                {a}
              </ListItem>
            ))}
          </List>
          {plan.dataNotes.length > 0 && (
            <>
              <Typography variant="subtitle2">Data notes</Typography>
              <List dense aria-label="Data notes">
                {plan.dataNotes.map((a, i) => (
                  <ListItem key={i}>{a}</ListItem>
                ))}
              </List>
            </>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Sensitivity">
          {plan.sensitivity.length === 0 ? (
            <Typography color="text.secondary">
              No sensitivity without a recommendation.
            </Typography>
          ) : (
            <Table size="small" sx={TABLE_SX} aria-label="Sensitivity">
              <TableHead>
                <TableRow>
                  <TableCell>If</TableCell>
                  <TableCell align="right">Replicas</TableCell>
                  <TableCell align="right">Δ replicas</TableCell>
                  <TableCell align="right">$/month</TableCell>
                  <TableCell align="right">Δ $/month</TableCell>
                  <TableCell>Note</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {plan.sensitivity.map((s, i) => (
                  <TableRow key={i}>
                    <TableCell>{s.change}</TableCell>
                    <TableCell align="right">{s.replicas ?? '–'}</TableCell>
                    <TableCell align="right">
                      {s.deltaReplicas === null
                        ? '–'
                        : `${s.deltaReplicas >= 0 ? '+' : ''}${
                            s.deltaReplicas
                          }`}
                    </TableCell>
                    <TableCell align="right">{fmtUsd(s.perMonth)}</TableCell>
                    <TableCell align="right">
                      {s.deltaPerMonth === null
                        ? '–'
                        : `${s.deltaPerMonth >= 0 ? '+' : '−'}${fmtUsd(
                            Math.abs(s.deltaPerMonth),
                          )}`}
                    </TableCell>
                    <TableCell>{s.note}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </InfoCard>
      </Grid>
      {plan.rejected.length > 0 && (
        <Grid item xs={12}>
          <InfoCard title={`Rejected configurations (${plan.rejected.length})`}>
            <RejectedList rejected={plan.rejected} />
          </InfoCard>
        </Grid>
      )}
    </Grid>
  );
}

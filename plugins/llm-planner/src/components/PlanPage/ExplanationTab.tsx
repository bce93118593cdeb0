import { InfoCard } from '@backstage/core-components';
import type { Plan } from '@internal/backstage-plugin-llm-planner-common';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { fmtUsd } from '../shared/format';

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
            <Table size="small" aria-label="Sensitivity">
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
            <List dense aria-label="Rejected configurations">
              {plan.rejected.slice(0, 20).map((r, i) => (
                <ListItem key={i}>
                  <Typography variant="body2">
                    <strong>{r.config}</strong>: {r.reason}
                  </Typography>
                </ListItem>
              ))}
            </List>
          </InfoCard>
        </Grid>
      )}
    </Grid>
  );
}

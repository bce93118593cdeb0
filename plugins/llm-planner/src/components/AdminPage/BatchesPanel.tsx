import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { errorMessage, llmPlannerApiRef } from '../../api/LlmPlannerClient';
import type { ImportBatch } from '../../api/types';
import { fmtDate, shortRef } from '../shared/format';
import { TABLE_SX } from '../shared/tables';

/** Import batches, each deletable (with its runs) after a confirmation. */
export function BatchesPanel(props: { onDeleted: () => void }) {
  const api = useApi(llmPlannerApiRef);
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    // batches are few: follow the pages to the end
    const items: ImportBatch[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await api.listBatches({ limit: 500, cursor });
      items.push(...page.items);
      if (!page.nextCursor) return { items };
      cursor = page.nextCursor;
    }
  }, [api]);
  const [confirm, setConfirm] = useState<ImportBatch>();
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string>();
  const doDelete = async () => {
    if (!confirm) return;
    setDeleting(true);
    setDeleteError(undefined);
    try {
      await api.deleteBatch(confirm.id);
      setConfirm(undefined);
      props.onDeleted();
      retry();
    } catch (e) {
      setDeleteError(errorMessage(e));
    } finally {
      setDeleting(false);
    }
  };
  if (error)
    return (
      <Alert severity="error">
        The batches did not load: {errorMessage(error)}
      </Alert>
    );
  if (loading && !value) return <Progress />;
  const items = value?.items ?? [];
  return (
    <>
      {deleteError && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {deleteError}
        </Alert>
      )}
      {items.length === 0 ? (
        <Typography color="text.secondary">
          No import batches yet: the seed benchmarks are built in. Import a CSV
          or a benchmark report on the Import tab to add measured runs.
        </Typography>
      ) : (
        <Table size="small" sx={TABLE_SX} aria-label="Import batches">
          <TableHead>
            <TableRow>
              <TableCell>Batch</TableCell>
              <TableCell>Dataset</TableCell>
              <TableCell>Format</TableCell>
              <TableCell align="right">Rows</TableCell>
              <TableCell>Imported by</TableCell>
              <TableCell>When</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map(b => (
              <TableRow key={b.id}>
                <TableCell>{b.id}</TableCell>
                <TableCell>{b.dataset}</TableCell>
                <TableCell>{b.format}</TableCell>
                <TableCell align="right">{b.rowCount}</TableCell>
                <TableCell>{shortRef(b.importedBy)}</TableCell>
                <TableCell>{fmtDate(b.importedAt)}</TableCell>
                <TableCell>
                  <Button
                    color="error"
                    size="small"
                    onClick={() => setConfirm(b)}
                    aria-label={`Delete batch ${b.dataset}`}
                  >
                    Delete
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Dialog
        open={!!confirm}
        onClose={() => setConfirm(undefined)}
        aria-labelledby="delete-batch-title"
      >
        <DialogTitle id="delete-batch-title">
          Delete batch {confirm?.dataset}?
        </DialogTitle>
        <DialogContent>
          <DialogContentText>
            Its {confirm?.rowCount} runs are removed from the knowledge base and
            every new plan is computed without them. Existing plans keep their
            numbers until re-planned.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirm(undefined)}>Cancel</Button>
          <Button
            color="error"
            variant="contained"
            onClick={doDelete}
            disabled={deleting}
          >
            {deleting ? 'Deleting…' : 'Delete'}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

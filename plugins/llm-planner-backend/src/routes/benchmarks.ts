import { InputError, NotFoundError } from '@backstage/errors';
import {
  ImportFormatEntry,
  llmPlannerBenchmarkWritePermission,
  PageQuerySchema,
  RunFilterQuerySchema,
  RunQuerySchema,
  recordsToCsv,
  RowError,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import express from 'express';
import Router from 'express-promise-router';
import { randomUUID } from 'node:crypto';
import { importBenchmarks } from '../services/BenchmarkImportService';
import {
  importRequestSchema,
  resolveImport,
} from '../services/customImportFormats';
import { RouteDeps } from './types';
import { parse, uuidParam } from './validate';

/** Header a client may name its import id in instead of the body's `importId`. */
export const IMPORT_ID_HEADER = 'x-llm-planner-import-id';

/** The 400 of a file with invalid rows: nothing was imported. */
function rejectRows(
  res: express.Response,
  importId: string,
  rowErrors: RowError[],
) {
  const count = new Set(rowErrors.map(e => e.row)).size;
  res.status(400).json({
    error: {
      name: 'InputError',
      message: `${count} row${count === 1 ? '' : 's'} of the file ${
        count === 1 ? 'is' : 'are'
      } invalid; nothing was imported`,
    },
    response: { statusCode: 400 },
    importId,
    rowErrors,
  });
}

/** Benchmark runs: browse and export for everyone; import and delete for the platform team. */
export function benchmarksRouter(
  deps: RouteDeps & {
    /** import formats backend modules added besides the registry's */
    benchmarkFormats?: readonly ImportFormatEntry[];
  },
) {
  const { access, benchmarks, catalogs, knowledge, logger } = deps;
  const customFormats = deps.benchmarkFormats ?? [];
  const bodySchema = importRequestSchema(customFormats);
  const router = Router();

  router.post('/v1/benchmarks/imports', async (req, res) => {
    const caller = await access.caller(req);
    await access.require(
      llmPlannerBenchmarkWritePermission,
      caller.credentials,
    );
    const parsed = parse(bodySchema, req.body, 'benchmark import');
    const header = req.get(IMPORT_ID_HEADER);
    const headerId =
      header === undefined ? undefined : uuidParam(header, 'import id');
    if (headerId && parsed.importId && headerId !== parsed.importId) {
      throw new InputError(
        `Invalid import id: the ${IMPORT_ID_HEADER} header and the body name different ids`,
      );
    }
    const importId = headerId ?? parsed.importId;
    const resolved = resolveImport(parsed, customFormats);
    if (!resolved.ok) {
      rejectRows(res, importId ?? randomUUID(), resolved.rowErrors);
      return;
    }
    const { body } = resolved;
    // the catalogs the names resolve against; building the planner here would be wasted work
    const [models, gpus] = await Promise.all([
      catalogs.listModels(),
      catalogs.listGpus(),
    ]);
    const result = await access.audited(
      req,
      'benchmark-import',
      { format: parsed.format, dataset: body.dataset, importId },
      () =>
        importBenchmarks(
          { ...body, importId, importedBy: caller.userRef },
          { benchmarks, kb: { models, gpus }, logger },
        ),
    );
    if (!result.ok) {
      rejectRows(res, result.importId, result.rowErrors);
      return;
    }
    if (result.outcome.created) knowledge.invalidate();
    res.status(result.outcome.created ? 201 : 200).json(result.outcome);
  });

  router.get('/v1/benchmarks/imports/:id', async (req, res) => {
    const caller = await access.caller(req);
    await access.require(
      llmPlannerBenchmarkWritePermission,
      caller.credentials,
    );
    const id = uuidParam(req.params.id, 'import id');
    const progress = await benchmarks.progress.get(id);
    if (!progress) throw new NotFoundError(`No import ${id}`);
    res.json(progress);
  });

  router.get('/v1/benchmarks/batches', async (req, res) => {
    await access.caller(req);
    const page = parse(PageQuerySchema, req.query, 'query');
    res.json(await benchmarks.pageBatches(page));
  });

  router.delete('/v1/benchmarks/batches/:id', async (req, res) => {
    const caller = await access.caller(req);
    await access.require(
      llmPlannerBenchmarkWritePermission,
      caller.credentials,
    );
    const id = uuidParam(req.params.id, 'batch id');
    const found = await access.audited(
      req,
      'benchmark-batch-delete',
      { id },
      () => benchmarks.deleteBatch(id),
    );
    if (!found) throw new NotFoundError(`No import batch ${id}`);
    knowledge.invalidate();
    res.status(204).end();
  });

  router.get('/v1/benchmarks/runs', async (req, res) => {
    await access.caller(req);
    const { limit, cursor, ...filter } = parse(
      RunQuerySchema,
      req.query,
      'query',
    );
    const page = await benchmarks.pageRuns(filter, { limit, cursor });
    res.json({
      total: page.total,
      items: page.items.map(({ id, batchId, run }) => ({ id, batchId, run })),
      nextCursor: page.nextCursor,
    });
  });

  router.get('/v1/benchmarks/export', async (req, res) => {
    await access.caller(req);
    const filter = parse(RunFilterQuerySchema, req.query, 'query');
    const rows = await benchmarks.exportRows(filter);
    res
      .status(200)
      .set({
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="benchmarks.csv"',
      })
      .send(recordsToCsv(rows));
  });

  return router;
}

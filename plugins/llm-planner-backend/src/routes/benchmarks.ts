import { NotFoundError } from '@backstage/errors';
import {
  llmPlannerBenchmarkWritePermission,
  recordsToCsv,
} from '@internal/backstage-plugin-llm-planner-common';
import Router from 'express-promise-router';
import { z } from 'zod';
import { importBenchmarks } from '../services/BenchmarkImportService';
import { RouteDeps } from './types';
import { parse } from './validate';

export const ImportBody = z.object({
  format: z.enum(['csv', 'guidellm', 'vllm-bench-serve']),
  dataset: z.string().trim().min(1).max(300),
  content: z.string().min(1),
  context: z
    .object({
      model: z.string().optional(),
      gpu: z.string().optional(),
      gpuCount: z.number().int().positive().optional(),
      tensorParallel: z.number().int().positive().optional(),
      engine: z.string().optional(),
      engineVersion: z.string().optional(),
      precision: z.string().optional(),
      dataset: z.string().optional(),
      source: z.string().optional(),
      fileName: z.string().optional(),
    })
    .optional(),
});

export const RunQuery = z.object({
  modelId: z.string().optional(),
  gpuId: z.string().optional(),
  tp: z.coerce.number().int().positive().optional(),
  engine: z.string().optional(),
  batchId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Benchmark runs: browse and export for everyone; import and delete for the platform team. */
export function benchmarksRouter(deps: RouteDeps) {
  const { access, benchmarks, knowledge } = deps;
  const router = Router();

  router.post('/v1/benchmarks/imports', async (req, res) => {
    const caller = await access.caller(req);
    await access.require(
      llmPlannerBenchmarkWritePermission,
      caller.credentials,
    );
    const body = parse(ImportBody, req.body, 'benchmark import');
    const { kb } = (await knowledge.planner()).engine;
    const result = await access.audited(
      req,
      'benchmark-import',
      { format: body.format, dataset: body.dataset },
      () =>
        importBenchmarks(
          { ...body, importedBy: caller.userRef },
          { benchmarks, kb },
        ),
    );
    if (!result.ok) {
      const count = new Set(result.rowErrors.map(e => e.row)).size;
      res.status(400).json({
        error: {
          name: 'InputError',
          message: `${count} row${count === 1 ? '' : 's'} of the file ${
            count === 1 ? 'is' : 'are'
          } invalid; nothing was imported`,
        },
        response: { statusCode: 400 },
        rowErrors: result.rowErrors,
      });
      return;
    }
    if (result.created) knowledge.invalidate();
    res.status(result.created ? 201 : 200).json({
      batch: result.batch,
      created: result.created,
      warnings: result.warnings,
    });
  });

  router.get('/v1/benchmarks/batches', async (req, res) => {
    await access.caller(req);
    res.json({ items: await benchmarks.listBatches() });
  });

  router.delete('/v1/benchmarks/batches/:id', async (req, res) => {
    const caller = await access.caller(req);
    await access.require(
      llmPlannerBenchmarkWritePermission,
      caller.credentials,
    );
    const { id } = parse(z.object({ id: z.uuid() }), req.params, 'batch id');
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
    const { limit, offset, ...filter } = parse(RunQuery, req.query, 'query');
    const page = await benchmarks.listRuns(filter, { limit, offset });
    res.json({
      total: page.total,
      items: page.items.map(({ id, batchId, run }) => ({ id, batchId, run })),
    });
  });

  router.get('/v1/benchmarks/export', async (req, res) => {
    await access.caller(req);
    const {
      limit: _l,
      offset: _o,
      ...filter
    } = parse(RunQuery, req.query, 'query');
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

// Test-only helper: reads the saved report files and the catalogs with node fs. Never imported by
// library code (the importers are isomorphic and receive file contents as strings).
import fs from 'fs';
import path from 'path';
import { parseGpuCsv, parseModelCatalog } from '../../engine/normalise';
import type { GpuSpec, ModelSpec } from '../../engine/schemas';

export const REPO_ROOT = path.resolve(__dirname, '../../../../..');
export const FORMATS_DIR = path.join(REPO_ROOT, 'benchmarks', 'formats');

export const FILES = {
  guidellmV02:
    'guidellm_v0.2_layout__guidellm-repo_benchmarks_stripped_2025-06.json',
  guidellmV03:
    'guidellm_v0.3_layout__guidellm-repo_benchmarks_stripped_2025-07.json',
  guidellmV05:
    'guidellm_v0.5.0.dev0__danielkorat-guidellm-bench_Qwen3-30B-A3B_tp4_fp8_xpu.json',
  guidellmV08:
    'guidellm_v0.8.0.dev18__llm-d-benchmark_guidellm_report_v2_mock.json',
  vllmFailed: 'vllm_bench_serve_v0.25.1__er0080_all_requests_failed.json',
  vllmSweepRun:
    'vllm_bench_sweep_v0.25.1__er0080_max_num_seqs4_conc2_run0.json',
  vllmSweepSummary:
    'vllm_bench_sweep_v0.25.1__er0080_max_num_seqs4_conc2_summary.json',
  vllm1p1d:
    'vllm_benchmark_serving_2025-05__llm-d-benchmark_exp-7_H100_llm-d-1p1d.json',
  vllm2replicas:
    'vllm_benchmark_serving_2025-05__llm-d-benchmark_exp-7_H100_vllm-2replicas.json',
  vllmJsonl: 'vllm_benchmark_serving_2025-05__nerdalert_results_appended.jsonl',
} as const;

export function readFormat(name: string): string {
  return fs.readFileSync(path.join(FORMATS_DIR, name), 'utf8');
}

export function readFormatJson(name: string): unknown {
  return JSON.parse(readFormat(name));
}

let catalog: { models: ModelSpec[]; gpus: GpuSpec[] } | undefined;
/** The model catalog and GPU table of the repository, for `parseBenchmarkCsv`. */
export function catalogs(): { models: ModelSpec[]; gpus: GpuSpec[] } {
  if (!catalog) {
    const models = parseModelCatalog(
      JSON.parse(
        fs.readFileSync(
          path.join(REPO_ROOT, 'benchmarks', 'catalog', 'models.json'),
          'utf8',
        ),
      ),
    );
    const { gpus } = parseGpuCsv(
      fs.readFileSync(
        path.join(REPO_ROOT, 'benchmarks', 'data', 'gpus.csv'),
        'utf8',
      ),
    );
    catalog = { models, gpus };
  }
  return catalog;
}

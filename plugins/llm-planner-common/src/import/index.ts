/**
 * Importers of benchmark report files (GuideLLM JSON, `vllm bench serve` JSON / JSON Lines) into
 * the shared benchmark CSV layout, so every import goes through `parseBenchmarkCsv`.
 * Pure and isomorphic.
 */
import type { RowError } from '../engine/schemas';
import { guidellmToRecords } from './guidellm';
import { recordsToCsv } from './toCsv';
import type { ImportContext } from './types';
import { vllmBenchServeToRecords } from './vllmBenchServe';

export type {
  DuplicateRow,
  ImportContext,
  ImportOutcome,
  ImportPhase,
  ImportProgress,
  ImportRecords,
} from './types';
export { runIdentity, RUN_IDENTITY_VERSION } from './identity';
export { recordsToCsv } from './toCsv';
export { applyRecordDelta, recordDelta, recordOfRun } from './record';
export type { BenchmarkRecord } from './record';
export { guidellmToRecords } from './guidellm';
export { vllmBenchServeToRecords } from './vllmBenchServe';

/** Report formats the importers read. @public */
export type ReportFormat = 'guidellm' | 'vllm-bench-serve';

/** The report formats, for validation of API input. @public */
export const REPORT_FORMATS: readonly ReportFormat[] = [
  'guidellm',
  'vllm-bench-serve',
];

/**
 * Converts a report file's text into CSV in the shared benchmark layout. Any error means the
 * file must be rejected as a whole; the CSV then holds only the rows that converted. Text that
 * is not JSON is a row-0 error. Never throws.
 * @public
 */
export function reportToCsv(
  format: ReportFormat,
  content: string,
  context: ImportContext = {},
): { csv: string; errors: RowError[] } {
  try {
    if (format === 'vllm-bench-serve') {
      const { records, errors } = vllmBenchServeToRecords(content, context);
      return { csv: recordsToCsv(records), errors };
    }
    if (format === 'guidellm') {
      let json: unknown;
      try {
        json = JSON.parse(String(content).replace(/^\uFEFF/, ''));
      } catch (e) {
        return {
          csv: recordsToCsv([]),
          errors: [
            {
              row: 0,
              column: 'json',
              reason: `invalid JSON: ${
                e instanceof Error ? e.message : String(e)
              }`,
            },
          ],
        };
      }
      const { records, errors } = guidellmToRecords(json, context);
      return { csv: recordsToCsv(records), errors };
    }
    return {
      csv: recordsToCsv([]),
      errors: [
        {
          row: 0,
          column: 'format',
          reason: `unknown report format "${String(
            format,
          )}" (known: ${REPORT_FORMATS.join(', ')})`,
        },
      ],
    };
  } catch (e) {
    // the converters do not throw on data; this guards against a bug turning into a 500
    return {
      csv: recordsToCsv([]),
      errors: [
        {
          row: 0,
          column: '',
          reason: `the report could not be converted: ${
            e instanceof Error ? e.message : String(e)
          }`,
        },
      ],
    };
  }
}

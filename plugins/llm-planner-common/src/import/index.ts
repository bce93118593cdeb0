/**
 * Importers of benchmark report files (GuideLLM JSON, `vllm bench serve` JSON / JSON Lines) into
 * the shared benchmark CSV layout, so every import goes through `parseBenchmarkCsv`.
 * Pure and isomorphic.
 */
import type { RowError } from '../engine/schemas';
import {
  importFormatById,
  UPLOAD_FORMAT_IDS,
  type UploadFormat,
} from '../registry/importFormats';
import { recordsToCsv } from './toCsv';
import type { ImportContext } from './types';

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

/** Report formats the importers convert to the shared CSV layout (every upload format but CSV). @public */
export type ReportFormat = Exclude<UploadFormat, 'csv'>;

/** The report formats, for validation of API input. @public */
export const REPORT_FORMATS: readonly ReportFormat[] = UPLOAD_FORMAT_IDS.filter(
  (f): f is ReportFormat => f !== 'csv',
);

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
  const entry = (REPORT_FORMATS as readonly string[]).includes(format)
    ? importFormatById(format)
    : undefined;
  if (!entry)
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
  try {
    return entry.convert(content, context);
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

/**
 * The file formats a benchmark import accepts: the one list the admin page's format menu, the
 * API's zod enum, file-name sniffing and conversion to the shared CSV layout iterate. A new
 * format is one entry here (with its converter) plus its test.
 */
import { z } from 'zod';
import type { RowError } from '../engine/schemas';
import { guidellmToRecords } from '../import/guidellm';
import { recordsToCsv } from '../import/toCsv';
import type { ImportContext } from '../import/types';
import { vllmBenchServeToRecords } from '../import/vllmBenchServe';

/** A file's text in the shared benchmark CSV layout, or why it cannot be. @public */
export type ConvertedImport = { csv: string; errors: RowError[] };

/** One import format and how to recognise and convert it. @public */
export type ImportFormatEntry<Id extends string = string> = {
  id: Id;
  /** menu label */
  label: string;
  /** what the user has to add for this format */
  help: string;
  /** whether a file looks like this format, from its name (and its text, when read) */
  sniff(file: { name: string; text?: string }): boolean;
  /** the file as CSV in the shared layout; any error rejects the whole file; never throws on data */
  convert(content: string, context: ImportContext): ConvertedImport;
};

function invalidJson(e: unknown): ConvertedImport {
  return {
    csv: recordsToCsv([]),
    errors: [
      {
        row: 0,
        column: 'json',
        reason: `invalid JSON: ${e instanceof Error ? e.message : String(e)}`,
      },
    ],
  };
}

const looksLikeJson = (text: string | undefined) =>
  text !== undefined && /^\uFEFF?\s*[[{]/.test(text);

const csv: ImportFormatEntry<'csv'> = {
  id: 'csv',
  label: 'CSV (shared layout)',
  help: 'Rows in the shared benchmark column layout (benchmarks.csv); the GPU is in each row.',
  sniff: ({ name }) => /\.csv$/i.test(name),
  // already in the layout: the normaliser reads it as it is
  convert: content => ({ csv: content, errors: [] }),
};

const guidellm: ImportFormatEntry<'guidellm'> = {
  id: 'guidellm',
  label: 'GuideLLM JSON',
  help: 'A GuideLLM benchmarks JSON report; the report does not record the hardware, so give the GPU below.',
  sniff: ({ name, text }) =>
    /guidellm/i.test(name) ||
    (looksLikeJson(text) && /"benchmarks"\s*:/.test(text!.slice(0, 4096))),
  convert: (content, context) => {
    let json: unknown;
    try {
      json = JSON.parse(String(content).replace(/^\uFEFF/, ''));
    } catch (e) {
      return invalidJson(e);
    }
    const { records, errors } = guidellmToRecords(json, context);
    return { csv: recordsToCsv(records), errors };
  },
};

const vllmBenchServe: ImportFormatEntry<'vllm-bench-serve'> = {
  id: 'vllm-bench-serve',
  label: 'vllm bench serve JSON',
  help: 'A vllm bench serve (or benchmark_serving) JSON result; give the GPU below.',
  // the JSON (Lines) result files carry no tell-tale name: any other file is read as one
  sniff: () => true,
  convert: (content, context) => {
    const { records, errors } = vllmBenchServeToRecords(content, context);
    return { csv: recordsToCsv(records), errors };
  },
};

/** Every import format, in menu order and in the order files are sniffed (first match wins). @public */
export const IMPORT_FORMATS = [csv, guidellm, vllmBenchServe] as const;

/** Id of an import format a user can upload. @public */
export type UploadFormat = (typeof IMPORT_FORMATS)[number]['id'];

/** Upload format ids, for validation of API input. @public */
export const UPLOAD_FORMAT_IDS = IMPORT_FORMATS.map(f => f.id) as [
  UploadFormat,
  ...UploadFormat[],
];

/** zod enum of the upload formats. @public */
export const UploadFormatSchema = z.enum(UPLOAD_FORMAT_IDS);

/** The format entry of an id, undefined when unknown. @public */
export function importFormatById(
  id: string,
): (typeof IMPORT_FORMATS)[number] | undefined {
  return IMPORT_FORMATS.find(f => f.id === id);
}

/** The format a file most likely is, from its name (and text, when read). @public */
export function sniffImportFormat(file: {
  name: string;
  text?: string;
}): UploadFormat {
  return (IMPORT_FORMATS.find(f => f.sniff(file)) ?? vllmBenchServe).id;
}

import {
  importFormatById,
  ImportRequestSchema,
  UPLOAD_FORMAT_IDS,
  type ImportFormatEntry,
  type RowError,
  type UploadFormat,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { z } from 'zod';

type RegistryImportBody = z.output<typeof ImportRequestSchema>;

/** A parsed import body whose format may also be one a backend module added. */
export type ImportBody = Omit<RegistryImportBody, 'format'> & {
  format: string;
};

/** The import body schema, accepting the formats backend modules added besides the registry's. */
export function importRequestSchema(
  custom: readonly ImportFormatEntry[],
): z.ZodType<ImportBody> {
  if (!custom.length) return ImportRequestSchema;
  const ids = [...UPLOAD_FORMAT_IDS, ...custom.map(f => f.id)] as [
    string,
    ...string[],
  ];
  return ImportRequestSchema.extend({ format: z.enum(ids) });
}

/** What the import service is handed: a registry format, whatever the upload's format was. */
export type ResolvedImport =
  | {
      ok: true;
      body: Omit<RegistryImportBody, 'format'> & { format: UploadFormat };
    }
  | { ok: false; rowErrors: RowError[] };

/**
 * A file of a format a backend module added is converted to the shared CSV layout here, on
 * the request thread: the import's worker thread receives only data, and a module's converter
 * is a function. The worker then reads the CSV like a CSV upload and validates every row.
 */
export function resolveImport(
  body: ImportBody,
  custom: readonly ImportFormatEntry[],
): ResolvedImport {
  const registry = importFormatById(body.format);
  if (registry) return { ok: true, body: { ...body, format: registry.id } };
  const format = custom.find(f => f.id === body.format);
  if (!format) {
    // the schema admitted only registry and custom ids
    throw new Error(`unknown import format ${body.format}`);
  }
  try {
    const { csv, errors } = format.convert(body.content, body.context ?? {});
    if (errors.length) return { ok: false, rowErrors: errors };
    return { ok: true, body: { ...body, format: 'csv', content: csv } };
  } catch (e) {
    return {
      ok: false,
      rowErrors: [
        {
          row: 0,
          column: 'format',
          reason: `the ${format.label} converter failed: ${
            e instanceof Error ? e.message : String(e)
          }`,
        },
      ],
    };
  }
}

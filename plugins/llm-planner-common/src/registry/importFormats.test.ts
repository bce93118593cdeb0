import { FILES, readFormat } from '../import/__testUtils__/formats';
import {
  IMPORT_FORMATS,
  UploadFormatSchema,
  importFormatById,
  sniffImportFormat,
} from './importFormats';

describe('import format registry', () => {
  it('lists csv, GuideLLM and vllm bench serve, each with a label and help', () => {
    expect(IMPORT_FORMATS.map(f => f.id)).toEqual([
      'csv',
      'guidellm',
      'vllm-bench-serve',
    ]);
    for (const f of IMPORT_FORMATS) {
      expect(f.label).not.toBe('');
      expect(f.help).not.toBe('');
    }
    expect(UploadFormatSchema.safeParse('guidellm').success).toBe(true);
    expect(UploadFormatSchema.safeParse('seed').success).toBe(false);
  });

  it.each([
    ['runs.csv', 'csv'],
    ['guidellm-report.json', 'guidellm'],
    ['results.json', 'vllm-bench-serve'],
    ['results.jsonl', 'vllm-bench-serve'],
  ])('sniffs %s as %s from its name', (name, format) => {
    expect(sniffImportFormat({ name })).toBe(format);
  });

  it('sniffs a GuideLLM report from its text when the name says nothing', () => {
    const text = readFormat(FILES.guidellmV03);
    expect(sniffImportFormat({ name: 'report.json', text })).toBe('guidellm');
  });

  it('passes CSV through and converts reports to the shared layout', () => {
    expect(importFormatById('csv')!.convert('a,b\n1,2\n', {})).toEqual({
      csv: 'a,b\n1,2\n',
      errors: [],
    });
    const { csv, errors } = importFormatById('guidellm')!.convert(
      readFormat(FILES.guidellmV03),
      { gpu: 'H100', gpuCount: 1 },
    );
    expect(errors).toEqual([]);
    expect(csv.split('\n').length).toBeGreaterThan(2);
    expect(
      importFormatById('guidellm')!.convert('not json', {}).errors[0],
    ).toEqual(expect.objectContaining({ row: 0, column: 'json' }));
  });
});

import { optionLabels, tickLabelLines } from './costParts';

describe('cost chart labels', () => {
  it('wrap a GPU name after a hyphen when it is wider than its slot, and keep a short one whole', () => {
    expect(tickLabelLines('H200-SXM-141GB×1', 100)).toEqual([
      'H200-SXM-',
      '141GB×1',
    ]);
    expect(tickLabelLines('L40S×1', 100)).toEqual(['L40S×1']);
    // a wide slot keeps it on one line
    expect(tickLabelLines('H200-SXM-141GB×1', 200)).toEqual([
      'H200-SXM-141GB×1',
    ]);
    // the model and the machine on their own lines
    expect(tickLabelLines('gpt-oss-20b L40S×1', 200)).toEqual([
      'gpt-oss-20b',
      'L40S×1',
    ]);
  });

  it('name the model once when every option shares it, and tell same-GPU options apart', () => {
    const rec = (modelId: string, gpuId: string, precision = 'bf16') => ({
      modelId,
      gpuId,
      tp: 1,
      precision,
    });
    expect(
      optionLabels([
        rec('gpt-oss-20b', 'L40S'),
        rec('gpt-oss-20b', 'B200-180GB'),
      ]),
    ).toEqual({
      labels: ['L40S×1', 'B200-180GB×1'],
      sharedModel: 'gpt-oss-20b',
    });
    expect(
      optionLabels([rec('gpt-oss-20b', 'L40S'), rec('qwen3-8b', 'L40S')])
        .labels,
    ).toEqual(['gpt-oss-20b L40S×1', 'qwen3-8b L40S×1']);
    expect(
      optionLabels([rec('m', 'L4', 'fp8'), rec('m', 'L4', 'bf16')]).labels,
    ).toEqual(['L4×1 fp8', 'L4×1 bf16']);
  });
});

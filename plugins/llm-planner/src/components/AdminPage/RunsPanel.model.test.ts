import type { StoredRun } from '../../api/types';
import { modelText } from './RunsPanel';

const run = (modelId: string | null, modelRaw: string) =>
  ({ modelId, modelRaw } as unknown as StoredRun['run']);

describe('modelText', () => {
  it('shows the catalog id of a resolved run', () => {
    expect(modelText(run('deepseek-v3.2', '/workspace/DeepSeek-v3.2'))).toEqual(
      { name: 'deepseek-v3.2', inCatalog: true },
    );
  });

  it('shows the served name, not the local path, of a model not in the catalog', () => {
    expect(modelText(run(null, '/workspace/DeepSeek-R1-0528'))).toEqual({
      name: 'DeepSeek-R1-0528',
      inCatalog: false,
    });
    expect(modelText(run(null, './models/my-model/'))).toEqual({
      name: 'my-model',
      inCatalog: false,
    });
  });

  it('keeps a Hugging Face id as it is', () => {
    expect(modelText(run(null, 'org/Some-Model-7B')).name).toBe(
      'org/Some-Model-7B',
    );
  });
});

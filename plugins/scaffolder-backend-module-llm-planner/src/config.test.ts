import { ConfigReader } from '@backstage/config';
import os from 'os';
import path from 'path';
import { readPlannerModuleConfig } from './config';

const directoryOf = (data: object) =>
  readPlannerModuleConfig(new ConfigReader(data)).localPublishDirectory;

describe('llmPlanner.publish.localDirectory', () => {
  it('defaults to the OS temp directory, outside the checkout the backend runs from', () => {
    const dir = directoryOf({});
    expect(dir).toBe(path.join(os.tmpdir(), 'backstage-llm-planner', 'repos'));
    const repoRoot = path.resolve(__dirname, '../../..');
    expect(path.relative(repoRoot, dir).startsWith('..')).toBe(true);
  });

  it("follows the backend's working directory for temporary files when that is set", () => {
    expect(
      directoryOf({ backend: { workingDirectory: '/var/backstage' } }),
    ).toBe('/var/backstage/backstage-llm-planner/repos');
  });

  it('takes an explicit directory, a relative one from where the backend runs', () => {
    expect(
      directoryOf({
        llmPlanner: { publish: { localDirectory: '/srv/repos' } },
      }),
    ).toBe('/srv/repos');
    expect(
      directoryOf({ llmPlanner: { publish: { localDirectory: 'repos' } } }),
    ).toBe(path.resolve('repos'));
  });
});

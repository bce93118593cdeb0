import { createMockDirectory } from '@backstage/backend-test-utils';
import fs from 'fs';
import git from 'isomorphic-git';
import path from 'path';
import {
  actionContext,
  moduleConfig,
  outputOf,
} from '../__testUtils__/fixtures';
import { createPublishLocalAction } from './publishLocal';

describe('llm-planner:publish:local', () => {
  const mockDir = createMockDirectory();

  function setup() {
    mockDir.clear();
    mockDir.setContent({
      workspace: { 'README.md': '# hi\n', manifests: { 'a.yaml': 'a: 1\n' } },
    });
    const reposDir = mockDir.resolve('repos');
    const action = createPublishLocalAction({
      config: moduleConfig(undefined, undefined, {
        localPublishDirectory: reposDir,
      }),
    });
    return { action, reposDir, workspacePath: mockDir.resolve('workspace') };
  }

  it('creates a git repository with one commit, and a re-run commits nothing', async () => {
    const { action, reposDir, workspacePath } = setup();
    const ctx = actionContext({ repoName: 'support-chat' }, { workspacePath });
    await action.handler(ctx as any);
    const dir = path.join(reposDir, 'support-chat');
    expect(outputOf(ctx, 'remoteUrl')).toBe(`file://${dir}`);
    expect(outputOf(ctx, 'changed')).toBe(true);
    const log = await git.log({ fs, dir });
    expect(log).toHaveLength(1);
    expect(await git.listFiles({ fs, dir })).toEqual([
      'README.md',
      'manifests/a.yaml',
    ]);

    const again = actionContext(
      { repoName: 'support-chat' },
      { workspacePath },
    );
    await action.handler(again as any);
    expect(outputOf(again, 'changed')).toBe(false);
    expect(outputOf(again, 'commitHash')).toBe(log[0].oid);

    fs.writeFileSync(path.join(workspacePath, 'README.md'), '# changed\n');
    fs.rmSync(path.join(workspacePath, 'manifests', 'a.yaml'));
    const third = actionContext(
      { repoName: 'support-chat' },
      { workspacePath },
    );
    await action.handler(third as any);
    expect(outputOf(third, 'changed')).toBe(true);
    expect(await git.listFiles({ fs, dir })).toEqual(['README.md']);
    expect(await git.log({ fs, dir })).toHaveLength(2);
  });

  it('writes nothing in a dry run and refuses path tricks', async () => {
    const { action, reposDir, workspacePath } = setup();
    await action.handler(
      actionContext(
        { repoName: 'x' },
        { workspacePath, isDryRun: true },
      ) as any,
    );
    expect(fs.existsSync(path.join(reposDir, 'x'))).toBe(false);
    await expect(
      action.handler(
        actionContext({ repoName: '../etc' }, { workspacePath }) as any,
      ),
    ).rejects.toThrow(/must be lowercase/);
  });
});

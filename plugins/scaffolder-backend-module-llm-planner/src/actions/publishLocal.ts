import { InputError } from '@backstage/errors';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import fsSync from 'fs';
import fs from 'fs/promises';
import git from 'isomorphic-git';
import path from 'path';
import { PlannerModuleConfig } from '../config';
import { examples } from './publishLocal.examples';

export const PUBLISH_LOCAL_ACTION_ID = 'llm-planner:publish:local';

const REPO_NAME = /^[a-z0-9]([-a-z0-9._]*[a-z0-9])?$/;

/** The folder of a local repository under the configured directory. */
export function localRepoPath(
  config: Pick<PlannerModuleConfig, 'localPublishDirectory'>,
  repoName: string,
): string {
  if (!REPO_NAME.test(repoName) || repoName.length > 100) {
    throw new InputError(
      `Repository name "${repoName}" must be lowercase letters, digits, ".", "_" or "-"`,
    );
  }
  return path.resolve(config.localPublishDirectory, repoName);
}

/**
 * Publishes the workspace as a git repository on the backend's disk (embedded default, works
 * offline): creates it on the first run, commits the changes on later runs, nothing when
 * nothing changed. Clone it with `git clone <path>`.
 */
export function createPublishLocalAction(deps: {
  config: Pick<PlannerModuleConfig, 'localPublishDirectory'>;
}) {
  return createTemplateAction({
    id: PUBLISH_LOCAL_ACTION_ID,
    description:
      'Publishes the workspace to a git repository in a local directory (llmPlanner.publish.localDirectory), for the embedded default without GitHub/GitLab.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        repoName: z =>
          z.string().min(1).describe('Name of the repository folder'),
        sourcePath: z =>
          z.string().default('.').describe('Workspace folder to publish'),
        defaultBranch: z => z.string().default('main'),
        commitMessage: z =>
          z
            .string()
            .default('Deploy LLM inference service from an approved plan'),
      },
      output: {
        remoteUrl: z => z.string().describe('file:// URL of the repository'),
        repoContentsUrl: z =>
          z.string().describe('file:// URL of its contents'),
        repoPath: z => z.string().describe('Path of the repository on disk'),
        commitHash: z => z.string().nullable(),
        changed: z => z.boolean().describe('Whether a commit was made'),
      },
    },
    async handler(ctx) {
      const dir = localRepoPath(deps.config, ctx.input.repoName);
      const url = `file://${dir}`;
      ctx.output('remoteUrl', url);
      ctx.output('repoContentsUrl', url);
      ctx.output('repoPath', dir);
      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: would publish the workspace to ${dir}`);
        ctx.output('commitHash', null);
        ctx.output('changed', false);
        return;
      }
      const source = resolveSafeChildPath(
        ctx.workspacePath,
        ctx.input.sourcePath ?? '.',
      );
      const user = ctx.user?.entity as
        | {
            metadata?: { name?: string };
            spec?: { profile?: { displayName?: string; email?: string } };
          }
        | undefined;
      const author = {
        name:
          user?.spec?.profile?.displayName ??
          user?.metadata?.name ??
          'Backstage LLM Planner',
        email: user?.spec?.profile?.email ?? 'llm-planner@backstage.local',
      };

      const result = await ctx.checkpoint({
        key: `publish.local.${ctx.input.repoName}.${ctx.task.id}`,
        fn: async () => {
          await fs.mkdir(dir, { recursive: true });
          if (!fsSync.existsSync(path.join(dir, '.git'))) {
            await git.init({
              fs: fsSync,
              dir,
              defaultBranch: ctx.input.defaultBranch ?? 'main',
            });
          }
          // mirror the workspace: drop everything but .git, copy the workspace over
          for (const entry of await fs.readdir(dir)) {
            if (entry !== '.git')
              await fs.rm(path.join(dir, entry), {
                recursive: true,
                force: true,
              });
          }
          await fs.cp(source, dir, {
            recursive: true,
            filter: src => path.basename(src) !== '.git',
          });
          let changed = false;
          for (const [filepath, head, workdir, stage] of await git.statusMatrix(
            { fs: fsSync, dir },
          )) {
            if (head === 1 && workdir === 1 && stage === 1) continue;
            changed = true;
            if (workdir === 0) await git.remove({ fs: fsSync, dir, filepath });
            else await git.add({ fs: fsSync, dir, filepath });
          }
          if (!changed) {
            const head = await git
              .resolveRef({ fs: fsSync, dir, ref: 'HEAD' })
              .catch(() => null);
            return { commitHash: head, changed: false };
          }
          const commitHash = await git.commit({
            fs: fsSync,
            dir,
            message: ctx.input.commitMessage ?? 'Deploy LLM inference service',
            author,
          });
          return { commitHash, changed: true };
        },
      });
      ctx.logger.info(
        result.changed
          ? `Committed ${result.commitHash} to ${dir}`
          : `Nothing changed in ${dir} (HEAD ${result.commitHash})`,
      );
      ctx.output('commitHash', result.commitHash);
      ctx.output('changed', result.changed);
    },
  });
}

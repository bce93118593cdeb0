import { stringifyEntityRef } from '@backstage/catalog-model';
import { ConflictError, InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import fs from 'fs/promises';
import path from 'path';
import { parse } from 'yaml';
import { examples } from './registerLocal.examples';

export const REGISTER_LOCAL_ACTION_ID = 'llm-planner:catalog:register-local';

/**
 * The catalog's refusal of a `file` location (its default allows `url` only) as an error that
 * says what to configure; the catalog client reports it as a bare "400 Bad Request".
 */
function fileLocationsRefused(e: unknown): InputError | undefined {
  const said = (e as { body?: { error?: { message?: string } } })?.body?.error
    ?.message;
  if (!said || !/allowed type/i.test(said)) return undefined;
  return new InputError(
    `The catalog refuses file locations (${said}), so the repository published to the backend's disk cannot be registered. ` +
      'Set llmPlanner.catalog.allowFileLocations: true (local and embedded portals; needs @llm-planner/backstage-plugin-catalog-backend-module-llm-planner), or publish to GitHub.',
  );
}

/**
 * `catalog:register` for repositories published by `llm-planner:publish:local`: the catalog
 * has no URL reader for `file://`, so this registers a `file` location instead. Re-runs find
 * the existing location.
 */
export function createRegisterLocalAction(deps: { catalog: CatalogService }) {
  return createTemplateAction({
    id: REGISTER_LOCAL_ACTION_ID,
    description:
      'Registers the catalog-info.yaml of a repository published with llm-planner:publish:local as a file location in the catalog.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        repoPath: z =>
          z
            .string()
            .min(1)
            .describe('repoPath output of llm-planner:publish:local'),
        catalogInfoPath: z =>
          z
            .string()
            .default('/catalog-info.yaml')
            .describe('Path in the repository'),
      },
      output: {
        entityRef: z => z.string(),
        catalogInfoUrl: z => z.string(),
      },
    },
    async handler(ctx) {
      const rel = (ctx.input.catalogInfoPath ?? '/catalog-info.yaml').replace(
        /^\/+/,
        '',
      );
      // The entity comes from the workspace (same content as the published repository).
      const text = await fs
        .readFile(resolveSafeChildPath(ctx.workspacePath, rel), 'utf8')
        .catch(() => {
          throw new InputError(`No ${rel} in the workspace`);
        });
      const entity = parse(text);
      const entityRef = stringifyEntityRef({
        kind: entity.kind,
        namespace: entity.metadata?.namespace ?? 'default',
        name: entity.metadata?.name,
      });
      const target = path.join(ctx.input.repoPath, rel);
      ctx.output('entityRef', entityRef);
      ctx.output('catalogInfoUrl', `file://${target}`);
      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: would register ${target} (${entityRef})`);
        return;
      }
      await ctx.checkpoint({
        key: `register.local.${target}`,
        fn: async () => {
          try {
            await deps.catalog.addLocation(
              { type: 'file', target },
              { credentials: await ctx.getInitiatorCredentials() },
            );
            return { existed: false };
          } catch (e) {
            if (
              e instanceof ConflictError ||
              (e as Error).name === 'ConflictError'
            ) {
              return { existed: true };
            }
            throw fileLocationsRefused(e) ?? e;
          }
        },
      });
      ctx.logger.info(`Registered ${entityRef} from ${target}`);
    },
  });
}

import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import {
  DEFAULT_PLATFORM_TEAM,
  llmPlannerPermissions,
  llmPlannerPlanPermissions,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import {
  llmPlannerBenchmarkFormatExtensionPoint,
  llmPlannerIntentExtractorExtensionPoint,
  llmPlannerPriceSourceExtensionPoint,
} from '@llm-planner/backstage-plugin-llm-planner-node';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { isResourcePermission } from '@backstage/plugin-permission-common';
import { readChatConfig } from './chat';
import { BenchmarkStore } from './database/BenchmarkStore';
import { CatalogStore } from './database/CatalogStore';
import { ChatStore } from './database/ChatStore';
import { DeploymentStore } from './database/DeploymentStore';
import { readKnowledgeVersion } from './database/knowledgeVersion';
import { applyDatabaseMigrations } from './database/migrations';
import { PlannerStore } from './database/PlannerStore';
import { PlanStore } from './database/PlanStore';
import { PricePolicyStore } from './database/PricePolicyStore';
import { planPermissionRules, planResourceRef } from './permissions';
import { planResourceLoader } from './permissions/planResources';
import { createExtensionCollectors } from './extensions';
import { createRouter } from './router';
import { AccessControl } from './services/AccessControl';
import { readDeploymentPolicy } from './services/deploymentPolicy';
import { KnowledgeBaseService } from './services/KnowledgeBaseService';
import { PriceCatalog } from './services/PriceCatalog';
import {
  PricePolicyService,
  readPricePolicyConfig,
} from './services/PricePolicyService';
import { resolveSeedDirectory } from './services/seedDirectory';
import { seedFromDirectory } from './services/SeedService';

/**
 * The llm-planner backend: benchmark store, catalogs, plans, chat, outcomes.
 *
 * @public
 */
export const llmPlannerPlugin = createBackendPlugin({
  pluginId: 'llm-planner',
  register(env) {
    const extensions = createExtensionCollectors();
    env.registerExtensionPoint(
      llmPlannerIntentExtractorExtensionPoint,
      extensions.intentExtractorPoint,
    );
    env.registerExtensionPoint(
      llmPlannerPriceSourceExtensionPoint,
      extensions.priceSourcePoint,
    );
    env.registerExtensionPoint(
      llmPlannerBenchmarkFormatExtensionPoint,
      extensions.benchmarkFormatPoint,
    );
    env.registerInit({
      deps: {
        auditor: coreServices.auditor,
        catalog: catalogServiceRef,
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        userInfo: coreServices.userInfo,
      },
      async init(deps) {
        const { config, logger } = deps;
        // modules registered before init: what they added is final here
        const added = extensions.collected();
        const knex = await applyDatabaseMigrations(deps.database);
        const benchmarks = new BenchmarkStore(knex);
        const catalogs = new CatalogStore(knex);
        const plans = new PlanStore(knex);

        // Plans are a permission resource type: a policy's conditional decision on a plan
        // permission is applied with these rules, here and when another plugin asks by plan id.
        deps.permissionsRegistry.addResourceType({
          resourceRef: planResourceRef,
          permissions: llmPlannerPlanPermissions,
          rules: Object.values(planPermissionRules),
          getResources: planResourceLoader(plans),
        });
        deps.permissionsRegistry.addPermissions(
          llmPlannerPermissions.filter(p => !isResourcePermission(p)),
        );
        const deployments = new DeploymentStore(knex);
        // which prices plans may use: the admin page's policy, else llmPlanner.pricing
        const pricePolicy = new PricePolicyService({
          store: new PricePolicyStore(knex),
          logger,
          configured: readPricePolicyConfig(config),
        });
        const prices = new PriceCatalog({
          store: catalogs,
          sources: added.priceSources,
          logger,
        });
        const knowledge = new KnowledgeBaseService({
          benchmarks,
          catalogs,
          deployments,
          logger,
          pricePolicy,
          prices,
          // replicas share the database: each polls the version every writer bumps
          readVersion: () => readKnowledgeVersion(knex),
        });

        if (config.getOptionalBoolean('llmPlanner.seed.enabled') ?? true) {
          const directory = resolveSeedDirectory(
            config.getOptionalString('llmPlanner.seed.directory'),
          );
          if (directory) {
            // safe when several replicas start at once: one seeds, the others wait
            await seedFromDirectory({ directory, knex, logger });
          } else {
            logger.warn(
              'No seed data found (benchmarks/data/benchmarks.csv above the working directory); set llmPlanner.seed.directory',
            );
          }
        }

        const platformTeam =
          config.getOptionalString('llmPlanner.platformTeam') ??
          DEFAULT_PLATFORM_TEAM;
        const access = new AccessControl({
          httpAuth: deps.httpAuth,
          userInfo: deps.userInfo,
          permissions: deps.permissions,
          permissionsRegistry: deps.permissionsRegistry,
          auditor: deps.auditor,
          platformTeam,
          ownerTeamGuard:
            config.getOptionalBoolean(
              'llmPlanner.permissions.ownerTeamGuard',
            ) ?? true,
        });

        deps.httpRouter.use(
          await createRouter({
            access,
            benchmarks,
            catalogs,
            chats: new ChatStore(knex),
            plans,
            deployments,
            knowledge,
            logger,
            status: PlannerStore.create(knex),
            platformTeam,
            chatConfig: readChatConfig(config),
            deploymentPolicy: readDeploymentPolicy(config),
            catalog: deps.catalog,
            pricePolicy,
            prices,
            intentExtractor: added.intentExtractor,
            benchmarkFormats: added.benchmarkFormats,
            importMaxBodyBytes: config.getOptionalNumber(
              'llmPlanner.imports.maxBodyBytes',
            ),
          }),
        );
        deps.httpRouter.addAuthPolicy({
          path: '/v1/openapi.json',
          allow: 'unauthenticated',
        });
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
      },
    });
  },
});

import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { llmPlannerPermissions } from '@internal/backstage-plugin-llm-planner-common';
import { PlannerStore } from './database/PlannerStore';
import { applyDatabaseMigrations } from './database/migrations';
import { createRouter } from './router';

/**
 * The llm-planner backend: benchmark store, plans, chat, outcomes.
 *
 * @public
 */
export const llmPlannerPlugin = createBackendPlugin({
  pluginId: 'llm-planner',
  register(env) {
    env.registerInit({
      deps: {
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        permissionsRegistry: coreServices.permissionsRegistry,
      },
      async init({
        database,
        httpAuth,
        httpRouter,
        logger,
        permissionsRegistry,
      }) {
        const knex = await applyDatabaseMigrations(database);
        const store = PlannerStore.create(knex);
        permissionsRegistry.addPermissions(llmPlannerPermissions);

        httpRouter.use(await createRouter({ httpAuth, store }));
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
        logger.info('llm-planner backend ready');
      },
    });
  },
});

import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createFetchPlanAction } from './actions/fetchPlan';
import { HttpPlannerBackendClient } from './PlannerBackendClient';

/**
 * Scaffolder actions that turn an approved LLM deployment plan into a running service.
 *
 * @public
 */
export const scaffolderModule = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'llm-planner',
  register({ registerInit }) {
    registerInit({
      deps: {
        scaffolderActions: scaffolderActionsExtensionPoint,
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        userInfo: coreServices.userInfo,
      },
      async init({ scaffolderActions, auth, discovery, userInfo }) {
        const client = new HttpPlannerBackendClient({ auth, discovery });
        scaffolderActions.addActions(
          createFetchPlanAction({ client, userInfo }),
        );
      },
    });
  },
});

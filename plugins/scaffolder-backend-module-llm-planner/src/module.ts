import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createApplyManifestsAction } from './actions/applyManifests';
import { createEnsureNamespaceAction } from './actions/ensureNamespace';
import { createFetchPlanAction } from './actions/fetchPlan';
import { createPublishLocalAction } from './actions/publishLocal';
import { createRecordDeploymentAction } from './actions/recordDeployment';
import { createRegisterLocalAction } from './actions/registerLocal';
import { createRenderManifestsAction } from './actions/renderManifests';
import { readPlannerModuleConfig } from './config';
import { createClusterClient } from './kubernetes/ClusterClient';
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
        permissions: coreServices.permissions,
        config: coreServices.rootConfig,
        catalog: catalogServiceRef,
      },
      async init({
        scaffolderActions,
        auth,
        discovery,
        userInfo,
        permissions,
        config,
        catalog,
      }) {
        const client = new HttpPlannerBackendClient({ auth, discovery });
        const moduleConfig = readPlannerModuleConfig(config);
        const access = { client, userInfo, permissions };
        const clusterClientFactory = createClusterClient;
        scaffolderActions.addActions(
          createFetchPlanAction({ ...access, config: moduleConfig }),
          createRenderManifestsAction({
            ...access,
            config: {
              ...moduleConfig,
              appBaseUrl: config.getOptionalString('app.baseUrl'),
            },
          }),
          createPublishLocalAction({ config: moduleConfig }),
          createRegisterLocalAction({ catalog }),
          createEnsureNamespaceAction({
            ...access,
            config: moduleConfig,
            clusterClientFactory,
          }),
          createApplyManifestsAction({
            ...access,
            config: moduleConfig,
            clusterClientFactory,
          }),
          createRecordDeploymentAction({ ...access, config: moduleConfig }),
        );
      },
    });
  },
});

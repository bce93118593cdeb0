import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogLocationsExtensionPoint,
  catalogProcessingExtensionPoint,
} from '@backstage/plugin-catalog-node';
import { LlmPlannerTemplateProvider } from './templates';

const DEFAULT_PLATFORM_TEAM = 'group:default/platform-team';

/**
 * Registers the LLM Planner's software template in the catalog (owned by
 * `llmPlanner.platformTeam`; `llmPlanner.catalog.registerTemplate: false` turns it off) and,
 * with `llmPlanner.catalog.allowFileLocations: true`, allows `file` locations: the template's
 * local publish target registers the catalog-info.yaml of a git directory on the backend's
 * disk, a convenience of local portals (production repositories are `url` locations).
 * @public
 */
export const catalogModuleLlmPlanner = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'llm-planner',
  register(reg) {
    reg.registerInit({
      deps: {
        locations: catalogLocationsExtensionPoint,
        processing: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ locations, processing, config }) {
        if (
          config.getOptionalBoolean('llmPlanner.catalog.allowFileLocations')
        ) {
          locations.setAllowedLocationTypes(['url', 'file']);
        }
        if (
          config.getOptionalBoolean('llmPlanner.catalog.registerTemplate') ??
          true
        ) {
          processing.addEntityProvider(
            new LlmPlannerTemplateProvider({
              owner:
                config.getOptionalString('llmPlanner.platformTeam') ??
                DEFAULT_PLATFORM_TEAM,
            }),
          );
        }
      },
    });
  },
});

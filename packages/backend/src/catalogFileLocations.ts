import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogLocationsExtensionPoint } from '@backstage/plugin-catalog-node';

/**
 * The embedded default publishes a template's repository to a local git directory and
 * registers its catalog-info.yaml as a `file` location. The catalog accepts only `url`
 * locations unless told otherwise; `llmPlanner.catalog.allowFileLocations: true` (set in
 * app-config.yaml, not in production, where repositories live in GitHub or GitLab) allows
 * `file` too, because registering files of the backend's disk is a local-only convenience.
 */
export default createBackendModule({
  pluginId: 'catalog',
  moduleId: 'llm-planner-file-locations',
  register(reg) {
    reg.registerInit({
      deps: {
        locations: catalogLocationsExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ locations, config }) {
        if (
          config.getOptionalBoolean('llmPlanner.catalog.allowFileLocations')
        ) {
          locations.setAllowedLocationTypes(['url', 'file']);
        }
      },
    });
  },
});

import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { ApprovedPlanPickerExtension } from './extensions/ApprovedPlanPickerExtension';

/** Adds the `ApprovedPlanPicker` form field to the scaffolder. @public */
export const scaffolderModuleLlmPlanner = createFrontendModule({
  pluginId: 'scaffolder',
  extensions: [ApprovedPlanPickerExtension],
});

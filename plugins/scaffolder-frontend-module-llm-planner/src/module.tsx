import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { ApprovedPlanPickerExtension } from './extensions/ApprovedPlanPickerExtension';
import { ApprovedPlanTitleExtension } from './extensions/ApprovedPlanTitleExtension';

/**
 * Adds the `ApprovedPlanPicker` form field (choose an approved plan of your teams) and the
 * `ApprovedPlanTitle` field (its human title, for the review step) to the scaffolder.
 * @public
 */
export const scaffolderModuleLlmPlanner = createFrontendModule({
  pluginId: 'scaffolder',
  extensions: [ApprovedPlanPickerExtension, ApprovedPlanTitleExtension],
});

import {
  createFormField,
  FormFieldBlueprint,
} from '@backstage/plugin-scaffolder-react/alpha';

/** The `ApprovedPlanTitle` field: the picked plan's human title, for the review step. */
export const ApprovedPlanTitleExtension = FormFieldBlueprint.make({
  name: 'approved-plan-title',
  params: {
    field: () =>
      import('./ApprovedPlanTitle').then(m =>
        createFormField({
          name: 'ApprovedPlanTitle',
          component: m.ApprovedPlanTitle,
        }),
      ),
  },
});

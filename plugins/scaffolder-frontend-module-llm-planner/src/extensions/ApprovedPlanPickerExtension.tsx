import {
  createFormField,
  FormFieldBlueprint,
} from '@backstage/plugin-scaffolder-react/alpha';

export const ApprovedPlanPickerExtension = FormFieldBlueprint.make({
  name: 'approved-plan-picker',
  params: {
    field: () =>
      import('./ApprovedPlanPicker').then(m =>
        createFormField({
          name: 'ApprovedPlanPicker',
          component: m.ApprovedPlanPicker,
          validation: async (value, validation) => {
            if (typeof value === 'string' && value.trim() === '') {
              validation.addError('Choose an approved plan');
            }
          },
        }),
      ),
  },
});

import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Load the approved plan chosen in the form',
    example: yaml.stringify({
      steps: [
        {
          id: 'plan',
          action: 'llm-planner:plan:fetch',
          name: 'Fetch the approved plan',
          input: { planId: '${{ parameters.planId }}' },
        },
      ],
    }),
  },
];

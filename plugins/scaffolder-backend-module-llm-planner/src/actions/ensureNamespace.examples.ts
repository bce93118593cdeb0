import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      "Ensure the plan's team namespace (quota, limits, network policy, RBAC) in the default cluster",
    example: yaml.stringify({
      steps: [
        {
          id: 'namespace',
          action: 'llm-planner:namespace:ensure',
          name: 'Ensure the team namespace',
          input: { planId: '${{ parameters.planId }}' },
        },
      ],
    }),
  },
  {
    description: 'Ensure it in a named cluster of llmPlanner.clusters',
    example: yaml.stringify({
      steps: [
        {
          id: 'namespace',
          action: 'llm-planner:namespace:ensure',
          name: 'Ensure the team namespace',
          input: { planId: '${{ parameters.planId }}', cluster: 'gpu-eu-1' },
        },
      ],
    }),
  },
];

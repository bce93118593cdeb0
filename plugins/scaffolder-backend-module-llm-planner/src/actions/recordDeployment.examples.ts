import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Record the deployment with the outputs of the earlier steps',
    example: yaml.stringify({
      steps: [
        {
          id: 'record',
          action: 'llm-planner:deployment:record',
          name: 'Record the deployment',
          input: {
            planId: '${{ parameters.planId }}',
            cluster: "${{ steps['apply'].output.cluster }}",
            status: "${{ steps['apply'].output.status }}",
            repoUrl: "${{ steps['publish'].output.remoteUrl }}",
            entityRef: "${{ steps['render'].output.entityRef }}",
          },
        },
      ],
    }),
  },
];

import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description: 'Register the Component of a locally published repository',
    example: yaml.stringify({
      steps: [
        {
          id: 'register',
          action: 'llm-planner:catalog:register-local',
          name: 'Register in the catalog',
          input: {
            repoPath: "${{ steps['publish'].output.repoPath }}",
            catalogInfoPath: '/catalog-info.yaml',
          },
        },
      ],
    }),
  },
];

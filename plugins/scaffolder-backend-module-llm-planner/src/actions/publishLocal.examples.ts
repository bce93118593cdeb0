import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Publish the workspace as a git repository on the backend’s disk',
    example: yaml.stringify({
      steps: [
        {
          id: 'publish',
          action: 'llm-planner:publish:local',
          name: 'Publish to a local git repository',
          input: { repoName: "${{ steps['render'].output.serviceName }}" },
        },
      ],
    }),
  },
];

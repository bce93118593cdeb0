import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Apply the rendered manifests to the team namespace and wait up to 10 minutes for the rollout',
    example: yaml.stringify({
      steps: [
        {
          id: 'apply',
          action: 'llm-planner:kubernetes:apply',
          name: 'Apply to the team namespace',
          input: {
            planId: '${{ parameters.planId }}',
            manifestsPath: 'manifests',
            rolloutTimeoutSeconds: 600,
          },
        },
      ],
    }),
  },
  {
    description:
      'Apply to a cluster without prometheus-operator and KEDA: leave out ServiceMonitor and ScaledObject (without skipping them the step refuses, writing nothing)',
    example: yaml.stringify({
      steps: [
        {
          id: 'apply',
          action: 'llm-planner:kubernetes:apply',
          name: 'Apply to the team namespace',
          input: {
            planId: '${{ parameters.planId }}',
            skipKinds: ['ServiceMonitor', 'ScaledObject'],
          },
        },
      ],
    }),
  },
  {
    description:
      "Validate with the API server's dry run only (nothing is stored)",
    example: yaml.stringify({
      steps: [
        {
          id: 'apply',
          action: 'llm-planner:kubernetes:apply',
          name: 'Dry-run apply',
          input: { planId: '${{ parameters.planId }}', dryRun: true },
        },
      ],
    }),
  },
];

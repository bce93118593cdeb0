import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      'Render a vLLM Deployment autoscaled by KEDA into the workspace',
    example: yaml.stringify({
      steps: [
        {
          id: 'render',
          action: 'llm-planner:manifests:render',
          name: 'Render manifests',
          input: {
            planId: '${{ parameters.planId }}',
            serviceName: '${{ parameters.serviceName }}',
            variant: 'deployment',
            runtime: 'vllm',
            autoscaler: 'keda',
          },
        },
      ],
    }),
  },
  {
    description:
      'Render a KServe InferenceService running the inference simulator',
    example: yaml.stringify({
      steps: [
        {
          id: 'render',
          action: 'llm-planner:manifests:render',
          name: 'Render manifests',
          input: {
            planId: '${{ parameters.planId }}',
            variant: 'kserve',
            runtime: 'simulator',
            autoscaler: 'hpa-custom-metrics',
          },
        },
      ],
    }),
  },
];

import { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

export const examples: TemplateExample[] = [
  {
    description:
      "Render a vLLM Deployment with the plan's autoscaler decision (KEDA for vLLM metrics, none for a fixed size) into the workspace",
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
            autoscaler: 'plan',
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

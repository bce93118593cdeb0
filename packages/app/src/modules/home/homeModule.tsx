import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { MarkdownContent } from '@backstage/core-components';

const content = `
## Plan, deploy and scale LLM inference

1. **Describe what you need** in the [LLM Planner](/llm-planner): the use case,
   who uses it, how fast answers must start.
2. **Review the plan**: model, GPU type, tensor parallelism and replicas chosen
   from measured benchmarks, with predicted latency and cost.
3. **Deploy it** with a [software template](/create) into your team's namespace,
   then compare plan and measurement on the service's Performance tab.

Browse the [catalog](/catalog) for teams, services and templates.
`;

const gettingStartedWidget = HomePageWidgetBlueprint.make({
  name: 'getting-started',
  params: {
    name: 'GettingStarted',
    title: 'Getting Started',
    description:
      'How a team goes from a request to a running inference service',
    components: async () => ({
      Content: () => <MarkdownContent content={content} />,
    }),
  },
});

export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [gettingStartedWidget],
});

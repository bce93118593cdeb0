import {
  Content,
  Header,
  InfoCard,
  LinkButton,
  MarkdownContent,
  Page,
} from '@backstage/core-components';

/** Two cards side by side when there is room; the app package has no MUI dependency. */
const grid = {
  display: 'grid',
  gap: 24,
  gridTemplateColumns: 'repeat(auto-fit, minmax(360px, 1fr))',
} as const;

const howItWorks = `
1. **Describe what you need** in the planner: the use case, who uses it, how
   fast answers must start.
2. **Review the plan**: model, GPU type, tensor parallelism and replicas chosen
   from measured benchmarks, with predicted latency and cost.
3. **Deploy it** with the [software template](/create) into your team's
   namespace, then compare plan and measurement on the service's Performance tab.

Browse the [catalog](/catalog) for teams, services and templates.
`;

/**
 * The portal's home page: where to start (the planner) and where your work is (your plans),
 * instead of the home plugin's default, an empty customisable grid that opens in edit mode.
 */
export function HomeLayout() {
  return (
    <Page themeId="home">
      <Header
        title="LLM Inference Portal"
        subtitle="Plan, deploy and scale LLM inference services"
      />
      <Content>
        <div style={grid}>
          <div>
            <InfoCard title="Plan a deployment">
              <p>
                Say what the service is for and how many people use it; the
                planner recommends a model, GPUs and replicas from measured
                benchmarks, with latency and cost.
              </p>
              <LinkButton to="/llm-planner" variant="contained" color="primary">
                Open the planner
              </LinkButton>
            </InfoCard>
          </div>
          <div>
            <InfoCard title="My plans">
              <p>
                Your drafts and your teams&apos; approved and deployed plans:
                reopen one to change it, approve it or deploy it with the
                template.
              </p>
              <LinkButton to="/llm-planner/plans" variant="outlined">
                See my plans
              </LinkButton>
            </InfoCard>
          </div>
          <div style={{ gridColumn: '1 / -1' }}>
            <InfoCard title="How it works">
              <MarkdownContent content={howItWorks} />
            </InfoCard>
          </div>
        </div>
      </Content>
    </Page>
  );
}

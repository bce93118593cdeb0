import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { ProvenanceKind } from '@llm-planner/backstage-plugin-llm-planner-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { seedPlanner } from '../../__testUtils__';
import { VerifyBeforeApprove } from './VerifyBeforeApprove';

// A model forced onto a GPU it was never measured on in the seed data: the roofline
// estimate (generous targets keep it feasible however wide the estimate's uncertainty)
const relaxed = { ttftMs: 2000, itlMs: 100, e2eMs: 60000 };
const plan = [
  { model: 'llama-3.1-8b', gpu: 'L40S', slo: relaxed },
  { model: 'qwen3-8b', gpu: 'L40S', slo: relaxed },
  { model: 'llama-3.1-8b', gpu: 'L40S' },
]
  .map(forced =>
    seedPlanner().plan({ useCase: 'chatbot', users: 1000, ...forced }),
  )
  .find(p => p.recommendations[0]?.provenance === 'estimated')!;
const best = plan.recommendations[0];

function render(provenance: ProvenanceKind = best.provenance) {
  return renderInTestApp(
    <VerifyBeforeApprove
      plan={plan}
      rec={{ ...best, provenance }}
      title="Support chat"
      ownerGroup="group:default/customer-support"
    />,
  );
}

describe('VerifyBeforeApprove', () => {
  it('an estimated-only recommendation shows the verify-before-approve block', async () => {
    expect(plan).toBeDefined();
    expect(best.provenance).toBe('estimated');
    await render();
    const block = screen.getByTestId('verify-before-approve');
    expect(
      within(block).getByText(
        'Verify before approving: this recommendation rests on estimates',
      ),
    ).toBeInTheDocument();
    expect(block).toHaveTextContent(/no benchmark run measured it/);
    expect(block).toHaveTextContent('Provenance estimated');

    const inTok = Math.round(plan.workload.inputTokens.mean);
    const outTok = Math.round(plan.workload.outputTokens.mean);
    const guidellm = screen.getByLabelText('GuideLLM command');
    expect(guidellm).toHaveTextContent('guidellm benchmark run');
    expect(guidellm).toHaveTextContent(
      `--data "prompt_tokens=${inTok},output_tokens=${outTok}"`,
    );
    expect(guidellm).toHaveTextContent(best.hfId);
    expect(guidellm).toHaveTextContent(
      'http://support-chat.customer-support.svc.cluster.local:8000',
    );
    const vllm = screen.getByLabelText('vllm bench serve command');
    expect(vllm).toHaveTextContent('vllm bench serve');
    expect(vllm).toHaveTextContent(`--random-input-len ${inTok}`);
    const loadTester = screen.getByLabelText('Load tester command');
    expect(loadTester).toHaveTextContent('inference-simulator');
    expect(loadTester).toHaveTextContent('llm-loadtest');
    expect(screen.getByTestId('verify-import-hint')).toHaveTextContent(
      /GuideLLM JSON.*vllm bench serve JSON/,
    );
  });

  it('copies a command to the clipboard', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText },
      configurable: true,
    });
    await render();
    await userEvent.click(
      screen.getByRole('button', { name: 'Copy the vllm bench serve command' }),
    );
    expect(writeText).toHaveBeenCalledWith(
      screen.getByLabelText('vllm bench serve command').textContent,
    );
    expect(
      await screen.findByText('Copied the vllm bench serve command'),
    ).toBeInTheDocument();
  });

  it('shows for a transferred recommendation too', async () => {
    await render('transferred');
    expect(screen.getByTestId('verify-before-approve')).toHaveTextContent(
      /roofline ratio/,
    );
  });

  it.each(['measured', 'interpolated', 'derived', 'calibrated'] as const)(
    'does not show when the recommendation is %s',
    async provenance => {
      await render(provenance);
      expect(
        screen.queryByTestId('verify-before-approve'),
      ).not.toBeInTheDocument();
      expect(screen.queryByText(/Verify before approving/)).toBeNull();
    },
  );
});

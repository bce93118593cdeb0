import fs from 'node:fs';
import path from 'node:path';
import {
  createPlanner,
  renderManifests,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { parseArgs, simulatorOptionsFromCli } from './cli';
import { findSeedDir, loadSeedKnowledgeBase } from './timing/seed';

describe('inference-simulator flags', () => {
  it('takes flags over environment over defaults', () => {
    expect(
      parseArgs(['--port', '9000'], {
        SIM_MODEL: 'Qwen/Qwen3-8B',
        SIM_PORT: '1',
      }),
    ).toEqual({ model: 'Qwen/Qwen3-8B', host: '0.0.0.0', port: 9000 });
    expect(
      parseArgs(['--max-num-seqs=8', '--error-rate', '0.1', '--seed', '3'], {
        SIM_MAX_NUM_SEQS: '4',
        SIM_KV_CACHE_TOKENS: '1000',
        SIM_STALL_AFTER_REQUESTS: '5',
      }),
    ).toMatchObject({
      maxNumSeqs: 8,
      kvCacheTokens: 1000,
      errorRate: 0.1,
      seed: 3,
      stallAfterRequests: 5,
    });
  });

  it('rejects unknown flags and bad values with usage', () => {
    expect(() => parseArgs(['--gpus', 'H100'], {})).toThrow(
      /Unknown flag --gpus[\s\S]*Usage/,
    );
    expect(() => parseArgs(['--port', 'abc'], {})).toThrow(
      /--port must be a number/,
    );
    expect(() => parseArgs(['--port', '70000'], {})).toThrow(
      /--port must be a whole number from 0 to 65535/,
    );
    expect(() => parseArgs(['--model'], {})).toThrow('--model needs a value');
    expect(() => parseArgs(['--error-rate', '2'], {})).toThrow(
      /between 0 and 1/,
    );
    expect(() => parseArgs(['--max-num-seqs', '0'], {})).toThrow(/>= 1/);
    expect(() => parseArgs([], { SIM_SEED: '1.5' })).toThrow(
      /SIM_SEED must be a whole number/,
    );
  });

  it('reads the profile named by the flags', () => {
    const o = simulatorOptionsFromCli(
      parseArgs(
        ['--profile', `${__dirname}/../profiles/qwen3-8b-h100-vllm.json`],
        {},
      ),
    );
    expect(o.timing?.describe()).toMatchObject({
      model: 'Qwen/Qwen3-8B',
      gpu: 'H100-SXM-80GB',
    });
    expect(o.maxNumSeqs).toBe(256);
    expect(o.defaultOutputTokens).toBe(221);
    expect(() =>
      simulatorOptionsFromCli(parseArgs(['--profile', '/nope.json'], {})),
    ).toThrow(/cannot read profile/);
  });

  it("starts from the arguments of the manifests' simulator variant, timed as the recommendation", () => {
    const seedDir = findSeedDir();
    const plan = createPlanner(loadSeedKnowledgeBase(seedDir)).plan({
      useCase: 'chatbot',
      users: 1000,
      model: 'qwen3-8b',
      gpu: 'H100',
    });
    const rec = plan.recommendations[0];
    const { objects } = renderManifests({
      plan: { id: 'p1', ownerGroup: 'group:default/team-a', plan },
      variant: 'deployment',
      runtime: 'simulator',
      namespace: 'team-a',
      serviceName: 'chat',
      entityRef: 'component:default/chat',
      autoscaler: 'keda',
    });
    const container = (objects.find(o => o.kind === 'Deployment') as any).spec
      .template.spec.containers[0];
    expect(container.command).toEqual(['node']);
    const [script, ...args] = container.args as string[];
    // the image's working directory is the repository layout
    expect(fs.existsSync(path.join(seedDir, '..', script))).toBe(true);
    const options = simulatorOptionsFromCli(parseArgs(args, {}));
    expect(options.timing?.describe()).toMatchObject({
      model: rec.hfId,
      gpu: rec.gpuId,
      tp: rec.tp,
    });
    expect(options).toMatchObject({ host: '0.0.0.0', port: 8000 });
    // a timed replica: the first token of a lone request takes the engine's TTFT, not zero
    expect(
      options.timing!.prefillMs(plan.workload.inputTokens.mean, 0),
    ).toBeGreaterThan(1);
  });
});

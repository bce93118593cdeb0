import { renderManifests } from './render';
import {
  inferenceContainerResources,
  limitRangeIssues,
  MAX_GPUS_PER_POD,
  TEAM_LIMIT_RANGE,
} from './resources';
import { fixturePlan, fixtureRenderInput } from './__testUtils__/plan';

function containersOf(objects: ReturnType<typeof renderManifests>['objects']) {
  return objects.flatMap(o => {
    const spec = o.spec as any;
    if (o.kind === 'Deployment') return spec.template.spec.containers;
    if (o.kind === 'InferenceService') return spec.predictor.containers;
    return [];
  });
}

describe('B2: inference containers fit the team namespace LimitRange', () => {
  it.each([
    ['vllm', 'deployment'],
    ['vllm', 'kserve'],
    ['simulator', 'deployment'],
    ['simulator', 'kserve'],
  ] as const)(
    'a rendered %s %s pod passes the LimitRanger of TEAM_LIMIT_RANGE',
    (runtime, variant) => {
      const { objects } = renderManifests(
        fixtureRenderInput({ variant, runtime }),
      );
      const containers = containersOf(objects);
      expect(containers).toHaveLength(1);
      expect(limitRangeIssues(containers, [TEAM_LIMIT_RANGE])).toEqual([]);
      expect(Object.keys(containers[0].resources.limits)).toEqual(
        expect.arrayContaining(['cpu', 'memory']),
      );
    },
  );

  it('every GPU count up to MAX_GPUS_PER_POD: requests <= limits <= the LimitRange max', () => {
    for (let gpus = 1; gpus <= MAX_GPUS_PER_POD; gpus++) {
      const resources = inferenceContainerResources('vllm', {
        resource: 'nvidia.com/gpu',
        count: gpus,
      });
      expect(
        limitRangeIssues(
          [{ name: `tp${gpus}`, resources }],
          [TEAM_LIMIT_RANGE],
        ),
      ).toEqual([]);
    }
  });

  it('finds what a real API server refuses: a request above the default limit (the v1.20 finding), a limit above max', () => {
    expect(
      limitRangeIssues(
        [
          {
            name: 'server',
            resources: {
              requests: { cpu: '8', memory: '32Gi' },
              limits: { memory: '32Gi' },
            },
          },
        ],
        [TEAM_LIMIT_RANGE],
      ),
    ).toEqual([
      'container server: cpu request 8 exceeds its LimitRange default limit 1',
    ]);
    expect(
      limitRangeIssues(
        [
          {
            name: 'server',
            resources: inferenceContainerResources('vllm', {
              resource: 'nvidia.com/gpu',
              count: MAX_GPUS_PER_POD * 2,
            }),
          },
        ],
        [TEAM_LIMIT_RANGE],
      ),
    ).toEqual([
      'container server: cpu limit 128 exceeds the LimitRange maximum 64',
      'container server: memory limit 256Gi exceeds the LimitRange maximum 128Gi',
    ]);
  });

  it('refuses to render a pod larger than the LimitRange allows', () => {
    const plan = fixturePlan({ tp: MAX_GPUS_PER_POD * 2 });
    expect(() => renderManifests(fixtureRenderInput({ plan }))).toThrow(
      /does not fit the team namespace LimitRange/,
    );
  });
});

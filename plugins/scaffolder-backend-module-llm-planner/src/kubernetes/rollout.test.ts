import { KubeObject } from '@llm-planner/backstage-plugin-llm-planner-common';
import { deploymentState, podCreationFailure } from './rollout';

const QUOTA =
  'pods "chat-5d8f-x1" is forbidden: exceeded quota: llm-planner-gpu-quota, requested: requests.nvidia.com/gpu=2, used: requests.nvidia.com/gpu=8, limited: requests.nvidia.com/gpu=8';

const deployment: KubeObject = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: {
    name: 'chat',
    namespace: 'ns',
    uid: 'd-uid',
    generation: 1,
    annotations: { 'deployment.kubernetes.io/revision': '2' },
  },
  spec: { replicas: 2, template: { metadata: { labels: { app: 'chat' } } } },
  status: { observedGeneration: 1 },
};

function replicaSet(
  name: string,
  revision: string,
  conditions: object[] = [],
): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name,
      namespace: 'ns',
      uid: `${name}-uid`,
      annotations: { 'deployment.kubernetes.io/revision': revision },
      ownerReferences: [{ uid: 'd-uid' }],
    },
    status: { replicas: 0, conditions },
  };
}

const failedCreate = (message: string) => ({
  type: 'ReplicaFailure',
  status: 'True',
  reason: 'FailedCreate',
  message,
});

describe('B3: the rollout wait sees why pods cannot be created', () => {
  it('reads the current ReplicaSet’s FailedCreate condition', () => {
    expect(
      podCreationFailure(
        deployment,
        [
          replicaSet('chat-old', '1', [failedCreate('old revision problem')]),
          replicaSet('chat-5d8f', '2', [failedCreate(QUOTA)]),
        ],
        [],
      ),
    ).toBe(`${QUOTA} (ReplicaSet chat-5d8f, FailedCreate)`);
  });

  it('reads a Warning FailedCreate event of the current ReplicaSet', () => {
    expect(
      podCreationFailure(
        deployment,
        [replicaSet('chat-5d8f', '2')],
        [
          {
            apiVersion: 'v1',
            kind: 'Event',
            metadata: { name: 'e1' },
            involvedObject: {
              kind: 'ReplicaSet',
              name: 'chat-5d8f',
              uid: 'chat-5d8f-uid',
            },
            reason: 'FailedCreate',
            type: 'Warning',
            message: `Error creating: ${QUOTA}`,
            lastTimestamp: '2026-01-01T00:00:00Z',
          } as KubeObject,
        ],
      ),
    ).toBe(`${QUOTA} (ReplicaSet chat-5d8f, FailedCreate event)`);
  });

  it('ignores a transient refusal and the failures of an old revision', () => {
    expect(
      podCreationFailure(
        deployment,
        [
          replicaSet('chat-old', '1', [failedCreate(QUOTA)]),
          replicaSet('chat-5d8f', '2', [
            failedCreate('status unknown for quota: llm-planner-gpu-quota'),
          ]),
        ],
        [],
      ),
    ).toBeUndefined();
  });

  it('makes the Deployment failed with the reason', () => {
    expect(deploymentState(deployment, QUOTA)).toEqual({
      ready: false,
      failed: true,
      detail: `pods cannot be created: ${QUOTA}`,
    });
  });
});

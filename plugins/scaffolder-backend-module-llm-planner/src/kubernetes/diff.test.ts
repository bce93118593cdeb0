import { KubeObject } from '@llm-planner/backstage-plugin-llm-planner-common';
import { appliedChanges } from './diff';

const manager = 'backstage-llm-planner';

function service(
  port: number,
  labels: Record<string, string> = { app: 'x' },
  fields: object = { 'f:spec': { 'f:ports': {} } },
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'svc',
      namespace: 'ns',
      labels,
      resourceVersion: '7',
      managedFields: [
        {
          manager,
          operation: 'Apply',
          fieldsType: 'FieldsV1',
          fieldsV1: fields,
        },
      ],
    },
    spec: {
      ports: [{ port, protocol: 'TCP', targetPort: 'http' }],
      clusterIP: '10.96.0.1',
      type: 'ClusterIP',
    },
  };
}

describe('B4: the dry-run diff compares the applied fields, not generation', () => {
  const manifest = (port: number, labels?: Record<string, string>) => {
    const {
      resourceVersion: _rv,
      managedFields: _m,
      ...metadata
    } = service(port, labels).metadata;
    return {
      ...service(port, labels),
      metadata,
      spec: { ports: [{ port, protocol: 'TCP', targetPort: 'http' }] },
    } as KubeObject;
  };

  it('finds a spec change of a Service, which has no generation', () => {
    expect(appliedChanges(manifest(80), service(8000), service(80))).toEqual([
      'spec.ports[0].port',
    ]);
  });

  it('finds a label change', () => {
    expect(
      appliedChanges(
        manifest(80, { app: 'y' }),
        service(80),
        service(80, { app: 'y' }),
      ),
    ).toEqual(['metadata.labels.app']);
  });

  it('finds a field the manifest stopped setting through the applied field set', () => {
    expect(
      appliedChanges(
        manifest(80),
        service(80, { app: 'x' }, { 'f:metadata': { 'f:labels': {} } }),
        service(80, { app: 'x' }, { 'f:spec': {} }),
      ),
    ).toEqual(['managed fields']);
  });

  it('ignores server defaults, status, resourceVersion and other managers’ fields', () => {
    const after = {
      ...service(80),
      metadata: { ...service(80).metadata, resourceVersion: '9' },
      status: { loadBalancer: {} },
    };
    expect(appliedChanges(manifest(80), service(80), after)).toEqual([]);
  });
});

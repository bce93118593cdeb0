import {
  builtinListKeys,
  collectFields,
  FieldSet,
  pathToString,
  removeAt,
} from './fieldpath';
import { serverSideApply, trackUpdate } from './managedFields';
import { DEFAULT_RESOURCES } from './registry';
import { KubeObject } from './types';
import { KubeError } from './errors';

const deployments = DEFAULT_RESOURCES.find(r => r.plural === 'deployments')!;

function dep(image: string, extra: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'd', namespace: 'ns', labels: { app: 'd' } },
    spec: {
      replicas: 1,
      template: {
        spec: {
          containers: [
            { name: 'main', image, ports: [{ containerPort: 8000 }] },
          ],
        },
      },
      ...extra,
    },
  };
}

function apply(
  live: KubeObject | undefined,
  applied: KubeObject,
  manager: string,
  force = false,
) {
  return serverSideApply({
    rt: deployments,
    apiVersion: 'apps/v1',
    live,
    applied,
    manager,
    force,
    resolver: builtinListKeys,
  });
}

describe('field sets', () => {
  it('collects leaf paths with keyed list elements and round-trips fieldsV1', () => {
    const set = collectFields(dep('img') as any, builtinListKeys);
    const v1 = set.toFieldsV1();
    expect(v1).toEqual({
      'f:metadata': { 'f:labels': { 'f:app': {} } },
      'f:spec': {
        'f:replicas': {},
        'f:template': {
          'f:spec': {
            'f:containers': {
              'k:{"name":"main"}': {
                '.': {},
                'f:image': {},
                'f:name': {},
                'f:ports': {
                  'k:{"containerPort":8000}': {
                    '.': {},
                    'f:containerPort': {},
                  },
                },
              },
            },
          },
        },
      },
    });
    expect(FieldSet.fromFieldsV1(v1).equals(set)).toBe(true);
  });

  it('formats paths as the API server does in conflicts', () => {
    expect(
      pathToString([
        'f:spec',
        'f:template',
        'f:spec',
        'f:containers',
        'k:{"name":"main"}',
        'f:image',
      ]),
    ).toBe('.spec.template.spec.containers[name="main"].image');
  });

  it('prunes parents left empty', () => {
    const obj: any = {
      metadata: { labels: { a: '1' } },
      spec: { x: { y: 1 } },
    };
    removeAt(obj, ['f:spec', 'f:x', 'f:y']);
    removeAt(obj, ['f:metadata', 'f:labels', 'f:a']);
    expect(obj).toEqual({ metadata: {} });
  });
});

describe('server-side apply', () => {
  it('merges keyed lists and removes elements a manager stops applying', () => {
    const first = apply(undefined, dep('a'), 'm1');
    const withSidecar = dep('a');
    (withSidecar.spec as any).template.spec.containers.push({
      name: 'sidecar',
      image: 's',
    });
    const second = apply(first, withSidecar, 'm1');
    expect(
      (second.spec as any).template.spec.containers.map((c: any) => c.name),
    ).toEqual(['main', 'sidecar']);
    const third = apply(second, dep('a'), 'm1');
    expect(
      (third.spec as any).template.spec.containers.map((c: any) => c.name),
    ).toEqual(['main']);
  });

  it('keeps fields another manager owns too', () => {
    const first = apply(undefined, dep('a'), 'm1');
    const shared = apply(first, dep('a'), 'm2');
    const dropped = apply(
      shared,
      { ...dep('a'), metadata: { name: 'd', namespace: 'ns' } },
      'm1',
    );
    expect(dropped.metadata?.labels).toEqual({ app: 'd' });
  });

  it('conflicts with an Update manager, naming its apiVersion and time', () => {
    const created = trackUpdate({
      apiVersion: 'apps/v1',
      live: undefined,
      next: dep('a'),
      manager: 'kubectl-create',
      resolver: builtinListKeys,
    });
    expect(() => apply(created, dep('b'), 'm1')).toThrow(KubeError);
    let error: unknown;
    try {
      apply(created, dep('b', { replicas: 2 }), 'm1');
    } catch (e) {
      error = e;
    }
    const status = (error as KubeError).status;
    expect(status.code).toBe(409);
    expect(status.message).toMatch(
      /^Apply failed with 2 conflicts: conflicts with "kubectl-create" using apps\/v1 at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ:\n- \.spec\.replicas\n- \.spec\.template\.spec\.containers\[name="main"\]\.image$/,
    );
    expect(status.details?.causes?.map(c => c.field)).toEqual([
      '.spec.replicas',
      '.spec.template.spec.containers[name="main"].image',
    ]);
    const forced = apply(created, dep('b'), 'm1', true);
    expect((forced.spec as any).template.spec.containers[0].image).toBe('b');
    const managers = forced.metadata!.managedFields!.map(m => [
      m.manager,
      m.operation,
    ]);
    expect(managers).toEqual([
      ['kubectl-create', 'Update'],
      ['m1', 'Apply'],
    ]);
  });

  it('an update takes ownership of the fields it changes', () => {
    const applied = apply(undefined, dep('a'), 'm1');
    const next = JSON.parse(JSON.stringify(applied));
    next.spec.replicas = 5;
    const updated = trackUpdate({
      apiVersion: 'apps/v1',
      live: applied,
      next,
      manager: 'hpa',
      resolver: builtinListKeys,
    });
    const m1 = updated.metadata!.managedFields!.find(m => m.manager === 'm1')!;
    const hpa = updated.metadata!.managedFields!.find(
      m => m.manager === 'hpa',
    )!;
    expect((m1.fieldsV1 as any)['f:spec']['f:replicas']).toBeUndefined();
    expect(hpa.fieldsV1).toEqual({ 'f:spec': { 'f:replicas': {} } });
  });
});

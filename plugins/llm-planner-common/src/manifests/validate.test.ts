import { fixturePlan } from './__testUtils__/plan';
import { renderManifests } from './render';
import type { KubeObject } from './types';
import { validateKubeObject } from './validate';

const rendered = () =>
  renderManifests({
    plan: fixturePlan(),
    variant: 'deployment',
    runtime: 'vllm',
    namespace: 'customer-support',
    serviceName: 'support-chat',
    entityRef: 'component:default/support-chat',
    autoscaler: 'keda',
  }).objects;

const find = (kind: string) =>
  JSON.parse(JSON.stringify(rendered().find(o => o.kind === kind))) as any;

describe('validateKubeObject (OpenAPI schemas from kubernetes-models)', () => {
  it('accepts what the renderer produces', () => {
    for (const o of rendered()) expect(validateKubeObject(o)).toEqual([]);
  });

  it('rejects a Deployment whose container port is not an integer', () => {
    const d = find('Deployment');
    d.spec.template.spec.containers[0].ports[0].containerPort = '8000';
    expect(validateKubeObject(d)).toEqual([
      'Deployment support-chat: /spec/template/spec/containers/0/ports/0/containerPort must be integer',
    ]);
  });

  it('rejects a Deployment without a selector (required by the schema)', () => {
    const d = find('Deployment');
    delete d.spec.selector;
    expect(validateKubeObject(d).join()).toMatch(/selector/);
  });

  it('validates KEDA ScaledObjects against the KEDA CRD schema', () => {
    const so = find('ScaledObject');
    so.spec.triggers[0].metadata.threshold = 5;
    expect(validateKubeObject(so).join()).toMatch(
      /triggers\/0\/metadata\/threshold must be string/,
    );
  });

  it('validates ServiceMonitors against the prometheus-operator CRD schema', () => {
    const sm = find('ServiceMonitor');
    sm.spec.endpoints[0].interval = 15;
    expect(validateKubeObject(sm).join()).toMatch(/interval must be string/);
  });

  it('validates the predictor of an InferenceService as a PodSpec', () => {
    const isvc: KubeObject = {
      apiVersion: 'serving.kserve.io/v1beta1',
      kind: 'InferenceService',
      metadata: { name: 'x', namespace: 'n' },
      spec: { predictor: { minReplicas: 1, containers: [{ image: 'i' }] } },
    };
    expect(validateKubeObject(isvc).join()).toMatch(
      /spec.predictor\/containers\/0 must have required property name/,
    );
  });

  it('checks DNS-1123 names and label syntax', () => {
    const svc = find('Service');
    svc.metadata.name = '1-service';
    svc.metadata.labels['bad key!'] = 'x';
    expect(validateKubeObject(svc)).toEqual(
      expect.arrayContaining([
        'Service 1-service: metadata.name "1-service" is not a valid DNS-1035 label',
        'Service 1-service: label key "bad key!" invalid',
      ]),
    );
  });

  it('refuses kinds it has no schema for', () => {
    expect(
      validateKubeObject({
        apiVersion: 'example.com/v1',
        kind: 'Widget',
        metadata: { name: 'w' },
      }),
    ).toEqual([
      'Widget w: no schema for example.com/v1/Widget; refusing to render it',
    ]);
  });
});

import { KubeObject } from '@llm-planner/backstage-plugin-llm-planner-common';
import {
  describeConversion,
  describeUnserved,
  resolveServedVersions,
} from './preflight';

const obj = (apiVersion: string, kind: string): KubeObject => ({
  apiVersion,
  kind,
  metadata: { name: 'support-chat', namespace: 'ns' },
});

describe('B5: preflight discovery decides served versions before any write', () => {
  const v120 = new Set([
    'v1/Service',
    'apps/v1/Deployment',
    'policy/v1beta1/PodDisruptionBudget',
    'autoscaling/v2beta2/HorizontalPodAutoscaler',
  ]);
  const serves = (v: string, k: string) => v120.has(`${v}/${k}`);

  it('converts PDB and HPA to the compatible served version and lists unserved kinds', () => {
    const result = resolveServedVersions(
      [
        obj('v1', 'Service'),
        obj('apps/v1', 'Deployment'),
        obj('policy/v1', 'PodDisruptionBudget'),
        obj('autoscaling/v2', 'HorizontalPodAutoscaler'),
        obj('monitoring.coreos.com/v1', 'ServiceMonitor'),
        obj('keda.sh/v1alpha1', 'ScaledObject'),
      ],
      serves,
    );
    expect(result.objects.map(o => `${o.apiVersion} ${o.kind}`)).toEqual([
      'v1 Service',
      'apps/v1 Deployment',
      'policy/v1beta1 PodDisruptionBudget',
      'autoscaling/v2beta2 HorizontalPodAutoscaler',
    ]);
    expect(result.conversions.map(describeConversion)).toEqual([
      'PodDisruptionBudget/support-chat applied as policy/v1beta1: the cluster does not serve policy/v1 (same fields for what the planner renders)',
      'HorizontalPodAutoscaler/support-chat applied as autoscaling/v2beta2: the cluster does not serve autoscaling/v2 (same fields for what the planner renders)',
    ]);
    expect(result.unserved.map(describeUnserved)).toEqual([
      'ServiceMonitor (monitoring.coreos.com/v1): support-chat',
      'ScaledObject (keda.sh/v1alpha1): support-chat',
    ]);
  });

  it('keeps the rendered version when it is served', () => {
    const result = resolveServedVersions(
      [obj('policy/v1', 'PodDisruptionBudget')],
      () => true,
    );
    expect(result.conversions).toEqual([]);
    expect(result.objects[0].apiVersion).toBe('policy/v1');
  });

  it('reports a kind without any served version, naming the versions looked for', () => {
    const result = resolveServedVersions(
      [obj('policy/v1', 'PodDisruptionBudget')],
      () => false,
    );
    expect(result.unserved.map(describeUnserved)).toEqual([
      'PodDisruptionBudget (policy/v1 nor policy/v1beta1): support-chat',
    ]);
  });
});

import { builtinListKeys } from './fieldpath';
import { parseFieldSelector, parseLabelSelector } from './labelSelector';
import { jsonPatch, mergePatch, strategicMergePatch } from './patch';
import { formatQuantity, parseQuantity } from './quantity';
import { objectUsage } from './quota';
import { DEFAULT_RESOURCES } from './registry';

describe('patches', () => {
  it('merge patch deletes with null and replaces lists', () => {
    expect(
      mergePatch(
        { a: 1, b: { c: 2, d: 3 }, l: [1, 2] },
        { b: { c: null }, l: [3] },
      ),
    ).toEqual({
      a: 1,
      b: { d: 3 },
      l: [3],
    });
  });

  it('strategic merge patch merges containers by name', () => {
    const target = {
      spec: {
        containers: [
          { name: 'a', image: '1' },
          { name: 'b', image: '2' },
        ],
      },
    };
    expect(
      strategicMergePatch(
        target,
        { spec: { containers: [{ name: 'b', image: '3' }] } },
        builtinListKeys,
      ),
    ).toEqual({
      spec: {
        containers: [
          { name: 'a', image: '1' },
          { name: 'b', image: '3' },
        ],
      },
    });
  });

  it('json patch supports add, replace, remove, move, copy and test', () => {
    const doc = { a: { b: 1 }, l: [1, 2] };
    expect(
      jsonPatch(doc, [
        { op: 'add', path: '/l/-', value: 3 },
        { op: 'add', path: '/a/c~1d', value: 'x' },
        { op: 'replace', path: '/a/b', value: 2 },
        { op: 'remove', path: '/l/0' },
        { op: 'copy', from: '/a/b', path: '/copied' },
        { op: 'move', from: '/copied', path: '/moved' },
        { op: 'test', path: '/moved', value: 2 },
      ]),
    ).toEqual({ a: { b: 2, 'c/d': 'x' }, l: [2, 3], moved: 2 });
    expect(() =>
      jsonPatch(doc, [{ op: 'test', path: '/a/b', value: 9 }]),
    ).toThrow(/testing value/);
    expect(() =>
      jsonPatch(doc, [{ op: 'replace', path: '/nope', value: 9 }]),
    ).toThrow(/missing/);
  });
});

describe('quantities and quota usage', () => {
  it('parses and formats quantities', () => {
    expect(parseQuantity('500m')).toBe(500);
    expect(parseQuantity('2')).toBe(2000);
    expect(parseQuantity('1.5')).toBe(1500);
    expect(parseQuantity('16Gi')).toBe(16 * 2 ** 30 * 1000);
    expect(parseQuantity('1e3')).toBe(1e6);
    expect(parseQuantity('1k')).toBe(1e6);
    expect(parseQuantity('abc')).toBeUndefined();
    expect(formatQuantity(500, 'requests.cpu')).toBe('500m');
    expect(formatQuantity(parseQuantity('32Gi')!, 'requests.memory')).toBe(
      '32Gi',
    );
    expect(formatQuantity(4000, 'requests.nvidia.com/gpu')).toBe('4');
  });

  it('counts a Deployment as an object only: its pods carry the resources', () => {
    const rt = DEFAULT_RESOURCES.find(r => r.kind === 'Deployment')!;
    expect(
      objectUsage(rt, {
        spec: {
          replicas: 3,
          template: {
            spec: {
              containers: [
                { name: 'a', resources: { requests: { cpu: '1' } } },
              ],
            },
          },
        },
      }),
    ).toEqual({ 'count/deployments.apps': 1000 });
  });

  it('counts a pod’s container requests, defaulting requests to limits', () => {
    const rt = DEFAULT_RESOURCES.find(r => r.kind === 'Pod')!;
    const usage = objectUsage(rt, {
      spec: {
        containers: [
          {
            name: 'a',
            resources: {
              requests: { cpu: '500m' },
              limits: { 'nvidia.com/gpu': '2' },
            },
          },
          { name: 'b', resources: { requests: { cpu: '1' } } },
        ],
      },
    });
    expect(usage).toEqual({
      pods: 1000,
      'requests.cpu': 1500,
      'requests.nvidia.com/gpu': 2000,
      'limits.nvidia.com/gpu': 2000,
      'count/pods': 1000,
    });
  });
});

describe('selectors', () => {
  const obj = (labels: Record<string, string>) => ({
    metadata: { name: 'n', namespace: 'x', labels },
  });
  it('matches label selectors', () => {
    expect(parseLabelSelector('a=1,b!=2')(obj({ a: '1', b: '3' }))).toBe(true);
    expect(parseLabelSelector('a==1')(obj({ a: '2' }))).toBe(false);
    expect(parseLabelSelector('a in (1, 2),!c')(obj({ a: '2' }))).toBe(true);
    expect(parseLabelSelector('a notin (1)')(obj({ a: '1' }))).toBe(false);
    expect(parseLabelSelector('a')(obj({}))).toBe(false);
  });
  it('matches field selectors on name and namespace', () => {
    expect(
      parseFieldSelector('metadata.name=n,metadata.namespace!=y')(obj({})),
    ).toBe(true);
    expect(() => parseFieldSelector('spec.x=1')).toThrow();
  });
});

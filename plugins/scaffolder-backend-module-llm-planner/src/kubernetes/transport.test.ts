import { KubeConfig } from '@kubernetes/client-node';
import net from 'net';
import { describeFailure, KubeApiError, KubeCallError } from './errors';
import { kubeConfigTransport, statusOf } from './transport';

describe('B7: readable Kubernetes errors', () => {
  it('keeps the Status message and reason, never the raw body or headers', () => {
    const body = JSON.stringify({
      kind: 'Status',
      apiVersion: 'v1',
      status: 'Failure',
      message:
        'rolebindings.rbac.authorization.k8s.io "x" is forbidden: user cannot bind',
      reason: 'Forbidden',
      code: 403,
    });
    const status = statusOf(403, body);
    const error = new KubeCallError(
      'apply',
      'RoleBinding team/x',
      new KubeApiError('status', status.message, 403, status.reason),
    );
    expect(error.message).toBe(
      'apply RoleBinding team/x: forbidden: rolebindings.rbac.authorization.k8s.io "x" is forbidden: user cannot bind',
    );
  });

  it('shortens a non-Status body (a proxy page) to its first line', () => {
    expect(statusOf(502, '<html>Bad gateway\n<body>...').message).toBe(
      '<html>Bad gateway',
    );
    expect(statusOf(503, '').message).toBe('HTTP 503 without a body');
  });

  it('words timeouts and reasons', () => {
    expect(
      describeFailure(new KubeApiError('status', 'x', 409, 'AlreadyExists')),
    ).toBe('already exists: x');
    expect(describeFailure(new KubeApiError('status', 'x', 500))).toBe(
      'HTTP 500: x',
    );
    expect(describeFailure(new KubeApiError('timeout', 'no answer'))).toBe(
      'no answer',
    );
  });
});

describe('B6: whether a failed request may have taken effect', () => {
  it('a refused connection was never sent; a timeout or broken connection may have been applied', async () => {
    const server = net.createServer();
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as net.AddressInfo;
    await new Promise(r => server.close(r));
    const kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [
        {
          name: 'closed',
          server: `https://127.0.0.1:${port}`,
          skipTLSVerify: true,
        },
      ],
      users: [{ name: 'u' }],
      contexts: [{ name: 'closed', cluster: 'closed', user: 'u' }],
      currentContext: 'closed',
    });
    const failure = await kubeConfigTransport(kc, { timeoutMs: 5000 })({
      method: 'GET',
      path: '/api/v1',
    }).then(
      () => undefined,
      e => e as KubeApiError,
    );
    expect(failure?.kind).toBe('refused');
    expect(failure?.detail).toMatch(
      /^cannot reach the API server: ECONNREFUSED/,
    );
    expect(
      new KubeCallError('apply', 'Service a/b', failure!).outcomeUnknown,
    ).toBe(false);
    for (const kind of ['timeout', 'network', 'cancelled'] as const) {
      expect(
        new KubeCallError('apply', 'Service a/b', new KubeApiError(kind, 'x'))
          .outcomeUnknown,
      ).toBe(true);
    }
  });
});

import { describeFailure, KubeApiError, KubeCallError } from './errors';
import { statusOf } from './transport';

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

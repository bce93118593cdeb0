import { ResourceType } from './types';

/** A `metav1.StatusCause`. */
export interface StatusCause {
  reason?: string;
  message?: string;
  field?: string;
}

/** A `metav1.Status` as returned by the API server. */
export interface Status {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: {};
  status: 'Failure' | 'Success';
  message?: string;
  reason?: string;
  details?: {
    name?: string;
    group?: string;
    kind?: string;
    uid?: string;
    causes?: StatusCause[];
  };
  code: number;
}

/** An error that the server answers with a `Status` body. */
export class KubeError extends Error {
  constructor(readonly status: Status) {
    super(status.message);
    this.name = 'KubeError';
  }

  get code(): number {
    return this.status.code;
  }
}

function failure(
  code: number,
  reason: string,
  message: string,
  details?: Status['details'],
): KubeError {
  const status: Status = {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    code,
  };
  if (details) {
    status.details = details;
  }
  return new KubeError(status);
}

/** `deployments.apps` or `namespaces` (core group). */
export function qualifiedResource(rt: Pick<ResourceType, 'plural' | 'group'>) {
  return rt.group ? `${rt.plural}.${rt.group}` : rt.plural;
}

/** `Deployment.apps` or `Namespace` (core group). */
export function qualifiedKind(rt: Pick<ResourceType, 'kind' | 'group'>) {
  return rt.group ? `${rt.kind}.${rt.group}` : rt.kind;
}

export function notFound(rt: ResourceType, name: string): KubeError {
  return failure(
    404,
    'NotFound',
    `${qualifiedResource(rt)} "${name}" not found`,
    {
      name,
      group: rt.group || undefined,
      kind: rt.plural,
    },
  );
}

export function namespaceNotFound(namespace: string): KubeError {
  return failure(404, 'NotFound', `namespaces "${namespace}" not found`, {
    name: namespace,
    kind: 'namespaces',
  });
}

export function resourceNotFound(): KubeError {
  return failure(
    404,
    'NotFound',
    'the server could not find the requested resource',
    {},
  );
}

export function alreadyExists(rt: ResourceType, name: string): KubeError {
  return failure(
    409,
    'AlreadyExists',
    `${qualifiedResource(rt)} "${name}" already exists`,
    { name, group: rt.group || undefined, kind: rt.plural },
  );
}

export function conflict(rt: ResourceType, name: string, why: string) {
  return failure(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualifiedResource(
      rt,
    )} "${name}": ${why}`,
    { name, group: rt.group || undefined, kind: rt.plural },
  );
}

export const STALE_OBJECT =
  'the object has been modified; please apply your changes to the latest version and try again';

export function applyConflict(
  rt: ResourceType,
  name: string,
  message: string,
  causes: StatusCause[],
): KubeError {
  return failure(409, 'Conflict', message, {
    name,
    group: rt.group || undefined,
    kind: rt.plural,
    causes,
  });
}

/** A field error as in `k8s.io/apimachinery/pkg/util/validation/field`. */
export interface FieldError {
  field: string;
  /** e.g. `FieldValueRequired`, `FieldValueInvalid`. */
  reason: string;
  /** Message without the field, e.g. `Required value` or `Invalid value: "x": ...`. */
  detail: string;
}

export function required(field: string, detail?: string): FieldError {
  return {
    field,
    reason: 'FieldValueRequired',
    detail: detail ? `Required value: ${detail}` : 'Required value',
  };
}

export function invalidValue(
  field: string,
  value: unknown,
  detail: string,
): FieldError {
  return {
    field,
    reason: 'FieldValueInvalid',
    detail: `Invalid value: ${formatValue(value)}: ${detail}`,
  };
}

export function forbiddenField(field: string, detail: string): FieldError {
  return {
    field,
    reason: 'FieldValueForbidden',
    detail: `Forbidden: ${detail}`,
  };
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'object' && value !== null) {
    return JSON.stringify(value);
  }
  return String(value);
}

export function invalid(
  rt: Pick<ResourceType, 'kind' | 'group'>,
  name: string,
  errors: FieldError[],
): KubeError {
  const list = errors.map(e => `${e.field}: ${e.detail}`);
  const summary = list.length === 1 ? list[0] : `[${list.join(', ')}]`;
  return failure(
    422,
    'Invalid',
    `${qualifiedKind(rt)} "${name}" is invalid: ${summary}`,
    {
      name,
      group: rt.group || undefined,
      kind: rt.kind,
      causes: errors.map(e => ({
        reason: e.reason,
        message: e.detail,
        field: e.field,
      })),
    },
  );
}

/** 422 for a patch that cannot be applied (e.g. a JSON patch `test` that fails). */
export function unprocessable(message: string): KubeError {
  return failure(422, 'Invalid', message);
}

export function badRequest(message: string): KubeError {
  return failure(400, 'BadRequest', message);
}

export function unauthorized(): KubeError {
  return failure(401, 'Unauthorized', 'Unauthorized');
}

export function methodNotAllowed(): KubeError {
  return failure(
    405,
    'MethodNotAllowed',
    'the server does not allow this method on the requested resource',
  );
}

export function unsupportedMediaType(contentType: string): KubeError {
  return failure(
    415,
    'UnsupportedMediaType',
    `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json (got ${contentType})`,
  );
}

/** 403 as produced by `errors.NewForbidden(resource, name, err)`. */
export function forbidden(
  rt: Pick<ResourceType, 'plural' | 'group'>,
  name: string | undefined,
  why: string,
  subresource?: string,
): KubeError {
  const resource = qualifiedResource({
    plural: subresource ? `${rt.plural}/${subresource}` : rt.plural,
    group: rt.group,
  });
  const subject = name ? `${resource} "${name}"` : resource;
  return failure(403, 'Forbidden', `${subject} is forbidden: ${why}`, {
    name: name || undefined,
    group: rt.group || undefined,
    kind: subresource ? `${rt.plural}/${subresource}` : rt.plural,
  });
}

export function customFailure(
  code: number,
  reason: string,
  message: string,
  details?: Status['details'],
): KubeError {
  return failure(code, reason, message, details);
}

export function success(
  rt: ResourceType,
  name: string,
  uid: string | undefined,
): Status {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Success',
    details: {
      name,
      group: rt.group || undefined,
      kind: rt.plural,
      uid,
    },
    code: 200,
  };
}

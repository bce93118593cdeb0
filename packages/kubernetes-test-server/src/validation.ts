import {
  isDns1035Label,
  isDns1123Label,
  isDns1123Subdomain,
  isValidLabelValue,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { FieldError, invalidValue, required } from './errors';
import { deepEqual, isObject } from './json';
import { parseQuantity } from './quantity';
import { JsonObject, KubeObject, ResourceType } from './types';

const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS1035_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

/** Errors for a DNS-1123 label (namespaces, container names). */
export function dns1123Label(field: string, value: string): FieldError[] {
  if (value.length > 63) {
    return [invalidValue(field, value, 'must be no more than 63 characters')];
  }
  return isDns1123Label(value) ? [] : [invalidValue(field, value, LABEL_MSG)];
}

export function validateName(rt: ResourceType, name: string): FieldError[] {
  const field = 'metadata.name';
  switch (rt.nameValidation ?? 'dns1123-subdomain') {
    case 'dns1123-label':
      return dns1123Label(field, name);
    case 'dns1035-label':
      if (name.length > 63) {
        return [
          invalidValue(field, name, 'must be no more than 63 characters'),
        ];
      }
      return isDns1035Label(name)
        ? []
        : [invalidValue(field, name, DNS1035_MSG)];
    default:
      if (name.length > 253) {
        return [
          invalidValue(field, name, 'must be no more than 253 characters'),
        ];
      }
      return isDns1123Subdomain(name)
        ? []
        : [invalidValue(field, name, SUBDOMAIN_MSG)];
  }
}

function validateQualifiedName(field: string, key: string): FieldError[] {
  const slash = key.indexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  const errors: FieldError[] = [];
  if (prefix !== undefined && !isDns1123Subdomain(prefix)) {
    errors.push(invalidValue(field, key, `prefix part ${SUBDOMAIN_MSG}`));
  }
  if (name === '' || !isValidLabelValue(name)) {
    errors.push(
      invalidValue(
        field,
        key,
        "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
      ),
    );
  }
  return errors;
}

export function validateLabels(field: string, labels: unknown): FieldError[] {
  if (labels === undefined || labels === null) return [];
  if (!isObject(labels)) return [invalidValue(field, labels, 'must be a map')];
  const errors: FieldError[] = [];
  for (const [k, v] of Object.entries(labels)) {
    errors.push(...validateQualifiedName(field, k));
    if (typeof v !== 'string' || !isValidLabelValue(v)) {
      errors.push(
        invalidValue(
          field,
          v,
          "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
        ),
      );
    }
  }
  return errors;
}

function validateResources(field: string, resources: unknown): FieldError[] {
  if (!isObject(resources)) return [];
  const errors: FieldError[] = [];
  const requests = isObject(resources.requests) ? resources.requests : {};
  const limits = isObject(resources.limits) ? resources.limits : {};
  for (const [kind, map] of [
    ['requests', requests],
    ['limits', limits],
  ] as const) {
    for (const [name, value] of Object.entries(map)) {
      const q = parseQuantity(value);
      if (q === undefined) {
        errors.push(
          invalidValue(
            `${field}.${kind}[${name}]`,
            value,
            "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
          ),
        );
      } else if (q < 0) {
        errors.push(
          invalidValue(
            `${field}.${kind}[${name}]`,
            value,
            'must be greater than or equal to 0',
          ),
        );
      }
    }
  }
  for (const name of Object.keys(requests)) {
    const request = parseQuantity(requests[name]);
    const limit = parseQuantity(limits[name]);
    const extended = name.includes('/') && !name.startsWith('kubernetes.io/');
    if (extended) {
      if (limits[name] === undefined) {
        errors.push(
          required(
            `${field}.limits`,
            'Limit must be set for non overcommitable resources',
          ),
        );
      } else if (request !== limit) {
        errors.push(
          invalidValue(
            `${field}.requests`,
            requests[name],
            `must be equal to ${name} limit of ${limits[name]}`,
          ),
        );
      }
    } else if (
      request !== undefined &&
      limit !== undefined &&
      request > limit
    ) {
      errors.push(
        invalidValue(
          `${field}.requests`,
          requests[name],
          `must be less than or equal to ${name} limit of ${limits[name]}`,
        ),
      );
    }
  }
  return errors;
}

function validatePodSpec(field: string, spec: unknown): FieldError[] {
  if (!isObject(spec)) return [required(field)];
  const containers = spec.containers;
  if (!Array.isArray(containers) || containers.length === 0) {
    return [required(`${field}.containers`)];
  }
  const errors: FieldError[] = [];
  const names = new Set<string>();
  containers.forEach((c, i) => {
    const path = `${field}.containers[${i}]`;
    if (!isObject(c)) {
      errors.push(invalidValue(path, c, 'must be an object'));
      return;
    }
    if (typeof c.name !== 'string' || c.name === '') {
      errors.push(required(`${path}.name`));
    } else {
      errors.push(...dns1123Label(`${path}.name`, c.name));
      if (names.has(c.name)) {
        errors.push({
          field: `${path}.name`,
          reason: 'FieldValueDuplicate',
          detail: `Duplicate value: ${JSON.stringify(c.name)}`,
        });
      }
      names.add(c.name);
    }
    if (typeof c.image !== 'string' || c.image.trim() === '') {
      errors.push(required(`${path}.image`));
    }
    errors.push(...validateResources(`${path}.resources`, c.resources));
  });
  return errors;
}

function selectorMatches(selector: JsonObject, labels: Record<string, string>) {
  const matchLabels = isObject(selector.matchLabels)
    ? selector.matchLabels
    : {};
  return Object.entries(matchLabels).every(([k, v]) => labels[k] === v);
}

function validateDeployment(obj: KubeObject): FieldError[] {
  const spec = isObject(obj.spec) ? obj.spec : undefined;
  if (!spec) return [required('spec')];
  const errors: FieldError[] = [];
  if (
    spec.replicas !== undefined &&
    (typeof spec.replicas !== 'number' || spec.replicas < 0)
  ) {
    errors.push(
      invalidValue(
        'spec.replicas',
        spec.replicas,
        'must be greater than or equal to 0',
      ),
    );
  }
  const selector = isObject(spec.selector) ? spec.selector : undefined;
  const template = isObject(spec.template) ? spec.template : undefined;
  const templateLabels = (
    isObject(template?.metadata) ? template?.metadata.labels : undefined
  ) as Record<string, string> | undefined;
  if (!selector) {
    errors.push(required('spec.selector'));
  } else if (
    Object.keys(selector.matchLabels ?? {}).length === 0 &&
    !Array.isArray(selector.matchExpressions)
  ) {
    errors.push(
      invalidValue(
        'spec.selector',
        selector,
        'empty selector is invalid for deployment',
      ),
    );
  } else if (!selectorMatches(selector, templateLabels ?? {})) {
    errors.push(
      invalidValue(
        'spec.template.metadata.labels',
        templateLabels ?? {},
        '`selector` does not match template `labels`',
      ),
    );
  }
  if (!template) {
    errors.push(required('spec.template'));
  } else {
    errors.push(
      ...validateLabels('spec.template.metadata.labels', templateLabels),
    );
    errors.push(...validatePodSpec('spec.template.spec', template.spec));
  }
  return errors;
}

/** A Job's pods run to completion: `Always` is refused, as the Job registry does. */
function validateJobRestartPolicy(
  field: string,
  restart: unknown,
): FieldError[] {
  if (restart === 'OnFailure' || restart === 'Never') return [];
  if (restart === undefined) return [required(field)];
  return [
    {
      field,
      reason: 'FieldValueNotSupported',
      detail: `Unsupported value: ${JSON.stringify(
        restart,
      )}: supported values: "OnFailure", "Never"`,
    },
  ];
}

function validateJobSpec(field: string, spec: unknown): FieldError[] {
  if (!isObject(spec)) return [required(field)];
  const template = isObject(spec.template) ? spec.template : undefined;
  if (!template) return [required(`${field}.template`)];
  return [
    ...validatePodSpec(`${field}.template.spec`, template.spec),
    ...validateJobRestartPolicy(
      `${field}.template.spec.restartPolicy`,
      isObject(template.spec) ? template.spec.restartPolicy : undefined,
    ),
  ];
}

function validateJob(obj: KubeObject): FieldError[] {
  return validateJobSpec('spec', obj.spec);
}

function validateCronJob(obj: KubeObject): FieldError[] {
  const spec = isObject(obj.spec) ? obj.spec : undefined;
  if (!spec) return [required('spec')];
  const errors: FieldError[] = [];
  const schedule =
    typeof spec.schedule === 'string' ? spec.schedule.trim() : '';
  const fields = schedule.split(/\s+/).length;
  if (!schedule) errors.push(required('spec.schedule'));
  else if (fields !== 5)
    errors.push(
      invalidValue(
        'spec.schedule',
        spec.schedule,
        `expected exactly 5 fields, found ${fields}`,
      ),
    );
  const jobTemplate = isObject(spec.jobTemplate) ? spec.jobTemplate : undefined;
  if (!jobTemplate) errors.push(required('spec.jobTemplate'));
  else
    errors.push(...validateJobSpec('spec.jobTemplate.spec', jobTemplate.spec));
  return errors;
}

function validateService(obj: KubeObject): FieldError[] {
  const spec = isObject(obj.spec) ? obj.spec : {};
  const errors: FieldError[] = [];
  const headless = spec.clusterIP === 'None';
  const ports = Array.isArray(spec.ports) ? spec.ports : [];
  if (ports.length === 0 && !headless && spec.type !== 'ExternalName') {
    errors.push(required('spec.ports'));
  }
  ports.forEach((p, i) => {
    const port = isObject(p) ? p.port : undefined;
    if (typeof port !== 'number' || port < 1 || port > 65535) {
      errors.push(
        invalidValue(
          `spec.ports[${i}].port`,
          port,
          'must be between 1 and 65535, inclusive',
        ),
      );
    }
  });
  return errors;
}

function validatePdb(obj: KubeObject): FieldError[] {
  const spec = isObject(obj.spec) ? obj.spec : {};
  if (spec.minAvailable !== undefined && spec.maxUnavailable !== undefined) {
    return [
      invalidValue(
        'spec',
        spec,
        'minAvailable and maxUnavailable cannot be both set',
      ),
    ];
  }
  return [];
}

function validateHpa(obj: KubeObject): FieldError[] {
  const spec = isObject(obj.spec) ? obj.spec : {};
  const errors: FieldError[] = [];
  const ref = isObject(spec.scaleTargetRef) ? spec.scaleTargetRef : {};
  if (!ref.kind) errors.push(required('spec.scaleTargetRef.kind'));
  if (!ref.name) errors.push(required('spec.scaleTargetRef.name'));
  const max = spec.maxReplicas;
  if (typeof max !== 'number' || max < 1) {
    errors.push(
      invalidValue('spec.maxReplicas', max, 'must be greater than 0'),
    );
  }
  if (
    typeof spec.minReplicas === 'number' &&
    typeof max === 'number' &&
    spec.minReplicas > max
  ) {
    errors.push(
      invalidValue(
        'spec.minReplicas',
        spec.minReplicas,
        'must be less than or equal to maxReplicas',
      ),
    );
  }
  return errors;
}

function validateQuota(obj: KubeObject): FieldError[] {
  const spec = isObject(obj.spec) ? obj.spec : {};
  const hard = isObject(spec.hard) ? spec.hard : {};
  return Object.entries(hard)
    .filter(([, v]) => parseQuantity(v) === undefined)
    .map(([k, v]) =>
      invalidValue(
        `spec.hard[${k}]`,
        v,
        "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
      ),
    );
}

/** Validation of a whole object (metadata and the kind-specific checks). */
export function validateObject(
  rt: ResourceType,
  obj: KubeObject,
): FieldError[] {
  const errors: FieldError[] = [];
  const name = obj.metadata?.name;
  if (!name) {
    errors.push(required('metadata.name', 'name or generateName is required'));
  } else {
    errors.push(...validateName(rt, name));
  }
  errors.push(...validateLabels('metadata.labels', obj.metadata?.labels));
  const annotations = obj.metadata?.annotations;
  if (annotations !== undefined && annotations !== null) {
    for (const k of Object.keys(annotations)) {
      errors.push(...validateQualifiedName('metadata.annotations', k));
    }
  }
  if (rt.group === 'apps' && rt.kind === 'Deployment')
    errors.push(...validateDeployment(obj));
  if (rt.group === '' && rt.kind === 'Service')
    errors.push(...validateService(obj));
  if (rt.group === 'batch' && rt.kind === 'Job')
    errors.push(...validateJob(obj));
  if (rt.group === 'batch' && rt.kind === 'CronJob')
    errors.push(...validateCronJob(obj));
  if (rt.group === 'policy') errors.push(...validatePdb(obj));
  if (rt.group === 'autoscaling') errors.push(...validateHpa(obj));
  if (rt.group === '' && rt.kind === 'ResourceQuota')
    errors.push(...validateQuota(obj));
  return errors;
}

/** Fields that may not change on update. */
export function validateUpdate(
  rt: ResourceType,
  old: KubeObject,
  next: KubeObject,
): FieldError[] {
  const errors: FieldError[] = [];
  if (rt.group === 'apps' && rt.kind === 'Deployment') {
    const a = isObject(old.spec) ? old.spec.selector : undefined;
    const b = isObject(next.spec) ? next.spec.selector : undefined;
    if (!deepEqual(a, b)) {
      errors.push(invalidValue('spec.selector', b, 'field is immutable'));
    }
  }
  if (rt.group === '' && rt.kind === 'Service') {
    const a = isObject(old.spec) ? old.spec.clusterIP : undefined;
    const b = isObject(next.spec) ? next.spec.clusterIP : undefined;
    if (a && b && a !== b) {
      errors.push(invalidValue('spec.clusterIP', b, 'field is immutable'));
    }
  }
  return errors;
}

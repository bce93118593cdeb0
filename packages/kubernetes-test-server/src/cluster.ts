import {
  alreadyExists,
  badRequest,
  conflict,
  FieldError,
  forbiddenField,
  invalid,
  invalidValue,
  KubeError,
  namespaceNotFound,
  notFound,
  required,
  STALE_OBJECT,
  success,
  unsupportedMediaType,
} from './errors';
import { atomicLists, builtinListKeys, ListKeyResolver } from './fieldpath';
import { clone, deepEqual, isObject } from './json';
import { parseFieldSelector, parseLabelSelector } from './labelSelector';
import { serverSideApply, trackUpdate } from './managedFields';
import { jsonPatch, mergePatch, strategicMergePatch } from './patch';
import { admitQuota, objectUsage, quotaStatus, sumUsage, Usage } from './quota';
import { Registry } from './registry';
import { ReplicaSetController } from './replicaSets';
import { RolloutSimulator } from './rollout';
import { ObjectStore } from './store';
import { JsonObject, KubeObject, ResourceType } from './types';
import { validateObject, validateUpdate } from './validation';

/** Per-request options of a write. */
export interface WriteContext {
  dryRun: boolean;
  fieldManager?: string;
  /** Manager name used when no fieldManager is given (from the User-Agent). */
  defaultManager: string;
  force: boolean;
}

export interface Response {
  code: number;
  body: unknown;
}

const CONTROLLER_MANAGER = 'kube-controller-manager';

function timestamp() {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function withoutMetaAndStatus(obj: KubeObject) {
  const { metadata: _m, status: _s, ...rest } = obj;
  return rest;
}

function isDeployment(rt: ResourceType) {
  return rt.group === 'apps' && rt.kind === 'Deployment';
}

/** Whether the API server keeps `metadata.generation` for the type. */
function tracksGeneration(rt: ResourceType) {
  return rt.generation === true || rt.crd === true;
}

function withoutResourceVersion(obj: KubeObject) {
  const copy = clone(obj);
  if (copy.metadata) delete copy.metadata.resourceVersion;
  return copy;
}

/** The API logic behind the HTTP routes: storage, apply, admission, simulation. */
export class Cluster {
  readonly store = new ObjectStore();
  readonly rollout: RolloutSimulator;
  readonly replicaSets: ReplicaSetController;
  private serviceIp = 10;

  constructor(
    readonly registry: Registry,
    options: { rolloutDelayMs: number; progressDeadlineMs?: number },
  ) {
    this.rollout = new RolloutSimulator({
      delayMs: options.rolloutDelayMs,
      progressDeadlineMs: options.progressDeadlineMs,
      writeStatus: (rt, namespace, name, generation, status) =>
        this.controllerStatus(rt, namespace, name, generation, status),
      canBecomeReady: (rt, obj) =>
        !isDeployment(rt) || this.replicaSets.podsCreated(obj),
    });
    const typeOf = (kind: string) => {
      const apiVersion = ['ReplicaSet', 'Deployment'].includes(kind)
        ? 'apps/v1'
        : 'v1';
      const rt = this.registry.byKind(apiVersion, kind);
      if (!rt) throw new Error(`${apiVersion} ${kind} is not served`);
      return rt;
    };
    this.replicaSets = new ReplicaSetController({
      list: (kind, namespace) => this.store.list(typeOf(kind), namespace),
      get: (kind, namespace, name) =>
        this.store.get(typeOf(kind), namespace, name),
      write: (kind, obj) => this.controllerWrite(typeOf(kind), obj),
      remove: (kind, obj) => {
        this.store.delete(
          typeOf(kind),
          obj.metadata?.namespace,
          obj.metadata!.name!,
        );
        this.store.nextResourceVersion();
      },
      admitQuota: pod => {
        const namespace = pod.metadata!.namespace!;
        const quotas = this.store.list(this.quotaType(), namespace);
        if (quotas.length === 0) return;
        admitQuota(
          typeOf('Pod'),
          pod.metadata!.name!,
          quotas,
          this.namespaceUsage(namespace),
          undefined,
          pod,
        );
      },
      limitRanges: namespace =>
        this.store.list(
          this.registry.byPlural('', 'v1', 'limitranges')!,
          namespace,
        ),
    });
  }

  resolver(rt: ResourceType): ListKeyResolver {
    return rt.crd ? atomicLists : builtinListKeys;
  }

  apiVersion(rt: ResourceType) {
    return this.registry.groupVersion(rt);
  }

  namespaceType() {
    return this.registry.byPlural('', 'v1', 'namespaces')!;
  }

  namespaceExists(namespace: string) {
    return !!this.store.get(this.namespaceType(), undefined, namespace);
  }

  // ---------------------------------------------------------------- reads

  get(rt: ResourceType, namespace: string | undefined, name: string): Response {
    const obj = this.store.get(rt, namespace, name);
    if (!obj) throw notFound(rt, name);
    return { code: 200, body: obj };
  }

  list(
    rt: ResourceType,
    namespace: string | undefined,
    query: URLSearchParams,
  ): Response {
    const byLabel = parseLabelSelector(query.get('labelSelector') ?? undefined);
    const byField = parseFieldSelector(
      query.get('fieldSelector') ?? undefined,
      rt.kind,
    );
    let items = this.store
      .list(rt, namespace)
      .filter(o => byLabel(o) && byField(o));
    const metadata: JsonObject = {
      resourceVersion: this.store.resourceVersion,
    };
    const offset =
      Number(
        query.get('continue')
          ? Buffer.from(query.get('continue')!, 'base64').toString()
          : 0,
      ) || 0;
    const limit = Number(query.get('limit') ?? 0);
    if (offset) items = items.slice(offset);
    if (limit > 0 && items.length > limit) {
      metadata.continue = Buffer.from(String(offset + limit)).toString(
        'base64',
      );
      metadata.remainingItemCount = items.length - limit;
      items = items.slice(0, limit);
    }
    if (!rt.crd) {
      // Built-in list items come without apiVersion/kind, as from a real API server.
      items = items.map(({ apiVersion: _a, kind: _k, ...rest }) => rest);
    }
    return {
      code: 200,
      body: {
        kind: `${rt.kind}List`,
        apiVersion: this.apiVersion(rt),
        metadata,
        items,
      },
    };
  }

  // --------------------------------------------------------------- writes

  create(
    rt: ResourceType,
    namespace: string | undefined,
    body: unknown,
    ctx: WriteContext,
  ): Response {
    const obj = this.checkBody(rt, namespace, undefined, body, false);
    const meta = obj.metadata!;
    if (!meta.name && meta.generateName) {
      meta.name = `${meta.generateName}${Math.random()
        .toString(36)
        .slice(2, 7)}`;
    }
    if (rt.namespaced && !this.namespaceExists(namespace!)) {
      throw namespaceNotFound(namespace!);
    }
    this.validate(rt, obj);
    if (meta.name && this.store.get(rt, namespace, meta.name)) {
      throw alreadyExists(rt, meta.name);
    }
    delete meta.resourceVersion;
    const tracked = trackUpdate({
      apiVersion: this.apiVersion(rt),
      live: undefined,
      next: obj,
      manager: ctx.fieldManager ?? ctx.defaultManager,
      resolver: this.resolver(rt),
    });
    return { code: 201, body: this.commit(rt, undefined, tracked, ctx) };
  }

  update(
    rt: ResourceType,
    namespace: string | undefined,
    name: string,
    body: unknown,
    ctx: WriteContext,
    subresource?: string,
  ): Response {
    const obj = this.checkBody(rt, namespace, name, body, false);
    const old = this.store.get(rt, namespace, name);
    if (!old) throw notFound(rt, name);
    const rv = obj.metadata?.resourceVersion;
    if (rv && rv !== old.metadata?.resourceVersion) {
      throw conflict(rt, name, STALE_OBJECT);
    }
    let next: KubeObject;
    if (subresource === 'status') {
      next = { ...old, status: obj.status };
    } else {
      next = obj;
      next.metadata = {
        ...obj.metadata,
        managedFields: old.metadata?.managedFields,
      };
    }
    const tracked = trackUpdate({
      apiVersion: this.apiVersion(rt),
      live: old,
      next,
      manager: ctx.fieldManager ?? ctx.defaultManager,
      subresource,
      resolver: this.resolver(rt),
    });
    return { code: 200, body: this.commit(rt, old, tracked, ctx, subresource) };
  }

  patch(
    rt: ResourceType,
    namespace: string | undefined,
    name: string,
    body: unknown,
    contentType: string,
    ctx: WriteContext,
    subresource?: string,
  ): Response {
    if (contentType === 'application/apply-patch+yaml') {
      return this.apply(rt, namespace, name, body, ctx, subresource);
    }
    if (ctx.force) {
      throw invalid(rt, name, [
        forbiddenField('force', 'may not be specified for non-apply patch'),
      ]);
    }
    const old = this.store.get(rt, namespace, name);
    if (!old) throw notFound(rt, name);
    let patched: unknown;
    switch (contentType) {
      case 'application/merge-patch+json':
        patched = mergePatch(old, body);
        break;
      case 'application/strategic-merge-patch+json':
        if (rt.crd) throw unsupportedMediaType(contentType);
        patched = strategicMergePatch(old, body, this.resolver(rt));
        break;
      case 'application/json-patch+json':
        patched = jsonPatch(old, body);
        break;
      default:
        throw unsupportedMediaType(contentType);
    }
    if (!isObject(patched))
      throw badRequest('the patch did not produce an object');
    const next = patched as KubeObject;
    if (next.metadata?.name !== name) {
      throw badRequest(
        `the name of the object (${next.metadata?.name}) does not match the name on the URL (${name})`,
      );
    }
    if (next.metadata?.resourceVersion !== old.metadata?.resourceVersion) {
      throw conflict(rt, name, STALE_OBJECT);
    }
    const candidate =
      subresource === 'status' ? { ...old, status: next.status } : next;
    const tracked = trackUpdate({
      apiVersion: this.apiVersion(rt),
      live: old,
      next: candidate,
      manager: ctx.fieldManager ?? ctx.defaultManager,
      subresource,
      resolver: this.resolver(rt),
    });
    return { code: 200, body: this.commit(rt, old, tracked, ctx, subresource) };
  }

  private apply(
    rt: ResourceType,
    namespace: string | undefined,
    name: string,
    body: unknown,
    ctx: WriteContext,
    subresource?: string,
  ): Response {
    if (!ctx.fieldManager) {
      throw invalid(rt, name, [
        required('fieldManager', 'is required for apply patch'),
      ]);
    }
    const applied = this.checkBody(rt, namespace, name, body, true);
    const old = this.store.get(rt, namespace, name);
    const rv = applied.metadata?.resourceVersion;
    if (rv && old && rv !== old.metadata?.resourceVersion) {
      throw conflict(rt, name, STALE_OBJECT);
    }
    for (const k of [
      'resourceVersion',
      'uid',
      'creationTimestamp',
      'generation',
      'managedFields',
    ]) {
      delete applied.metadata![k];
    }
    if (subresource !== 'status') delete applied.status;
    if (!old && rt.namespaced && !this.namespaceExists(namespace!)) {
      throw namespaceNotFound(namespace!);
    }
    const merged = serverSideApply({
      rt,
      apiVersion: this.apiVersion(rt),
      live: old,
      applied,
      manager: ctx.fieldManager,
      force: ctx.force,
      resolver: this.resolver(rt),
    });
    const result = this.commit(rt, old, merged, ctx, subresource);
    return { code: old ? 200 : 201, body: result };
  }

  delete(
    rt: ResourceType,
    namespace: string | undefined,
    name: string,
    body: unknown,
    ctx: WriteContext,
  ): Response {
    const old = this.store.get(rt, namespace, name);
    if (!old) throw notFound(rt, name);
    const preconditions =
      isObject(body) && isObject(body.preconditions) ? body.preconditions : {};
    if (
      preconditions.resourceVersion &&
      preconditions.resourceVersion !== old.metadata?.resourceVersion
    ) {
      throw conflict(
        rt,
        name,
        `the ResourceVersion in the precondition (${preconditions.resourceVersion}) does not match the ResourceVersion in record (${old.metadata?.resourceVersion}). The object might have been modified`,
      );
    }
    if (preconditions.uid && preconditions.uid !== old.metadata?.uid) {
      throw conflict(
        rt,
        name,
        `the UID in the precondition (${preconditions.uid}) does not match the UID in record (${old.metadata?.uid}). The object might have been deleted and then recreated`,
      );
    }
    if (!ctx.dryRun) this.remove(rt, old);
    return { code: 200, body: success(rt, name, old.metadata?.uid) };
  }

  deleteCollection(
    rt: ResourceType,
    namespace: string | undefined,
    query: URLSearchParams,
    ctx: WriteContext,
  ): Response {
    const listed = this.list(rt, namespace, query).body as {
      items: KubeObject[];
    };
    const items = listed.items.map(
      i => this.store.get(rt, i.metadata?.namespace, i.metadata!.name!)!,
    );
    if (!ctx.dryRun) items.forEach(o => this.remove(rt, o));
    return {
      code: 200,
      body: {
        kind: `${rt.kind}List`,
        apiVersion: this.apiVersion(rt),
        metadata: { resourceVersion: this.store.resourceVersion },
        items,
      },
    };
  }

  private remove(rt: ResourceType, obj: KubeObject) {
    const namespace = obj.metadata?.namespace;
    const name = obj.metadata!.name!;
    this.store.delete(rt, namespace, name);
    this.rollout.cancel(rt, namespace ?? '', name);
    this.store.nextResourceVersion();
    if (isDeployment(rt)) this.replicaSets.deleteOwned(obj);
    if (rt === this.namespaceType()) {
      for (const child of this.store.inNamespace(name)) {
        this.store.delete(child.rt, name, child.obj.metadata!.name!);
        this.rollout.cancel(child.rt, name, child.obj.metadata!.name!);
      }
    } else if (namespace) {
      this.reconcileWorkloads(namespace);
      this.refreshQuotas(namespace);
    }
  }

  /** Stores an object as is (test setup): no RBAC, no admission, no validation. */
  seed(input: KubeObject): KubeObject {
    const rt = this.registry.byKind(input.apiVersion ?? 'v1', input.kind ?? '');
    if (!rt)
      throw new Error(
        `Unknown apiVersion/kind ${input.apiVersion} ${input.kind}`,
      );
    const obj = clone(input);
    obj.metadata = obj.metadata ?? {};
    const namespace = rt.namespaced
      ? obj.metadata.namespace ?? 'default'
      : undefined;
    if (namespace && !this.namespaceExists(namespace)) {
      this.seed({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: namespace },
      });
    }
    if (namespace) obj.metadata.namespace = namespace;
    const old = this.store.get(rt, namespace, obj.metadata.name!);
    const stored = this.commit(
      rt,
      old,
      obj,
      {
        dryRun: false,
        defaultManager: 'test-setup',
        force: true,
      },
      undefined,
      { skipAdmission: true },
    );
    return stored;
  }

  // ------------------------------------------------------------ internals

  /** Checks apiVersion/kind/name/namespace of a request body against the URL. */
  private checkBody(
    rt: ResourceType,
    namespace: string | undefined,
    name: string | undefined,
    body: unknown,
    isApply: boolean,
  ): KubeObject {
    if (!isObject(body))
      throw badRequest('the body of the request must be a JSON object');
    const obj = clone(body) as KubeObject;
    const displayName =
      (isObject(obj.metadata) && typeof obj.metadata.name === 'string'
        ? obj.metadata.name
        : name) ?? '';
    if (isApply && (!obj.apiVersion || !obj.kind)) {
      throw badRequest(`Object 'Kind' is missing in '${JSON.stringify(body)}'`);
    }
    const errors: FieldError[] = [];
    if (obj.kind !== undefined && obj.kind !== rt.kind) {
      errors.push(invalidValue('kind', obj.kind, `must be ${rt.kind}`));
    }
    if (
      obj.apiVersion !== undefined &&
      obj.apiVersion !== this.apiVersion(rt)
    ) {
      errors.push(
        invalidValue(
          'apiVersion',
          obj.apiVersion,
          `must be ${this.apiVersion(rt)}`,
        ),
      );
    }
    if (errors.length > 0) throw invalid(rt, displayName, errors);
    obj.apiVersion = this.apiVersion(rt);
    obj.kind = rt.kind;
    obj.metadata = isObject(obj.metadata) ? obj.metadata : {};
    const meta = obj.metadata;
    if (name !== undefined && meta.name !== undefined && meta.name !== name) {
      throw badRequest(
        `the name of the object (${meta.name}) does not match the name on the URL (${name})`,
      );
    }
    if (name !== undefined && meta.name === undefined && !isApply)
      meta.name = name;
    if (isApply && meta.name === undefined) meta.name = name;
    if (rt.namespaced) {
      if (meta.namespace !== undefined && meta.namespace !== namespace) {
        throw badRequest(
          'the namespace of the provided object does not match the namespace sent on the request',
        );
      }
      meta.namespace = namespace;
    } else {
      delete meta.namespace;
    }
    return obj;
  }

  private validate(rt: ResourceType, obj: KubeObject, old?: KubeObject) {
    const errors = validateObject(rt, obj);
    if (old) errors.push(...validateUpdate(rt, old, obj));
    if (errors.length > 0) throw invalid(rt, obj.metadata?.name ?? '', errors);
  }

  private applyDefaults(
    rt: ResourceType,
    obj: KubeObject,
    old: KubeObject | undefined,
  ) {
    const spec = (isObject(obj.spec) ? obj.spec : undefined) as
      | JsonObject
      | undefined;
    if (
      rt.group === 'apps' &&
      rt.kind === 'Deployment' &&
      spec &&
      spec.replicas === undefined
    ) {
      spec.replicas = 1;
    }
    if (rt.group === '' && rt.kind === 'Service' && spec) {
      spec.type = spec.type ?? 'ClusterIP';
      const oldSpec = isObject(old?.spec) ? old!.spec : {};
      if (spec.clusterIP === undefined || spec.clusterIP === '') {
        if (oldSpec.clusterIP) {
          spec.clusterIP = oldSpec.clusterIP;
          spec.clusterIPs = oldSpec.clusterIPs;
        } else if (spec.type !== 'ExternalName') {
          const ip = `10.96.${Math.floor(this.serviceIp / 250)}.${
            (this.serviceIp % 250) + 1
          }`;
          this.serviceIp += 1;
          spec.clusterIP = ip;
          spec.clusterIPs = [ip];
        }
      }
    }
    if (rt === this.namespaceType()) {
      const name = obj.metadata!.name!;
      obj.metadata!.labels = {
        ...(obj.metadata!.labels ?? {}),
        'kubernetes.io/metadata.name': name,
      };
      obj.spec = { finalizers: ['kubernetes'], ...(spec ?? {}) };
      obj.status = { phase: 'Active' };
    }
  }

  /** Namespace usage, optionally leaving one object out. */
  namespaceUsage(namespace: string): Usage {
    return sumUsage(
      this.store.inNamespace(namespace).map(e => objectUsage(e.rt, e.obj)),
    );
  }

  private quotaType() {
    return this.registry.byPlural('', 'v1', 'resourcequotas')!;
  }

  /** Recomputes `status` of the namespace's ResourceQuotas, as the quota controller does. */
  refreshQuotas(namespace: string) {
    const rt = this.quotaType();
    const total = this.namespaceUsage(namespace);
    for (const quota of this.store.list(rt, namespace)) {
      const status = quotaStatus(quota, total);
      if (deepEqual(status, quota.status)) continue;
      const next = trackUpdate({
        apiVersion: 'v1',
        live: quota,
        next: { ...quota, status },
        manager: CONTROLLER_MANAGER,
        subresource: 'status',
        resolver: builtinListKeys,
      });
      next.metadata!.resourceVersion = this.store.nextResourceVersion();
      this.store.put(rt, next);
    }
  }

  /**
   * Common path of every write: defaults, validation, admission, metadata,
   * simulated controllers, storage (unless dry run).
   */
  private commit(
    rt: ResourceType,
    old: KubeObject | undefined,
    candidate: KubeObject,
    ctx: WriteContext,
    subresource?: string,
    options: { skipAdmission?: boolean } = {},
  ): KubeObject {
    const next = clone(candidate);
    const meta = (next.metadata = next.metadata ?? {});
    if (subresource !== 'status' && rt.hasStatus) {
      if (old) {
        next.status = old.status;
      } else if (!options.skipAdmission) {
        delete next.status;
      }
    }
    if (old) {
      meta.uid = old.metadata?.uid;
      meta.creationTimestamp = old.metadata?.creationTimestamp;
      meta.resourceVersion = old.metadata?.resourceVersion;
      meta.generation = old.metadata?.generation;
    }
    this.applyDefaults(rt, next, old);
    if (!options.skipAdmission) this.validate(rt, next, old);

    if (
      old &&
      deepEqual(withoutResourceVersion(old), withoutResourceVersion(next))
    ) {
      return old;
    }

    const namespace = meta.namespace;
    if (
      rt.namespaced &&
      namespace &&
      !options.skipAdmission &&
      subresource !== 'status'
    ) {
      const quotas = this.store.list(this.quotaType(), namespace);
      if (quotas.length > 0) {
        admitQuota(
          rt,
          meta.name!,
          quotas,
          this.namespaceUsage(namespace),
          old,
          next,
        );
      }
    }

    const specChanged =
      !old || !deepEqual(withoutMetaAndStatus(old), withoutMetaAndStatus(next));
    if (tracksGeneration(rt)) {
      meta.generation = old
        ? (old.metadata?.generation ?? 1) + (specChanged ? 1 : 0)
        : 1;
    } else {
      delete meta.generation;
    }
    meta.uid = meta.uid ?? this.store.newUid();
    meta.creationTimestamp = meta.creationTimestamp ?? timestamp();
    if (rt === this.quotaType()) {
      next.status = quotaStatus(
        next,
        namespace ? this.namespaceUsage(namespace) : {},
      );
    }
    const rollout =
      this.rollout.simulates(rt) && specChanged && subresource !== 'status';
    if (rollout) {
      next.status = this.rollout.progressingStatus(rt, next, old?.status);
    }
    if (ctx.dryRun) {
      if (!old) delete meta.resourceVersion;
      return next;
    }
    meta.resourceVersion = this.store.nextResourceVersion();
    this.store.put(rt, next);
    if (rollout) this.rollout.schedule(rt, next);
    if (rollout && isDeployment(rt)) this.replicaSets.reconcile(next);
    if (namespace && this.limitsPods(rt)) this.reconcileWorkloads(namespace);
    if (namespace) this.refreshQuotas(namespace);
    return next;
  }

  /** Kinds whose change lets refused pods be created now (or refuses new ones). */
  private limitsPods(rt: ResourceType) {
    return (
      rt === this.quotaType() || (rt.group === '' && rt.kind === 'LimitRange')
    );
  }

  /**
   * Retries the pods of every Deployment of a namespace (the ReplicaSet controller's retry after
   * quota was freed or raised), and lets Deployments whose pods now all exist become ready.
   */
  private reconcileWorkloads(namespace: string) {
    const rt = this.registry.byKind('apps/v1', 'Deployment');
    if (!rt) return;
    for (const d of this.store.list(rt, namespace)) {
      const before = this.replicaSets.podsCreated(d);
      this.replicaSets.reconcile(d);
      const current = this.store.get(rt, namespace, d.metadata!.name!)!;
      if (!before && this.replicaSets.podsCreated(current)) {
        this.rollout.schedule(rt, current);
      }
    }
  }

  /** A write by the simulated controllers: no admission, `kube-controller-manager` as manager. */
  private controllerWrite(rt: ResourceType, obj: KubeObject): KubeObject {
    const namespace = rt.namespaced ? obj.metadata?.namespace : undefined;
    const old = this.store.get(rt, namespace, obj.metadata!.name!);
    const next = clone(obj);
    const meta = (next.metadata = next.metadata ?? {});
    meta.uid = old?.metadata?.uid ?? meta.uid ?? this.store.newUid();
    meta.creationTimestamp =
      old?.metadata?.creationTimestamp ?? meta.creationTimestamp ?? timestamp();
    const statusOnly =
      !!old &&
      deepEqual(
        { ...withoutMetaAndStatus(old), metadata: { ...old.metadata } },
        { ...withoutMetaAndStatus(next), metadata: { ...meta } },
      );
    if (tracksGeneration(rt)) {
      const specChanged =
        !old ||
        !deepEqual(withoutMetaAndStatus(old), withoutMetaAndStatus(next));
      meta.generation = old
        ? (old.metadata?.generation ?? 1) + (specChanged ? 1 : 0)
        : 1;
    }
    const tracked = trackUpdate({
      apiVersion: this.apiVersion(rt),
      live: old,
      next,
      manager: CONTROLLER_MANAGER,
      subresource: statusOnly && rt.hasStatus ? 'status' : undefined,
      resolver: this.resolver(rt),
    });
    tracked.metadata!.resourceVersion = this.store.nextResourceVersion();
    this.store.put(rt, tracked);
    return tracked;
  }

  /** A status write by the simulated controllers. */
  private controllerStatus(
    rt: ResourceType,
    namespace: string,
    name: string,
    generation: number,
    status: (previous: JsonObject | undefined, obj: KubeObject) => JsonObject,
  ) {
    const current = this.store.get(rt, namespace, name);
    if (!current || current.metadata?.generation !== generation) return;
    const next = trackUpdate({
      apiVersion: this.apiVersion(rt),
      live: current,
      next: {
        ...current,
        status: status(
          isObject(current.status) ? current.status : undefined,
          current,
        ),
      },
      manager: CONTROLLER_MANAGER,
      subresource: 'status',
      resolver: this.resolver(rt),
    });
    next.metadata!.resourceVersion = this.store.nextResourceVersion();
    this.store.put(rt, next);
  }

  close() {
    this.rollout.close();
  }
}

export { KubeError };

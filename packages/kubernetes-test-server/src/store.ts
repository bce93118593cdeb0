import { randomUUID } from 'crypto';
import { clone } from './json';
import { KubeObject, ResourceType } from './types';

function key(rt: ResourceType, namespace: string | undefined, name: string) {
  return `${rt.group}/${rt.plural}/${
    rt.namespaced ? namespace ?? '' : ''
  }/${name}`;
}

/** In-memory object storage with a monotonic resourceVersion. */
export class ObjectStore {
  private readonly objects = new Map<
    string,
    { rt: ResourceType; obj: KubeObject }
  >();
  private revision = 0;

  /** The latest resourceVersion handed out. */
  get resourceVersion(): string {
    return String(this.revision);
  }

  nextResourceVersion(): string {
    this.revision += 1;
    return String(this.revision);
  }

  newUid(): string {
    return randomUUID();
  }

  get(rt: ResourceType, namespace: string | undefined, name: string) {
    const found = this.objects.get(key(rt, namespace, name));
    return found ? clone(found.obj) : undefined;
  }

  /** Objects of a type, in one namespace or all, sorted by namespace and name. */
  list(rt: ResourceType, namespace?: string): KubeObject[] {
    const out: KubeObject[] = [];
    for (const entry of this.objects.values()) {
      if (entry.rt !== rt) continue;
      if (
        namespace !== undefined &&
        rt.namespaced &&
        entry.obj.metadata?.namespace !== namespace
      ) {
        continue;
      }
      out.push(clone(entry.obj));
    }
    return out.sort((a, b) =>
      `${a.metadata?.namespace ?? ''}/${a.metadata?.name}`.localeCompare(
        `${b.metadata?.namespace ?? ''}/${b.metadata?.name}`,
      ),
    );
  }

  /** All objects in a namespace, of every namespaced type. */
  inNamespace(namespace: string): { rt: ResourceType; obj: KubeObject }[] {
    return [...this.objects.values()]
      .filter(e => e.rt.namespaced && e.obj.metadata?.namespace === namespace)
      .map(e => ({ rt: e.rt, obj: clone(e.obj) }));
  }

  put(rt: ResourceType, obj: KubeObject): void {
    const meta = obj.metadata ?? {};
    this.objects.set(key(rt, meta.namespace, meta.name ?? ''), {
      rt,
      obj: clone(obj),
    });
  }

  delete(
    rt: ResourceType,
    namespace: string | undefined,
    name: string,
  ): boolean {
    return this.objects.delete(key(rt, namespace, name));
  }

  clear(): void {
    this.objects.clear();
  }
}

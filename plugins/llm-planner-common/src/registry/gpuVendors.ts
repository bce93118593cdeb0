/**
 * GPU vendors as Kubernetes sees them: the extended resource their device plugin advertises
 * and the node label their labeller (NVIDIA GPU Feature Discovery, AMD node labeller) puts the
 * product name in. The one list quota keys, GPU counting, node selectors and namespace quotas
 * iterate. A new vendor is one entry here plus its test.
 */

/** One GPU vendor's Kubernetes names. @public */
export type GpuVendor<Id extends string = string> = {
  id: Id;
  label: string;
  /** extended resource a pod requests (`nvidia.com/gpu`) */
  resourceName: string;
  /** node label holding the GPU product name (`nvidia.com/gpu.product`) */
  productLabel: string;
};

/** Every GPU vendor; the first is the default for requests and quotas. @public */
export const GPU_VENDORS = [
  {
    id: 'nvidia',
    label: 'NVIDIA',
    resourceName: 'nvidia.com/gpu',
    productLabel: 'nvidia.com/gpu.product',
  },
  {
    id: 'amd',
    label: 'AMD',
    resourceName: 'amd.com/gpu',
    productLabel: 'amd.com/gpu.product-name',
  },
] as const satisfies readonly GpuVendor[];

/** Id of a GPU vendor. @public */
export type GpuVendorId = (typeof GPU_VENDORS)[number]['id'];

/** The vendor pods and quotas use when a GPU's vendor is unknown. @public */
export const DEFAULT_GPU_VENDOR: GpuVendor<GpuVendorId> = GPU_VENDORS[0];

/** The vendor of an id (case-insensitive, as gpus.csv writes it), undefined when unknown. @public */
export function gpuVendorById(
  id: string | undefined,
): GpuVendor<GpuVendorId> | undefined {
  const key = id?.trim().toLowerCase();
  return GPU_VENDORS.find(v => v.id === key);
}

/** Extended resource names counted as GPUs (quota checks, rendering). @public */
export const GPU_RESOURCES: readonly string[] = GPU_VENDORS.map(
  v => v.resourceName,
);

/** How a node with a GPU product of a vendor is selected and the GPU requested. @public */
export function gpuNodeSelector(
  vendor: GpuVendor,
  product: string,
): { resource: string; nodeLabel: string; product: string } {
  return {
    resource: vendor.resourceName,
    nodeLabel: vendor.productLabel,
    product,
  };
}

import { gpuNodeSelector, gpuVendorById } from '../registry/gpuVendors';

/**
 * How a catalog GPU id (benchmarks/data/gpus.csv) is requested and selected on a node.
 *
 * `resource` is the extended resource the device plugin advertises; `nodeLabel`/`product` is the
 * label GPU Feature Discovery (NVIDIA GPU operator) or the AMD node labeller puts on nodes with
 * that GPU. The values are what those labellers report for the SKUs; a cluster with a different
 * naming (e.g. a managed node pool label) can be matched by adding a row here.
 *
 * | catalog id       | resource         | node label                      | value                     |
 * |------------------|------------------|---------------------------------|---------------------------|
 * | T4               | nvidia.com/gpu   | nvidia.com/gpu.product          | Tesla-T4                  |
 * | L4               | nvidia.com/gpu   | nvidia.com/gpu.product          | NVIDIA-L4                 |
 * | A10              | nvidia.com/gpu   | nvidia.com/gpu.product          | NVIDIA-A10                |
 * | A10G             | nvidia.com/gpu   | nvidia.com/gpu.product          | NVIDIA-A10G               |
 * | L40S             | nvidia.com/gpu   | nvidia.com/gpu.product          | NVIDIA-L40S               |
 * | A100-40GB-SXM    | nvidia.com/gpu   | nvidia.com/gpu.product          | NVIDIA-A100-SXM4-40GB     |
 * | A100-80GB-SXM    | nvidia.com/gpu   | nvidia.com/gpu.product          | NVIDIA-A100-SXM4-80GB     |
 * | A100-80GB-PCIe   | nvidia.com/gpu   | nvidia.com/gpu.product          | NVIDIA-A100-80GB-PCIe     |
 * | H100-SXM-80GB    | nvidia.com/gpu   | nvidia.com/gpu.product          | NVIDIA-H100-80GB-HBM3     |
 * | H100-PCIe-80GB   | nvidia.com/gpu   | nvidia.com/gpu.product          | NVIDIA-H100-PCIe          |
 * | H100-NVL-94GB    | nvidia.com/gpu   | nvidia.com/gpu.product          | NVIDIA-H100-NVL           |
 * | H200-SXM-141GB   | nvidia.com/gpu   | nvidia.com/gpu.product          | NVIDIA-H200               |
 * | B200-180GB       | nvidia.com/gpu   | nvidia.com/gpu.product          | NVIDIA-B200               |
 * | MI300X           | amd.com/gpu      | amd.com/gpu.product-name        | AMD_Instinct_MI300X_OAM   |
 *
 * @public
 */
export const GPU_NODE_SELECTORS: Record<
  string,
  { resource: string; nodeLabel: string; product: string }
> = {
  T4: nvidia('Tesla-T4'),
  L4: nvidia('NVIDIA-L4'),
  A10: nvidia('NVIDIA-A10'),
  A10G: nvidia('NVIDIA-A10G'),
  L40S: nvidia('NVIDIA-L40S'),
  'A100-40GB-SXM': nvidia('NVIDIA-A100-SXM4-40GB'),
  'A100-80GB-SXM': nvidia('NVIDIA-A100-SXM4-80GB'),
  'A100-80GB-PCIe': nvidia('NVIDIA-A100-80GB-PCIe'),
  'H100-SXM-80GB': nvidia('NVIDIA-H100-80GB-HBM3'),
  'H100-PCIe-80GB': nvidia('NVIDIA-H100-PCIe'),
  'H100-NVL-94GB': nvidia('NVIDIA-H100-NVL'),
  'H200-SXM-141GB': nvidia('NVIDIA-H200'),
  'B200-180GB': nvidia('NVIDIA-B200'),
  MI300X: amd('AMD_Instinct_MI300X_OAM'),
};

function nvidia(product: string) {
  return gpuNodeSelector(gpuVendorById('nvidia')!, product);
}

function amd(product: string) {
  return gpuNodeSelector(gpuVendorById('amd')!, product);
}

import { GPU_NODE_SELECTORS } from '../manifests/gpus';
import {
  DEFAULT_GPU_VENDOR,
  GPU_RESOURCES,
  GPU_VENDORS,
  gpuNodeSelector,
  gpuVendorById,
} from './gpuVendors';

describe('GPU vendor registry', () => {
  it('names each vendor’s extended resource and product node label', () => {
    expect(GPU_RESOURCES).toEqual(['nvidia.com/gpu', 'amd.com/gpu']);
    expect(DEFAULT_GPU_VENDOR.resourceName).toBe('nvidia.com/gpu');
    expect(gpuVendorById('AMD')?.productLabel).toBe('amd.com/gpu.product-name');
    expect(gpuVendorById('intel')).toBeUndefined();
  });

  it('builds the node selectors of the GPU catalog from the vendors', () => {
    expect(gpuNodeSelector(GPU_VENDORS[1], 'X')).toEqual({
      resource: 'amd.com/gpu',
      nodeLabel: 'amd.com/gpu.product-name',
      product: 'X',
    });
    const vendorsUsed = new Set(
      Object.values(GPU_NODE_SELECTORS).map(s => s.resource),
    );
    expect([...vendorsUsed].sort()).toEqual([...GPU_RESOURCES].sort());
  });
});

/** Closed vocabularies with their behaviour: one owner per concept. */
export * from './useCases';
export * from './importFormats';
export * from './planStatuses';
export * from './gpuVendors';
export * from './autoscalers';

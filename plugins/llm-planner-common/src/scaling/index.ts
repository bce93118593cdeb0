export * from './traffic';
export * from './policies';
export * from './latencyTable';
export * from './simulate';
export * from './compare';
export * from './replicaQueue';
export * from './decision';
export * from './batchWindow';
export * from './report';
export { createRng, samplePoisson } from './prng';
export type { Rng } from './prng';
export {
  HIST_BUCKETS,
  HIST_MIN_MS,
  HIST_RATIO,
  histBucket,
  histValue,
  histQuantiles,
} from './histogram';

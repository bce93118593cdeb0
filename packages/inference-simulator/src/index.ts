/**
 * CPU-only, OpenAI-compatible inference server shaped like vLLM, for running the whole
 * planning and deployment path without a GPU, and a load tester for any OpenAI-compatible
 * endpoint.
 *
 * @packageDocumentation
 */
export {
  startSimulator,
  createSimulatorHandler,
  SIMULATOR_DEFAULTS,
} from './server';
export type { SimulatorOptions, RunningSimulator } from './server';
export {
  main,
  parseArgs,
  simulatorOptionsFromCli,
  timingProfileFromCli,
  profileMain,
} from './cli';
export type { CliOptions } from './cli';
export {
  stepTimeModelFromPoints,
  instantStepTimeModel,
  scaleStepTimeModel,
  interpolateLogLinear,
  validatePoints,
} from './timing/stepTimeModel';
export type {
  StepTimeModel,
  TimingPoint,
  TimingIdentity,
} from './timing/stepTimeModel';
export {
  parseTimingProfile,
  loadTimingProfile,
  stepTimeModelFromProfile,
  profileOutputTokens,
} from './timing/profile';
export type { TimingProfile } from './timing/profile';
export {
  stepTimeModelFromEngine,
  sampleEngineSurface,
  timingProfileFromEngine,
  geometricConcurrencies,
  defaultShape,
} from './timing/fromEngine';
export type {
  FromEngineOptions,
  EnginePoint,
  EngineSample,
} from './timing/fromEngine';
export { findSeedDir, loadSeedEngine } from './timing/seed';
export { createPrng } from './timing/prng';
export type { Prng } from './timing/prng';
export { BatchEngine } from './engine/batchEngine';
export type {
  EngineOptions,
  SequenceRequest,
  SubmittedSequence,
} from './engine/batchEngine';
export { SimulatorMetrics } from './metrics';
export { countTokens, countChatTokens, fillerToken } from './tokenizer';
export * from './loadtest';

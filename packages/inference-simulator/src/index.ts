/**
 * CPU-only, OpenAI-compatible inference server shaped like vLLM, for running the whole
 * planning and deployment path without a GPU.
 *
 * @packageDocumentation
 */
export { startSimulator, createSimulatorHandler } from './server';
export type { SimulatorOptions, RunningSimulator } from './server';
export { main, parseArgs } from './cli';

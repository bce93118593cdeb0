export { main, planIntent, predictArgs, USAGE } from './cli';
export { findRepoRoot, loadSeedKb } from './seed';
export { perturbRuns } from './bench';

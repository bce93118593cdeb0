export * from './schemas';
export { parseCsvRows, parseCsvRecords } from './csv';
export * from './names';
export * from './normalise';
export * from './workload';
export * from './memory';
export * from './hfConfig';
export * from './roofline';
export * from './surface';
export * from './predictor';
export * from './calibration';
export * from './uncertainty';
export * from './capacity';
export {
  highestPassingLoad,
  measuredCrossings,
  predictedCapacity,
} from './crossings';
export type { LoadSearch, MeasuredCrossing } from './crossings';
export * from './cost';
export * from './pricePolicy';
export * from './plan';
export { BATCH_STARTUP_MINUTES, batchJobOf } from './batch';
export { isBatchIntent } from './batchPlan';
export { batchJobTitle, planTitle } from './planTitle';
export { DAYS_PER_MONTH } from './budget';
export * from './verification';

export {
  percentile,
  mean,
  stdDev,
  summarize,
  ratesBetween,
  maxPerWindow,
} from './stats';
export type { Summary } from './stats';
export {
  sendStreamingRequest,
  discoverModel,
  closeClientSockets,
} from './client';
export type { Endpoint, TargetSpec, RequestSample } from './client';
export {
  BUILTIN_PROMPTS,
  syntheticPrompt,
  createPromptSource,
} from './prompts';
export type { PromptSpec, PromptItem } from './prompts';
export {
  runStrategy,
  runProfile,
  strategyLabel,
  completedRate,
} from './runner';
export type {
  Strategy,
  ProfileSpec,
  Limits,
  StrategyResult,
  ProgressEvent,
  RunContext,
} from './runner';
export {
  buildReport,
  buildRunReport,
  evaluateSlo,
  parseSloFlag,
  formatSummaryTable,
} from './report';
export type {
  RunReport,
  LlmPlannerBlock,
  ReportContext,
  ReportSample,
  SloTarget,
  SloResult,
  SloMetric,
  SloStat,
  JsonSummary,
} from './report';
export {
  postReport,
  postToBackend,
  plannerApiBase,
  benchmarkImportBody,
  outcomeBody,
} from './post';
export type { PostAs, PostResult, BenchmarkImportContext } from './post';
export { createProgress } from './progress';
export {
  parseLoadtestArgs,
  runLoadtest,
  loadtestMain,
  LOADTEST_USAGE,
} from './cli';
export type { LoadtestOptions, LoadtestIo } from './cli';

export * from './types';
export * from './gpus';
export * from './names';
export * from './render';
export * from './batchJob';
export {
  AutoscalerParametersSchema,
  autoscalerParametersIssues,
  autoscalerParametersLabel,
  LLM_PLANNER_AUTOSCALER_ANNOTATION,
} from './autoscaler';
export * from './validate';
export * from './yaml';
export * from './resources';
export { parseQuantity } from './quantity';

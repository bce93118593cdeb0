export { ScalingTab, reportHtml } from './ScalingTab';
export {
  ScalingTimelineChart,
  CostComparisonChart,
  ChartBox,
  usePolicyColors,
} from './ScalingCharts';

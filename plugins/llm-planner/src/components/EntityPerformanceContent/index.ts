export {
  EntityPerformanceContent,
  costSoFar,
} from './EntityPerformanceContent';

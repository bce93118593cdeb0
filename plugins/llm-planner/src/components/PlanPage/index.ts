export { PlanPage, templateLink } from './PlanPage';

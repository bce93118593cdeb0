export { ScalingTab } from '../Scaling';

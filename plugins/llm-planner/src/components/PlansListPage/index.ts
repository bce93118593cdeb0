export { PlansListPage } from './PlansListPage';

export { scaffolderModuleLlmPlanner as default } from './module';

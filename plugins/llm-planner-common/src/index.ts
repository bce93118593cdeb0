/**
 * Types, schemas, permissions and the planning engine shared by the llm-planner packages.
 * Isomorphic: no node or react imports, so the browser runs the same code as the backend.
 *
 * @packageDocumentation
 */

export * from './api';
export * from './permissions';
export * from './engine';
export * from './import';
export * from './manifests';
export * from './scaling';
export * from './registry';
export * from './stats';

/*
 * The REST API (`/api/llm-planner`, see docs/api.md): constants and shapes shared by the
 * packages, the request and response schemas, the route contract and the typed client.
 */
export * from './types';
export * from './text';
export * from './requests';
export * from './responses';
export * from './contract';
export * from './client';

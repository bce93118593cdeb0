import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';

// Standalone backend for working on the plugin: `yarn start` in this folder, then
//   curl http://localhost:7007/api/llm-planner/health
//   curl http://localhost:7007/api/llm-planner/v1/status
// Auth is mocked so requests need no token ('Bearer mock-none-token' tests the 401 path).
const backend = createBackend();
backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());
backend.add(import('../src'));
backend.start();

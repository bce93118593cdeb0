import {
  TemplateAction,
  TemplateExample,
} from '@backstage/plugin-scaffolder-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import yaml from 'yaml';
import { createClusterClient } from '../kubernetes/ClusterClient';
import { fakeBackend, moduleConfig, userInfoOf } from './fixtures';

/** Everything any action factory of this module takes, faked: for building one to inspect. */
export function anyActionDeps(): any {
  return {
    ...fakeBackend(),
    userInfo: userInfoOf(),
    config: moduleConfig(),
    clusterClientFactory: createClusterClient,
    catalog: catalogServiceMock(),
  };
}

/** Every example is a one-step template using this action with inputs its schema knows. */
export function checkExamples(
  action: TemplateAction<any, any, any>,
  examples: TemplateExample[],
) {
  expect(examples.length).toBeGreaterThan(0);
  const schema = action.schema?.input as
    | { properties?: Record<string, unknown>; required?: string[] }
    | undefined;
  const known = Object.keys(schema?.properties ?? {});
  for (const ex of examples) {
    expect(ex.description).toBeTruthy();
    const { steps } = yaml.parse(ex.example);
    expect(steps).toHaveLength(1);
    expect(steps[0].action).toBe(action.id);
    const keys = Object.keys(steps[0].input ?? {});
    for (const k of keys) expect(known).toContain(k);
    for (const r of schema?.required ?? []) expect(keys).toContain(r);
  }
}

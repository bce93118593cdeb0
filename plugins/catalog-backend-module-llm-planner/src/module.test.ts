import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import catalogBackend from '@backstage/plugin-catalog-backend';
import catalogModuleScaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { catalogModuleLlmPlanner } from './module';

async function startCatalog(llmPlanner: object) {
  return startTestBackend({
    features: [
      catalogBackend,
      // a stock portal has it: the catalog knows the Template kind through it
      catalogModuleScaffolderEntityModel,
      catalogModuleLlmPlanner,
      mockServices.rootConfig.factory({
        data: {
          llmPlanner,
          catalog: { processingInterval: { seconds: 1 } },
        },
      }),
    ],
  });
}

async function findTemplate(
  server: Awaited<ReturnType<typeof startCatalog>>['server'],
) {
  // the catalog stitches provided entities in the background: ask until it has
  for (let attempt = 0; attempt < 120; attempt++) {
    const res = await request(server)
      .get(
        '/api/catalog/entities/by-name/template/default/llm-inference-service',
      )
      .set('Authorization', mockCredentials.user.header());
    if (res.status === 200) return res.body;
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  return undefined;
}

describe('catalogModuleLlmPlanner', () => {
  it('registers the shipped template in a stock catalog, owned by the platform team', async () => {
    const { server } = await startCatalog({
      platformTeam: 'group:default/ml-platform',
    });

    const template = await findTemplate(server);

    expect(template?.spec.owner).toBe('group:default/ml-platform');
    expect(template?.spec.parameters[0].properties.planId['ui:field']).toBe(
      'ApprovedPlanPicker',
    );
    server.close();
  }, 120_000);

  it('refuses file locations unless the embedded default allows them', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'llm-planner-'));
    const target = path.join(dir, 'catalog-info.yaml');
    await fs.writeFile(
      target,
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: svc\nspec:\n  type: service\n  lifecycle: experimental\n  owner: group:default/team-a\n',
    );
    const { server: strict } = await startCatalog({
      catalog: { registerTemplate: false },
    });
    const refused = await request(strict)
      .post('/api/catalog/locations?dryRun=true')
      .set('Authorization', mockCredentials.user.header())
      .send({ type: 'file', target });
    expect(refused.status).toBe(400);
    strict.close();

    const { server: local } = await startCatalog({
      catalog: { registerTemplate: false, allowFileLocations: true },
    });
    const accepted = await request(local)
      .post('/api/catalog/locations?dryRun=true')
      .set('Authorization', mockCredentials.user.header())
      .send({ type: 'file', target });
    expect(accepted.status).toBe(201);
    expect(
      accepted.body.entities.map(
        (e: { metadata: { name: string } }) => e.metadata.name,
      ),
    ).toContain('svc');
    local.close();
    await fs.rm(dir, { recursive: true, force: true });
  }, 120_000);
});

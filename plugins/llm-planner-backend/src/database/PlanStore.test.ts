import {
  createPlanner,
  Intent,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { loadSeedKb } from '@llm-planner/llm-planner-cli';
import { createTestDatabases } from '../__testUtils__/databases';
import { migrationsDir } from './migrations';
import { PlanStore } from './PlanStore';

jest.setTimeout(60_000);

const alice = 'user:default/alice.support';
const team = 'group:default/customer-support';

describe('PlanStore', () => {
  const databases = createTestDatabases();
  const planner = createPlanner(loadSeedKb());
  const plan = (intent: Intent) => planner.plan(intent);

  async function storeOn(id: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(id);
    await knex.migrate.latest({ directory: migrationsDir });
    return { knex, store: new PlanStore(knex) };
  }

  it.each(databases.eachSupportedId())(
    'answers every write as a later read of the plan does on %p',
    async id => {
      const { store } = await storeOn(id);
      // Compared as JSON, key order included: the answer is what clients receive.
      const asRead = async (answer: { id: string }) =>
        expect(JSON.stringify(answer)).toBe(
          JSON.stringify(await store.get(answer.id)),
        );

      const created = await store.create({
        title: 'Support chatbot',
        ownerUser: alice,
        ownerGroup: team,
        plan: plan({ useCase: 'chatbot', users: 1000 }),
      });
      await asRead(created);

      const changed = await store.updatePlan(
        created.id,
        1,
        {
          title: 'Bigger chatbot',
          plan: plan({ useCase: 'chatbot', users: 5000 }),
        },
        created,
      );
      expect(changed).toMatchObject({ version: 2, title: 'Bigger chatbot' });
      await asRead(changed);

      const approved = await store.setStatus(
        created.id,
        2,
        'approved',
        alice,
        changed,
      );
      expect(approved).toMatchObject({ status: 'approved', approvedBy: alice });
      await asRead(approved);

      const replanned = await store.updatePlan(
        created.id,
        3,
        { plan: plan({ useCase: 'chatbot', users: 20 }) },
        approved,
      );
      expect(replanned).toMatchObject({
        version: 4,
        title: 'Bigger chatbot',
        status: 'draft',
        approvedBy: null,
        approvedAt: null,
      });
      await asRead(replanned);

      // Without the plan as seen, the answer is read back.
      await asRead(await store.setStatus(created.id, 4, 'retired'));
      // A stale version changes nothing, whatever the caller saw.
      await expect(
        store.setStatus(created.id, 4, 'retired', undefined, replanned),
      ).rejects.toThrow(/changed since version 4/);
    },
  );

  it.each(databases.eachSupportedId())(
    'lists plans as summaries of their best recommendation on %p',
    async id => {
      const { knex, store } = await storeOn(id);
      const feasible = await store.create({
        title: 'Chatbot',
        ownerUser: alice,
        ownerGroup: team,
        plan: plan({ useCase: 'chatbot', users: 1000 }),
      });
      const none = plan({ useCase: 'chatbot', users: 1000 });
      const infeasible = await store.create({
        title: 'Nothing fits',
        ownerUser: alice,
        ownerGroup: team,
        plan: { ...none, recommendations: [] },
      });

      const { items, next } = await store.list(
        { ownerGroups: [team] },
        { limit: 10 },
      );
      expect(next).toBeNull();
      // Another replica has not seen these plans: it reads their summaries from the rows.
      const other = new PlanStore(knex);
      expect(await other.list({ ownerGroups: [team] }, { limit: 10 })).toEqual({
        items,
        next,
      });
      // One a page, from the cursor of the one before.
      const first = await other.list({ ownerGroups: [team] }, { limit: 1 });
      const second = await new PlanStore(knex).list(
        { ownerGroups: [team] },
        { limit: 1, after: first.next! },
      );
      expect([...first.items, ...second.items]).toEqual(items);
      expect(second.next).toBeNull();
      const best = feasible.plan.recommendations[0];
      const { plan: _plan, ...stored } = feasible;
      expect(items.find(p => p.id === feasible.id)).toEqual({
        ...stored,
        useCase: 'chatbot',
        summary: {
          modelId: best.modelId,
          hfId: best.hfId,
          gpuId: best.gpuId,
          tp: best.tp,
          precision: best.precision,
          engine: best.engine,
          replicas: best.replicas,
          gpus: best.gpus,
          perMonth: best.cost.perMonth,
          provenance: best.provenance,
          confidence: best.confidence,
        },
      });
      expect(items.find(p => p.id === infeasible.id)).toMatchObject({
        title: 'Nothing fits',
        summary: null,
      });
    },
  );
});

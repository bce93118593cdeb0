/* eslint-disable no-console */
/**
 * One backend replica in its own OS process, for the multi-replica test and benchmark:
 * the plugin through the real backend wiring (as `startPlanner`) on the PostgreSQL
 * database of `LLM_PLANNER_REPLICA_PG`. Prints `LISTENING <port>` once it serves, and
 * stops on SIGTERM. Start it with {@link spawnReplica}.
 */
import knexFactory from 'knex';
import { startPlanner } from './backend';

async function main() {
  const connection = process.env.LLM_PLANNER_REPLICA_PG;
  if (!connection) throw new Error('LLM_PLANNER_REPLICA_PG is not set');
  const knex = knexFactory({ client: 'pg', connection });
  const server = await startPlanner(knex);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`LISTENING ${port}`);
  process.once('SIGTERM', () => {
    server.close();
    knex.destroy().finally(() => process.exit(0));
  });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});

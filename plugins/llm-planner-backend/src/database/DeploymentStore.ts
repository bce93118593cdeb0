import {
  CalibrationFactor,
  Deployment,
  Outcome,
  StoredCalibrationFactor,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { fromJson, toIso, toJson } from './rows';

function deploymentFromRow(r: any): Deployment {
  return {
    id: r.id,
    planId: r.plan_id,
    cluster: r.cluster,
    namespace: r.namespace,
    repoUrl: r.repo_url ?? null,
    entityRef: r.entity_ref ?? null,
    status: r.status,
    createdBy: r.created_by,
    createdAt: toIso(r.created_at),
    updatedAt: toIso(r.updated_at),
  };
}

function outcomeFromRow(r: any): Outcome {
  return {
    id: Number(r.id),
    deploymentId: r.deployment_id,
    loadProfile: fromJson(r.load_profile),
    measured: fromJson(r.measured),
    prediction: fromJson(r.prediction),
    error: fromJson(r.error),
    source: r.source,
    measuredAt: toIso(r.measured_at),
    recordedBy: r.recorded_by,
    exclusion: r.excluded_by
      ? {
          by: r.excluded_by,
          at: toIso(r.excluded_at),
          reason: r.exclusion_reason ?? '',
        }
      : null,
  };
}

/** The shape column's value for a configuration-wide factor. */
const EVERY_SHAPE = '*';

/** A configuration whose outcomes are calibrated together. */
export type CalibrationConfig = {
  modelId: string;
  gpuId: string;
  tp: number;
  engine: string;
};

/** Deployments of plans, their measured outcomes and the calibration derived from them. */
export class DeploymentStore {
  constructor(private readonly knex: Knex | Knex.Transaction) {}

  /**
   * Runs `write` in one transaction with a store bound to it. On PostgreSQL, writers of the
   * same configuration's calibration queue on an advisory lock, so two replicas recording
   * outcomes at once never compute the factors from each other's partial view.
   */
  async transaction<T>(
    lockKey: string | null,
    write: (store: DeploymentStore, trx: Knex.Transaction) => Promise<T>,
  ): Promise<T> {
    return (this.knex as Knex).transaction(async trx => {
      if (lockKey && trx.client.config.client === 'pg') {
        await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [
          `llm-planner:calibration:${lockKey}`,
        ]);
      }
      return write(new DeploymentStore(trx), trx);
    });
  }

  /** `configKey`: the model|gpu|tp|engine deployed, which calibration groups outcomes by. */
  async createDeployment(
    input: Omit<Deployment, 'id' | 'createdAt' | 'updatedAt'>,
    configKey: string | null,
  ): Promise<Deployment> {
    const now = new Date();
    const id = randomUUID();
    await this.knex('deployments').insert({
      id,
      plan_id: input.planId,
      cluster: input.cluster,
      namespace: input.namespace,
      repo_url: input.repoUrl,
      entity_ref: input.entityRef,
      status: input.status,
      config_key: configKey,
      created_by: input.createdBy,
      created_at: now,
      updated_at: now,
    });
    return (await this.getDeployment(id))!;
  }

  async getDeployment(id: string): Promise<Deployment | undefined> {
    const row = await this.knex('deployments').where({ id }).first();
    return row ? deploymentFromRow(row) : undefined;
  }

  /** `ownerGroups`: only deployments of plans these Groups own (omit for every team's). */
  async listDeployments(filter: {
    planId?: string;
    entityRef?: string;
    ownerGroups?: string[];
  }): Promise<Deployment[]> {
    const q = this.knex('deployments')
      .select('deployments.*')
      .orderBy('deployments.created_at', 'desc');
    if (filter.planId) q.where('deployments.plan_id', filter.planId);
    if (filter.entityRef) q.where('deployments.entity_ref', filter.entityRef);
    if (filter.ownerGroups) {
      q.join('plans', 'plans.id', 'deployments.plan_id').whereIn(
        'plans.owner_group',
        filter.ownerGroups,
      );
    }
    return (await q).map(deploymentFromRow);
  }

  async addOutcome(input: Omit<Outcome, 'id'>): Promise<Outcome> {
    const [row] = await this.knex('outcomes')
      .insert({
        deployment_id: input.deploymentId,
        load_profile: toJson(input.loadProfile),
        measured: toJson(input.measured),
        prediction: toJson(input.prediction),
        error: toJson(input.error),
        source: input.source,
        measured_at: new Date(input.measuredAt),
        recorded_by: input.recordedBy,
      })
      .returning('id');
    const id = Number(typeof row === 'object' ? row.id : row);
    return outcomeFromRow(await this.knex('outcomes').where({ id }).first());
  }

  async listOutcomes(deploymentId: string): Promise<Outcome[]> {
    const rows = await this.knex('outcomes')
      .where({ deployment_id: deploymentId })
      .orderBy('measured_at');
    return rows.map(outcomeFromRow);
  }

  async getOutcome(
    id: number,
  ): Promise<(Outcome & { configKey: string | null }) | undefined> {
    const row = await this.knex('outcomes')
      .join('deployments', 'deployments.id', 'outcomes.deployment_id')
      .where('outcomes.id', id)
      .first('outcomes.*', 'deployments.config_key');
    return row
      ? { ...outcomeFromRow(row), configKey: row.config_key }
      : undefined;
  }

  /**
   * The outcomes calibration may use for one configuration: not excluded by the platform team,
   * each with the team that owns the deployment it was measured on.
   */
  async outcomesForConfig(
    configKey: string,
  ): Promise<(Outcome & { team: string })[]> {
    const rows = await this.knex('outcomes')
      .join('deployments', 'deployments.id', 'outcomes.deployment_id')
      .join('plans', 'plans.id', 'deployments.plan_id')
      .where('deployments.config_key', configKey)
      .whereNull('outcomes.excluded_by')
      .orderBy('outcomes.id')
      .select('outcomes.*', 'plans.owner_group');
    return rows.map(r => ({ ...outcomeFromRow(r), team: r.owner_group }));
  }

  /** Excludes an outcome from calibration (or includes it again with `exclusion` null). */
  async setExclusion(
    id: number,
    exclusion: { by: string; reason: string } | null,
  ): Promise<void> {
    await this.knex('outcomes')
      .where({ id })
      .update({
        excluded_by: exclusion?.by ?? null,
        excluded_at: exclusion ? new Date() : null,
        exclusion_reason: exclusion?.reason ?? null,
      });
  }

  /** Replaces every factor of one configuration. */
  async replaceCalibration(
    config: CalibrationConfig,
    factors: CalibrationFactor[],
  ): Promise<void> {
    const where = {
      model_id: config.modelId,
      gpu_id: config.gpuId,
      tp: config.tp,
      engine: config.engine,
    };
    await this.knex('calibration_factors').where(where).delete();
    if (factors.length === 0) return;
    const now = new Date();
    await this.knex('calibration_factors').insert(
      factors.map(f => ({
        ...where,
        shape: f.shape ?? EVERY_SHAPE,
        estimates: toJson({ ttft: f.ttft, itl: f.itl, e2e: f.e2e }),
        samples: f.samples,
        updated_at: now,
      })),
    );
  }

  async listCalibration(): Promise<StoredCalibrationFactor[]> {
    const rows = await this.knex('calibration_factors').orderBy([
      'model_id',
      'gpu_id',
      'tp',
      'engine',
      'shape',
    ]);
    return rows.map(r => {
      const estimates = fromJson<
        Pick<CalibrationFactor, 'ttft' | 'itl' | 'e2e'>
      >(r.estimates);
      return {
        modelId: r.model_id,
        gpuId: r.gpu_id,
        tp: Number(r.tp),
        engine: r.engine,
        shape: r.shape === EVERY_SHAPE ? null : r.shape,
        ttft: estimates.ttft ?? null,
        itl: estimates.itl ?? null,
        e2e: estimates.e2e ?? null,
        samples: Number(r.samples),
        updatedAt: toIso(r.updated_at),
      };
    });
  }
}

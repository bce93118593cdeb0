import {
  Deployment,
  Outcome,
  StoredCalibrationFactor,
} from '@internal/backstage-plugin-llm-planner-common';
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
  };
}

/** Deployments of plans, their measured outcomes and the calibration derived from them. */
export class DeploymentStore {
  constructor(private readonly knex: Knex) {}

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

  async listDeployments(filter: {
    planId?: string;
    entityRef?: string;
  }): Promise<Deployment[]> {
    const q = this.knex('deployments').orderBy('created_at', 'desc');
    if (filter.planId) q.where('plan_id', filter.planId);
    if (filter.entityRef) q.where('entity_ref', filter.entityRef);
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

  /** Every outcome of every deployment of one configuration, for calibration. */
  async outcomesForConfig(configKey: string): Promise<Outcome[]> {
    const rows = await this.knex('outcomes')
      .join('deployments', 'deployments.id', 'outcomes.deployment_id')
      .where('deployments.config_key', configKey)
      .select('outcomes.*');
    return rows.map(outcomeFromRow);
  }

  async setCalibration(
    f: Omit<StoredCalibrationFactor, 'updatedAt'>,
  ): Promise<void> {
    await this.knex('calibration_factors')
      .insert({
        model_id: f.modelId,
        gpu_id: f.gpuId,
        tp: f.tp,
        engine: f.engine,
        ttft_factor: f.ttftFactor,
        itl_factor: f.itlFactor,
        e2e_factor: f.e2eFactor,
        samples: f.samples,
        updated_at: new Date(),
      })
      .onConflict(['model_id', 'gpu_id', 'tp', 'engine'])
      .merge();
  }

  async listCalibration(): Promise<StoredCalibrationFactor[]> {
    const rows = await this.knex('calibration_factors').orderBy([
      'model_id',
      'gpu_id',
      'tp',
    ]);
    return rows.map(r => ({
      modelId: r.model_id,
      gpuId: r.gpu_id,
      tp: Number(r.tp),
      engine: r.engine,
      ttftFactor: r.ttft_factor === null ? null : Number(r.ttft_factor),
      itlFactor: r.itl_factor === null ? null : Number(r.itl_factor),
      e2eFactor: r.e2e_factor === null ? null : Number(r.e2e_factor),
      samples: Number(r.samples),
      updatedAt: toIso(r.updated_at),
    }));
  }
}

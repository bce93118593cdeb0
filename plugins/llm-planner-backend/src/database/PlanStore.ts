import {
  Intent,
  Plan,
  PLAN_TRANSITIONS,
  PlanStatus,
  ProvenanceKind,
  Recommendation,
  StoredPlan,
  Workload,
} from '@internal/backstage-plugin-llm-planner-common';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { fromJson, toIso, toIsoOrNull, toJson } from './rows';

type PlanBody = Omit<Plan, 'intent' | 'workload' | 'recommendations'> & {
  recommended: Recommendation | null;
};

function planColumns(plan: Plan) {
  const [recommended, ...alternatives] = plan.recommendations;
  const { intent, workload, recommendations: _all, ...rest } = plan;
  const body: PlanBody = { ...rest, recommended: recommended ?? null };
  return {
    intent: toJson(intent),
    workload: toJson(workload),
    slo: toJson(workload.slo),
    recommendation: toJson(body),
    alternatives: toJson(alternatives),
  };
}

function planFromRow(row: any): StoredPlan {
  const body = fromJson<PlanBody>(row.recommendation);
  const { recommended, ...rest } = body;
  const alternatives = fromJson<Recommendation[]>(row.alternatives);
  return {
    id: row.id,
    title: row.title,
    ownerUser: row.owner_user,
    ownerGroup: row.owner_group,
    status: row.status,
    version: Number(row.version),
    plan: {
      ...rest,
      intent: fromJson<Intent>(row.intent),
      workload: fromJson<Workload>(row.workload),
      recommendations: recommended
        ? [recommended, ...alternatives]
        : alternatives,
    },
    approvedBy: row.approved_by ?? null,
    approvedAt: toIsoOrNull(row.approved_at),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

/** The best recommendation of a plan, as much as a list of plans shows. */
export type PlanSummary = {
  modelId: string;
  hfId: string;
  gpuId: string;
  tp: number;
  precision: string;
  engine: string;
  replicas: number;
  gpus: number;
  /** `cost.perMonth` */
  perMonth: number;
  provenance: ProvenanceKind;
  confidence: number;
};

/**
 * A plan in a list: everything of {@link StoredPlan} but the plan itself, which is large
 * (tens of KB); its use case and best recommendation instead, null when none is feasible.
 */
export type PlanListItem = Omit<StoredPlan, 'plan'> & {
  useCase: string;
  summary: PlanSummary | null;
};

/** Columns a list reads: not the workload, SLO and alternatives. */
const LIST_COLUMNS = [
  'id',
  'title',
  'owner_user',
  'owner_group',
  'status',
  'version',
  'intent',
  'recommendation',
  'approved_by',
  'approved_at',
  'created_at',
  'updated_at',
];

function summaryOf(r: Recommendation | null | undefined): PlanSummary | null {
  if (!r) return null;
  return {
    modelId: r.modelId,
    hfId: r.hfId,
    gpuId: r.gpuId,
    tp: r.tp,
    precision: r.precision,
    engine: r.engine,
    replicas: r.replicas,
    gpus: r.gpus,
    perMonth: r.cost.perMonth,
    provenance: r.provenance,
    confidence: r.confidence,
  };
}

function listItemFromRow(row: any): PlanListItem {
  const body = fromJson<Pick<PlanBody, 'recommended'> | null>(
    row.recommendation,
  );
  return {
    id: row.id,
    title: row.title,
    ownerUser: row.owner_user,
    ownerGroup: row.owner_group,
    status: row.status,
    version: Number(row.version),
    useCase: fromJson<Intent>(row.intent).useCase,
    summary: summaryOf(body?.recommended),
    approvedBy: row.approved_by ?? null,
    approvedAt: toIsoOrNull(row.approved_at),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

/** Where a page of plans ends: the last plan's change time and id. */
export type PlanCursor = { updatedAt: string; id: string };

/** Plans and their lifecycle, with optimistic concurrency on `version`. */
export class PlanStore {
  constructor(private readonly knex: Knex) {}

  async create(input: {
    title: string;
    ownerUser: string;
    ownerGroup: string;
    plan: Plan;
  }): Promise<StoredPlan> {
    const now = new Date();
    const id = randomUUID();
    await this.knex('plans').insert({
      id,
      title: input.title,
      owner_user: input.ownerUser,
      owner_group: input.ownerGroup,
      status: 'draft',
      version: 1,
      ...planColumns(input.plan),
      created_at: now,
      updated_at: now,
    });
    return (await this.get(id))!;
  }

  async get(id: string): Promise<StoredPlan | undefined> {
    const row = await this.knex('plans').where({ id }).first();
    return row ? planFromRow(row) : undefined;
  }

  /**
   * One page of plans, newest change first, summarised. `after` is the last plan of the
   * previous page; plans changed while paging move to the front and are not repeated.
   */
  async list(
    filter: {
      ownerUser?: string;
      ownerGroups?: string[];
      status?: PlanStatus;
    },
    page: { limit: number; after?: PlanCursor },
  ): Promise<{ items: PlanListItem[]; next: PlanCursor | null }> {
    const q = this.knex('plans')
      .select(LIST_COLUMNS)
      .orderBy([
        { column: 'updated_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(page.limit + 1);
    if (filter.ownerUser) q.where('owner_user', filter.ownerUser);
    if (filter.ownerGroups) q.whereIn('owner_group', filter.ownerGroups);
    if (filter.status) q.where('status', filter.status);
    const after = page.after;
    if (after) {
      // Bound as a Date, as written, so both drivers compare like with like.
      const updatedAt = new Date(after.updatedAt);
      q.where(w =>
        w
          .where('updated_at', '<', updatedAt)
          .orWhere(same =>
            same
              .where('updated_at', '=', updatedAt)
              .andWhere('id', '<', after.id),
          ),
      );
    }
    const rows = await q;
    const items = rows.slice(0, page.limit).map(listItemFromRow);
    const last = items[items.length - 1];
    return {
      items,
      next:
        rows.length > page.limit && last
          ? { updatedAt: last.updatedAt, id: last.id }
          : null,
    };
  }

  /**
   * Writes a change if the caller saw the current version; otherwise 409 and nothing changes.
   */
  private async updateAt(
    id: string,
    expectedVersion: number,
    fromStatuses: PlanStatus[],
    columns: Record<string, unknown>,
  ): Promise<StoredPlan> {
    // Conditional on what the caller saw, so of concurrent writers of one version exactly
    // one succeeds and the others get 409.
    const updated = await this.knex('plans')
      .where({ id, version: expectedVersion })
      .whereIn('status', fromStatuses)
      .update({
        ...columns,
        version: expectedVersion + 1,
        updated_at: new Date(),
      });
    if (updated === 0) {
      const current = await this.get(id);
      if (!current) throw new NotFoundError(`No plan ${id}`);
      if (current.version === expectedVersion) {
        throw new ConflictError(
          `Plan ${id} is ${current.status}; it cannot change from that state`,
        );
      }
      throw new ConflictError(
        `Plan ${id} changed since version ${expectedVersion} (now version ${current.version}); reload it and try again`,
      );
    }
    return (await this.get(id))!;
  }

  /** New assumptions and their re-plan; an approved plan returns to draft. */
  updatePlan(
    id: string,
    expectedVersion: number,
    change: { title?: string; plan: Plan },
  ): Promise<StoredPlan> {
    return this.updateAt(id, expectedVersion, ['draft', 'approved'], {
      ...(change.title ? { title: change.title } : {}),
      ...planColumns(change.plan),
      status: 'draft',
      approved_by: null,
      approved_at: null,
    });
  }

  /** Moves a plan to `status` if it is at `expectedVersion` in a state that allows it. */
  setStatus(
    id: string,
    expectedVersion: number,
    status: PlanStatus,
    approvedBy?: string,
  ): Promise<StoredPlan> {
    const from = (Object.keys(PLAN_TRANSITIONS) as PlanStatus[]).filter(s =>
      PLAN_TRANSITIONS[s].includes(status),
    );
    return this.updateAt(id, expectedVersion, from, {
      status,
      ...(status === 'approved'
        ? { approved_by: approvedBy, approved_at: new Date() }
        : {}),
    });
  }
}

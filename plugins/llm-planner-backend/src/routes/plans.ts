import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  CreatePlanRequestSchema,
  planTitle,
  PlanListQuerySchema,
  PlanVersionRequestSchema,
  UpdatePlanRequestSchema,
  llmPlannerPlanApprovePermission,
  llmPlannerPlanCreatePermission,
  llmPlannerPlanReadPermission,
  llmPlannerPlanUpdatePermission,
  PLAN_TRANSITIONS,
  PlanStatus,
  StoredPlan,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { Request, Response } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { Caller, PlanPermission } from '../services/AccessControl';
import {
  AutoscalingRecommendation,
  decideForPlan,
} from '../services/autoscaling';
import { checkIntent } from '../services/checkIntent';
import { RouteDeps } from './types';
import { PlanCursor } from '../database/PlanStore';
import { parse, uuidParam } from './validate';

const CursorFields = z.tuple([z.iso.datetime(), z.uuid()]);

/** The opaque `nextCursor` of a page: base64url of the last plan's change time and id. */
export function encodeCursor(cursor: PlanCursor): string {
  return Buffer.from(JSON.stringify([cursor.updatedAt, cursor.id])).toString(
    'base64url',
  );
}

function decodeCursor(raw: string): PlanCursor {
  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    fields = undefined;
  }
  const parsed = CursorFields.safeParse(fields);
  if (!parsed.success) {
    throw new InputError(
      'Invalid cursor: pass the nextCursor of the previous page unchanged',
    );
  }
  return { updatedAt: parsed.data[0], id: parsed.data[1] };
}

/** The owning team of a new plan: the one named, or the caller's only team. */
function owningGroup(caller: Caller, requested: string | undefined): string {
  if (requested) return requested;
  const teams = caller.groups;
  if (teams.length === 1) return teams[0];
  if (teams.length === 0) {
    throw new InputError(
      `${caller.userRef} belongs to no team (catalog Group); a plan needs an owning team`,
    );
  }
  throw new InputError(
    `${caller.userRef} belongs to several teams (${teams.join(
      ', ',
    )}); say which one owns the plan in ownerGroup`,
  );
}

/** The plan of the `:id` parameter, if the policy lets the caller act on it (404, then 403). */
async function loadAuthorized(
  { access, plans }: RouteDeps,
  rawId: unknown,
  caller: Caller,
  permission: PlanPermission,
  action: string,
) {
  const id = uuidParam(rawId, 'plan id');
  const plan = await plans.get(id);
  if (!plan) throw new NotFoundError(`No plan ${id}`);
  await access.authorizePlan(caller, permission, plan, `${action} plan ${id}`);
  return plan;
}

/**
 * Checks state only once the caller may act on the plan, so others learn nothing of
 * it: a stale version is 409, a transition the state does not allow 400. The store's
 * update is conditional too, so of concurrent callers of one version only one wins.
 */
async function transition(
  { plans }: RouteDeps,
  plan: StoredPlan,
  caller: Caller,
  version: number,
  to: PlanStatus,
) {
  if (plan.version !== version) {
    throw new ConflictError(
      `Plan ${plan.id} changed since version ${version} (now version ${plan.version}, ${plan.status}); reload it and try again`,
    );
  }
  if (!PLAN_TRANSITIONS[plan.status].includes(to)) {
    throw new InputError(
      `Plan ${plan.id} is ${plan.status} and cannot become ${to}`,
    );
  }
  return plans.setStatus(plan.id, version, to, caller.userRef, plan);
}

/** A conversation a plan is created from must be the caller's own. */
async function checkConversationStarter(
  { chats }: RouteDeps,
  conversationId: string | undefined,
  caller: Caller,
) {
  if (!conversationId) return;
  const starter = await chats.starter(conversationId);
  if (starter !== caller.userRef) {
    throw new InputError(
      `No conversation ${conversationId} of ${caller.userRef}`,
    );
  }
}

async function createPlan(deps: RouteDeps, req: Request, res: Response) {
  const { access, plans, knowledge, chats } = deps;
  const caller = await access.caller(req);
  const body = parse(CreatePlanRequestSchema, req.body, 'plan');
  const ownerGroup = owningGroup(caller, body.ownerGroup);
  await access.authorizePlan(
    caller,
    llmPlannerPlanCreatePermission,
    { ownerGroup, status: 'draft' },
    `create plans for ${ownerGroup}`,
  );
  const { planner } = await knowledge.snapshot();
  checkIntent(planner, body.intent);
  const plan = await knowledge.plan(body.intent);
  await checkConversationStarter(deps, body.conversationId, caller);
  const stored = await access.audited(
    req,
    'plan-create',
    { ownerGroup },
    async () => {
      const created = await plans.create({
        title: body.title ?? planTitle(body.intent),
        ownerUser: caller.userRef,
        ownerGroup,
        plan,
      });
      if (body.conversationId) {
        await chats.attachToPlan(body.conversationId, created.id);
      }
      return created;
    },
  );
  res.status(201).json(stored);
}

// Summaries (use case, best configuration and cost), not whole plans: a plan is tens of KB.
async function listPlans(
  { access, plans }: RouteDeps,
  req: Request,
  res: Response,
) {
  const caller = await access.caller(req);
  const query = parse(PlanListQuerySchema, req.query, 'query');
  const { status, limit } = query;
  const page = {
    limit,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
  };
  let result;
  if (query.scope === 'mine') {
    result = await plans.list({ ownerUser: caller.userRef, status }, page);
  } else if (query.scope === 'all' && caller.isPlatform) {
    result = await plans.list({ status }, page);
  } else {
    result = await plans.list({ ownerGroups: caller.groups, status }, page);
  }
  res.json({
    items: result.items,
    nextCursor: result.next ? encodeCursor(result.next) : null,
  });
}

async function getPlan(deps: RouteDeps, req: Request, res: Response) {
  const caller = await deps.access.caller(req);
  res.json(
    await loadAuthorized(
      deps,
      req.params.id,
      caller,
      llmPlannerPlanReadPermission,
      'read',
    ),
  );
}

async function updatePlan(deps: RouteDeps, req: Request, res: Response) {
  const { access, plans, knowledge } = deps;
  const caller = await access.caller(req);
  const body = parse(UpdatePlanRequestSchema, req.body, 'plan update');
  const current = await loadAuthorized(
    deps,
    req.params.id,
    caller,
    llmPlannerPlanUpdatePermission,
    'change',
  );
  if (current.status === 'deployed' || current.status === 'retired') {
    throw new InputError(
      `Plan ${current.id} is ${current.status}; copy it into a new plan to change its assumptions`,
    );
  }
  const { planner } = await knowledge.snapshot();
  checkIntent(planner, body.intent);
  const plan = await knowledge.plan(body.intent);
  const updated = await access.audited(
    req,
    'plan-update',
    { planId: current.id },
    () =>
      plans.updatePlan(
        current.id,
        body.version,
        { title: body.title, plan },
        current,
      ),
  );
  res.json(updated);
}

/** Autoscaling decisions being made or made, a promise per plan version and knowledge base. */
type DecisionCache = Map<string, Promise<AutoscalingRecommendation>>;

// Plans carry no decision when stored (a decision is seconds of simulation, too much for
// every create); it is derived here from the plan and the knowledge base, deterministically,
// in a worker thread, and kept per plan version and knowledge base. Plans stored with one keep it.
async function getAutoscaling(
  deps: RouteDeps,
  autoscaling: DecisionCache,
  req: Request,
  res: Response,
) {
  const caller = await deps.access.caller(req);
  const plan = await loadAuthorized(
    deps,
    req.params.id,
    caller,
    llmPlannerPlanReadPermission,
    'read',
  );
  if (!plan.plan.recommendations.length) {
    throw new InputError(
      `Plan ${plan.id} has no feasible recommendation to scale`,
    );
  }
  if (plan.plan.autoscaling) {
    res.json(plan.plan.autoscaling);
    return;
  }
  // the etag and the engine of one snapshot, so the key names the version answered from
  const { etag, planner } = await deps.knowledge.snapshot();
  const key = `${plan.id}:${plan.version}:${etag}`;
  let answer = autoscaling.get(key);
  if (!answer) {
    answer = decideForPlan(planner.engine, plan.plan);
    if (autoscaling.size > 200) autoscaling.clear();
    autoscaling.set(key, answer);
    answer.catch(() => autoscaling.delete(key));
  }
  res.json(await answer);
}

async function approvePlan(deps: RouteDeps, req: Request, res: Response) {
  const { access } = deps;
  const caller = await access.caller(req);
  const id = uuidParam(req.params.id, 'plan id');
  const { version } = parse(PlanVersionRequestSchema, req.body, 'approval');
  const updated = await access.audited(
    req,
    'plan-approve',
    { planId: id },
    async () => {
      const current = await loadAuthorized(
        deps,
        id,
        caller,
        llmPlannerPlanApprovePermission,
        'approve',
      );
      if (
        current.version === version &&
        current.status === 'draft' &&
        !current.plan.recommendations.length
      ) {
        throw new InputError(
          `Plan ${current.id} has no feasible recommendation to approve; change its assumptions first`,
        );
      }
      return transition(deps, current, caller, version, 'approved');
    },
  );
  res.json(updated);
}

async function retirePlan(deps: RouteDeps, req: Request, res: Response) {
  const { access } = deps;
  const caller = await access.caller(req);
  const id = uuidParam(req.params.id, 'plan id');
  const { version } = parse(PlanVersionRequestSchema, req.body, 'retirement');
  const updated = await access.audited(
    req,
    'plan-retire',
    { planId: id },
    async () =>
      transition(
        deps,
        await loadAuthorized(
          deps,
          id,
          caller,
          llmPlannerPlanUpdatePermission,
          'retire',
        ),
        caller,
        version,
        'retired',
      ),
  );
  res.json(updated);
}

export function plansRouter(deps: RouteDeps) {
  const router = Router();
  router.post('/v1/plans', (req, res) => createPlan(deps, req, res));
  router.get('/v1/plans', (req, res) => listPlans(deps, req, res));
  router.get('/v1/plans/:id', (req, res) => getPlan(deps, req, res));
  router.put('/v1/plans/:id', (req, res) => updatePlan(deps, req, res));
  // a promise per key, so concurrent requests for one plan share one simulation
  const autoscaling: DecisionCache = new Map();
  router.get('/v1/plans/:id/autoscaling', (req, res) =>
    getAutoscaling(deps, autoscaling, req, res),
  );
  router.post('/v1/plans/:id/approve', (req, res) =>
    approvePlan(deps, req, res),
  );
  router.post('/v1/plans/:id/retire', (req, res) => retirePlan(deps, req, res));
  return router;
}

import type { Intent } from '../engine';

/** The plugin id shared by every package of the planner. @public */
export const LLM_PLANNER_PLUGIN_ID = 'llm-planner';

/** Annotation on a catalog Component that links it to the plan it was deployed from. @public */
export const LLM_PLANNER_PLAN_ANNOTATION = 'llm-planner.io/plan-id';

// the plan-status vocabulary lives in its registry; re-exported where the API types always were
export type { PlanStatus } from '../registry/planStatuses';
export { PLAN_TRANSITIONS } from '../registry/planStatuses';

/** The Group whose members curate benchmarks and catalogs unless `llmPlanner.platformTeam` says otherwise. @public */
export const DEFAULT_PLATFORM_TEAM = 'group:default/platform-team';

/** Which extractor answered a chat turn: the configured LLM, or the rule-based fallback. @public */
export type ExtractorName = 'ollama' | 'rules';

/** What the chat understood from a conversation. @public */
export type ChatExtraction = {
  /** The refined intent: the current one with this turn's information applied. */
  intent: Partial<Intent>;
  /** Essential information still missing or ambiguous: `useCase`, `users`, `usersMean`. */
  missing: string[];
  /** The one question the reply asks, when something essential is missing. */
  clarifyingQuestion?: string;
  /** Friendly text for the user: what was understood, the assumptions, the question. */
  reply: string;
  extractor: ExtractorName;
  /** Ignored mentions, dropped values, unknown models and GPUs, interpretation details. */
  notes: string[];
  /** What the extractor assumed (the engine's templates fill whatever is left undefined). */
  assumptions: string[];
  /** Monthly budget the user mentioned, in US dollars (also in `intent.budget.usdPerMonth`). */
  budgetUsdPerMonth?: number;
  /** How latency words of the conversation were read ("fast" = tight, "can wait" = relaxed). */
  latency?: 'tight' | 'relaxed';
};

/** The final line of a chat stream. @public */
export type ChatResult = ChatExtraction & {
  type: 'result';
  conversationId: string;
  /** Why the rule-based extractor answered instead of the configured LLM. */
  fallbackReason?: string;
};

/** One NDJSON line of `POST /v1/chat`. @public */
export type ChatEvent =
  | { type: 'token'; text: string }
  | ChatResult
  | { type: 'error'; message: string };

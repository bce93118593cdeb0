import type { RootConfigService } from '@backstage/backend-plugin-api';
import { DEFAULT_OLLAMA_TIMEOUT_MS } from './ollama';

/** The chat's configuration (`llmPlanner.ollama`). */
export type ChatConfig = {
  ollama?: { baseUrl: string; model: string; timeoutMs?: number };
};

/**
 * Reads a Backstage `Config` (the root config service or any `@backstage/config` Config),
 * `llmPlanner.ollama.{baseUrl, model, timeoutMs}`. Without the block the chat uses the
 * rule-based extractor; with it, `baseUrl` and `model` are required.
 */
export function readChatConfig(
  config: Pick<RootConfigService, 'getOptionalConfig'>,
): ChatConfig {
  const o = config.getOptionalConfig('llmPlanner.ollama');
  if (!o) return {};
  const baseUrl = o.getString('baseUrl').replace(/\/+$/, '');
  const model = o.getString('model');
  const timeoutMs =
    o.getOptionalNumber('timeoutMs') ?? DEFAULT_OLLAMA_TIMEOUT_MS;
  if (!(timeoutMs > 0))
    throw new Error(
      `llmPlanner.ollama.timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`,
    );
  return { ollama: { baseUrl, model, timeoutMs } };
}

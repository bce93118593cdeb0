import type { Intent } from '@llm-planner/backstage-plugin-llm-planner-common';
import { RuleIntentExtractor } from '../chat/rules';
import type { ChatMessage, ExtractionResult } from '../chat/types';
import { seedKnowledgeBase } from './fixtures';

let seeded: RuleIntentExtractor | undefined;

/** The rule-based extractor over the seed catalog, built once per test file. */
export function seedRuleExtractor(): RuleIntentExtractor {
  if (!seeded) {
    const kb = seedKnowledgeBase();
    seeded = new RuleIntentExtractor({
      models: kb.models,
      gpus: kb.gpus,
      sloTemplates: kb.sloTemplates,
    });
  }
  return seeded;
}

/**
 * Says the turns to the extractor as the frontend does (each turn with the intent the previous
 * one left, the chat's replies in between) and returns the last extraction. Shared by the unit
 * tests and the extraction benchmark.
 */
export function replayConversation(
  extractor: RuleIntentExtractor,
  turns: string[],
): ExtractionResult {
  const messages: ChatMessage[] = [];
  let intent: Partial<Intent> = {};
  let r: ExtractionResult | undefined;
  for (const t of turns) {
    messages.push({ role: 'user', content: t });
    r = extractor.extractSync(messages, intent);
    intent = r.intent;
    messages.push({ role: 'assistant', content: r.reply });
  }
  return r!;
}

/** The turns said to the rule-based chat over the seed catalog. */
export function sayToRules(...turns: string[]): ExtractionResult {
  return replayConversation(seedRuleExtractor(), turns);
}

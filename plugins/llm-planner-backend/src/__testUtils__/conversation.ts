import type { Intent } from '@llm-planner/backstage-plugin-llm-planner-common';
import { RuleIntentExtractor } from '../chat/rules';
import type { ChatMessage, ExtractionResult } from '../chat/types';
import { seedKnowledgeBase } from './fixtures';

let extractor: RuleIntentExtractor | undefined;

/** The rule-based extractor over the seed catalog, built once per test file. */
export function seedRuleExtractor(): RuleIntentExtractor {
  if (!extractor) {
    const kb = seedKnowledgeBase();
    extractor = new RuleIntentExtractor({
      models: kb.models,
      gpus: kb.gpus,
      sloTemplates: kb.sloTemplates,
    });
  }
  return extractor;
}

/**
 * Says the turns to the rule-based chat as the frontend does (each turn with the intent the
 * previous one left, the chat's replies in between) and returns the last extraction.
 */
export function sayToRules(...turns: string[]): ExtractionResult {
  const rules = seedRuleExtractor();
  const messages: ChatMessage[] = [];
  let intent: Partial<Intent> = {};
  let r: ExtractionResult | undefined;
  for (const t of turns) {
    messages.push({ role: 'user', content: t });
    r = rules.extractSync(messages, intent);
    intent = r.intent;
    messages.push({ role: 'assistant', content: r.reply });
  }
  return r!;
}

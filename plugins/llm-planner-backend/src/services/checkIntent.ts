import { InputError } from '@backstage/errors';
import {
  Intent,
  Planner,
} from '@llm-planner/backstage-plugin-llm-planner-common';

/** 400 for an intent naming a model, GPU or use case the catalogs do not know. */
export function checkIntent(planner: Planner, intent: Intent): void {
  const { engine } = planner;
  if (intent.model && !engine.resolveModel(intent.model)) {
    throw new InputError(`Unknown model "${intent.model}"`);
  }
  if (intent.gpu && !engine.resolveGpu(intent.gpu)) {
    throw new InputError(`Unknown GPU "${intent.gpu}"`);
  }
  if (!engine.kb.sloTemplates.some(t => t.id === intent.useCase)) {
    throw new InputError(
      `Unknown use case "${intent.useCase}"; known: ${engine.kb.sloTemplates
        .map(t => t.id)
        .join(', ')}`,
    );
  }
}

import type {
  ActionContext,
  TemplateAction,
  TemplateActionOptions,
} from '@backstage/plugin-scaffolder-node';

/** A JSON value as action inputs and outputs hold them (`@backstage/types` is not a dependency). */
type JsonField = Parameters<TemplateAction['handler']>[0]['input'][string];

/**
 * Field-by-field zod callbacks of an action's input or output, as `createTemplateAction` takes
 * them. Declaring a schema `satisfies FieldSchemas` types its `z` without importing zod, so the
 * schema can sit next to the action and its handler can be a named function.
 */
export type FieldSchemas = NonNullable<
  NonNullable<TemplateActionOptions['schema']>['input']
>;

/** What each field of a {@link FieldSchemas} parses to (zod's output type). */
type FieldValues<S> = {
  [K in keyof S]: S[K] extends (...args: any[]) => {
    _output: infer O extends JsonField;
  }
    ? O
    : never;
};

/** The handler context `createTemplateAction` gives an action with these input and output schemas. */
export type ActionContextOf<I, O> = ActionContext<
  FieldValues<I>,
  FieldValues<O>
>;

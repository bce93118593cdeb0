import { InputError } from '@backstage/errors';
import { z } from 'zod';

/** Parses request input or answers 400 naming each invalid field. */
export function parse<T extends z.ZodType>(
  schema: T,
  value: unknown,
  what: string,
): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues
      .map(i => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new InputError(`Invalid ${what}: ${issues}`);
  }
  return result.data;
}

const Uuid = z.uuid();

/**
 * Checks a path parameter that names a stored row before any query sees it, so a malformed
 * id is a 400 on every database (Postgres would otherwise fail the `uuid` cast with a 500).
 * `what` names the parameter, e.g. `plan id` → "Invalid plan id: must be a UUID".
 */
export function uuidParam(value: unknown, what: string): string {
  const result = Uuid.safeParse(value);
  if (!result.success) {
    throw new InputError(`Invalid ${what}: must be a UUID`);
  }
  return result.data;
}

// C0 control characters except tab, line feed and carriage return, plus DEL. Postgres
// refuses NUL in text columns outright, and none of them belong in a title or message.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Describes the first control character of `text`, e.g. `U+0000`. */
function firstControlCharacter(text: string): string | undefined {
  const match = CONTROL_CHARACTER.exec(text);
  if (!match) return undefined;
  return `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Free text from a request body: trimmed, at most `max` characters and no control
 * characters other than tab and line breaks. Chain `.min(1)` or `.optional()` as the field
 * needs; the refusal names the field through {@link parse}.
 */
export function safeText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .check(ctx => {
      const found = firstControlCharacter(ctx.value);
      if (found) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: `must not contain control characters (found ${found})`,
        });
      }
    });
}

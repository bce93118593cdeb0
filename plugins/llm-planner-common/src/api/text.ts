import { z } from 'zod';

// C0 control characters except tab, line feed and carriage return, plus DEL. Postgres
// refuses NUL in text columns outright, and none of them belong in a title or message.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Describes the first control character of `text`, e.g. `U+0000`. @public */
export function firstControlCharacter(text: string): string | undefined {
  const match = CONTROL_CHARACTER.exec(text);
  if (!match) return undefined;
  return `U+${match[0]
    .charCodeAt(0)
    .toString(16)
    .toUpperCase()
    .padStart(4, '0')}`;
}

/**
 * Free text from a request body: trimmed, at most `max` characters and no control
 * characters other than tab and line breaks. Chain `.min(1)` or `.optional()` as the field
 * needs.
 * @public
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

const KB = 1024;
const MB = 1024 * KB;

/** JSON body limits: small for the chat, 1 MB for the API, configurable for imports. @public */
export const BODY_LIMITS = {
  chat: 64 * KB,
  api: 1 * MB,
  /** Default of `llmPlanner.imports.maxBodyBytes`: 100k CSV rows are about 40 MB. */
  imports: 50 * MB,
};

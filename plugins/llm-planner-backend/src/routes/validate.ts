import { InputError } from '@backstage/errors';
import express from 'express';
import {
  BODY_LIMITS,
  firstControlCharacter,
  safeText,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { z } from 'zod';

// the API's limits and free-text rule belong to the contract in -common
export { BODY_LIMITS, safeText };

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

/**
 * Refuses a parsed body with a control character in any of its strings (or keys), naming
 * where, e.g. "Invalid model: notes: must not contain control characters (found U+0000)".
 * For catalog entries whose many text fields come from a shared schema.
 */
export function refuseControlCharacters(value: unknown, what: string): void {
  const walk = (node: unknown, path: string[]): void => {
    if (typeof node === 'string') {
      const found = firstControlCharacter(node);
      if (found) {
        throw new InputError(
          `Invalid ${what}: ${
            path.join('.') || '(root)'
          }: must not contain control characters (found ${found})`,
        );
      }
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, String(i)]));
    } else if (node && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        walk(key, path);
        walk(item, [...path, key]);
      }
    }
  };
  walk(value, []);
}

const KB = 1024;
const MB = 1024 * KB;

function describeBytes(bytes: number): string {
  if (bytes >= MB && bytes % MB === 0) return `${bytes / MB} MB`;
  if (bytes >= KB && bytes % KB === 0) return `${bytes / KB} KB`;
  return `${bytes} bytes`;
}

/**
 * Parses JSON bodies up to `limit` bytes. Body-parser failures (too large, malformed JSON,
 * unsupported charset) are answered here as `{ error: { name, message } }` with their own
 * status: the backend's error handler would copy every property of the body-parser error,
 * including the rejected body, and its stack in development.
 */
export function jsonBody(
  limit: number,
  route?: string,
): (express.RequestHandler | express.ErrorRequestHandler)[] {
  const parser = express.json({ limit });
  const refusal: express.ErrorRequestHandler = (error, req, res, next) => {
    const where = route ?? req.path;
    const type = typeof error?.type === 'string' ? error.type : undefined;
    const status = Number(error?.status ?? error?.statusCode);
    if (!type || !(status >= 400 && status < 500)) {
      next(error);
      return;
    }
    let name = 'InputError';
    let message = `Request body of ${where} is not valid JSON`;
    if (type === 'entity.too.large') {
      name = 'PayloadTooLargeError';
      message = `Request body is larger than the ${describeBytes(
        limit,
      )} allowed for ${where}`;
    } else if (
      type === 'encoding.unsupported' ||
      type === 'charset.unsupported'
    ) {
      name = 'UnsupportedMediaTypeError';
      message = `Request body of ${where} must be UTF-8 JSON`;
    } else if (type !== 'entity.parse.failed') {
      message = `Request body of ${where} could not be read`;
    }
    res.status(status).json({
      error: { name, message },
      request: { method: req.method, url: req.originalUrl },
      response: { statusCode: status },
    });
  };
  return [parser, refusal];
}

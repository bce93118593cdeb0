import {
  BODY_LIMITS,
  LLM_PLANNER_API,
  RouteSpec,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { z } from 'zod';

/** Request schemas as a caller writes them (defaults optional); answers as they arrive. */
const schemaOf = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' });

/** A route's statuses with their bodies; 400, 401 and 413 follow from its input. */
function responsesOf(route: RouteSpec) {
  const hasInput = Boolean(route.body || route.query || route.params);
  const implied: Record<number, { description: string }> = {};
  if (hasInput) {
    implied[400] = {
      description: 'Invalid input; the message names each invalid field',
    };
  }
  if (route.body) {
    implied[413] = {
      description: `Request body larger than ${
        (route.maxBodyBytes ?? BODY_LIMITS.api) / 1024
      } KB`,
    };
  }
  if (!route.public) {
    implied[401] = { description: 'No or invalid Backstage credentials' };
  }
  const declared = Object.fromEntries(
    Object.entries(route.responses).map(([status, spec]) => [
      status,
      {
        description: spec.description,
        ...(spec.schema
          ? {
              content: {
                [spec.contentType ?? 'application/json']: {
                  schema: schemaOf(spec.schema, 'output'),
                },
              },
            }
          : {}),
      },
    ]),
  );
  return { ...implied, ...declared };
}

function parametersOf(route: RouteSpec) {
  const inPath = Object.entries(route.params?.shape ?? {}).map(([name, s]) => ({
    name,
    in: 'path',
    required: true,
    schema: schemaOf(s as z.ZodType, 'input'),
  }));
  const inQuery = Object.entries(route.query?.shape ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: !(s as z.ZodType).safeParse(undefined).success,
    schema: schemaOf(s as z.ZodType, 'input'),
  }));
  return [...inPath, ...inQuery];
}

/** One operation of the document, from one route of the contract. */
function operationOf(operationId: string, route: RouteSpec) {
  const parameters = parametersOf(route);
  return {
    operationId,
    summary: route.summary,
    ...(route.public ? { security: [] } : {}),
    ...(route.body
      ? { 'x-max-body-bytes': route.maxBodyBytes ?? BODY_LIMITS.api }
      : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: schemaOf(route.body, 'input') },
            },
          },
        }
      : {}),
    responses: responsesOf(route),
  };
}

/**
 * The OpenAPI 3.1 document of the API, generated from the contract in -common: the request
 * schemas the routes validate with and the response schemas the client is typed with.
 */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, route] of Object.entries(
    LLM_PLANNER_API as Record<string, RouteSpec>,
  )) {
    paths[route.path] ??= {};
    paths[route.path][route.method] = operationOf(operationId, route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'llm-planner',
      version: '1',
      description:
        'Plan, deploy and measure LLM inference services. See docs/api.md. Errors answer `{ error: { name, message } }`.',
    },
    servers: [{ url: '/api/llm-planner' }],
    components: {
      securitySchemes: { backstage: { type: 'http', scheme: 'bearer' } },
    },
    security: [{ backstage: [] }],
    paths,
  };
}

import { isError, NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  ChatEvent,
  ChatRequestSchema,
  KnowledgeBase,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Router from 'express-promise-router';
import { randomUUID } from 'node:crypto';
import {
  ChatConfig,
  ChatService,
  createChatService,
  IntentExtractor,
} from '../chat';
import { RouteDeps } from './types';
import { parse, uuidParam } from './validate';

/** Errors whose message is written for the person asking; anything else is internal. */
const USER_FACING_ERRORS = new Set([
  'InputError',
  'NotAllowedError',
  'NotFoundError',
  'ConflictError',
]);

/**
 * What the stream's error line says: the message of a user-facing error, otherwise a
 * generic sentence. Driver errors quote the SQL they ran and must not reach the browser.
 */
export function chatErrorMessage(error: unknown): string {
  if (isError(error) && USER_FACING_ERRORS.has(error.name)) {
    return error.message;
  }
  return 'The assistant could not answer this message; please try again. The error was logged.';
}

/**
 * `POST /v1/chat` streams the assistant's reply as NDJSON (`token` lines, then one `result`
 * line with the structured intent), so the page can show text as it is written.
 */
export function chatRouter(
  deps: RouteDeps & {
    chatConfig: ChatConfig;
    /** a backend module's extractor, used instead of Ollama */
    intentExtractor?: IntentExtractor;
  },
) {
  const { access, chats, knowledge, logger } = deps;
  const router = Router();
  // The chat resolves model and GPU names against the catalogs the planner uses now.
  const services = new WeakMap<KnowledgeBase, ChatService>();
  async function chatService(): Promise<ChatService> {
    const { kb } = (await knowledge.planner()).engine;
    let service = services.get(kb);
    if (!service) {
      service = createChatService({
        config: deps.chatConfig,
        models: kb.models,
        gpus: kb.gpus,
        sloTemplates: kb.sloTemplates,
        logger,
        extractor: deps.intentExtractor,
      });
      services.set(kb, service);
    }
    return service;
  }

  async function ownConversation(conversationId: string, userRef: string) {
    const starter = await chats.starter(conversationId);
    if (!starter) throw new NotFoundError(`No conversation ${conversationId}`);
    if (starter !== userRef) {
      throw new NotAllowedError(
        `Conversation ${conversationId} belongs to ${starter}`,
      );
    }
  }

  router.post('/v1/chat', async (req, res) => {
    const caller = await access.caller(req);
    const body = parse(ChatRequestSchema, req.body, 'chat message');
    const conversationId = body.conversationId ?? randomUUID();
    if (body.conversationId)
      await ownConversation(conversationId, caller.userRef);
    const history = body.conversationId ? await chats.list(conversationId) : [];
    const service = await chatService();

    const abort = new AbortController();
    res.on('close', () => abort.abort());
    res.status(200).set({
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      'Cache-Control': 'no-cache',
      'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    const line = (event: ChatEvent) => res.write(`${JSON.stringify(event)}\n`);

    try {
      await chats.add(conversationId, {
        role: 'user',
        author: caller.userRef,
        content: body.message,
        extractor: null,
        intent: null,
      });
      const messages = [
        ...history.map(m => ({ role: m.role, content: m.content })),
        { role: 'user' as const, content: body.message },
      ];
      const result = await service.respond(messages, body.intent ?? {}, {
        signal: abort.signal,
        onToken: text => line({ type: 'token', text }),
      });
      await chats.add(conversationId, {
        role: 'assistant',
        author: 'assistant',
        content: result.reply,
        extractor: result.extractor,
        intent: result.intent,
      });
      line({ type: 'result', conversationId, ...result });
    } catch (error) {
      if (abort.signal.aborted) {
        logger.info(`Chat ${conversationId} ended: the client went away`);
      } else {
        logger.error(
          `Chat ${conversationId} failed`,
          isError(error) ? error : new Error(String(error)),
        );
      }
      line({ type: 'error', message: chatErrorMessage(error) });
    }
    res.end();
  });

  router.get('/v1/chat/:conversationId', async (req, res) => {
    const caller = await access.caller(req);
    const conversationId = uuidParam(
      req.params.conversationId,
      'conversation id',
    );
    await ownConversation(conversationId, caller.userRef);
    res.json({ items: await chats.list(conversationId) });
  });

  return router;
}

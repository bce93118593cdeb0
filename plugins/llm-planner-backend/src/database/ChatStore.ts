import { Intent } from '@llm-planner/backstage-plugin-llm-planner-common';
import { Knex } from 'knex';
import { fromJson, toIso, toJson } from './rows';

export type StoredChatMessage = {
  role: 'user' | 'assistant';
  author: string;
  content: string;
  extractor: 'ollama' | 'rules' | null;
  intent: Partial<Intent> | null;
  createdAt: string;
};

/** Planning conversations; attached to the plan created from them. */
export class ChatStore {
  constructor(private readonly knex: Knex) {}

  async add(
    conversationId: string,
    message: Omit<StoredChatMessage, 'createdAt'>,
  ): Promise<void> {
    await this.knex('chat_messages').insert({
      conversation_id: conversationId,
      author: message.author,
      role: message.role,
      content: message.content,
      extractor: message.extractor,
      intent: message.intent ? toJson(message.intent) : null,
      created_at: new Date(),
    });
  }

  async list(conversationId: string): Promise<StoredChatMessage[]> {
    const rows = await this.knex('chat_messages')
      .where({ conversation_id: conversationId })
      .orderBy('id');
    return rows.map(r => ({
      role: r.role,
      author: r.author,
      content: r.content,
      extractor: r.extractor ?? null,
      intent: r.intent ? fromJson<Partial<Intent>>(r.intent) : null,
      createdAt: toIso(r.created_at),
    }));
  }

  /** Who started the conversation (its first user message), if it exists. */
  async starter(conversationId: string): Promise<string | undefined> {
    const row = await this.knex('chat_messages')
      .where({ conversation_id: conversationId, role: 'user' })
      .orderBy('id')
      .first('author');
    return row?.author;
  }

  async attachToPlan(conversationId: string, planId: string): Promise<void> {
    await this.knex('chat_messages')
      .where({ conversation_id: conversationId })
      .update({ plan_id: planId });
  }
}

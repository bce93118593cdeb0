import { FILLER_VOCABULARY_SIZE, fillerTokenJson } from './tokenizer';

export type CompletionKind = 'chat' | 'completion';

/**
 * What follows a response's constant chunk head for the `index`-th token, as bytes. Tokens
 * repeat with the filler vocabulary's period, so every tail is built once per process.
 */
const tails: Record<CompletionKind | 'chatFirst', Buffer[]> = {
  chat: [],
  chatFirst: [],
  completion: [],
};

const TAIL_TEXT: Record<keyof typeof tails, (tokenJson: string) => string> = {
  chatFirst: token =>
    `"delta":{"role":"assistant","content":${token}},"logprobs":null,"finish_reason":null}]}\n\n`,
  chat: token =>
    `"delta":{"content":${token}},"logprobs":null,"finish_reason":null}]}\n\n`,
  completion: token =>
    `"text":${token},"logprobs":null,"finish_reason":null,"stop_reason":null}]}\n\n`,
};

function tokenTail(kind: CompletionKind, index: number): Buffer {
  const variant = kind === 'chat' && index === 0 ? 'chatFirst' : kind;
  const slot = index % FILLER_VOCABULARY_SIZE;
  const cached = tails[variant][slot];
  if (cached) return cached;
  const tail = Buffer.from(TAIL_TEXT[variant](fillerTokenJson(index)), 'utf8');
  tails[variant][slot] = tail;
  return tail;
}

/**
 * The SSE body of one streamed completion, built as bytes. Token events that are generated
 * before the next write are collected and taken as one buffer, so a write never converts or
 * flattens strings (which cost more CPU than the whole scheduler at high request rates).
 */
export class SseBody {
  private parts: Buffer[] = [];
  private bytes = 0;

  /** `head`: an event of this response up to `"choices":[{"index":0,` (from `data: {` on). */
  constructor(
    private readonly kind: CompletionKind,
    private readonly head: Buffer,
  ) {}

  /** Appends the event of the `index`-th generated token. */
  token(index: number) {
    const tail = tokenTail(this.kind, index);
    this.parts.push(this.head, tail);
    this.bytes += this.head.length + tail.length;
  }

  /** Appends the last chunk (finish reason), an optional usage event and `[DONE]`. */
  finish(finishReason: string, usageEvent: string | undefined) {
    const last =
      this.kind === 'chat'
        ? `"delta":{},"logprobs":null,"finish_reason":"${finishReason}"}]}\n\n`
        : `"text":"","logprobs":null,"finish_reason":"${finishReason}","stop_reason":null}]}\n\n`;
    const rest = Buffer.from(
      `${last}${usageEvent ? `data: ${usageEvent}\n\n` : ''}data: [DONE]\n\n`,
      'utf8',
    );
    this.parts.push(this.head, rest);
    this.bytes += this.head.length + rest.length;
  }

  get isEmpty(): boolean {
    return this.bytes === 0;
  }

  /** Everything appended since the last call, as one buffer (empty when nothing was). */
  take(): Buffer {
    const out = Buffer.concat(this.parts, this.bytes);
    this.parts = [];
    this.bytes = 0;
    return out;
  }
}

import { Prng, createPrng } from '../timing/prng';

/**
 * Prompt sources. Synthetic prompts are made of short common English words, so that one word
 * is one token for BPE tokenizers and for the simulator's approximate tokenizer: a prompt of N
 * words is ~N tokens against vLLM too (real tokenizers may differ by a few percent).
 */
const WORDS = (
  'time year people way day man thing woman life child world school state family ' +
  'group country problem hand part place case week company system program question ' +
  'work number night point home water room mother area money story fact month lot ' +
  'right study book eye job word issue side kind head house friend father power hour ' +
  'game line end member law car city name team minute idea kid body back parent face ' +
  'others level office door health person art war party result change morning reason ' +
  'girl guy moment air teacher force'
)
  .split(' ')
  .filter(w => w.length <= 6);

/** A small built-in set of chat-style prompts (GuideLLM-like "emulated" data). */
export const BUILTIN_PROMPTS = [
  'Explain in simple terms how a transformer language model generates text one token at a time.',
  'Write a short story about a lighthouse keeper who finds a message in a bottle.',
  'Summarise the main causes of the French Revolution in a few paragraphs.',
  'What are the trade-offs between latency and throughput when serving a large language model?',
  'Give me a recipe for a vegetarian lasagne and explain each step.',
  'Describe how Kubernetes schedules pods onto nodes and what happens when a node fails.',
  'Compare Python and TypeScript for building a backend service, with examples.',
  'Write a polite email asking a colleague to review a pull request before Friday.',
];

/** A prompt of `tokens` words, varied by `index` so requests do not share a prefix. */
export function syntheticPrompt(
  tokens: number,
  index: number,
  prng?: Prng,
): string {
  const rnd = prng ?? createPrng(index + 1);
  const words: string[] = [];
  for (let i = 0; i < tokens; i++) {
    words.push(WORDS[Math.floor(rnd.next() * WORDS.length)]);
  }
  return words.join(' ');
}

export type PromptSpec = {
  /** Prompt tokens per request; without it prompts come from the built-in set. */
  inputTokens?: number;
  /** Output tokens requested per request (`max_tokens`). */
  outputTokens: number;
  seed?: number;
};

export type PromptItem = {
  prompt: string;
  inputTokens?: number;
  maxTokens: number;
};

/** Deterministic source of prompts for request `index`. */
export function createPromptSource(
  spec: PromptSpec,
): (index: number) => PromptItem {
  const prng = createPrng((spec.seed ?? 0) + 7);
  return index => {
    if (spec.inputTokens !== undefined) {
      return {
        prompt: syntheticPrompt(spec.inputTokens, index, prng),
        inputTokens: spec.inputTokens,
        maxTokens: spec.outputTokens,
      };
    }
    return {
      prompt: BUILTIN_PROMPTS[index % BUILTIN_PROMPTS.length],
      maxTokens: spec.outputTokens,
    };
  };
}

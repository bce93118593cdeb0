import type { Intent } from '@llm-planner/backstage-plugin-llm-planner-common';
import { useApi } from '@backstage/frontend-plugin-api';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { errorMessage, llmPlannerApiRef } from '../../api/LlmPlannerClient';
import type { ChatResult } from '../../api/types';
import {
  replyWithoutNotes,
  UnknownModelNotice,
  unknownModelNotes,
  unknownModelsOf,
} from './UnknownModelNotice';

type Message = {
  role: 'user' | 'assistant';
  content: string;
  streaming?: boolean;
  result?: ChatResult;
  error?: string;
};

const STARTERS = [
  'A customer-support chatbot for 2,000 employees; answers should start within a second',
  'Code completion for 300 developers, suggestions in under 200 ms',
  'Summarise long documents, about 5 requests per second at peak',
];

const MISSING_SUGGESTIONS: Record<string, string[]> = {
  usersMean: [
    'They are all the people who may use it',
    'They are concurrent users',
    'That is requests per second',
  ],
  users: ['About 500 users', 'Around 20 requests per second at peak'],
  useCase: [
    'It is a customer-service chatbot',
    'It is for code completion',
    'It answers questions over our documents (RAG)',
  ],
};

/** The planning conversation: streamed replies, extractor chip, clarifying questions. */
export function ChatPanel(props: {
  intent: Partial<Intent>;
  onResult: (result: ChatResult) => void;
  /** pins a catalog model the unknown-model notice suggests */
  onPickModel?: (modelId: string) => void;
  conversationId?: string;
}) {
  const { intent, onResult, onPickModel } = props;
  const api = useApi(llmPlannerApiRef);
  const [messages, setMessages] = useState<Message[]>([]);
  const [input, setInput] = useState('');
  const [busy, setBusy] = useState(false);
  const [conversationId, setConversationId] = useState(props.conversationId);
  const abort = useRef<AbortController>();
  const logRef = useRef<HTMLDivElement>(null);

  useEffect(() => () => abort.current?.abort(), []);
  useEffect(() => {
    const el = logRef.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [messages]);

  const updateLast = (f: (m: Message) => Message) =>
    setMessages(ms => [...ms.slice(0, -1), f(ms[ms.length - 1])]);

  const send = async (text: string) => {
    const message = text.trim();
    if (!message || busy) return;
    setInput('');
    setBusy(true);
    setMessages(ms => [
      ...ms,
      { role: 'user', content: message },
      { role: 'assistant', content: '', streaming: true },
    ]);
    abort.current = new AbortController();
    try {
      const result = await api.chat(
        { message, conversationId, intent },
        event => {
          if (event.type === 'token')
            updateLast(m => ({ ...m, content: m.content + event.text }));
        },
        abort.current.signal,
      );
      setConversationId(result.conversationId);
      updateLast(m => ({
        ...m,
        content: m.content || result.reply,
        streaming: false,
        result,
      }));
      onResult(result);
    } catch (e) {
      updateLast(m => ({ ...m, streaming: false, error: errorMessage(e) }));
    } finally {
      setBusy(false);
    }
  };

  const last = messages[messages.length - 1];
  const missing = last?.result?.missing ?? [];
  const suggestions = messages.length
    ? missing.flatMap(k => MISSING_SUGGESTIONS[k] ?? []).slice(0, 3)
    : STARTERS;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    send(input);
  };

  return (
    <Stack spacing={2} sx={{ height: '100%' }}>
      <Box
        ref={logRef}
        role="log"
        aria-live="polite"
        aria-label="Planning conversation"
        tabIndex={0}
        sx={{
          minHeight: 320,
          maxHeight: 520,
          overflowY: 'auto',
          display: 'flex',
          flexDirection: 'column',
          gap: 1.5,
          p: 1,
        }}
      >
        {messages.length === 0 && (
          <Typography color="text.secondary">
            Describe the service you need in your own words: what it does, who
            uses it and how many, how fast answers must start, and a budget if
            you have one. The spec on the right fills in as you go, and you can
            edit it directly at any time.
          </Typography>
        )}
        {messages.map((m, i) => (
          <ChatBubble key={i} message={m} onPickModel={onPickModel} />
        ))}
      </Box>
      {suggestions.length > 0 && (
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          flexWrap="wrap"
          aria-label="Suggestions"
        >
          {suggestions.map(s => (
            <Chip
              key={s}
              label={s}
              variant="outlined"
              onClick={() => send(s)}
              disabled={busy}
            />
          ))}
        </Stack>
      )}
      <Box
        component="form"
        onSubmit={onSubmit}
        sx={{ display: 'flex', gap: 1 }}
      >
        <TextField
          id="planner-chat-input"
          label="Message"
          placeholder="e.g. an internal chatbot for 2,000 employees, first token within 1 s"
          fullWidth
          size="small"
          multiline
          maxRows={4}
          value={input}
          onChange={e => setInput(e.target.value)}
          onKeyDown={e => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              send(input);
            }
          }}
        />
        <Button
          type="submit"
          variant="contained"
          disabled={busy || !input.trim()}
        >
          Send
        </Button>
      </Box>
    </Stack>
  );
}

function extractorHelp(r: ChatResult): string {
  if (r.fallbackReason)
    return `The language model was not used: ${r.fallbackReason}`;
  if (r.extractor === 'ollama') return 'Understood by the language model';
  return 'Understood by the rule-based extractor';
}

function ChatBubble(props: {
  message: Message;
  onPickModel?: (modelId: string) => void;
}) {
  const { message: m, onPickModel } = props;
  const mine = m.role === 'user';
  const r = m.result;
  // an unknown model's note shows as its notice below, not twice
  const content = r
    ? replyWithoutNotes(m.content, unknownModelNotes(r.notes))
    : m.content;
  return (
    <Paper
      variant="outlined"
      data-testid={mine ? 'chat-user' : 'chat-assistant'}
      aria-busy={m.streaming ? true : undefined}
      sx={{
        p: 1.5,
        maxWidth: '90%',
        alignSelf: mine ? 'flex-end' : 'flex-start',
        bgcolor: mine ? 'action.selected' : 'background.paper',
      }}
    >
      <Typography variant="caption" color="text.secondary" component="div">
        {mine ? 'You' : 'Planner'}
      </Typography>
      <Typography sx={{ whiteSpace: 'pre-wrap' }}>
        {content}
        {m.streaming && (
          <Box component="span" aria-hidden sx={{ opacity: 0.6 }}>
            ▍
          </Box>
        )}
      </Typography>
      {m.error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {m.error}
        </Alert>
      )}
      {r?.clarifyingQuestion && (
        <Alert
          severity="info"
          sx={{ mt: 1 }}
          role="note"
          aria-label="Clarifying question"
        >
          {r.clarifyingQuestion}
        </Alert>
      )}
      {r &&
        unknownModelsOf(r.notes).map(u => (
          <UnknownModelNotice key={u.name} model={u} onPick={onPickModel} />
        ))}
      {r && (
        <Stack
          direction="row"
          spacing={1}
          sx={{ mt: 1 }}
          useFlexGap
          flexWrap="wrap"
        >
          <Tooltip title={extractorHelp(r)}>
            <Chip
              size="small"
              tabIndex={0}
              label={`answered by ${
                r.extractor === 'ollama' ? 'LLM (ollama)' : 'rules'
              }${r.fallbackReason ? ` · fallback: ${r.fallbackReason}` : ''}`}
            />
          </Tooltip>
          {r.assumptions.slice(0, 3).map(a => (
            <Chip
              key={a}
              size="small"
              variant="outlined"
              label={`assumed: ${a}`}
            />
          ))}
        </Stack>
      )}
    </Paper>
  );
}

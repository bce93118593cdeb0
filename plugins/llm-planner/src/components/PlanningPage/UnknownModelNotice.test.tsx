import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { seedKb } from '../../__testUtils__';
import {
  replyWithoutNotes,
  similarCatalogModels,
  UnknownModelNotice,
  unknownModelsOf,
} from './UnknownModelNotice';

/** The chat's note, in the words of the backend's `unknownModelNote`. */
const NOTE =
  '"Qwen/Qwen9-72B-Instruct" is not in the model catalog: add it from its Hugging Face config.json (the platform team does it on the admin page, Models tab, or with POST /v1/catalog/models/from-config; paste the config.json here to see its numbers first), or pick one of these similar models: qwen2.5-72b (72.7B), qwen3-32b (32.8B), qwen2.5-32b (32.8B); no model set, the planner compares catalog models';

describe('unknown model', () => {
  it('reads the unknown models and their similar catalog models from the chat notes', () => {
    expect(
      unknownModelsOf([
        'ignored "20000"',
        NOTE,
        '"Foo 3B" is not in the model catalog: add it from its Hugging Face config.json (...)',
      ]),
    ).toEqual([
      {
        name: 'Qwen/Qwen9-72B-Instruct',
        similar: ['qwen2.5-72b', 'qwen3-32b', 'qwen2.5-32b'],
      },
      { name: 'Foo 3B', similar: [] },
    ]);
  });

  it('drops the notes a notice shows from the reply, and their heading when none is left', () => {
    const reply = `Here is what I understood: a chatbot.\n\nNotes:\n- ${NOTE}\n\nAre 500 users the people who may use it?`;
    expect(replyWithoutNotes(reply, [NOTE])).toBe(
      'Here is what I understood: a chatbot.\n\nAre 500 users the people who may use it?',
    );
    const two = `Understood.\n\nNotes:\n- ${NOTE}\n- ignored "20000"\n\nDone.`;
    expect(replyWithoutNotes(two, [NOTE])).toBe(
      'Understood.\n\nNotes:\n- ignored "20000"\n\nDone.',
    );
  });

  it('finds catalog models of the same family nearest by size for a pinned name', () => {
    const similar = similarCatalogModels(
      'Qwen/Qwen9-72B-Instruct',
      seedKb().models,
    );
    expect(similar).toHaveLength(3);
    expect(similar.every(id => id.startsWith('qwen'))).toBe(true);
    expect(similar[0]).toMatch(/72b/);
  });

  it('shows the way forward: add it from its config.json on the admin page, or pick a similar model', async () => {
    const onPick = jest.fn();
    await renderInTestApp(
      <UnknownModelNotice model={unknownModelsOf([NOTE])[0]} onPick={onPick} />,
    );
    const notice = screen.getByTestId('unknown-model');
    expect(notice).toHaveTextContent(
      'Qwen/Qwen9-72B-Instruct is not in the catalog',
    );
    expect(notice).toHaveTextContent(
      'The platform team can add it from its config.json (Admin > Models), and the planner then sizes it as a labelled estimate, or pick one of these similar models:',
    );
    expect(
      screen.getByRole('link', { name: 'Admin > Models' }),
    ).toHaveAttribute('href', '/llm-planner/admin?section=models');
    await userEvent.click(
      screen.getByRole('button', { name: 'Use qwen2.5-72b' }),
    );
    expect(onPick).toHaveBeenCalledWith('qwen2.5-72b');
  });
});

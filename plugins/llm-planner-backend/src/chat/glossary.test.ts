import { normaliseWords } from './text';
import { TERMS } from './glossary';
import { sayToRules as say } from '../__testUtils__/conversation';

describe('requests in other languages', () => {
  it('reads a phrase before the single words inside it that a later round added', () => {
    expect(normaliseWords('trong giờ làm việc, 10 giờ').text).toBe(
      'trong working hours, 10 hours',
    );
    expect(normaliseWords('msaidizi wa maswali na majibu').text).toBe(
      'Q&A assistant',
    );
    expect(normaliseWords('زمن الاستجابة الكامل').text).toBe(
      'full response time',
    );
  });

  it('reads Dutch and Polish shares of a population', () => {
    expect(
      say(
        'Kennisbank-assistent voor 900 medewerkers, ongeveer 1 op de 12 tegelijk',
      ).intent,
    ).toMatchObject({
      users: 900,
      usersMean: 'population',
      activeFraction: 0.0833,
    });
    expect(
      say('Chatbot dla 2 000 pracowników, około 10% jednocześnie aktywnych')
        .intent,
    ).toMatchObject({
      users: 2000,
      usersMean: 'population',
      activeFraction: 0.1,
    });
  });

  it('reads Italian and Portuguese concurrency, long documents and "not real-time"', () => {
    expect(
      say(
        'Strumento per riassumere contratti lunghi, 25 avvocati contemporaneamente',
      ).intent,
    ).toMatchObject({ users: 25, usersMean: 'concurrent' });
    expect(
      say(
        'Assistente per riassumere documenti lunghi, usato da 10 analisti allo stesso tempo',
      ).intent,
    ).toMatchObject({
      useCase: 'long-document-summarisation',
      users: 10,
      usersMean: 'concurrent',
    });
    const pt = say(
      'Ferramenta de geração de conteúdo para 18 redatores ao mesmo tempo, não precisa ser em tempo real',
    );
    expect(pt.intent).toMatchObject({
      useCase: 'content-generation',
      users: 18,
      usersMean: 'concurrent',
    });
    expect(pt.latency).toBe('relaxed');
  });

  it('reads "as cheap as possible" and request rates in Spanish and Swedish', () => {
    expect(
      say(
        'Chatbot de atención al cliente, 20 solicitudes por segundo, lo más barato posible',
      ).intent,
    ).toMatchObject({
      useCase: 'customer-service',
      users: 20,
      usersMean: 'rps',
      budget: { preference: 'lowest-cost' },
    });
    expect(
      say('Chatbot för kundtjänst, 30 förfrågningar per sekund').intent,
    ).toMatchObject({ users: 30, usersMean: 'rps' });
  });

  it('reads batch runs: cadences, run times, per-run ceilings, multipliers with a period and clock windows', () => {
    const weekly = say(
      'Wöchentlicher Lauf: 2,5 Mio. Bewertungen klassifizieren, Laufzeit max. 6 Stunden, höchstens 40 € pro Lauf',
    );
    expect(weekly.intent).toMatchObject({
      batch: { itemsPerRun: 2_500_000, windowHours: 6 },
    });
    expect(weekly.clarifyingQuestion).toContain(
      'budget.usdPerRun: 40 EUR per run is not in US dollars',
    );
    expect(
      say('Traduire 10 000 documents chaque nuit entre 23h et 5h').intent.batch,
    ).toMatchObject({ itemsPerRun: 10000, runsPerDay: 1, windowHours: 6 });
    expect(
      say('Classificare 30 mila ticket due volte al giorno dalle 8 alle 10')
        .intent.batch,
    ).toMatchObject({ itemsPerRun: 30000, runsPerDay: 2, windowHours: 2 });
  });

  it('leaves English words that look like another language alone', () => {
    const r = say(
      'classification service, 40 concurrent users, the SLO must be met with maximal throughput',
    );
    expect(r.intent).toMatchObject({ users: 40, usersMean: 'concurrent' });
    expect(r.notes.join('\n')).not.toMatch(/at most/);
    // words of the u-* round's languages that are English too
    expect(
      normaliseWords('9 sub-agents, sub-second answers, over 40').text,
    ).toBe('9 sub-agents, sub-second answers, over 40');
  });

  it('reads clock windows with "um … Uhr", "a las", and first-token, on-demand and autocomplete words', () => {
    expect(
      say(
        'Jede Nacht 12.000 Berichte zusammenfassen, Start um 22 Uhr, fertig bis 2 Uhr',
      ).intent.batch,
    ).toMatchObject({ itemsPerRun: 12000, windowHours: 4 });
    expect(
      say(
        'Bot de soporte, 80 conversaciones simultáneas, tiempo hasta el primer token menos de 400 ms',
      ).intent,
    ).toMatchObject({
      users: 80,
      usersMean: 'concurrent',
      slo: { ttftMs: 400 },
    });
    expect(
      say('Autocompletamento del codice per 300 sviluppatori, GPU su richiesta')
        .intent,
    ).toMatchObject({ useCase: 'code-completion', pricing: 'on-demand' });
  });

  it('reads Danish, Czech and more Swedish, Polish and German forms', () => {
    expect(
      say(
        'Vores 300 medarbejdere bruger chatbotten, højst 40 ad gangen. Så billigt som muligt.',
      ).intent,
    ).toMatchObject({
      users: 300,
      usersMean: 'population',
      activeFraction: 0.1333,
      budget: { preference: 'lowest-cost' },
    });
    expect(
      say('Chatbot pro 500 zaměstnanců, 50 současně').intent,
    ).toMatchObject({ users: 500, activeFraction: 0.1 });
    expect(
      say('Vi kör 8 agenter parallellt dygnet runt; spotinstanser går bra')
        .intent,
    ).toMatchObject({
      users: 8,
      usersMean: 'concurrent',
      activeHoursPerDay: 24,
      pricing: 'spot',
    });
    expect(
      say(
        'Chatbot dla 900 pracowników, czas do pierwszego tokenu poniżej pół sekundy',
      ).intent.slo,
    ).toMatchObject({ ttftMs: 500 });
    expect(
      say(
        'Jede Nacht ab 23:00 Uhr 20.000 Tickets klassifizieren, spätestens um 3:00 Uhr fertig',
      ).intent.batch,
    ).toMatchObject({ itemsPerRun: 20000, windowHours: 4 });
  });

  it('reads Spanish clock windows with articles and tokens per item, and Romance adjectives after the noun', () => {
    const r = say(
      'Cada noche, entre las 22:00 y las 02:00, clasificar 20.000 correos, aprox. 500 tokens por correo',
    );
    expect(r.intent.batch).toMatchObject({
      itemsPerRun: 20000,
      windowHours: 4,
    });
    expect(
      say('Asistente RAG para unas 70 sesiones concurrentes').intent,
    ).toMatchObject({ users: 70, usersMean: 'concurrent' });
  });

  it('reads Portuguese per-user rates and quarterly budgets, Polish and German speed words, Dutch cost words', () => {
    expect(
      say(
        'Assistente de código para 500 desenvolvedores; cerca de 20% ativos ao mesmo tempo, cada um manda umas 2 solicitações por minuto. Orçamento: 9 mil dólares por trimestre.',
      ).intent,
    ).toMatchObject({
      users: 500,
      activeFraction: 0.2,
      requestsPerActiveUserPerMin: 2,
      budget: { usdPerMonth: 3000 },
    });
    expect(
      say('Czat dla 100 równoczesnych sesji, odpowiedź natychmiastowa').intent,
    ).toMatchObject({ users: 100, usersMean: 'concurrent' });
    expect(
      say('Chatbot für 300 Mitarbeiter, die Antwort soll zügig kommen').latency,
    ).toBe('tight');
    expect(
      say('Chatbot voor 400 medewerkers, het mag niet te duur worden').intent
        .budget,
    ).toMatchObject({ preference: 'lowest-cost' });
  });

  it('reads peaks over the average, fractions of people, Romance word order and negated autocomplete', () => {
    expect(
      say(
        'Service de traduction, en moyenne 600 requêtes par minute, avec des pics à 2x la moyenne',
      ).intent,
    ).toMatchObject({ users: 10, usersMean: 'rps', peakFactor: 2 });
    expect(
      say(
        'Los médicos pulsan un botón y ven en pantalla un resumen; son 900 médicos, como mucho 1/3 conectados a la vez',
      ).intent,
    ).toMatchObject({
      useCase: 'interactive-summarisation',
      users: 900,
      usersMean: 'population',
      activeFraction: 0.3333,
    });
    expect(
      say(
        'Agenti autonomi per il supporto IT: 4 pipeline, ognuna con 10 richieste in parallelo',
      ).intent,
    ).toMatchObject({ useCase: 'agentic', users: 40 });
    expect(
      say(
        'Generowanie kodu (całe moduły, nie autouzupełnianie), 15 równoczesnych sesji',
      ).intent.useCase,
    ).toBe('code-generation');
  });

  it('reads Danish opening hours, Swedish token pairs, Czech, Finnish and Turkish loads and budgets', () => {
    expect(
      say(
        'Kundeservice-chat, ca. 100 samtidige samtaler i åbningstiden kl. 9-17',
      ).intent,
    ).toMatchObject({ useCase: 'customer-service', activeHoursPerDay: 8 });
    expect(
      say(
        'Sammanfatta rapporter, 2 förfrågningar per minut, ca 20 000 tokens in och 800 tokens ut per förfrågan',
      ).intent,
    ).toMatchObject({ inputTokens: 20000, outputTokens: 800 });
    expect(
      say('Chatbot, zhruba 3 požadavků za sekundu, rozpočet 100 USD denně')
        .intent,
    ).toMatchObject({
      users: 3,
      usersMean: 'rps',
      budget: { usdPerMonth: 3000 },
    });
    const fi = say(
      'RAG-palvelu. Käyttäjiä on noin 500, heistä ehkä 20 % yhtä aikaa. Budjetti on 24 000 euroa vuodessa.',
    );
    expect(fi.intent).toMatchObject({
      users: 500,
      usersMean: 'population',
      activeFraction: 0.2,
    });
    expect(fi.intent.budget).toBeUndefined();
    expect(fi.clarifyingQuestion).toContain(
      'budget.usdPerMonth: 2,000 EUR a month is not in US dollars',
    );
    expect(
      say('Sohbet çevirisi, saniyede ortalama 40 istek, gerçek zamanlı olmalı')
        .intent,
    ).toMatchObject({ useCase: 'translation', users: 40, usersMean: 'rps' });
  });

  it('reads Japanese and Chinese loads and tasks, German and Portuguese speed words and Italian cost words', () => {
    expect(
      say('社内チャットの翻訳サービス。同時接続はおよそ60セッション。').intent,
    ).toMatchObject({
      useCase: 'translation',
      users: 60,
      usersMean: 'concurrent',
    });
    expect(
      say(
        '我们需要代码生成服务，为 300 名开发者服务，大约三分之一的人会同时在线。',
      ).intent,
    ).toMatchObject({
      useCase: 'code-generation',
      users: 300,
      usersMean: 'population',
      activeFraction: 0.3333,
    });
    expect(
      say('Chatbot für 200 Mitarbeiter, die Antworten müssen schnell kommen')
        .latency,
    ).toBe('tight');
    expect(
      say(
        'Riassunti di articoli, circa 600 richieste al minuto, deve costare poco',
      ).intent.budget,
    ).toMatchObject({ preference: 'lowest-cost' });
  });

  it('reads French clock times, Dutch cadences, German compounds and nurses, Portuguese shares and Japanese helpdesk requests', () => {
    expect(
      say(
        'Chaque dimanche entre 01h30 et 05h30, extraire les entités de 80 000 factures',
      ).intent.batch,
    ).toMatchObject({ itemsPerRun: 80000, windowHours: 4 });
    expect(
      say(
        'Elke 3 uur willen we 9.000 recensies op onderwerp classificeren. Elke run heeft 2u de tijd.',
      ).intent.batch,
    ).toMatchObject({ itemsPerRun: 9000, runsPerDay: 8, windowHours: 2 });
    expect(
      say(
        'Chatbot für unsere 500 Außendienstmitarbeiter, etwa 50 von ihnen gleichzeitig aktiv',
      ).intent,
    ).toMatchObject({
      users: 500,
      usersMean: 'population',
      activeFraction: 0.1,
    });
    expect(
      say(
        'Autocompletar código para 300 desenvolvedores; um terço ao mesmo tempo, cada um dispara umas 4 sugestões por minuto',
      ).intent,
    ).toMatchObject({
      users: 300,
      activeFraction: 0.3333,
      requestsPerActiveUserPerMin: 4,
    });
    expect(
      say(
        '社内のチャットボットです。従業員は約800名で、同時に使うのは多くても10%程度です。',
      ).intent,
    ).toMatchObject({
      useCase: 'chatbot',
      users: 800,
      usersMean: 'population',
      activeFraction: 0.1,
    });
  });
});

/** An entry's words as plain phrases: simple `(?:a|b)` groups, optional groups and letters expanded; null for a pattern with classes or lookarounds. */
function phrasesOf(pattern: string): string[] | null {
  const expand = (p: string): string[] => {
    const group = /\(\?:([^()]*)\)(\??)/.exec(p);
    if (group) {
      const options = group[1].split('|');
      if (group[2]) options.push('');
      return options.flatMap(o =>
        expand(
          p.slice(0, group.index) + o + p.slice(group.index + group[0].length),
        ),
      );
    }
    const optional = /([^\\)\]])\?/.exec(p);
    if (optional && !p.includes('('))
      return [optional[1], ''].flatMap(o =>
        expand(p.slice(0, optional.index) + o + p.slice(optional.index + 2)),
      );
    return [p];
  };
  const top: string[] = [''];
  let depth = 0;
  for (const ch of pattern) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === '|' && depth === 0) top.push('');
    else top[top.length - 1] += ch;
  }
  // one phrase once: nested groups expand to the same phrase many times over
  const phrases = [...new Set(top.flatMap(expand))];
  return phrases.every(p => !/[\\()[\]?*+{}^$]/.test(p.replace(/\\[.?']/g, '')))
    ? phrases.map(p => p.replace(/\\([.?'])/g, '$1').toLowerCase())
    : null;
}

describe('the glossary table', () => {
  it('lists every phrase before the entries that match inside it', () => {
    const letter = /\p{L}/u;
    const insideAsWords = (short: string, long: string) => {
      for (
        let at = long.indexOf(short);
        at >= 0;
        at = long.indexOf(short, at + 1)
      )
        if (
          !letter.test(long[at - 1] ?? '') &&
          !letter.test(long[at + short.length] ?? '')
        )
          return true;
      return false;
    };
    const phrases = TERMS.map(([pattern]) => phrasesOf(pattern));
    const patterns = TERMS.map(
      ([pattern]) => new RegExp(`(?<!\\p{L})(?:${pattern})(?!\\p{L})`, 'iu'),
    );
    const shadowed: string[] = [];
    TERMS.forEach((_, j) => {
      for (const long of phrases[j] ?? [])
        for (let i = 0; i < j; i++) {
          const hit = phrases[i]
            ? phrases[i]!.find(
                short => short !== long && short && insideAsWords(short, long),
              )
            : patterns[i].exec(long)?.[0];
          if (hit && hit.toLowerCase() !== long) {
            shadowed.push(
              `"${hit}" (entry ${i}) before "${long}" (entry ${j})`,
            );
            break;
          }
        }
    });
    expect(shadowed).toEqual([]);
    // the phrases the check compares
    expect(phrasesOf('dwa|dwie')).toEqual(['dwa', 'dwie']);
    expect(phrasesOf('dwa razy (?:w tygodniu|dziennie)')).toEqual([
      'dwa razy w tygodniu',
      'dwa razy dziennie',
    ]);
  });
});

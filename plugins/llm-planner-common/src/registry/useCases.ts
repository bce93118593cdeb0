/**
 * The use cases the planner knows: the one list every use-case list, zod enum, chat rule and
 * model-task lookup iterates. Adding a use case is one entry here (plus its test).
 *
 * `seed` is the SLO template the use case starts with. The platform team curates the stored
 * templates (seeded from `benchmarks/catalog/slo_templates.json`, which a test keeps equal to
 * these seeds); a use case whose template is not stored yet plans with its seed.
 * Every number cites its `slo_templates.csv` rows (`sourceRows`, `source`, `derivation`).
 */
import type { SloTemplate } from '../engine/schemas';

/** A weighted chat keyword rule: a match adds `weight` to the use case's score. @public */
export type UseCaseRule = { re: RegExp; weight: number };

/** One use case and everything the planner and the chat know about it. @public */
export type UseCase = {
  id: string;
  label: string;
  /** model task (models.json `tasks`) whose models are candidates when the intent names none */
  task: string;
  /** the rule-based chat extractor's words; lower `rank` wins ties (more specific first) */
  chat: { rank: number; rules: UseCaseRule[] };
  /** SLO targets, token shape and traffic defaults, with their sources */
  seed: Omit<SloTemplate, 'id' | 'name'>;
};

/** Every use case, in the order lists show them. @public */
export const USE_CASES: readonly UseCase[] = [
  {
    id: 'chatbot',
    label: 'Chatbot / Q&A',
    task: 'chat',
    chat: {
      rank: 11,
      rules: [
        // "general-purpose chatbot … to brainstorm and draft emails": the chat, whatever it drafts
        // "general-purpose assistant", "a general internal chat assistant (ask anything, …)"
        {
          re: /\bgeneral(?:[- ]purpose)? (?:[\w-]+ ){0,2}?(?:chat ?bot|chat assistant|assistant|chat)\b|\bask (?:it )?anything\b/,
          weight: 8,
        },
        // "internal assistant for our finance dept — drafting emails, explaining formulas"
        {
          // not a "box office assistant" (a ticket desk's customers) or a "post office" one
          re: /\b(internal|employee|staff|company|(?<!\b(?:box|post|ticket) )office)[- ](ai )?(assistant|chat ?bot|copilot)\b/,
          weight: 5,
        },
        // "dialogue for the game's NPCs": characters players talk to
        { re: /\b(npcs?|in-game (characters?|companions?))\b/, weight: 3 },
        // "a chatty stylist bot that riffs with shoppers": conversation for its own sake
        {
          re: /\b(chatty|chit[- ]?chat|banter\w*|small talk|riff(?:s|ing)? with|yarn with|companion (?:bot|chat ?bot|app))\b/,
          weight: 3,
        },
        // "a tutoring chatbot for first-year calculus": the subject is not the kind of service
        { re: /\b(tutor(ing)?|homework|study) chat ?bot\b/, weight: 2 },
        {
          re: /\b(chat ?bots?|chatgpt|conversational|chat assistant|chat (app|interface|ui))\b/,
          weight: 3,
        },
        {
          re: /\b(chat|assistant|q&a|ask questions|talk to|bots?|tutor\w*)\b/,
          weight: 1,
        },
      ],
    },
    seed: {
      slo: { percentile: 'p95', ttftMs: 150, itlMs: 25, e2eMs: 7000 },
      tokens: {
        input: { mean: 1154.7, p50: 1020, p90: 2734 },
        output: { mean: 211.1, p50: 129, p90: 424 },
      },
      traffic: {
        arrival: 'poisson',
        activeFraction: 0.2,
        requestsPerActiveUserPerMin: 0.4,
        peakFactor: 2,
        burstSize: 1,
      },
      sourceRows: [11, 20, 28],
      source:
        'slo_templates.csv row 11 (Chatbot / Q&A, github:redhat-et/compass docs/traffic_and_slos.md: p95 TTFT 150 ms, ITL 25 ms, e2e 7000 ms); row 20 (traffic: Poisson, 20% active, 0.4 req/active-user/min, peak x2.0); row 28 (token lengths of the Azure 2023 production conversation trace)',
      derivation: null,
    },
  },
  {
    id: 'customer-service',
    label: 'Customer service assistant',
    task: 'chat',
    chat: {
      rank: 1,
      rules: [
        {
          // "merchant support": the customers are businesses; "customer-facing release notes": who
          // reads a text, not a support desk
          re: /(?:customer|merchant|dealer|seller|vendor|reseller|retailer)[- ](service|support|care|success|help|questions|inquiries|enquiries|facing(?! (?:release notes|docs|documentation|copy|content|prose|texts?|e-?mails?|newsletters?|articles?|proposals?|quotes?|offers?|letters?)))/,
          weight: 4,
        },
        // "customers need a chatbot to place orders, ask delivery times and make complaints"
        {
          re: /\b(?:customers?|clients?|buyers?|shoppers?)\b[^.]{0,40}\b(?:place|places|placing|make|makes|making|cancel|cancels|cancelling|canceling) (?:an? |their |the )?(?:orders?|complaints?)\b/,
          weight: 4,
        },
        // "for customers to track parcels, ask about charges and report lost items"
        {
          re: /\b(?:customers?|clients?|guests?|passengers?|shoppers?)\b[^.]{0,30}\btrack (?:their |a |the |)(?:parcels?|packages?|orders?|shipments?|deliver(?:y|ies))\b/,
          weight: 4,
        },
        // "answers the questions of our customers"
        {
          re: /\b(questions|inquiries|enquiries) (of|from) (our |the |their )?customers\b|\b(inquiries|enquiries|appeals|complaints) (of|from) (the )?(citizens|residents|the public|callers)\b|\b(?:customers|clients|(?:pet |car |home |vehicle )?owners|patients|callers|guests|passengers|tenants|residents|citizens|parents|policyholders|travell?ers|motorists|drivers)['’] (questions|queries|inquiries|enquiries|complaints)\b|\bchat ?bots? on (?:the|our) (?:council|city|municipal|public|town|county|government|company) (?:web ?)?site\b|\banswer\w* (our |the )?customers\b|\banswer\w* (?:customer |customers['’] )?questions about (?:their )?(?:orders?|deliver(?:y|ies)|returns?|refunds?|shipping|bookings?|reservations?|invoices?|bills?|accounts?)\b|\b(?:customers|punters|patrons|ticket ?holders|guests|passengers|shoppers|renters|parents) (ask|asking|who ask)\b|\bcustomer['’]s (?:[\w/-]+ ){0,2}?(?:e-?mails?|complaints?|messages?)\b/,
          weight: 4,
        },
        {
          re: /\b(help ?desk|service ?desk|help ?bots?|help ?cent(?:er|re)|help ?lines?|hotlines?|hands? (?:it )?off to a (?:human|person|live agent)|human hand-?off|call[- ]cent(er|re)|contact[- ]cent(er|re)|support tickets?|(?<!\b(?:per|each|every|a|jira|linear|github|gitlab|youtrack|engineering|backlog)[ -])(?<!\b(?:from|in|on|is|here['’]s) the )ticket(s|ing)?(?![\s:#]*[a-z]{0,10}-?\d))\b/,
          weight: 4,
        },
        // "faq bot for our customers": answers customers' questions
        {
          re: /\bfaq (bot|chat ?bot|assistant)s?\b[^.]{0,30}\bcustomers\b/,
          weight: 4,
        },
        // "a passenger info chatbot — disruptions, fares, lost & found", "clients can rebook appts"
        {
          re: /\b(?:passenger|customer|guest|visitor|rider|member|client|traveller|traveler) info(?:rmation)? (?:bot|chat ?bot|assistant|desk|line)\b|\blost (?:&|and) found\b|\blost property\b|\brebook(?:s|ing)?\b/,
          weight: 4,
        },
        {
          re: /\bsupport (bot|chat ?bot|assistant|copilot|agent|team|portal|chat)/,
          weight: 4,
        },
        // "the agent-assist bot for the support floor": a copilot for the people answering customers
        {
          re: /\bagent[- ]assist(?:ant|ance)?\b|\bsupport floor\b/,
          weight: 4,
        },
        // "an assistant for our advisors on the phone: it suggests an answer during the call":
        // answers for the people talking to customers, live
        {
          re: /\b(?:advisors?|advisers?|agents?|reps?|representatives?|operators?|staff)\b[^.]{0,40}\b(?:on the phone|on (?:a|the) call|during the call|while on (?:a|the) call|during live calls?)\b/,
          weight: 4,
        },
        // "an assistant for our guests: bookings, spa hours, late checkout", "our customers' card questions"
        {
          re: /\b(guests|passengers|commuters|policyholders|cardholders|account holders|shoppers|(our|the bank['’]s|its) (customers|clients))\b/,
          weight: 2,
        },
        // "a patient chat for appointment questions", "a chatbot for our citizens", "a member
        // assistant": the people a practice, council, landlord or club serves ask it, as
        // customers ask a support desk
        {
          re: /\b(?:patient|citizen|resident|tenant|passenger|guest|customer|donor|(?<!\b(?:team|staff|crew|faculty|board|family|cast) )member)s?['’]?[- ](?:facing[- ])?(?:chat|chat ?bot|assistant|bot|helpline|help ?desk|portal chat)\b|\b(?:chat|chat ?bots?|assistants?|bots?) (?:in (?:the|our) (?:app|website|site|portal) )?for (?:our |the |all )?(?:patients|citizens|residents|tenants|customers|donors|parents|families|relatives|passengers|commuters|riders|travell?ers)\b(?!['’])/,
          weight: 4,
        },
        // "an assistant for the hotel's front desk (customer FAQ, opening hours)"; "for front-desk
        // staff over our SOPs" is the staff's own tool
        {
          re: /\b(front[- ]?desk(?![- ](?:staff|employees|workers|colleagues|team)\b)|reception desk|concierge|customer faq|guest services?)\b/,
          weight: 4,
        },
        // "helps patients rebook appointments", "answers candidates about their application",
        // "a chatbot that answers families: where a relative is buried, the office hours"
        {
          re: /\b(?:book|re-?book|reschedul|cancel)\w* (?:their |an? |the )?(?:(?:technician|engineer|repair|service|home|doctor|site) )?(?:appointments?|bookings?|reservations?|visits?|lessons?|classes|tee times?|(?:[\w-]+ )?(?:trips|tours|cruises|excursions|berths|rooms))\b|\banswer\w* (?:the |our )?(?:candidates|applicants|callers|families|relatives|mourners|citizens|residents|tenants|patients|the public)\b(?!['’])/,
          weight: 4,
        },
        // "an assistant to handle booking enquiries": the enquiries a business's customers send
        // (answering them may be questions over documents)
        {
          re: /\b(?:handle|handles|handling|field|fields|fielding|deal with|deals with|dealing with) (?:(?:the|our|all|incoming|their) )?(?:[\w-]+ ){0,2}?(?:enquiries|inquiries|complaints)\b|\bbooking (?:enquiries|inquiries)\b/,
          weight: 4,
        },
        // "a draft answer to the customer messages they receive"
        {
          re: /\bcustomer (messages|e-?mails|inquiries|enquiries|chats|contacts)\b/,
          weight: 4,
        },
        // "(customer-service style)": the kind named outright
        {
          re: /\bcustomer[- ](service|support)[- ]?(style|like|type|use[- ]case)\b/,
          weight: 6,
        },
        // "a WhatsApp assistant answering hauliers' questions": a channel the public writes in
        {
          re: /\b(?:whats ?app|sms|viber|telegram|wechat|facebook messenger)\b(?:[- ]style)?(?: [\w'’-]+)?? (?:assistant|bot|chat ?bot|agent|channel)s?\b/,
          weight: 4,
        },
        // "a booking & park-info bot for the public": bookings, or the public as its users
        {
          re: /\b(?:booking|reservations?)(?:\s*(?:&|and|\/)\s*[\w-]+)?\s+(?:bot|chat ?bot|assistant)s?\b|\b(?:bot|chat ?bot|assistant)s? for (?:the )?(?:general )?public\b/,
          weight: 4,
        },
        // "a storefront chat widget (order status, returns, sizing questions)"
        {
          re: /\b(order (status|tracking)|where(['’]s| is) my (order|parcel|package|delivery)|returns?(,| and| &| or) (refunds?|exchanges?|sizing)|refunds?)\b/,
          weight: 4,
        },
        { re: /\bsupport\b/, weight: 1 },
      ],
    },
    seed: {
      slo: { percentile: 'p95', ttftMs: 150, itlMs: 25, e2eMs: 7000 },
      tokens: {
        input: { mean: 547, p50: null, p90: null },
        output: { mean: 248, p50: null, p90: null },
      },
      traffic: {
        arrival: 'poisson',
        activeFraction: 0.2,
        requestsPerActiveUserPerMin: 0.4,
        peakFactor: 2,
        burstSize: 1,
      },
      sourceRows: [11, 20, 32],
      source: 'derived from slo_templates.csv rows 11, 20 and 32',
      derivation:
        "No customer-service row in slo_templates.csv. Latency targets and traffic copied from the conversational rows 11 and 20 (a support agent is a chatbot); token lengths from row 32 (inference-perf 'general' multi-turn chat with a shared 100-token system prompt: ~547 in / ~248 out), which matches a support bot with a fixed instruction prompt better than open chat.",
    },
  },
  {
    id: 'code-completion',
    label: 'Code completion / Copilot',
    task: 'code',
    chat: {
      rank: 2,
      rules: [
        {
          // a copilot for support or sales is an assistant of that kind, not code completion
          re: /\b(code[- ]completion|auto-?complet\w*|(?<!\b(support|sales|service|customer|marketing|writing|legal|hr|finance|research|on-call|incident|ops|sre|it|internal|office|staff|employee|company|enterprise|noc|soc|network|security)[- ])(?<!\b(?!coding)[a-z]+ing[- ])copilot(?!\s*=\s*(?:a\s+)?general)(?!\s+answers\b)|tab[- ]complet\w*|inline (code )?(suggestions?|completions?)|code suggestions?|autocomplete|fill[- ]in[- ]the[- ]middle|fim)\b/,
          weight: 5,
        },
        {
          re: /\bcomplet\w* (code|in the ide|as you type)|\bin the (ide|editor)\b|\bin-?(editor|ide) (completions?|suggestions?)|\bcompletions?\b[^.]{0,40}\bwhile (typing|they type|you type)\b/,
          weight: 3,
        },
      ],
    },
    seed: {
      slo: { percentile: 'p95', ttftMs: 100, itlMs: 20, e2eMs: 5000 },
      tokens: {
        input: { mean: 2047.8, p50: 1469, p90: 5188 },
        output: { mean: 27.9, p50: 13, p90: 55 },
      },
      traffic: {
        arrival: 'compound-poisson',
        activeFraction: 0.25,
        requestsPerActiveUserPerMin: 2,
        peakFactor: 2.5,
        burstSize: 3,
      },
      sourceRows: [12, 21, 29],
      source:
        'slo_templates.csv row 12 (Code completion / Copilot: p95 TTFT 100 ms, ITL 20 ms, e2e 5000 ms); row 21 (compound Poisson bursts of 3, 25% active, 2.0 req/active-user/min, peak x2.5); row 29 (Azure 2023 production coding trace token lengths)',
      derivation: null,
    },
  },
  {
    id: 'code-generation',
    label: 'Detailed code generation',
    task: 'code',
    chat: {
      rank: 3,
      rules: [
        {
          re: /\b(codegen|code[- ](generation|gen|review|reviews|assistant)|generat\w* (?:for (?:us|them|me) )?(?:(?:whole|entire|full|complete|new) )?(?:[a-z]+\/[a-z]+ )?(code|functions|tests|test files|test suites|classes|methods|boilerplate|sql quer(?:y|ies)|(?:python|bash|shell|powershell) scripts)|generat\w* (?:[\w-]+ (?:and )?){1,3}?(?:tests|test files|test suites|test cases)|text[- ]to[- ]sql|writes? (the |a )?(sql )?quer(y|ies)|sql generation|writ\w* (?:(?:whole|entire|full|complete) )?(code|functions|unit[- ]tests?)|(the |a )?(full |whole )?unit[- ]test files?|coding (assistant|agent|help)|refactor\w*|pull requests?|unit tests?|(?:unit[- ])?tests?[- ]generation|test class(?:es)?|(terraform|helm|ansible|iac)\b[^.]{0,30}\bgenerated|(code|functions|tests|scripts|modules|manifests|queries) generated)\b/,
          weight: 4,
        },
        // "generates Revit Python scripts from a brief": code, named by its language
        {
          re: /\b(?:python|bash|shell|powershell|groovy|perl|ruby|javascript|typescript|lua) scripts?\b/,
          weight: 2,
        },
        // "write full Python test cases for route-setting logic", "900 words of code": code named
        // by its language, or counted
        {
          re: /\b(?:python|java|javascript|typescript|kotlin|swift|rust|golang|c\+\+|c#|scala) (?:test cases|tests|unit tests|code|functions|classes|modules)\b|\b(?:tokens|words|lines) of code\b/,
          weight: 4,
        },
        // "processing scripts + pytest suites from a description": tests named by their framework
        {
          re: /\b(?:(?:pytest|junit|jest|rspec|unittest|mocha|xunit|nunit)(?: (?:suites?|tests?|cases?|files?))?|test suites?)\b/,
          weight: 3,
        },
        // "write whole dbt models + their SQL tests": code of a data stack's own kinds
        {
          re: /\b(?:dbt models?|sql tests?|sql models?|stored procedures?)\b/,
          weight: 4,
        },
        { re: /\b(code|coding|programming|developers?)\b/, weight: 1 },
      ],
    },
    seed: {
      slo: { percentile: 'p95', ttftMs: 300, itlMs: 30, e2eMs: 25000 },
      tokens: {
        input: { mean: 1024, p50: null, p90: null },
        output: { mean: 1024, p50: null, p90: null },
      },
      traffic: {
        arrival: 'poisson',
        activeFraction: 0.15,
        requestsPerActiveUserPerMin: 0.3,
        peakFactor: 2,
        burstSize: 1,
      },
      sourceRows: [13, 22],
      source:
        'slo_templates.csv row 13 (Detailed code generation: p95 TTFT 300 ms, ITL 30 ms, e2e 25000 ms, typical 1024 in / 1024 out); row 22 (Poisson, 15% active, 0.3 req/min, peak x2.0)',
      derivation: null,
    },
  },
  {
    id: 'summarisation',
    label: 'Summarisation (short documents)',
    task: 'summarisation',
    chat: {
      rank: 7,
      rules: [
        // the task word outweighs a domain noun ("summaries of support tickets"); a pasted
        // document's title "Meeting notes — Research sync" names the paste, not the task, as
        // "Summary of requirements from the workshop:" does, and "in my summary to the board" the
        // writer's own
        {
          re: /\b((?<!\b(?:in|as per) (?:my|our) )summar(i[sz]\w*|y(?! of (?:the |our |my )?(?:requirements?|needs|asks?|discussion|workshop|meeting|call)\b)|ies)|tl;?dr|digests?|synops[ie]s|meeting notes(?!\s*(?:[—–:]|-\s))|(?<!\d[\s-]*)minutes of)\b/,
          weight: 5,
        },
        // "an auto-generated 3-sentence summary written to the ticket"
        {
          re: /\bauto-?generat\w* (?:[\w-]+ ){0,3}?(summar(y|ies)|recaps?|digests?)\b/,
          weight: 4,
        },
      ],
    },
    seed: {
      slo: { percentile: 'p95', ttftMs: 600, itlMs: 30, e2eMs: 20000 },
      tokens: {
        input: { mean: 2588.1, p50: 2730, p90: 3702 },
        output: { mean: 291.4, p50: 167, p90: 372 },
      },
      traffic: {
        arrival: 'poisson',
        activeFraction: 0.15,
        requestsPerActiveUserPerMin: 0.2,
        peakFactor: 1.8,
        burstSize: 1,
      },
      sourceRows: [16, 25, 30],
      source:
        'slo_templates.csv row 16 (Summarization short doc: p95 TTFT 600 ms, ITL 30 ms, e2e 15000-20000 ms; the upper end 20000 is used); row 25 (Poisson, 15% active, 0.2 req/min, peak x1.8); row 30 (Arxiv-Summarization trace token lengths)',
      derivation:
        'e2e target: the row gives a range 15000-20000 ms; the planner uses the upper end.',
    },
  },
  {
    id: 'rag-qa',
    label: 'Document analysis / RAG Q&A',
    task: 'rag',
    chat: {
      rank: 8,
      rules: [
        {
          re: /\b(rag|retrieval[- ]augmented|retrieval|retrieved (?:context|passages|chunks|documents|snippets)|knowledge ?base|question[- ]answering|semantic search|internal (docs|documents|documentation|wiki)|(?<!\b(?:forms?|templates?|checklists?|instructions) (?:from|on|in) (?:the |our )?)wiki|confluence|sharepoint|manuals?|handbooks?|policies|documentation|grounded)\b/,
          weight: 4,
        },
        // "answers engineers' questions from our runbooks": an operations team's documents
        { re: /\b(?:runbooks?|playbooks?)\b/, weight: 2 },
        // "answers questions over our internal knowledge base" for call-centre staff: a staff
        // tool over internal documents, whoever its users serve
        {
          re: /\binternal (?:[\w'’-]+ ){0,2}?(knowledge ?base|wiki|docs|documentation|handbook|procedures)\b/,
          weight: 6,
        },
        // "the answers must be based on the municipality's own documents"
        {
          re: /\b((based|grounded|built|relying|rely|drawn|drawing|made) (on|from)|questions (from|using|out of|off)|answered (?:out of|from|using|off)|answers (?:(?:should|must|will|need to) )?come (?:only )?(from|out of|off)|answer(?:s|ing)? [^.]{0,100}\b(?:from|off) (?:our|the|its|their)|using (?:our|the|its|their)) (?:[\w\u00c0-\u024f'’-]+,? ){0,5}?(documents?|docs|files|guidelines|regulations|inventories|archives?|librar(?:y|ies)|records|(?:data |spec |fact )?sheets|rulings|precedents|collections|knowledge|content|sources|material|confluence|wiki|sharepoint|intranet|knowledge ?base|kb|reports|memos|manuals|handbooks?|guidebooks?|pdfs|policies|contracts|runbooks|playbooks|faqs|articles|pages|notes|guidance|guides|texts|syllab(?:i|us(?:es)?)|catalog(?:ue)?s?|(?:code|codes) of (?:civil |criminal )?procedure|statutes|rules|rulebooks?|bylaws|by-laws|legislation|case law|formular(?:y|ies)|protocols|procedures|sops|(?:official )?bulletins|notices|advisories|circulars)\b/,
          weight: 4,
        },
        {
          re: /\b(documents?|docs|pdfs?|search|q&a|questions about|guidance|syllab(?:i|us(?:es)?))\b/,
          weight: 2,
        },
        // "get answers with references back to the collection": answers that cite their sources
        {
          re: /\banswers? (?:with|that (?:cite|give|include)) (?:the )?(?:references|citations|sources|links|page numbers)\b/,
          weight: 4,
        },
        // "it pulls the right tyres and prices from our catalogue and fitting guides"
        {
          re: /\b(?:pulls?|fetch(?:es)?|looks? up|retrieves?)\b[^.]{0,60}\bfrom (?:our|the|its|their) (?:[\w-]+ ){0,3}?(?:catalog(?:ue)?s?|guides?|manuals?|documents?|docs|knowledge ?base|handbooks?|wiki)\b/,
          weight: 4,
        },
      ],
    },
    seed: {
      slo: { percentile: 'p95', ttftMs: 600, itlMs: 30, e2eMs: 18000 },
      tokens: {
        input: { mean: 4096, p50: null, p90: null },
        output: { mean: 512, p50: null, p90: null },
      },
      traffic: {
        arrival: 'clustered-poisson',
        activeFraction: 0.2,
        requestsPerActiveUserPerMin: 1,
        peakFactor: 2.5,
        burstSize: 1,
      },
      sourceRows: [17, 26],
      source:
        'slo_templates.csv row 17 (Document analysis / RAG Q&A: p95 TTFT 600 ms, ITL 30 ms, e2e 18000 ms, typical 4096 in / 512 out); row 26 (clustered Poisson, 20% active, 1.0 req/min, peak x2.5)',
      derivation: null,
    },
  },
  {
    id: 'translation',
    label: 'Translation / paraphrasing',
    task: 'translation',
    chat: {
      rank: 4,
      rules: [
        {
          re: /\b(translat\w*|locali[sz]\w*|paraphras\w*|multilingual(?! (?:jailbreak|test|eval\w*|suite|benchmark|red[- ]team\w*))|into (german|french|spanish|english|japanese|chinese))\b/,
          weight: 5,
        },
        // "we need a translation service — support tickets …": the service named for its task
        {
          re: /\b(?:machine )?translation (?:service|tool|api|engine|layer|system|pipeline|assistant|bot)\b/,
          weight: 4,
        },
        // "tickets from Hindi, Tamil and Bangla into English": a language pair
        {
          re: /\b(?:hindi|tamil|telugu|bangla|bengali|urdu|english|german|french|spanish|italian|portuguese|dutch|polish|czech|swedish|turkish|russian|ukrainian|arabic|hebrew|greek|japanese|chinese|korean|vietnamese|thai|indonesian)(?:,\s*(?:and\s+)?[a-z]+|\s+(?:and|or)\s+[a-z]+){0,3}\s+(?:to|into)\s+(?:english|german|french|spanish|italian|portuguese|dutch|polish|japanese|chinese|korean|arabic|hindi|russian|turkish)\b/,
          weight: 4,
        },
      ],
    },
    seed: {
      slo: { percentile: 'p95', ttftMs: 400, itlMs: 35, e2eMs: 35000 },
      tokens: {
        input: { mean: 1024, p50: null, p90: null },
        output: { mean: 1024, p50: null, p90: null },
      },
      traffic: {
        arrival: 'poisson',
        activeFraction: 0.15,
        requestsPerActiveUserPerMin: 0.2,
        peakFactor: 1.8,
        burstSize: 1,
      },
      sourceRows: [14, 23, 36],
      source:
        'slo_templates.csv row 14 (Translation / paraphrasing: p95 TTFT 400 ms, ITL 35 ms, e2e 35000 ms, typical 1024 / 1024); row 23 (Poisson, 15% active, 0.2 req/min, peak x1.8); row 36 (NVIDIA NIM guidance: similar input and output lengths, 500-2000)',
      derivation:
        'Row 23 lists 512/256 typical tokens while row 14 lists 1024/1024; row 36 says input and output are similar, so the 1024/1024 of row 14 is used.',
    },
  },
  {
    id: 'agentic',
    label: 'Agentic / tool use',
    task: 'tool-use',
    chat: {
      rank: 5,
      rules: [
        {
          re: /\b(agentic|ai agents?|llm agents?|autonomous (?:[\w-]+ ){0,2}?agents?|(?<!(?:support|service|human|call cent(?:er|re)|sales|customer)\s)agents? in flight|autonomously|agent (?:pipelines?|workflows?|loops?|orchestration)|tool[- ](use|using|calling|calls)|(uses?|using|calls?|calling) (an? |the )?([a-z0-9/-]+ ){0,4}?(?:tools|(?<!\b(?:uses?|using) the )tool(?! (?:to|that|which|for)\b))|as tools|calls? [^.]{0,60}\bapis\b|(?:through|via) (?:our|the|its|their) (?:[\w-]+ ){0,2}?(?:tool|api)s?(?! (?:to|that|which|for)\b)|(?:runs?|running) [\w-]+ (?:through|via|with) tools\b|function[- ]calling|multi[- ]step (tasks|workflows?|chains?)|mcp)\b/,
          weight: 5,
        },
        // "Pipeline of calls: pulls seismograph summaries, queries the gas-sensor API, then
        // drafts the bulletin", "each ticket triggers ~6 LLM calls": steps that call out,
        // whatever the last one writes
        {
          re: /\b(?:pipelines?|chains?|sequences?) of (?:llm |model |api |tool )?calls\b|\b(?:triggers?|makes?|fires?|issues?|runs?) (?:~\s*|about |around |up to )?\d+(?:\s*[-–]\s*\d+)? (?:llm|model|tool) calls\b|\b(?:queries|querying) (?:the|our|its|their|an?) (?:[\w-]+ ){0,2}?api\b/,
          weight: 5,
        },
        {
          // "agents paste a customer's e-mail", "150 agents on it": people at a desk, not software
          // "order mails from customers and agents": people listed beside other people
          re: /(?<!(support|service|human|call center|call centre|sales|customer|insurance|estate|travel|field|booking)\s|\b(?:customers?|clients?|dealers?|brokers?|distributors?|resellers?|buyers?|suppliers?|partners?) (?:and|&|or) )\bagents?\b(?![- ]assist)(?!\s+(?:paste|type|edit|answer|handle|reply|review|copy|read|sit|work)\b|\s+on (?:it|shift|duty|the (?:desk|floor|phones?))\b)/,
          weight: 2,
        },
        // "an onboarding agent: it pulls the registry extract, calls our sanctions screening API"
        {
          re: /(?<!(?:support|service|human|call cent(?:er|re)|sales|customer|insurance|estate|travel|field|booking|desk)\s)\bagents?\b[^.]{0,60}\b(?:calls?|calling|call|queries|querying|query|pulls?|pulling|invokes?|invoking|invoke)\s+(?:our|the|its|their|an?|external|internal|several|multiple)\s+(?!(?:customers?|clients?|callers?|people)\b)/,
          weight: 4,
        },
        // "they call our rostering API and the GSE tracking API": actions through several APIs
        {
          re: /\b(?:calls?|calling) (?:our|the|its|their) (?:[\w-]+ ){1,3}?api,? (?:and|plus|&) (?:the |our |its |their )?(?:[\w-]+ ){1,3}?api\b/,
          weight: 5,
        },
        // "up to 120 agent runs in flight": the agent's own executions, counted as load
        {
          re: /(?<!(?:support|service|human|call cent(?:er|re)|sales|customer|insurance|estate|travel|field|booking|desk)\s)\bagent (?:runs?|invocations?|executions?|steps?|instances?)\b/,
          weight: 4,
        },
        // "an agent that resets passwords … and opens tickets via tool calls": actions through tools
        {
          re: /\b(resets?|opens?|creates?|books?|updates?|files?|cancels?)\b[^.]{0,80}\b(via|through|with|using) (tool[- ]calls?|tools|function[- ]calls?)\b/,
          weight: 4,
        },
      ],
    },
    seed: {
      slo: { percentile: 'p95', ttftMs: 600, itlMs: 30, e2eMs: 44040 },
      tokens: {
        input: { mean: 1034, p50: null, p90: null },
        output: { mean: 1448, p50: null, p90: null },
      },
      traffic: {
        arrival: 'clustered-poisson',
        activeFraction: 0.2,
        requestsPerActiveUserPerMin: 1,
        peakFactor: 2.5,
        burstSize: 1,
      },
      sourceRows: [17, 26, 35],
      source: 'derived from slo_templates.csv rows 17, 26 and 35',
      derivation:
        "No agentic row in slo_templates.csv. An agent step reads tool output like a RAG prompt, so TTFT p95 600 ms and ITL p95 30 ms come from row 17 (RAG Q&A) and the traffic shape (clustered, 1.0 req/active-user/min, peak x2.5) from row 26. Token lengths come from row 35 (inference-perf 'reasoning' profile: ~1034 in / ~1448 out), the closest multi-step workload. e2e = TTFT + ITL x mean output = 600 + 30 x 1448 = 44040 ms.",
    },
  },
  {
    id: 'batch-analytics',
    label: 'Batch analytics (offline documents)',
    task: 'summarisation',
    chat: {
      rank: 6,
      rules: [
        // analytics tasks
        {
          re: /\b((?<!-)analytics(?! (?:says|shows|said|showed|reports|reported|team|confirmed|tells|data|exports?|dashboards?|tools?|platform))|classif(?!iers?\b)\w*|categori[sz]\w*|extraction|extract\w* (?:the |key |these |those |such |all (?:the )?)?(fields|entities|data|information|details|line items|clauses)|(churn|risk|lead|fraud|credit)[- ]scor\w*|scor(e|es|ing) [^.]{0,60}\bfor (churn|fraud|credit|default)? ?(risk|propensity|likelihood)|scor(e|es|ing) [^.]{0,60}\bfor (toxicity|spam|abuse|relevance)|toxicity (scor\w*|detection|classification)|(pull\w*|get\w*|lift\w*) (the |key )?(fields|entities|data points|key facts) (out of|from)|entity extraction|information extraction|sentiment|tagging|label(l)?ing|etl|llm[- ]as[- ](?:a[- ])?judge|(?:llm |ai )?judge (?:scores?|grades?|rates?)|red[- ]teaming)\b/,
          weight: 4,
        },
        // "score and summarise statements of purpose", "output a score + 100-word justification":
        // each record judged, the text only its reason
        {
          re: /\b(?:score|grade|rate|rank)s? (?:and|&|\+) (?:summari[sz]e|comment on|justify|explain)\b/,
          weight: 4,
        },
        {
          re: /\b(?:outputs?|returns?)\s*(?::|is|=)?\s*(?:a |one )?(?:numeric |numerical )?(?:score|grade|rating)\s*(?:\+|&|(?:and|plus|with)\b)/,
          weight: 4,
        },
        // "tag 288,000 tickets by topic and product area", "tag categories on 180,000
        // products": sorting items into classes
        {
          re: /\b(re-?)?(tag|label|classify|categori[sz]e|sort)\b(?:[^.]|\.(?=\d)){0,60}\b(by (topic|category|sentiment|intent|type|product|theme|language|priority|urgency)|with (the )?(new )?(categories|labels|tags|taxonomy)|into ((our|the|its|their) )?(\d+ )?(categories|classes|buckets|topics|groups|labels))\b|\b(tag|label|assign)\w* (\w+ )?(categor(y|ies)|labels|topics|tags) (on|to|for)\b/,
          weight: 5,
        },
        // the batch mode, which any task can run in
        // "extract pest, crop, plot and severity in JSON"
        {
          re: /\bextract\w* [^.]{0,80}\b(in|as|into|to) (structured )?json\b/,
          weight: 4,
        },
        // "tag emails for privilege + responsiveness", "flag invoices for review"
        // "tag and route incoming donor emails": two sorting verbs, then what they sort
        {
          re: /\b(?:tag|label|flag|classify|triage|route|sort)\w* and (?:tag|label|flag|classify|triage|route|sort)\w* (?:[\w-]+ ){0,3}?(e-?mails?|documents?|docs|tickets?|records?|messages?|reviews?|items?|files?|invoices?|claims?|reports?)\b/,
          weight: 4,
        },
        {
          re: /\b(tag|label|flag|classify|triage)\w* (?:[\w-]+ ){0,2}?(e-?mails?|documents?|docs|tickets?|records?|messages?|reviews?|items?|files?|images?|transactions?|invoices?|claims?) (for|by|as|into)\b|\b(tag|label)\w* (with|w\/|by) (?:[\w-]+ ){0,2}?(categor(y|ies)|labels?|severity|topics?|types?|sentiment)\b|\b(?:tag|label)s? (?:[\w-]+ ){1,3}?(?:with|w\/|by) (?:[\w-]+ ){0,2}?(?:categor(?:y|ies)|labels|severity|topics|sentiment)\b/,
          weight: 4,
        },
        {
          re: /\b(batch|offline(?![- ](?:hosted|capable|mode|first|installs?|installed|deployments?|deployed|environments?|networks?|access)\b)|overnight|nightly|bulk)\b/,
          weight: 3,
        },
        {
          re: /\b(every (night|morning|evening)|each (night|morning|evening)|once a day|(nightly|overnight|offline|batch) (run|job)|(?<!\b(?:do|does|did|doing|done|for) (?:the|a|this|that) )job(?! (?:ads?|descriptions?|postings?|specs?|boards?|offers?|titles?|seekers?|applications?|adverts?|tickets?|cards?|sheets?)))\b/,
          weight: 2,
        },
      ],
    },
    seed: {
      availability: 'best-effort',
      slo: { percentile: 'p95', ttftMs: 2000, itlMs: 45, e2eMs: 90000 },
      tokens: {
        input: { mean: 10240, p50: null, p90: null },
        output: { mean: 1536, p50: null, p90: null },
      },
      traffic: {
        arrival: 'constant',
        activeFraction: 0.1,
        requestsPerActiveUserPerMin: 0.1,
        peakFactor: 1,
        burstSize: 1,
      },
      sourceRows: [19, 27],
      source: 'derived from slo_templates.csv rows 19 and 27',
      derivation:
        'No batch-analytics row with traffic. Latency targets from row 19 (Research / legal / multi-document Q&A, experience class Batch/Offline: p95 TTFT 2000 ms, ITL 45 ms, e2e 75000-90000 ms, upper end used) and token lengths from the same row (10240 / 1536). Traffic from row 27 (10% active, 0.1 req/min) but with peak factor 1.0 instead of 1.5 because batch jobs are scheduled, and constant arrivals: a planner assumption, not a measurement.',
    },
  },
  {
    id: 'long-document-summarisation',
    label: 'Long document summarisation',
    task: 'summarisation',
    chat: {
      rank: 0,
      rules: [
        {
          re: /summar\w*[^.]{0,60}\b(long|large|lengthy|big|huge)\s+([a-z-]+\s+)?(documents?|docs|reports?|contracts?|files|pdfs?|papers|filings|transcripts?)/,
          weight: 5,
        },
        {
          re: /\b(long|large|lengthy)[\s-]+([a-z-]+\s+)?(documents?|docs|reports?|contracts?|pdfs?)[^.]{0,60}summar/,
          weight: 5,
        },
        // "filings (around 120k tokens each) … a two-page summary": 30k tokens and more
        {
          re: /summar\w*[^.]{0,120}\b(?:[3-9]\d|[1-9]\d\d)\s*k\s+tokens|\b(?:[3-9]\d|[1-9]\d\d)\s*k\s+tokens[^.]{0,80}summar/,
          weight: 5,
        },
        // "summarise books", not "summary … a booking assistant"
        { re: /summar\w*[^.]{0,80}\b(books?\b|\d{2,}[- ]page)/, weight: 5 },
        // "contracts (often 100+ pages) … a summary"
        {
          re: /\b\d{2,}\+?[- ]?pages?\b[^.]{0,60}summar|summar\w*[^.]{0,40}\b\d{2,}\+[- ]?pages?\b/,
          weight: 5,
        },
        // documents that are long by nature
        {
          re: /\b(contracts?|filings|books?|theses|dissertations|manuscripts?|legal documents?)\s+summar\w*|summar\w*\s+(of\s+)?(the\s+|our\s+|all\s+|each\s+|every\s+)?(?:(?:new|uploaded|incoming|signed|scanned)\s+)?(contracts?|filings|books?|theses|dissertations|manuscripts?|legal documents?)\b/,
          weight: 5,
        },
      ],
    },
    seed: {
      slo: { percentile: 'p95', ttftMs: 1000, itlMs: 40, e2eMs: 60000 },
      tokens: {
        input: { mean: 10240, p50: null, p90: null },
        output: { mean: 1536, p50: null, p90: null },
      },
      traffic: {
        arrival: 'poisson',
        activeFraction: 0.1,
        requestsPerActiveUserPerMin: 0.1,
        peakFactor: 1.5,
        burstSize: 1,
      },
      sourceRows: [18, 27],
      source:
        'slo_templates.csv row 18 (Long document summarization: p95 TTFT 1000 ms, ITL 40 ms, e2e 60000 ms, 10240 / 1536); row 27 (Poisson, 10% active, 0.1 req/min, peak x1.5)',
      derivation: null,
    },
  },
  {
    id: 'content-generation',
    label: 'Content generation / writing assistant',
    task: 'chat',
    chat: {
      rank: 10,
      rules: [
        {
          re: /\b(content (generation|gen|creation|writing)|(?<!\(\s*|\b(?:in|from) )marketing(?!\s*\))(?!\s+(?:team|teams|lead|department|dept|manager|director|here|intranet|portal|wiki|org|folks|people|staff|colleagues|employees)\b)(?!\s+(?:insists?|says|said|thinks|claims|told|reckons|believes)\b)|copy ?writ\w*|blog( posts?)?|articles?|newsletters?(?! (?:goes|went|is sent|gets sent|lands|comes) out)|(?:product(?:[- ]page)?|meta|seo)[- ]descriptions?|(?:product|marketing) blurbs?|(?:job ad|ad|copy|description|post|content) generation|(?:product|marketing|ad|sales|web|campaign) copy|copy generators?|rewrit\w* ([\w-]+ ){0,3}?(descriptions?|copy|texts?|posts?|articles?)|social media|creative writing|writing assistant|(?:e-?mails?|letters?|notes|messages) (?:drafted|written)\b|draft\w* ([\w-]+ ){0,3}?(invitations?|vows|speeches|toasts|emails?|letters?|posts?|reports?|documents?|replies|responses|release notes|announcements?|prose|applications?|grants?|descriptions?|blurbs?|headlines?|stories)|(report|proposal) (drafting|writing)|drafting assistant|release[- ]notes? (writer|writing|drafting|generator)|(?:press|news|media) releases?|press statements?|speech(?:es)? (?:writ\w*|draft\w*)|talking points)\b/,
          weight: 4,
        },
        // "rewrite 50,000 product descriptions in a friendlier tone"
        { re: /\b(rewrit\w*|re-?word\w*)\b/, weight: 4 },
        // "a forecast-text generator that turns model output into plain-language regional
        // forecasts": text written from data
        {
          re: /\b(?:[\w]+-)?text generat(?:or|ion)\b|\b(?:turn|turns|convert|converts|render|renders)\b[^.\n]{0,80}?\binto (?:plain[- ](?:language|english)|readable|natural[- ]language|human[- ]readable) (?:[\w-]+ ){0,2}?(?:texts?|forecasts?|reports?|descriptions?|narratives?|bulletins?|prose)\b/,
          weight: 4,
        },
        // "match reports … each ~400 words, written from the stats sheet": prose made from data
        {
          re: /\b(?:match|game|race|fixture) reports?\b|\b(?:written|generated|drafted|composed) (?:from|out of) (?:the|our|its|their|each) (?:[\w-]+ )?(?:stats?|statistics|data|figures|numbers|results|scores?)(?: sheets?| tables?)?\b/,
          weight: 4,
        },
        // "generate a personalised narrative paragraph for each customer"
        {
          re: /\bgenerat\w*\s+(?:of\s+)?(an?\s+|the\s+)?((?!(?:for|of|from|on|about|in|with)\b)[\w-]+\s+){0,3}?(narratives?|paragraphs?|texts?|copy|stor(y|ies)|letters?|messages?|descriptions?|posts?|e-?mails?|drafts?|lines|commentar(?:y|ies)|captions?|blurbs?|bulletins?|previews?)\b/,
          weight: 4,
        },
        // "we need a description for each lot", "write a blurb for every listing": one text written
        // for each thing the team sells
        {
          re: /\b(?:need|needs|want|wants|write|writes|writing)\b(?: (?:us|me|them))? (?:an? |one )?(?:(?:short|new|fresh|catalogue|catalog|listing|product) )?(?:descriptions?|blurbs?|captions?|write-?ups?) (?:for|of) (?:each|every|all|our|the) (?:[\w-]+ )?(?:lots?|items?|products?|listings?|skus?|articles?|properties|vehicles?|objects?|pieces?|artworks?|wines?|books?|titles?|rooms?|homes?)\b/,
          weight: 4,
        },
        // "listing descriptions for new listings generate" (a German verb last, translated);
        // "shelf-edge blurbs generated for each changed SKU"
        {
          re: /\b(?:listing |product |marketing )?(?:descriptions|texts|copy|posts|captions)\b(?: (?!(?:from|and|or)\b)[\w-]+){0,4}? generate\s*(?:[.;,:]|$)|\b(?:blurbs?|captions?|taglines?|descriptions?) (?:generated|written|drafted)\b/,
          weight: 4,
        },
        // "the brochure texts for each group", "flyer copy": marketing material
        {
          re: /\b(?:brochure|flyer|leaflet|catalogue|catalog) (?:texts?|copy)\b|\btexts? (?:for|of) (?:the |our )?(?:brochures?|flyers?|leaflets?)\b/,
          weight: 4,
        },
        // "a drafting tool that writes first-draft NDA + MSA clauses"
        {
          re: /\b(drafting tool|(writ|draft|generat|creat)\w* (?:[\w+-]+ ){0,4}?(clauses|contracts?|agreements?|memos?|proposals?|briefs?|cover letters?|job (?:ads?|descriptions?|postings?)|lesson plans?|quiz(?:zes)?|worksheets?|(?:test|exam|quiz|practice|revision|review) questions|answer keys?|flashcards))\b/,
          weight: 4,
        },
        // "suggest headline + standfirst variants", "propose subject lines"
        {
          re: /\b(suggest|propos|generat|writ|draft|brainstorm)\w* ([\w+-]+ ){0,3}?(headlines?|standfirsts?|taglines?|slogans?|subject lines?|ad texts?|variants)\b/,
          weight: 4,
        },
        // "a keyword+caption drafting bot", "an alt-text generator": what it writes, then the verb
        {
          re: /\b(?:captions?|alt[- ]?texts?|headlines?|blurbs?|taglines?|slogans?|bios?|listings?)\s*(?:drafting|drafter|writing|writer|generation|generator|creation)\b/,
          weight: 4,
        },
        // "drafts program notes for our concert season", "obituaries and service programs",
        // "live colour-commentary lines": pieces of writing of their own kind
        {
          re: /\b(?:program(?:me)? notes|liner notes|obituar(?:y|ies)|eulog(?:y|ies)|(?:service|funeral|memorial) programs?|colou?r[- ]commentary|commentary lines)\b/,
          weight: 4,
        },
        { re: /\b(emails?|write|writing)\b/, weight: 1 },
      ],
    },
    seed: {
      slo: { percentile: 'p95', ttftMs: 500, itlMs: 35, e2eMs: 40000 },
      tokens: {
        input: { mean: 1024, p50: null, p90: null },
        output: { mean: 1024, p50: null, p90: null },
      },
      traffic: {
        arrival: 'poisson-bursts',
        activeFraction: 0.2,
        requestsPerActiveUserPerMin: 0.5,
        peakFactor: 2.2,
        burstSize: 2.5,
      },
      sourceRows: [15, 24],
      source:
        'slo_templates.csv row 15 (Content generation: p95 TTFT 500 ms, ITL 35 ms, e2e 40000 ms, 1024 / 1024); row 24 (Poisson with bursts 2.5, 20% active, 0.5 req/min, peak x2.2)',
      derivation: null,
    },
  },
  {
    id: 'reasoning',
    label: 'Reasoning assistant',
    task: 'reasoning',
    chat: {
      rank: 9,
      rules: [
        {
          re: /\b(reasoning|math(s|ematics)?|step[- ]by[- ]step|chain[- ]of[- ]thought|thinking model|complex (?:problems?|tasks?|questions?|analys[ie]s)|multi[- ]step (?:calculations?|computations?|math|problems?|analys[ie]s)|logic puzzles?|proofs?)\b/,
          weight: 4,
        },
        // "a reasoning model to work through HS code edge cases step by step": the model asked for
        // is the task, whatever domain nouns ("classification") it reasons about
        {
          re: /\b(?:reasoning (?:models?|traces?|llms?)|work(?:s|ing)? through\b[^.]{0,60}\bstep[- ]by[- ]step)\b/,
          weight: 4,
        },
      ],
    },
    seed: {
      slo: { percentile: 'p99', ttftMs: 2000, itlMs: 80, e2eMs: null },
      tokens: {
        input: { mean: 1034, p50: null, p90: null },
        output: { mean: 1448, p50: null, p90: null },
      },
      traffic: {
        arrival: 'poisson',
        activeFraction: 0.2,
        requestsPerActiveUserPerMin: 0.4,
        peakFactor: 2,
        burstSize: 1,
      },
      sourceRows: [8, 20, 35],
      source:
        "slo_templates.csv row 8 (MLPerf DeepSeek-R1 Server: p99 TTFT 2000 ms, TPOT 80 ms); row 35 (inference-perf 'reasoning' token lengths); traffic from row 20",
      derivation:
        'Traffic borrowed from the conversational row 20 (no reasoning traffic row); no e2e target in the source.',
    },
  },
  {
    id: 'interactive-summarisation',
    label: 'Interactive summarisation (user waits)',
    task: 'summarisation',
    chat: {
      // before "summarisation": the words say which of the two is meant
      rank: 6.5,
      rules: [
        // "a summary of the reviews, generated when a shopper opens the reviews tab"
        {
          re: /\bsummar\w*[^.]{0,80}\b(generated|shown|appears?|displayed|created) (when|as soon as|once) (a|the) (user|shopper|customer|visitor|agent|doctor|clinician|reader|member) (opens|clicks|taps|views|loads|selects)\b/,
          weight: 5,
        },
        // "wait for the summary to appear in the side panel": someone is waiting on it
        {
          re: /\bwait\w* for (?:the|a|an) (?:[\w-]+ ){0,2}?(summary|recap|digest|tl;?dr)|\b(summary|recap) to (appear|show up|load|pop up)\b/,
          weight: 5,
        },
        // "the call summary appears on the screen; the agent waits for it": someone watches for it
        {
          re: /\bsummar\w*[^.]{0,60}\b(?:appears?|shows? up|pops? up|comes? up|is shown|is displayed) on (?:the |their |his |her |a )?screens?\b|\bsummar\w*[^.]{0,80}\b(?:waits?|waiting) for it\b/,
          weight: 4,
        },
        // "gets a 5-line summary in a side panel": shown to someone in the tool they work in
        {
          re: /\bsummar(y|ies)\b[^.]{0,30}\b(in|on|into) (a|the|their|its) (side ?panel|sidebar|panel|pane|pop-?up|tooltip|widget)\b/,
          weight: 5,
        },
        {
          re: /\b(interactive|real[- ]?time|instant|live|on[- ]demand) summar\w*|\bsummar\w* on[- ]demand\b|\b(click|press|hit|tap)\w*\b[^.]{0,20}\bwait\w* for the (result|output|answer)s?\b|\bsummar\w*[^.]{0,40}\b(as it streams|streams? in)\b|\b(click|press|hit|tap)\w*[^.]{0,60}summar|\bsummar\w*[^.]{0,40}\bon screen\b|\b(click|press|hit|tap)\w*[^.]{0,60}\bon screen\b[^.]{0,30}summar|\bread (the|their|its) summar\w* (right )?(there|away|immediately|on the spot)\b|\bsummar\w*[^.]{0,40}\bbutton\b|\bsummar\w* [^.]{0,30}\b(while (they|users?|you) waits?|instantly|in real[- ]?time)\b|\bbuttons?\b[^.]{0,80}\bsummar|\bsummar\w*[^.]{0,80}\b(clicks?|taps?|presses?)(?:\s+(?:on\s+)?(?:['"‘“][^'"’”]{1,30}['"’”]|the button|a button))?\s+and\s+waits?\b/,
          weight: 5,
        },
      ],
    },
    seed: {
      slo: { percentile: 'p99', ttftMs: 500, itlMs: 30, e2eMs: null },
      tokens: {
        input: { mean: 2588.1, p50: 2730, p90: 3702 },
        output: { mean: 291.4, p50: 167, p90: 372 },
      },
      traffic: {
        arrival: 'poisson',
        activeFraction: 0.15,
        requestsPerActiveUserPerMin: 0.2,
        peakFactor: 1.8,
        burstSize: 1,
      },
      sourceRows: [7, 25, 30],
      source:
        'slo_templates.csv row 7 (Summarization interactive, MLPerf Llama-3.1-8B Interactive: p99 TTFT 500 ms, TPOT 30 ms); row 25 (summarisation traffic: Poisson, 15% active, 0.2 req/active-user/min, peak x1.8); row 30 (Arxiv-Summarization trace token lengths: 2588.1 mean / 2730 p50 / 3702 p90 in, 291.4 / 167 / 372 out)',
      derivation:
        'No e2e target: row 7 (MLPerf) sets none. TPOT is taken as the ITL target, as the other MLPerf-derived template (reasoning, row 8) does.',
    },
  },
];

/** Use-case ids, in list order. @public */
export const USE_CASE_IDS: readonly string[] = USE_CASES.map(u => u.id);

/** The use case of an id, undefined when the registry has none. @public */
export function useCaseById(id: string | undefined): UseCase | undefined {
  return USE_CASES.find(u => u.id === id);
}

/** Model task of a use case; a use case the registry does not know plans as chat. @public */
export function useCaseTask(id: string): string {
  return useCaseById(id)?.task ?? 'chat';
}

/** The seed SLO template of a use case. @public */
export function seedTemplate(u: UseCase): SloTemplate {
  return { id: u.id, name: u.label, ...u.seed };
}

/** Use cases in the order the chat's keyword rules are tried (ties go to the earlier). @public */
export const USE_CASES_BY_CHAT_RANK: readonly UseCase[] = [...USE_CASES].sort(
  (a, b) => a.chat.rank - b.chat.rank,
);

/**
 * The templates to plan with: the stored (curated) ones, then the seed template of every
 * registry use case that has none stored yet.
 * @public
 */
export function withSeedTemplates(stored: SloTemplate[]): SloTemplate[] {
  const have = new Set(stored.map(t => t.id));
  const missing = USE_CASES.filter(u => !have.has(u.id)).map(seedTemplate);
  return missing.length > 0 ? [...stored, ...missing] : stored;
}

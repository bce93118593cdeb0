/**
 * Words of other languages that planning requests use, read as their English meaning before
 * the rules run (German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish). The
 * rules key on English words; this table is how the chat reads the same request written in
 * another language. Phrases come before the words inside them; an entry's words are whole words.
 */

/**
 * [the words (regex alternation, whole words), what they mean in English], applied in order: a
 * phrase stands before every entry that matches inside it (glossary.test.ts checks), or the
 * shorter entry would replace part of the phrase first and the phrase would never match.
 */
export const TERMS: [string, string][] = [
  // ab-* round: Portuguese, Turkish, Vietnamese, Czech, Greek, Hebrew, Ukrainian, Catalan,
  // Filipino, German, Spanish, Polish, Italian and French phrases
  [
    'uma janela de|una ventana de|une fenêtre de|una finestra di',
    'a window of',
  ],
  ['janela de|ventana de|fenêtre de', 'window of'],
  ['okno na zadanie', 'window for the job'],
  [
    'avaliação|reseña|recensione|recensie|recenzja|recension|bewertung',
    'review',
  ],
  ['precisamos|necesitamos', 'we need to'],
  ['aktif bir geliştirici', 'an active developer'],
  ['aktif bir kullanıcı', 'an active user'],
  ['aktif bir çalışan', 'an active employee'],
  ['aktif bir temsilci', 'an active agent'],
  ['anında hissettirmesi lazım|anında hissettirmeli', 'must feel instant'],
  ['dịch vụ dịch', 'translation service'],
  ['tải dự kiến', 'expected load'],
  ['yêu cầu/phút', 'requests/minute'],
  ['mỗi yêu cầu', 'each request'],
  ['token đầu vào', 'input tokens'],
  ['token đầu ra', 'output tokens'],
  ['yêu cầu', 'requests'],
  ['kỹ thuật', 'technical'],
  ['περιμένουμε', 'we expect'],
  ['κάθε κλήση έχει', 'each call has'],
  ['εισόδου', 'input'],
  ['εξόδου', 'output'],
  ['προϋπολογισμός έως', 'budget up to'],
  ['προϋπολογισμός', 'budget'],
  ['τον μήνα', 'per month'],
  ['לסיכום', 'to summarise'],
  ['חוזים ארוכים', 'long contracts'],
  ['כל חוזה הוא', 'each contract is'],
  ['עמודים', 'pages'],
  ['מילים לעמוד', 'words per page'],
  ['מילים', 'words'],
  ['והסיכום הוא', 'and the summary is'],
  ['עורכי דין', 'lawyers'],
  ['ישתמשו בו', 'will use it'],
  ['אין לחץ', 'no rush'],
  ['זה יכול לקחת דקה', 'it can take a minute'],
  ['чат-бот підтримки клієнтів', 'customer support chatbot'],
  ['плануємо|плануємо мати', 'we plan'],
  ['плануємо', 'we plan'],
  ['клієнтів', 'customers'],
  ['приблизно', 'about'],
  ['онлайн', 'online'],
  ['вибачте, помилився|вибачте', 'sorry, my mistake'],
  ['має відповідати швидко', 'must answer fast'],
  ['до(?= \\d[\\d\\s]*\\s*(?:ms|мс|s|с)(?!\\p{L}))', 'under'],
  ['на(?= p\\d)', 'at'],
  ['generador de descripcions de producte', 'product description generator'],
  ["l['’]usaran", 'will use it'],
  ['treballadors', 'workers'],
  ['actius alhora', 'active at once'],
  ['amb un', 'with'],
  ['cadascun fa una petició', 'each sends a request'],
  ['cada descripció té', 'each description has'],
  ['paraules', 'words'],
  ['uns|unes', 'about'],
  ['para sa', 'for'],
  ['humigit-kumulang', 'about'],
  ['naming customer', 'of our customers'],
  ['jede mail hat etwa|jede e-mail hat etwa', 'each email has about'],
  ['support-mails', 'support emails'],
  ['wörter', 'words'],
  [
    'bis wann das fertig sein muss, ist (?:intern )?noch nicht geklärt',
    'the deadline is not decided yet',
  ],
  ['prompts de', 'prompts of'],
  ['respuestas de', 'answers of'],
  ['musimy streścić', 'we need to summarise'],
  ['streścić', 'summarise'],
  ['raportów serwisowych', 'service reports'],
  ['ogni contratto è di', 'each contract is'],
  ['fait à peu près|fait environ|fait en moyenne', 'is about'],
  ['à peu près', 'about'],
  ['varje söndagsnatt', 'every Sunday night'],
  ['söndagsnatt', 'Sunday night'],
  ['veckans alla', "all the week's"],
  ['veckans', "the week's"],
  ['supportärenden', 'support tickets'],
  ['runt(?= \\d)', 'about'],
  ['st(?=[,.;])', 'of them'],
  ['per ärende', 'per ticket'],
  ['jobbet måste vara klart', 'the job must be done'],
  ['sammanfattningarna', 'the summaries'],
  ['kami perlu', 'we need to'],
  ['memberi tag kategori pada', 'tag categories on'],
  ['tiap batch harus selesai dalam', 'each batch must finish within'],
  ['rata-rata deskripsi produk', 'each product description is'],
  ['deskripsi produk', 'product descriptions'],
  ['produk', 'products'],
  ['di katalog', 'in the catalog'],
  ['pakai gpu spot saja', 'use spot GPUs only'],
  ['anggarannya ketat', 'the budget is tight'],
  ['requête', 'request'],
  ['chacun|chacune', 'each'],
  // aa-* round: German, French, Italian, Polish, Dutch, Arabic, Russian and Hinglish phrases
  ['code compl\\.?', 'code completion'],
  ['jede:r|jeder', 'each'],
  ['eine nachricht', 'a message'],
  ['stellt', 'asks'],
  ['eine frage', 'a question'],
  ['servicetechniker|techniker', 'service technicians'],
  ['kontext inkl\\.|kontext inklusive', 'context including'],
  ['abgerufener|abgerufenen|abgerufene', 'retrieved'],
  ['kontext', 'context'],
  ['eher', 'rather'],
  [
    'génération de fiches produits?|génération de descriptions produits?',
    'product description generation',
  ],
  ['des textes of', 'outputs of'],
  ['примерно', 'about'],
  ['schede prodotto', 'product descriptions'],
  ['okno na przetwarzanie|okno przetwarzania', 'processing window'],
  ['samenvatting van', 'summary of'],
  ['wacht op het resultaat', 'waits for the result'],
  ['خدمة ترجمة فورية|ترجمة فورية', 'live translation service'],
  ['للمحادثات', 'for conversations'],
  ['طلبًا في الثانية|طلبا في الثانية|طلب في الثانية', 'requests per second'],
  ['سريعة جدًا|سريعة جدا', 'very fast'],
  ['сотрудников|сотрудники', 'employees'],
  ['одновременно активны', 'simultaneously active'],
  ['каждый активный', 'each active user'],
  ['отправляет сообщение', 'sends a message'],
  ['раз в минуту', 'once a minute'],
  ['должен начинаться быстро|должны начинаться быстро', 'must start fast'],
  ['koi tension nahi', 'no rush'],
  ['huduma kwa wateja', 'customer service'],
  ['saa 24 kwa siku', '24 hours a day'],
  ['takriban', 'about'],
  [
    'gharama iwe ya chini kabisa|gharama ya chini kabisa',
    'as cheap as possible',
  ],
  ['lépésenkénti érvelés', 'step-by-step reasoning'],
  ['egyidejű diák|egyidejű diákok', 'concurrent students'],
  ['teljes válaszidő', 'end-to-end'],
  ['keret: havi', 'budget per month'],
  ['thoda time lag jaye toh chalega', 'it can take a while'],
  // a-* round: Turkish, Czech, Romanian, Greek, Finnish, Vietnamese and Indonesian phrases
  [
    'ilk tokena kadar geçen süre|ilk token süresi|ilk token',
    'time to first token',
  ],
  ['bude připojeno asi|bude připojeno', 'will be connected about'],
  ['zákazníků|zákazníci', 'customers'],
  ['pošle zprávu|posílá zprávu', 'sends a message'],
  ['každých', 'every'],
  ['asistent de generare de cod|generare de cod', 'code generation assistant'],
  ['programatori', 'developers'],
  [
    'care lucrează toți simultan|lucrează toți simultan|lucrează simultan',
    'who all work simultaneously',
  ],
  ['prompturile au', 'prompts are'],
  ['dolari', 'dollars'],
  [
    'σύστημα ερωτήσεων-απαντήσεων|ερωτήσεων-απαντήσεων',
    'question answering system',
  ],
  ['έγγραφα', 'documents'],
  ['αιτήματα ανά δευτερόλεπτο', 'requests per second'],
  ['κατά μέσο όρο', 'on average'],
  ['με αιχμή το διπλάσιο', 'with a peak of double that'],
  ['το ανακτημένο πλαίσιο είναι', 'the retrieved context is'],
  ['και η απάντηση', 'and the answer'],
  ['ο χρόνος μέχρι το πρώτο token', 'time to first token'],
  ['να είναι κάτω από|κάτω από', 'under'],
  ['στο', 'at'],
  ['προτιμάμε', 'we prefer'],
  ['kääntää|käännetään', 'translate'],
  ['asiakasviestiä|asiakasviestit', 'customer messages'],
  ['jokainen viesti on', 'each message is'],
  ['chúng tôi cần', 'we need to'],
  ['tóm tắt', 'summarise'],
  ['báo cáo nội bộ', 'internal reports'],
  ['mỗi báo cáo', 'each report is'],
  [
    'công việc phải xong trong vòng|phải xong trong vòng',
    'the job must finish within',
  ],
  ['không cần nhanh', 'no need to be fast'],
  ['chi phí càng thấp càng tốt', 'as cheap as possible'],
  ['agen otomatis', 'autonomous agents'],
  ['agen', 'agents'],
  ['berjalan', 'running'],
  [
    'tidak masalah kalau lambat|tidak apa-apa kalau lambat',
    'it is fine if it is slow',
  ],
  ['tidak ada yang menunggu hasilnya', 'nobody waits for the result'],
  // z-* round
  ['per diem', 'per day'],
  ['north of', 'over'],
  ['(?:would )?rather (?:it )?(?:be )?cheap than fast', 'cheap'],
  ['full fiscal year|fiscal year|financial year', 'per year'],
  // y-* round
  ['чат-бот-помічник|чат-бот|чатбот', 'chatbot'],
  ['перший токен не пізніше ніж за|перший токен за', 'first token within'],
  ['мс', 'ms'],
  ['секунди|секунд|секунда', 'seconds'],
  ['доларів на місяць', 'dollars per month'],
  ['близько', 'about'],
  ['користувачів', 'users'],
  ['одночасно буде|одночасно', 'simultaneously'],
  ['מפתחים', 'developers'],
  ['שעות העבודה', 'working hours'],
  ['פלט טיפוסי של כ-', 'typical output of about '],
  ['טוקנים', 'tokens'],
  ['זמן עד הטוקן הראשון', 'time to first token'],
  ['מתחת לשנייה אחת', 'under 1 second'],
  ['masa respons mesti pantas|mesti pantas', 'must be fast'],
  ['token pertama dalam', 'first token within'],
  ['একটা রাতের ব্যাচ জব|রাতের ব্যাচ জব', 'a nightly batch job'],
  ['প্রতি রাতে', 'every night'],
  ['প্রায়', 'about'],
  ['ইংরেজি থেকে বাংলায় অনুবাদ', 'translate from English to Bengali'],
  ['প্রতিটি বাক্যে গড়ে', 'each sentence has on average'],
  ['টোকেন', 'tokens'],
  ['বাজেট মাসে', 'budget per month'],
  ['வாடிக்கையாளர் சேவை', 'customer service'],
  ['ஆண்டு பட்ஜெட்', 'yearly budget'],
  ['چیٹ بوٹ', 'chatbot'],
  ['ملازمین', 'employees'],
  ['ان میں سے', 'of them'],
  ['بیک وقت', 'at the same time'],
  ['آن لائن', 'online'],
  ['بجٹ', 'budget'],
  ['ڈالر', 'dollars'],
  ['ماہانہ', 'per month'],
  [
    'assistente di riassunto interattivo|di riassunto interattivo|riassunto interattivo',
    'interactive summary assistant',
  ],
  ['giornalisti', 'journalists'],
  ['ogni journalist attivo|ogni giornalista attivo', 'each active journalist'],
  ['giornalista', 'journalist'],
  ['un quinto', 'a fifth'],
  ['una richiesta', 'a request'],
  ['la risposta completa', 'the full answer'],
  ['al 90° percentile|al 90 percentile', 'at p90'],
  ['al 95° percentile|al 95 percentile', 'at p95'],
  ['al 99° percentile|al 99 percentile', 'at p99'],
  ['nattligt batchjobb|nattlig batchjobb', 'nightly batch job'],
  ['extraherar', 'extracts'],
  ['per natt', 'per night'],
  ['i snitt', 'on average'],
  [
    'samtidige brukere|samtidige brugere|samtidiga användare',
    'concurrent users',
  ],
  ['samtidige|samtidiga', 'concurrent'],
  ['mellom|mellan', 'between'],
  ['umiddelbare|umiddelbart|omedelbara', 'instant'],
  ['første token', 'first token'],
  ['budsjett', 'budget'],
  ['i døgnet|per døgn|i dygnet', 'a day'],
  ['konteksten er|kontexten är', 'the context is'],
  ['svarene|svaren', 'the answers'],
  ['zadania wsadowego|zadanie wsadowe', 'batch job'],
  ['musi się zamknąć w|musi się zakończyć w', 'must finish within'],
  ['półtorej', '1.5'],
  ['średnio', 'on average'],
  ['na zgłoszenie', 'per ticket'],
  ['de hora em hora|de hora en hora|di ora in ora', 'every hour'],
  [
    'tem prazo de|has prazo de|tiene un plazo de|tiene plazo de',
    'must finish within',
  ],
  ['pra terminar|para terminar', ''],
  ['comentários|comentarios', 'comments'],
  ['comentário|comentario', 'comment'],
  ['em média|en promedio', 'on average'],
  ['par token généré|par token', 'per output token'],
  ['kalahati', 'half'],
  ['dapat mabilis ang first token,?', 'the first token must be fast: within'],
  ['dapat mabilis ang sagot', 'answers must be fast'],
  ['dapat mabilis(?: ang)?', 'must be fast:'],
  ['sa(?= p\\d)', 'at'],
  ['ek time pe|ek samay pe|ek saath', 'at a time'],
  ['hi active honge|active honge', 'active'],
  [
    'latency ki tension nahi hai|latency ki tension nahin hai',
    'latency is not critical',
  ],
  ['thoda slow bhi chalega|slow bhi chalega', 'slow is fine'],
  ['company mein', 'in the company'],
  ['sirf', 'only'],
  [
    'doit finir en|doit se terminer en|doit être bouclé en',
    'must finish within',
  ],
  ['deux heures et demie', '2.5 hours'],
  ['une heure et demie', '1.5 hours'],
  ['par run', 'per run'],
  [
    'pulls? named entities|named entity recognition|named entities',
    'extracts named entities',
  ],
  ['tippfehler', 'typo'],
  ['ich meine', 'I mean'],
  [
    'first words? of the (?:summary|answer|response|reply|output|translation)',
    'first token',
  ],
  // x-* round
  ['interaktív összefoglaló', 'interactive summary'],
  ['összefoglalót|összefoglaló', 'summary'],
  ['egyidejű felhasználó|egyidejű felhasználók', 'concurrent users'],
  ['felhasználó|felhasználók', 'users'],
  ['munkaidőben', 'during working hours'],
  ['a bemenet átlagosan|a bemenet', 'the input on average'],
  ['a válasz', 'the answer'],
  ['az első tokennek', 'the first token'],
  ['meg kell érkeznie', 'must arrive'],
  ['bocs', 'sorry'],
  ['pontosítok', 'to clarify'],
  ['valójában', 'actually'],
  ['hanem', 'but'],
  ['havi keretünk', 'monthly budget'],
  ['rezumarea documentelor lungi', 'summarising long documents'],
  ['analiștii|analiști', 'analysts'],
  ['în jur de', 'about'],
  ['tokeni fiecare', 'tokens each'],
  ['tokeni', 'tokens'],
  ['aproximativ', 'about'],
  ['cereri pe oră', 'requests per hour'],
  ['program', 'working hours'],
  ['rezumatul are', 'the summary has'],
  ['nu e nicio grabă|nu este nicio grabă', 'no rush'],
  [
    'poate dura și câteva minute|poate dura câteva minute',
    'can take a few minutes',
  ],
  ['buget lunar', 'monthly budget'],
  ['yöllisen eräajon|yöllinen eräajo', 'nightly batch job'],
  ['luokittelee', 'classifies'],
  ['asiakaspalautteet|asiakaspalautteita', 'customer feedback'],
  ['kpl/yö|/ yö|/yö', 'per night'],
  ['(?<=tokenia |tokens )kappale', 'each'],
  ['ajon pitää valmistua', 'the run must finish within'],
  ['halvin mahdollinen ratkaisu|halvin mahdollinen', 'the cheapest option'],
  ['aikaikkuna', 'window'],
  ['määrä', 'volume'],
  ['je(?=\\s+(?:etwa|ca\\.|circa|rund|ungefähr|about|~?\\d))', 'each'],
  ['zusammenfassung jeweils|jede zusammenfassung', 'each summary'],
  ['toutes les heures', 'every hour'],
  ['on reçoit|nous recevons', 'we receive'],
  ['par fiche|per fiche', 'per record'],
  ['fiches produits|fiches', 'records'],
  ['chaque lot', 'each batch'],
  [
    'doit être terminée? en|doit être fini en|doit être finie en',
    'must be done within',
  ],
  ['de salida|de saída', 'of output'],
  ['de entrada', 'of input'],
  [
    'e a saída é um|e a saída é uma|a saída é um|a saída é uma',
    'and the output is a',
  ],
  [
    "nota del administrador(?: del sistema)?|note de l[’']administrateur(?: système)?|hinweis des (?:system)?administrators|nota dell[’']amministratore(?: di sistema)?|nota do administrador(?: do sistema)?|notitie van de beheerder",
    'SYSTEM NOTE',
  ],
  ['nota', 'note'],
  [
    'twee keer zo hoog|twee keer zo veel|tweemaal zo hoog|doppelt so hoch|doppelt so viel',
    'twice as high',
  ],
  ['en daarna|und danach|et ensuite|y luego|e depois|e poi', 'and then'],
  ['고객센터|고객 센터', 'customer support'],
  ['czatbota|czatbotem|czatbot', 'chatbot'],
  ['korzystających jednocześnie', 'using it at the same time'],
  ['korzystających', 'using it'],
  ['tokenów|tokeny', 'tokens'],
  ['dwieście|dwustu', '200'],
  ['trzysta|trzystu', '300'],
  ['czterysta|czterystu', '400'],
  ['pięćset|pięciuset', '500'],
  ['sześćset|sześciuset', '600'],
  ['siedemset|siedmiuset', '700'],
  ['osiemset|ośmiuset', '800'],
  ['dziewięćset|dziewięciuset', '900'],
  [
    'zweimal (?:pro woche|die woche|wöchentlich)|deux fois par semaine|dos veces (?:por|a la) semana|due volte (?:a|alla|per) settimana|duas vezes por semana|twee keer per week|tweemaal per week|dwa razy w tygodniu|två gånger (?:i|per) veckan',
    'twice a week',
  ],
  [
    'zweimal (?:täglich|am tag|pro tag)|deux fois par jour|dos veces al día|due volte al giorno|duas vezes (?:por|ao) dia|twee keer per dag|tweemaal per dag|dwa razy dziennie|två gånger (?:om|per) dagen',
    'twice a day',
  ],
  ['dwa razy tyle', 'double that'],
  ['dwa|dwie|dwóch', '2'],
  ['trzy razy tyle', 'triple that'],
  ['trzy|trzech', '3'],
  ['cztery|czterech', '4'],
  ['pięć|pięciu', '5'],
  ['sześć|sześciu', '6'],
  ['siedem|siedmiu', '7'],
  ['osiem|ośmiu', '8'],
  ['dziewięć|dziewięciu', '9'],
  ['dziesięć|dziesięciu', '10'],
  ['tysięcy|tysiące|tysiąc', 'thousand'],
  ['souběžně', 'concurrently'],
  ['vývojářů|vývojáři|vývojáře', 'developers'],
  [
    'každý pošle požadavek (?:asi|about|zhruba)? ?jednou za',
    'each sends a request every',
  ],
  ['nemusí to být okamžité', 'it does not need to be instant'],
  ['nikdo na výsledek nečeká', 'nobody is waiting for the result'],
  ['výstup', 'output'],
  ['vstup', 'input'],
  ['geliştiricimiz|geliştiriciler|geliştirici', 'developers'],
  ['herhangi bir anda', 'at any given moment'],
  ['aktif oluyor', 'active'],
  ['gecikme çok kritik', 'latency is critical'],
  ['anlık hissettirmeli', 'must feel instant'],
  ['bağlam', 'context'],
  ['çıktı', 'output'],
  ['mesai', 'office hours'],
  ['ayda', 'per month'],
  ['dolar', 'dollars'],
  ['nhân viên', 'employees'],
  ['mỗi người hỏi', 'each person asks'],
  ['câu trả lời', 'answers'],
  ['câu hỏi|câu', 'question'],
  ['mỗi phút', 'per minute'],
  ['ngữ cảnh truy xuất|ngữ cảnh', 'context'],
  ['giờ làm việc', 'working hours'],
  ['hệ thống hỏi đáp', 'Q&A system'],
  ['tài liệu', 'documents'],
  [
    'im monat|au mois|mỗi tháng|pro monat|par mois|al mes|por mes|al mese|ogni mese|por mês|ao mês|per maand|na miesiąc|miesięcznie|per månad|i månaden|monatlich|mensuel|mensual|mensile|mensal|maandelijks|om måneden|pr\\. måned|za měsíc|měsíčně',
    'per month',
  ],
  ['tháng', 'month'],
  ['متوسط الطلبات', 'average requests'],
  ['طلب في الدقيقة', 'requests per minute'],
  [
    'وفي أوقات الذروة يتضاعف العدد|في أوقات الذروة يتضاعف العدد',
    'at peak it doubles',
  ],
  ['على مدار الساعة', 'around the clock'],
  ['حجم السياق', 'context'],
  ['والإجابة|الإجابة', 'answers'],
  ['زمن الاستجابة الكامل', 'full response time'],
  ['يجب ألا يتجاوز', 'under'],
  ['عند', 'at'],
  ['شهرياً', 'per month'],
  ['نظام أسئلة وأجوبة', 'Q&A system'],
  ['استرجاع المستندات', 'document retrieval'],
  ['konteks', 'context'],
  ['jawaban', 'answers'],
  ['harus terasa cepat', 'must feel fast'],
  ['anggaran', 'budget'],
  ['biz ?hours|biz ?hrs', 'business hours'],
  ['on estime|nous estimons', 'we estimate'],
  ['y ont accès|ont accès', 'have access'],
  ['avocats', 'lawyers'],
  [
    'lo más barato posible|lo mas barato posible|o mais barato possível|il più economico possibile|le moins cher possible|so günstig wie möglich|möglichst günstig|möglichst billig|zo goedkoop mogelijk|jak najtaniej|så billigt som möjligt|så billigt som muligt|co nejlevněji',
    'as cheap as possible',
  ],
  [
    "l['’]option la moins chère|la option la moins chère|la moins chère|le moins cher",
    'the cheapest option',
  ],
  ['tráfico medio|tráfego médio|traffico medio', 'average traffic'],
  [
    'el pico llega a|los picos llegan a|o pico chega a|il picco arriva a',
    'peaks at',
  ],
  ['entradas de', 'inputs of'],
  [
    'pero esa cifra ya no vale|pero esa cifra ya no es válida|pero ese dato ya no vale|mas esse número já não vale|ma quel numero non vale più',
    'but that figure is outdated',
  ],
  ['ogni utente attivo', 'each active user'],
  ['molto reattivo|molto reattiva|reattivo|reattiva', 'very responsive'],
  ['horário de atendimento', 'service hours'],
  ['bot de atendimento|de atendimento', 'customer support'],
  // w-* round
  ['contratos jurídicos longos|contratos longos', 'long contracts'],
  ['chegam em lotes', 'arrive in batches'],
  ['entram', 'arrive'],
  [
    'precisa estar resumido em (?:até|until)|precisa ser processado em (?:até|until)|precisa estar pronto em (?:até|until)',
    'must finish within',
  ],
  ['o resumo tem|cada resumo tem', 'each summary has'],
  ['lotes|lote', 'batch'],
  ['contrato', 'contract'],
  ['(?<=\\d\\s)hora', 'hour'],
  ['menor custo possível', 'lowest cost'],
  ['instância spot|instâncias spot', 'spot instances'],
  ['liittää tekstin', 'pastes text'],
  ['saa tiivistelmän heti ruudulle', 'gets the summary on screen immediately'],
  ['koko vastauksen on oltava valmis', 'the full answer must be done within'],
  ['koko vastauksen on oltava', 'the full answer must be'],
  ['timer', 'hours'],
  ['ग्राहक शिकायतों|ग्राहक शिकायतें', 'customer complaints'],
  ['tiivistelmän|tiivistelmä', 'summary'],
  ['käyttää palvelua', 'use it'],
  ['liitetty teksti on keskimäärin', 'the pasted text is on average'],
  ['matematikai feladatmegoldó|feladatmegoldó', 'math problem solver'],
  ['diák használja', 'students use it'],
  ['egyszerre', 'at the same time'],
  ['a késleltetés nem kritikus', 'latency is not critical'],
  ['nyugodtan gondolkodhat', 'it can take its time'],
  ['havi keret', 'monthly budget'],
  ['ביום רגיל', 'on a normal day'],
  ['זה עולה עד', 'it peaks at'],
  ['פניות', 'requests'],
  ['בשעה', 'per hour'],
  ['להתחיל להופיע תוך', 'start appearing within'],
  ['מילישניות', 'ms'],
  ['תקציב', 'budget'],
  ['דולר לחודש', 'dollars per month'],
  ['ग्राहकों की शिकायतें|ग्राहकों की शिकायतों', 'customer complaints'],
  ['श्रेणियों में बाँटना|श्रेणियों में बांटना', 'classify into categories'],
  ['सबसे सस्ता विकल्प', 'the cheapest option'],
  ['जॉब', 'job'],
  ['агентной системы|агентная система|агентов', 'agent system'],
  ['вызывает инструменты', 'calls tools'],
  ['в среднем', 'on average'],
  ['в пике до', 'peaking at'],
  ['около', 'about'],
  ['тыс\\.', 'thousand'],
  ['токенов на вызов', 'tokens per call'],
  ['токенов|токена|токены', 'tokens'],
  ['ответ', 'answers'],
  ['спот не подходит', 'no spot'],
  ['бюджет\\s*[—–-]?\\s*до|бюджет', 'budget up to'],
  ['млн', 'million'],
  ['в месяц', 'per month'],
  ['nye varer', 'new products'],
  ['hver uge', 'every week'],
  ['batchjob', 'batch job'],
  [
    'skal være færdigt inden for|skal være færdig inden for',
    'must finish within',
  ],
  ['input pr\\. vare er', 'input per product is'],
  ['hver beskrivelse er', 'each output is'],
  ['na estudyante ang naka-enroll', 'students enrolled'],
  ['ang sabay-sabay na online|sabay-sabay', 'online at the same time'],
  ['bawat aktibong estudyante ay nagpapadala ng', 'each active student sends'],
  ['mensahe', 'messages'],
  ['kada', 'per'],
  ['tuwing gabi', 'in the evenings'],
  ['mga', 'about'],
  ['soal jawab', 'Q&A'],
  ['pangkalan pengetahuan', 'knowledge base'],
  ['setiap prompt', 'each prompt'],
  ['jawapan', 'answers'],
  ['bajet maksimum|bajet', 'budget'],
  ['sebulan', 'per month'],
  ['مهمة ليلية', 'nightly job'],
  ['لاستخراج بيانات', 'to extract data from'],
  ['الفواتير', 'invoices'],
  ['تبدأ المهمة', 'the job starts at'],
  ['ويجب أن تنتهي قبل', 'and must be done by'],
  ['كل فاتورة', 'each invoice is'],
  ['رمز', 'tokens'],
  ['ولا نعرفه بعد|لا نعرفه بعد', 'we do not know it yet'],
  ['msaidizi wa maswali na majibu', 'Q&A assistant'],
  ['hifadhidata yetu ya kesi za kisheria', 'our legal case database'],
  ['jibu lianze kuonekana ndani ya', 'first token within'],
  ['kuna bajeti', 'there is a budget'],
  ['lakini bado sijapewa kiasi chake', 'but the figure is not decided yet'],
  [
    'instantáneas|instantáneos|instantánea|instantáneo|instantâneas|instantânea|istantanee|istantanea|instantanées|instantanée',
    'instant',
  ],
  ['produktbewertungen', 'product reviews'],
  ['bewertungen', 'reviews'],
  ['bewertung', 'review'],
  ['im schnitt|durchschnittlich', 'on average'],
  // v-* round: French, Polish, Czech, Turkish, Indonesian, Vietnamese, Persian and Greek phrases
  ['tickets clients|tickets de clients', 'customer tickets'],
  [
    'musi się zmieścić w|musi zmieścić się w|musi się skończyć w|musi skończyć się w',
    'must finish within',
  ],
  ['průměrně přijde|průměrně|v průměru', 'on average'],
  ['dotazů|dotazy|dotaz', 'requests'],
  ['za hodinu', 'per hour'],
  ['za minutu', 'per minute'],
  [
    'v nejvytíženější minutě jich bývá|v nejvytíženější minutě',
    'the busiest minute sees',
  ],
  [
    'v nejvytíženější hodině jich bývá|v nejvytíženější hodině',
    'the busiest hour sees',
  ],
  ['celá odpověď', 'full answer'],
  ['içerik üretimi', 'content generation'],
  ['kampanya e-postaları', 'campaign e-mails'],
  ['sosyal medya metinleri', 'social media copy'],
  ['ekipte', 'in the team'],
  ['en fazla', 'at most'],
  ['kişi', 'people'],
  ['kullanıyor|kullanır', 'use it'],
  ['acelesi yok', 'no rush'],
  ['bir dakikada gelse de olur', 'it can take a minute'],
  ['layanan terjemahan', 'translation service'],
  ['juta', 'million'],
  ['per minggu|setiap minggu|seminggu', 'per week'],
  ['tersebar merata 24 jam sehari|24 jam sehari', 'around the clock'],
  ['di bawah', 'under'],
  ['mỗi tuần một lần|mỗi tuần', 'once a week'],
  ['phân loại', 'classify'],
  ['triệu', 'million'],
  ['email hỗ trợ', 'support e-mails'],
  ['theo chủ đề', 'by topic'],
  ['không gấp', 'no rush'],
  ['پشتیبانی مشتریان|پشتیبانی مشتری', 'customer support'],
  ['چت‌بات|چت بات|چتبات', 'chatbot'],
  ['حدود', 'about'],
  ['کاربر همزمان|کاربران همزمان', 'concurrent users'],
  ['سقف بودجه ماهانه|بودجه ماهانه', 'monthly budget ceiling'],
  ['بودجه', 'budget'],
  ['اعلام نشده|مشخص نشده|تعیین نشده', 'not decided'],
  [
    'σύνοψη μεγάλων εγγράφων|σύνοψη μεγάλων κειμένων',
    'summaries of long documents',
  ],
  ['συμβάσεις|συμβάσεων', 'contracts'],
  ['σελίδων|σελίδες', 'pages'],
  ['δικηγόροι|δικηγόρους|δικηγόρων', 'lawyers'],
  ['είμαστε', 'we are'],
  ['στις ώρες αιχμής|σε ώρες αιχμής', 'at peak hours'],
  ['οι μισοί', 'half of them'],
  ['τη χρησιμοποιούν|το χρησιμοποιούν', 'use it'],
  ['δεν βιάζεται κανείς|κανείς δεν βιάζεται', 'nobody is in a hurry'],
  ['αρκεί η σύνοψη να έρθει μέσα σε', 'the whole summary can take up to'],
  ['λεπτά|λεπτών', 'minutes'],
  // u-* round: Spanish, Portuguese, Italian, Swedish, Norwegian, Romanian, Ukrainian, Arabic,
  // Hebrew and Hindi phrases, before the single words below can split them
  [
    'uno su due|uno de cada dos|um em cada dois|un sur deux|einer von zwei|één op de twee',
    '1 in 2',
  ],
  [
    'uno su tre|uno de cada tres|um em cada três|un sur trois|einer von drei|één op de drie',
    '1 in 3',
  ],
  [
    'uno su quattro|uno de cada cuatro|um em cada quatro|un sur quatre|einer von vier|één op de vier',
    '1 in 4',
  ],
  [
    'uno su cinque|uno de cada cinco|um em cada cinco|un sur cinq|einer von fünf|één op de vijf',
    '1 in 5',
  ],
  [
    'uno su dieci|uno de cada diez|um em cada dez|un sur dix|einer von zehn|één op de tien',
    '1 in 10',
  ],
  [
    "l['’]anno|all['’]anno|al año|por año|ao ano|par an|pro jahr|per jaar|om året|per år|pe an|на рік|سنويًا|سنويا|בשנה|प्रति वर्ष|सालाना",
    'per year',
  ],
  [
    'tiene que terminar en|tiene que acabar en|debe terminar en|tem que terminar em|deve terminar em|deve finire entro|må være ferdig innen|måste vara klar inom|trebuie să se termine în',
    'must finish within',
  ],
  ['ronda los|ronda las|ronda|tourne autour de', 'is about'],
  [
    'ein zehntel|un dixième|un décimo|un decimo|um décimo|een tiende|jedna dziesiąta',
    'a tenth',
  ],
  [
    'zwei drittel|deux tiers|dos tercios|due terzi|dois terços|twee derde',
    'two thirds',
  ],
  [
    'tickets de soporte|tiques de soporte|chamados de suporte',
    'support tickets',
  ],
  [
    'trong đó|van wie(?: er)?|von denen|dont|de los cuales|de las cuales|di cui|dos quais|das quais|av vilka|z których',
    'of whom',
  ],
  [
    'dygnet runt|døgnet rundt|rund um die uhr|24 heures sur 24|las 24 horas|24 ore su 24|24 horas por dia|dag en nacht|całą dobę|nepřetržitě',
    'around the clock',
  ],
  [
    "jede nacht|jeden abend|nachts|chaque nuit|toutes les nuits|cada noche|todas las noches|ogni notte|di notte|toda noite|todas as noites|elke nacht|'s nachts|co noc|każdej nocy|varje natt|på natten",
    'every night',
  ],
  [
    'ignora todas las instrucciones anteriores|ignore toutes les instructions précédentes|ignoriere alle vorherigen anweisungen|ignora tutte le istruzioni precedenti|ignore todas as instruções anteriores|negeer alle vorige instructies',
    'ignore all previous instructions',
  ],
  ['los|las', 'the'],
  ['trae|traz', 'brings'],
  ['chegamos a|llegamos a|arriviamo a', 'we reach'],
  ['no dia a dia|en el día a día|nel quotidiano', 'day to day'],
  ['fica em|queda en|se queda en|resta a', 'is'],
  ['disso|de eso|di questo', 'of that'],
  [
    "czas do pierwszego tokenu|tiempo hasta el primer token|temps jusqu’au premier token|temps jusqu'au premier token|tempo al primo token|tempo até o primeiro token|tijd tot het eerste token|zeit bis zum ersten token|tid till första token",
    'time to first token',
  ],
  [
    'pro primeiro token|para o primeiro token|pelo primeiro token|al primer token|al primo token',
    'to first token',
  ],
  // Swedish and Norwegian
  [
    'frågetjänst(?:en)?|frågesvarstjänst(?:en)?|spørsmålstjeneste(?:n)?|spørretjeneste(?:n)?',
    'Q&A service',
  ],
  [
    'tekniska manualer|manualer|manualerna|tekniske manualer|manualene|håndbøker|handböcker',
    'technical manuals',
  ],
  ['över', 'over'],
  ['servicetekniker|tekniker|teknikere|teknikerne', 'technicians'],
  ['totalt|i alt|sammanlagt|til sammen', 'in total'],
  ['procent|prosent', 'percent'],
  ['använder den|bruker den|bruker det|använder det', 'use it'],
  [
    'strömma i läshastighet|strømme i lesehastighet|strömma i lästakt|i läshastighet|i lesehastighet',
    'stream at reading speed',
  ],
  ['det haster ikke|haster ikke|det brådskar inte|brådskar inte', 'no rush'],
  ['oppsummere|oppsummer|sammanfatta|sammenfatte', 'summarise'],
  [
    '(?:documenti|documentos|documents) (?:lunghi|largos|longos|longs)|(?:lange|långa|długich|długie) (?:dokumente|documenten|dokument|dokumentów|dokumenty)',
    'long documents',
  ],
  [
    'saksdokumentene|saksdokumenter|dokumentene|dokumenter|dokumenten|dokument',
    'documents',
  ],
  ['hver natt|hverdag natt|varje natt|hver kveld', 'every night'],
  ['hvert på|hvert|hver på', 'each'],
  ['rundt|omtrent|cirka|ungefär|ungefær', 'about'],
  // Romanian
  [
    'timpul până la primul token|timp până la primul token|timpul pana la primul token',
    'time to first token',
  ],
  ['să fie sub|sa fie sub', 'under'],
  ['angajații|angajaţii|angajati|angajaților', 'employees'],
  ['număr de utilizatori|numărul de utilizatori|utilizatori', 'users'],
  // Ukrainian
  ['потрібен|потрібна|потрібно|нам потрібен', 'we need'],
  ['агентів|агенти|агента|агент', 'agents'],
  ['кожен робить до|кожен виконує до|кожен робить', 'each making up to'],
  [
    'паралельних викликів|паралельні виклики|паралельних запитів',
    'parallel calls',
  ],
  ['викликає інструменти|викликає', 'calls tools'],
  ['інструментів|інструменти', 'tools'],
  ['модель', 'model'],
  [
    'затримка не критична|затримка не важлива|швидкість не критична',
    'latency is not critical',
  ],
  ['якомога дешевше|максимально дешево|найдешевше', 'as cheap as possible'],
  ['головне', 'what matters most'],
  // Arabic
  ['قاعدة المعرفة|قاعدة معرفة|قاعدة البيانات المعرفية', 'knowledge base'],
  ['يجيب عن أسئلة|يجيب على أسئلة|يجيب عن الأسئلة', 'answers questions of'],
  ['عدد الموظفين', 'headcount'],
  ['الموظفين|الموظفون|موظف', 'employees'],
  ['حوالي|حوالى|نحو|تقريبًا|تقريبا', 'about'],
  ['ربعهم|ربع المستخدمين', 'a quarter of them'],
  ['خمسهم', 'a fifth of them'],
  ['نصفهم', 'half of them'],
  [
    'متصلون في الوقت نفسه|متصلون في نفس الوقت|في الوقت نفسه|في نفس الوقت|متزامنين|بشكل متزامن',
    'online at the same time',
  ],
  ['يبدأ الرد خلال|يبدأ الرد في غضون|يبدأ الجواب خلال', 'first token within'],
  ['مللي ثانية|ملي ثانية|ميلي ثانية|ملّي ثانية', 'ms'],
  ['ثوانٍ|ثوان|ثانية', 'seconds'],
  ['الميزانية|ميزانية', 'budget'],
  ['دولار شهريًا|دولار شهريا|دولار في الشهر', 'dollars per month'],
  ['شهريًا|شهريا|في الشهر', 'per month'],
  ['دولار', 'dollars'],
  // Hebrew
  [
    'בוט שירות לקוחות|צ׳אטבוט שירות לקוחות|שירות לקוחות',
    'customer service bot',
  ],
  ['בשעות העומס|בשעת השיא|בשיא', 'at peak'],
  ['בערך|כמעט|כ־', 'about'],
  ['שיחות', 'conversations'],
  ['פעילות|פעילים', 'active'],
  ['בו-זמנית|בו זמנית|במקביל|בו־זמנית', 'at the same time'],
  ['זמן תגובה מלא', 'full response time'],
  ['זמן תגובה', 'response time'],
  ['שניות|שנייה|שניה', 'seconds'],
  ['עד', 'under'],
  // Hindi
  ['अनुवाद सेवा', 'translation service'],
  ['अनुवाद करे|अनुवाद करना|अनुवाद', 'translate'],
  ['शिकायतें|शिकायतों|शिकायत', 'complaints'],
  ['ग्राहकों|ग्राहक', 'customers'],
  ['रोज़|रोज|रोज़ाना|रोजाना|प्रतिदिन|हर दिन', 'every day'],
  ['लगभग|करीब|क़रीब', 'about'],
  ['लाख', 'lakh'],
  ['हर रात', 'every night'],
  ['बैच', 'batch'],
  ['टोकन की होती है|टोकन का होता है|टोकन', 'tokens each'],
  // injected before any word below can split them: a share of people ("1 op de 15")
  [
    '(\\d+)\\s+(?:op de|su|em cada|de cada|sur|von|auf|na|av|z)\\s+(\\d+)',
    '$1 in $2',
  ],
  [
    "pieken tot|piek tot|spitzen bis zu|spitzen von bis zu|picos de hasta|pics jusqu[’']à|picchi fino a|picos de até",
    'peaks up to',
  ],
  ['alle sekunnissa', 'within 1 second'],
  // "not real-time" in each language, before "real-time" is translated
  [
    "(?:não precisa (?:ser|estar) em|no (?:necesita|tiene que|hace falta que sea) (?:ser |estar )?en|non (?:deve|serve|ha bisogno di|occorre) (?:essere |che sia )?in|(?:n'a |n'est )?pas besoin d'être en|muss nicht in|hoeft niet|nie musi być w|behöver inte vara i) (?:tempo real|tiempo real|tempo reale|temps réel|echtzeit|realtime|real-time|czasie rzeczywistym|realtid)(?: zu sein| te zijn| sein)?",
    "doesn't need to be real-time",
  ],
  [
    'gerçek zamanlı|reaaliajassa|v reálném čase|i realtid|i real tid',
    'real-time',
  ],
  [
    'tempo real|tiempo real|tempo reale|temps réel|echtzeit|czasie rzeczywistym|realtid',
    'real-time',
  ],
  [
    'barato|barata|baratos|económico|econômico|economico|günstig|günstige|billig|billige|goedkoop|goedkope|tanio|tani|tania|pas cher|bon marché|billigt|levně|levný',
    'cheap',
  ],
  [
    'support client|service client|atención al cliente|kundensupport|kundenservice|servizio clienti|assistenza clienti|atendimento ao cliente|suporte ao cliente|klantenservice|klantenondersteuning|obsługa klienta|obsługi klienta|kundtjänst|kundsupport|service clientèle|kundendienst',
    'customer support',
  ],
  [
    'geração de conteúdo|generación de contenido|génération de contenu|generazione di contenuti|inhaltserstellung|content-erstellung|contentcreatie|generowanie treści|innehållsgenerering|innehållsskapande',
    'content generation',
  ],
  // peaks as a multiple: "pics au double", "picchi del triplo", "picos del doble"
  [
    "(?:pics?|picchi|picos?|pieken|spitzen)\\s+(?:au|du|del|do|de|dell[’']|al|van het|von)\\s*(?:double|doppio|doble|dobro|dubbele|doppelten)",
    'doubles at peak',
  ],
  [
    "(?:pics?|picchi|picos?|pieken|spitzen)\\s+(?:au|du|del|do|de|dell[’']|al|van het|von)\\s*(?:triple|triplo|drievoudige|dreifachen)",
    'triples at peak',
  ],
  ['un quart|un cuarto|un quarto|um quarto|een kwart|ein viertel', 'a quarter'],
  ['un tiers|un tercio|un terzo|um terço|een derde|ein drittel', 'a third'],
  [
    'gelijktijdige|gleichzeitige|simultanées|simultáneas|simultanee|simultâneas',
    'concurrent',
  ],
  ['en entrée', 'in'],
  ['en sortie', 'out'],
  [
    "pas besoin que (?:ce|ça) soit|pas besoin d[’']être|no hace falta que sea|non serve che sia",
    'no need to be',
  ],
  [
    'on peut attendre|podemos esperar|possiamo aspettare|podemos aguardar|wir können warten',
    'we can wait',
  ],
  ['ingenieros|ingénieurs|ingegneri|engenheiros|inżynierów', 'engineers'],
  ['af dem|av dem|av dom', 'of them'],
  [
    'niet te duur|nicht zu teuer|pas trop cher|no demasiado caro|non troppo caro|não muito caro|nie za drogo|inte för dyrt|ikke for dyrt',
    'not too expensive',
  ],
  ['ikke', 'not'],
  ['lynhurtigt|lynhurtig|blixtsnabbt|blixtsnabb', 'lightning fast'],
  ['habrá|haverá|ci saranno|il y aura', 'there will be'],
  ['lleva|leva|porte', 'has'],
  ['de contexto(?: recuperado)?|de contexte|di contesto', 'of context'],
  ['conectadas|conectados|connectés|connectées|connessi|collegati', 'online'],
  ["entrée d[’']environ|entrada de unos|input di circa", 'input of about'],
  ["sortie d[’']environ|salida de unos|output di circa", 'output of about'],
  ['entrée|entrada', 'input'],
  ['sortie|salida', 'output'],
  // "van wie er hooguit 40": of whom at most 40
  ['juristen|jurister|juristas|giuristi|juristes|advocaten|anwälte', 'lawyers'],
  ['(?:het )?mag (?:gerust )?(?:even )?duren', 'it may take a while'],
  [
    'atender (?:os |aos |a )?(?:nossos )?clientes|atender a (?:nuestros )?clientes',
    'answer customers',
  ],
  ['a cada', 'every'],
  ['uma mensagem|un mensaje|un message|un messaggio|een bericht', 'a message'],
  ['svarar på frågor', 'answers questions'],
  ['utifrån|baserat på', 'based on'],
  ['personalhandbok|personalhandboken', 'employee handbook'],
  ['cada ficha|cada registro', 'each record'],
  ['fichas|registros', 'records'],
  ['tiene|tienen|tem|têm|heeft|hat|ha', 'has'],
  [
    'pierwszy token|ensimmäisen tokenin|primer token|premier token|primo token|primeiro token|eerste token|ersten token|erste token|erstes token|pierwszego tokenu|första token',
    'first token',
  ],
  [
    'completamento automatico|autocompletamento|autocompletado|autocomplétion|complétion automatique|preenchimento automático|autocompletar|automatische aanvulling|autouzupełnianie|autokomplettering|autovervollständigung|automatische vervollständigung',
    'autocomplete',
  ],
  [
    'sob demanda|bajo demanda|à la demande|su richiesta|op aanvraag|na żądanie|på begäran',
    // without the hyphen: "résume à la demande" says when it runs, the context says if it is a price
    'on demand',
  ],
  [
    'in der spitze|zu spitzenzeiten|spitzenzeiten|en heure de pointe|aux heures de pointe|en hora punta|en horas pico|en hora pico|nelle ore di punta|in orario di punta|no pico|em horário de pico|nos horários de pico|op piekmomenten|tijdens de piek|in de piek|w szczycie|w godzinach szczytu|vid topp|under rusningstid|i rusningstid',
    'at peak',
  ],
  [
    'nos|nuestros|nuestras|nostri|nostre|nossos|nossas|onze|unsere[nm]?|naszych|nasze|våra|vår|vores|vore|naše|našich',
    'our',
  ],
  ['dollari|dólares|dolarów|dollar', 'dollars'],
  [
    'questions-réponses|questions/réponses|preguntas y respuestas|domande e risposte|perguntas e respostas|vragen en antwoorden|fragen und antworten|pytania i odpowiedzi|frågor och svar|spørgsmål og svar|otázky a odpovědi|kysymys[–-]vastaus(?:-palvelu\\p{L}*)?',
    'question answering',
  ],
  [
    'antwortzeit|temps de réponse|tiempo de respuesta|tempo di risposta|tempo de resposta|responstijd|czas odpowiedzi|svarstid',
    'response time',
  ],
  [
    'antwoorden|antworten|réponses|respuestas|risposte|respostas|odpowiedzi|svaren',
    'answers',
  ],
  [
    'antwoord|antwort|réponse|respuesta|risposta|resposta|odpowiedź|svar',
    'answer',
  ],
  [
    'innerhalb von|innerhalb|en moins de|dentro de|entro|em até|binnen|w ciągu|inom',
    'within',
  ],
  [
    'får ta|darf dauern|puede tardar|può durare|pode levar|mag duren|może trwać|peut prendre',
    'may take',
  ],
  ['fertig|terminé|terminée|terminado|finito|klaar|gotowe|färdig', 'done'],
  [
    'vendeurs|vendedores|venditori|verkopers|sprzedawców|säljare|verkäufer',
    'sales reps',
  ],
  [
    'rozmów|rozmowy|conversaciones|conversazioni|conversas|gesprekken|gespräche|samtal',
    'conversations',
  ],
  [
    '\\p{L}*anteckningar|\\p{L}*notizen|notas|appunti|aantekeningen|notatki|notatek',
    'notes',
  ],
  [
    'spätestens|au plus tard|a más tardar|al più tardi|o mais tardar|uiterlijk|najpóźniej|senast|senest|nejpozději',
    'done by',
  ],
  [
    'half a second|a half second|pół sekundy|halve seconde|eine halbe sekunde|halbe sekunde|une demi-seconde|demi-seconde|medio segundo|mezzo secondo|meio segundo|en halv sekund|et halvt sekund|půl sekundy',
    '0.5 seconds',
  ],
  ['zacząć się pojawiać|zaczynać się|zacząć|začít', 'start'],
  [
    'spotinstanser|spot-instanser|spot-instanzen|spotinstanzen|instances spot|instancias spot|istanze spot|instâncias spot|spot-instances',
    'spot instances',
  ],
  ['parallellt|parallelt|równolegle|paralelně', 'in parallel'],
  ['agenter|agenten|agentes|agenti|agentów|agenty', 'agents'],
  [
    'výkon je důležitější než cena|leistung vor preis|leistung ist wichtiger als der preis|la performance avant le prix|rendimiento antes que precio|prestazioni prima del prezzo|desempenho antes do preço|prestaties boven prijs|wydajność ponad cenę|prestanda före pris|ydeevne før pris',
    'performance over price',
  ],
  ['\\p{L}*gesprekken|\\p{L}*gespräche|\\p{L}*samtaler', 'conversations'],
  ['nyhedsbreve|nyhetsbrev|nieuwsbrieven|boletines', 'newsletters'],
  ['uvažování|úvahy|ræsonnement', 'reasoning'],
  // cadence and windows
  ['(\\d+)\\s?(?:mal|fois|veces|volte|vezes|keer|razy|gånger)', '$1 times'],
  [
    'pro woche|die woche|par semaine|por semana|a la semana|a settimana|alla settimana|per settimana|w tygodniu|i veckan|per vecka',
    'a week',
  ],
  [
    'pro tag|am tag|par jour|al día|por día|al giorno|por dia|ao dia|per dag|na dzień|om dagen',
    'a day',
  ],
  [
    'täglich|tägliche[nrms]?|quotidien(?:ne)?|diario|diaria|quotidiano|quotidiana|diário|diária|dagelijks|dagelijkse|dziennie|codziennie|dagligen|daglig',
    'daily',
  ],
  [
    'wöchentliche[nrms]?|wöchentlich|hebdomadaire|semanal|settimanale|wekelijks|wekelijkse|tygodniowo|co tydzień|veckovis|varje vecka|chaque semaine|cada semana|ogni settimana|toda semana|toda a semana|elke week|jede woche',
    'weekly',
  ],
  [
    'nächtliche[nrms]?|nächtlich|nocturne|nocturno|nocturna|notturno|notturna|noturno|noturna|nachtelijke?|nocny|nocna|nocne|nattlig|nattliga',
    'nightly',
  ],
  [
    "laufzeit|durée d’exécution|durée d'exécution|tiempo de ejecución|durata|tempo de execução|looptijd|czas działania|czas wykonania|körtid",
    'run time',
  ],
  [
    'pro lauf|je lauf|par exécution|par lancement|por ejecución|por corrida|per esecuzione|a esecuzione|por execução|per uitvoering|na przebieg|na uruchomienie|per körning',
    'per run',
  ],
  [
    'lauf|läufe|exécution|ejecución|esecuzione|execução|uitvoering|przebieg|körning\\p{L}*',
    'run',
  ],
  ['maksymalnie w', 'within'],
  [
    'höchstens|maximal(?=\\s*\\d)|au maximum|au plus|como máximo|a lo sumo|al massimo|no máximo|hoogstens|maximaal|maksymalnie|co najwyżej|högst|max\\.(?=\\s*[\\d$€£])|højst|nejvýše|maximálně',
    'at most',
  ],
  [
    'ongeveer|environ|aproximadamente|aprox\\.|approx\\.|cerca de|circa|około|ungefär|etwa|rund|ca\\.|umas|uns|unos|unas|ungefähr',
    'about',
  ],
  [
    'každý|každá|každé|kukin|ciascuno|ciascuna|chacun|chacune|jeweils|każdy|każda|vardera|cada uno|cada um|elke|chaque',
    'each',
  ],
  // rates before the units inside them
  [
    'per detik|pro sekunde|par seconde|à la seconde|por segundo|al secondo|per secondo|per seconde|na sekundę|per sekund|i sekunden|i sekundet|za sekundu',
    'per second',
  ],
  [
    'pro minute|par minute|por minuto|al minuto|per minuto|per minuut|na minutę|per minut|i minuten',
    'per minute',
  ],
  [
    "pro stunde|par heure|por hora|all’ora|all'ora|per ora|per uur|na godzinę|per timme|i timmen",
    'per hour',
  ],
  // time units and rates
  [
    "kontorstid(?:en)?|bürozeiten|bürozeit|geschäftszeiten|heures de bureau|horario de oficina|horario laboral|orario d[’']ufficio|orario di lavoro|horário comercial|kantooruren|kantoortijden|godziny pracy|kontortid",
    'office hours',
  ],
  [
    "åbningstiden|åbningstid|åpningstiden|öppettiden|öppettid|öffnungszeiten|openingstijden|heures d[’']ouverture|horario de apertura|orario di apertura|horário de funcionamento|godziny otwarcia|aukioloaikana",
    'office hours',
  ],
  [
    'stunden|heures|horas|ore|uur|godzin|godziny|godzinach|timmar|timme',
    'hours',
  ],
  ['minuten|minutos|minuti|minut|minuty|minuter', 'minutes'],
  [
    'sekunden|secondes|segundos|segundo|secondi|seconden|sekund|sekundy|sekunder|detik',
    'seconds',
  ],
  [
    'natychmiastowe|natychmiastowa|natychmiastowy|natychmiast|sofortig|sofort|instantanée?s?|instantánea|instantáneo|istantanea|istantaneo|instantânea|instantâneo|onmiddellijk|omedelbar|omedelbart',
    'instant',
  ],
  [
    'zügig|rapidement|rápidamente|rapidamente|velocemente|snel|szybko|snabbt|hurtigt|rychle',
    'quickly',
  ],
  [
    'détestent attendre|déteste attendre|odian esperar|odia esperar|hassen es zu warten|hassen warten|odiano aspettare|odeiam esperar|haten wachten|nienawidzą czekać|hatar att vänta',
    'hate waiting',
  ],
  [
    'por trimestre|par trimestre|pro quartal|im quartal|al trimestre|per trimestre|per kwartaal|na kwartał|kwartalnie|per kvartal|i kvartalet',
    'per quarter',
  ],
  ['sesiones|sessões|sessioni|sitzungen|sesji|sessies|sessioner', 'sessions'],
  [
    'manda|envía|envia|envoie|schickt|sendet|invia|stuurt|wysyła|skickar',
    'sends',
  ],
  ["pagina[’']s|páginas|pagine|seiten|stron|sidor", 'pages'],
  [
    'lange|longs|longues|largos|largas|lunghi|lunghe|longos|longas|långa|długie|długich',
    'long',
  ],
  [
    'des pics à|pics à|pics de|picos de|picchi di|picos até|spitzen von|spitzen bis|pieken van|pieken tot|szczyty do|toppar på',
    'peaks at',
  ],
  [
    'la moyenne|la media|il medio|la média|a média|o médio|den durchschnitt|dem durchschnitt|der durchschnitt|het gemiddelde|średniej|średnia|genomsnittet|gennemsnittet',
    'the average',
  ],
  [
    'pulsen|pulsan|pulsa|pulse|cliquent|clique|cliquer|klicken|klickt|cliccano|clicca|clicam|clica|klikken|klikt|klikają|klika|klickar|klikker',
    'click',
  ],
  [
    'médicos|médecins|ärzte|ärztinnen|medici|artsen|lekarzy|lekarze|läkare|læger|lékařů|lékaři|lääkärit|lääkäriä|doktorlar',
    'doctors',
  ],
  ['como mucho|hooguit', 'at most'],
  [
    'autonomi|autonome|autónomos|autonomes|autonomos|autônomos|autonomiczne|autonoma|autonomní|autonomiset',
    'autonomous',
  ],
  [
    'in parallelo|en paralelo|en parallèle|em paralelo|parallel zueinander',
    'in parallel',
  ],
  [
    'generowania kodu|generowanie kodu|generación de código|génération de code|codegenerierung|code-generierung|generazione di codice|geração de código|codegeneratie|kodgenerering|generování kódu',
    'code generation',
  ],
  [
    'base documentaire|base documental|base documentale|documentbank|dokumentbas|tietopankki\\p{L}*',
    'document base',
  ],
  [
    'kundeservice|kundservice|zákaznick\\p{L}* podpor\\p{L}*|asiakaspalvelu\\p{L}*|müşteri hizmetleri',
    'customer service',
  ],
  [
    'får gärna ta|får godt tage|må gerne tage|klidně může trvat|může trvat',
    'may take',
  ],
  [
    'ingen brådska|ingen hast|ingen hastværk|žádný spěch|ei kiirettä',
    'no hurry',
  ],
  ['tampoco pasa nada|no pasa nada', 'no hurry'],
  [
    'per förfrågan|pr\\. forespørgsel|per forespørgsel|za požadavek',
    'per request',
  ],
  [
    'požadavků|požadavky|forespørgsler|pyyntöä|pyyntöjä|istek\\p{L}*',
    'requests',
  ],
  ['sekunnissa', 'per second'],
  // Polish
  ['zapytań|zapytania|żądań', 'requests'],
  ['na minutę', 'per minute'],
  // Finnish (more)
  // Vietnamese
  ['phải rất nhanh|rất nhanh', 'must be fast'],
  ['thời gian đến token đầu tiên|token đầu tiên', 'time to first token'],
  ['dưới', 'under'],
  // Greek
  ['υπαλλήλους|υπαλλήλων|υπάλληλοι|εργαζόμενους|εργαζόμενοι', 'employees'],
  ['το ένα τέταρτο|ένα τέταρτο', 'a quarter'],
  ['κάθε χρήστης', 'each user'],
  ['στέλνει', 'sends'],
  ['ένα μήνυμα το λεπτό', '1 message per minute'],
  ['γρήγορες|γρήγορη|γρήγορα', 'fast'],
  // Hungarian
  ['hetente egyszer|hetente', 'once a week'],
  ['ügyfélpanaszt|ügyfélpanaszok', 'customer complaints'],
  ['kategorizálunk|kategorizálni', 'we categorise'],
  ['panaszonként', 'per complaint'],
  ['futásonként', 'per run'],
  ['legfeljebb', 'at most'],
  ['dollár', 'dollars'],
  ['offline feladatot|offline feladat', 'offline job'],
  // Turkish
  ['çeviren bir api|çeviri api', 'translation API'],
  ['çeviri', 'translation'],
  // Finnish
  [
    'mahdollisimman edullisesti|mahdollisimman halvalla',
    'as cheap as possible',
  ],
  ['kukaan ei odota', 'nobody waits for'],
  ['reaaliajassa', 'in real time'],
  ['tiivistää|tiivistämään|tiivistäminen', 'summarise'],
  [
    'litteroinnit|litterointia|litterointeja|litteroinnin|litteroinnit',
    'transcripts',
  ],
  ['tokenia|tokenit|tokenin', 'tokens'],
  ['joka yö|öisin', 'every night'],
  ['yössä|yöltä', 'per night'],
  ['spot-instanssit|spot-instansseja', 'spot instances'],
  ['käyvät hyvin|käy hyvin', 'are fine'],
  // Czech
  ['pondělí', 'monday'],
  ['úterý', 'tuesday'],
  ['středu', 'wednesday'],
  ['čtvrtek', 'thursday'],
  ['pátek', 'friday'],
  ['sobotu', 'saturday'],
  ['neděli', 'sunday'],
  ['shrnout|shrnutí|shrnovat|shrnuje', 'summarise'],
  ['týdenní', 'weekly'],
  ['zprávy|zpráv', 'reports'],
  ['dokumentů|dokumenty', 'documents'],
  ['kolem', 'around'],
  ['stran', 'pages'],
  ['tokenů', 'tokens'],
  ['mezi', 'between'],
  // Indonesian
  ['permintaan', 'requests'],
  ['per menit', 'per minute'],
  ['per jam', 'per hour'],
  ['pengguna', 'users'],
  [
    'khoảng|περίπου|kb\\.|körülbelül|sekitar|kira-kira|zhruba|přibližně|noin|yaklaşık|omkring|cirka',
    'about',
  ],
  ['ngân sách|rozpočet|budjetti|bütçe', 'budget'],
  ['denně|päivässä|günlük', 'a day'],
  ['vuodessa|ročně|yıllık', 'per year'],
  ['kuukaudessa|aylık', 'per month'],
  ['euroa', 'euros'],
  ['käyttäjiä|käyttäjää|kullanıcı\\p{L}*', 'users'],
  [
    'người dùng cùng lúc|cùng lúc|ταυτόχρονα|bersamaan|yhtä aikaa|samanaikaisesti|aynı anda|på én gang',
    'at the same time',
  ],
  ['heistä', 'of them'],
  [
    'çeviri\\p{L}*|překlad\\p{L}*|käännö\\p{L}*|oversættelse\\p{L}*',
    'translation',
  ],
  ['en yoğun anlarda|en yoğun saatlerde|ruuhkahuipussa', 'at peak'],
  [
    "en pantalla|à l[’']écran|sur l[’']écran|auf dem bildschirm|sullo schermo|na tela|op het scherm|na ekranie|på skärmen|på skærmen|na obrazovce",
    'on screen',
  ],
  [
    'selbstständig|selbständig|eigenständig|autonomement|de forma autónoma|autónomamente|autonomamente|zelfstandig|samodzielnie|självständigt|selvstændigt|samostatně|itsenäisesti',
    'autonomously',
  ],
  [
    'schnell|schnelle[nrms]?|flott|flotte[nrms]?|rápido|rápida|rápidas|rápidos|veloce|veloci|rapide|rapides|snelle|szybki|szybka|szybkie|snabb|snabba|snabbt|hurtige|rychlé|rychlý|rychlá|nopea|nopeita|hızlı',
    'fast',
  ],
  [
    'costare poco|costar poco|costar poucos|custar pouco|coûter peu|wenig kosten|weinig kosten|mało kosztować|kosta lite|koste lidt',
    'cheap',
  ],
  [
    'productbeschrijvingen|produktbeschreibungen|descripciones de productos?|descriptions de produits?|descrizioni (?:dei |di )?prodott[oi]|descrições de produtos?|opisów produktów|opisy produktów|produktbeskrivningar|produktbeskrivelser',
    'product descriptions',
  ],
  [
    '\\p{L}*beschrijvingen|\\p{L}*beschreibungen|descripciones|descrizioni|descrições|opisów|opisy|beskrivningar|beskrivelser',
    'descriptions',
  ],
  [
    'herschrijven|umschreiben|umformulieren|reescribir|réécrire|riscrivere|reescrever|przepisać|skriva om|omskrive',
    'rewrite',
  ],
  [
    'pflegekräfte|pflegekräften|pflegepersonal|infirmières|infirmiers|enfermeras|enfermeros|infermieri|enfermeiros|verpleegkundigen|pielęgniarek|pielęgniarki|sjuksköterskor',
    'nurses',
  ],
  ["von ihnen|d[’']entre eux|de ellos|di loro|deles|van hen|av dem", 'of them'],
  [
    '\\p{L}*handbuch|\\p{L}*handbüchern|manuel|manuale|handboek|podręcznik|handbok',
    'handbook',
  ],
  ['verbali|actas|procès-verbaux|protokolle', 'records'],
  [
    'costi il meno possibile|cueste lo menos posible|coûte le moins possible|custe o mínimo possível|so wenig wie möglich kostet|zo min mogelijk kost',
    'as cheap as possible',
  ],
  [
    "personne n[’']attend|nadie espera|nessuno aspetta|niemand wartet|ninguém espera|niemand wacht|nikt nie czeka",
    'nobody waits',
  ],
  [
    'um terço|un tercio|un tiers|un terzo|ein drittel|een derde|jedna trzecia',
    'a third',
  ],
  ['dispara|disparan|déclenche|auslöst|löst aus|attiva', 'sends'],
  [
    'sugestões|sugerencias|suggerimenti|vorschläge|suggesties|sugestie',
    'requests',
  ],
  [
    'instantaneamente|instantáneamente|instantanément|istantaneamente',
    'instantly',
  ],
  [
    'op onderwerp|nach thema|par sujet|por tema|per argomento|por assunto|według tematu',
    'by topic',
  ],
  [
    'picos del doble|pics du double|picchi del doppio|picos do dobro',
    'peaks at 2x the average',
  ],
  // weekdays
  [
    'lundi|montag|lunes|lunedì|lunedi|maandag|poniedziałek|måndag|mandag',
    'monday',
  ],
  [
    'mardi|dienstag|martes|martedì|martedi|dinsdag|wtorek|tisdag|tirsdag',
    'tuesday',
  ],
  [
    'mercredi|mittwoch|miércoles|mercoledì|mercoledi|woensdag|środa|onsdag',
    'wednesday',
  ],
  [
    'jeudi|donnerstag|jueves|giovedì|giovedi|donderdag|czwartek|torsdag',
    'thursday',
  ],
  ['vendredi|freitag|viernes|venerdì|venerdi|vrijdag|piątek|fredag', 'friday'],
  ['samedi|samstag|sábado|sabato|zaterdag|sobota|lördag|lørdag', 'saturday'],
  [
    'dimanche|sonntag|domingo|domenica|zondag|niedziela|söndag|søndag',
    'sunday',
  ],
  // people
  [
    'karyawan|\\p{L}*mitarbeiter(?:innen|n)?|\\p{L}*mitarbeitende[n]?|angestellten?|beschäftigten?|belegschaft|kolleg(?:en|innen)|kollegium|employés|salariés|collaborateurs|empleados|trabajadores|colaboradores|dipendenti|impiegati|collaboratori|funcionários|empregados|medewerkers|werknemers|personeelsleden|pracowników|pracownicy|pracownikom|anställda|medarbetare|medarbejdere|ansatte|zaměstnanců|zaměstnanci',
    'employees',
  ],
  [
    'nutzer(?:innen|n)?|benutzer(?:innen|n)?|anwender(?:innen|n)?|utilisateurs|utilisatrices|usuarios|usuários|utilizadores|utenti|gebruikers|użytkowników|użytkownicy|användare|brugere|uživatelů|uživatelé',
    'users',
  ],
  [
    'personnes|personas|persone|pessoas|mensen|personen|osób|osoby|ludzi|personer|människor|leute',
    'people',
  ],
  [
    'studierenden?|studenten|studentinnen|étudiants|élèves|estudiantes|alumnos|studenti|estudantes|alunos|leerlingen|studentów|studenci|uczniów|elever',
    'students',
  ],
  [
    'udviklere|utviklere|lập trình viên|entwickler(?:innen|n)?|développeurs|desarrolladores|sviluppatori|desenvolvedores|programadores|ontwikkelaars|programistów|deweloperów|utvecklare',
    'developers',
  ],
  [
    'analysten|analystes|analistas|analisti|analisten|analityków|analitycy|analytiker|analytiků|analytici|analytikere',
    'analysts',
  ],
  [
    'redakteure|redakteurinnen|rédacteurs|rédactrices|redactores|redattori|redatores|redacteuren|redaktorów|redaktorzy|skribenter|tekstforfattere|copywritere',
    'writers',
  ],
  ['kunden|clientes|clienti|klanten|klientów|klienci|kunder', 'customers'],
  [
    'zeitfenster|fenster|fenêtre|ventana|finestra|janela|venster|okno|okna|fönster',
    'window',
  ],
  ['soporte|suporte|supporto|assistance technique', 'support'],
  ['assistent|asistente|assistente|asystent|assistenten', 'assistant'],
  [
    'werkzeug|outil|herramienta|strumento|ferramenta|hulpmiddel|narzędzie|verktyg|værktøjet|værktøj|nástroj',
    'tool',
  ],
  ['usando|utilizando|utilisant|gebruikend', 'using'],
  [
    'usato|usata|usati|usate|usado|usada|usados|utilisé|utilisée|utilisés|utilizado|utilizzato|utilizzata|gebruikt|używany|używana|används|genutzt|verwendet',
    'used',
  ],
  ['correos electrónicos|correos|courriels', 'emails'],
  ['zgłoszeń|zgłoszenia|ärenden|chamados|incidencias', 'tickets'],
  ['artikel|articoli|artículos|artigos|artykułów|artykuły', 'articles'],
  [
    'berichte|rapports|informes|rapporti|relatórios|rapporten|raportów|raporty|rapporter',
    'reports',
  ],
  [
    'transkripte|transcriptions|transcripciones|trascrizioni|transcrições|transcripties|transkrypcji|transkriptioner',
    'transcripts',
  ],
  [
    'gleichzeitige[nrms]?|simultan(?:é|e)e?s?|simultáneos|simultáneas|concurrentes|concurrents|simultanei|simultanee|simultâneos|gelijktijdige|jednoczesnych|równoczesnych|równoczesne|samtidiga',
    'simultaneous',
  ],
  [
    'gleichzeitig|zeitgleich|simultanément|à la fois|simultáneamente|contemporaneamente|in contemporanea|allo stesso tempo|simultaneamente|tegelijkertijd|tegelijk|gelijktijdig|jednocześnie|równocześnie|samtidigt|samtidig|současně|zároveň|najednou',
    'simultaneously',
  ],
  [
    'en même temps|al mismo tiempo|a la vez|zur gleichen zeit|ao mesmo tempo|nello stesso momento|op hetzelfde moment|w tym samym czasie|på samma gång|samma tid|ad gangen|på samme tid|ve stejnou dobu',
    'at the same time',
  ],
  [
    'aktiv|aktive|aktiven|actifs|actives|activos|activas|attivi|attive|ativos|ativas|actief|actieve|aktywnych|aktywni|aktiva',
    'active',
  ],
  [
    'connectés|connectées|en ligne|conectados|en línea|collegati|conectados|verbonden|połączonych|uppkopplade',
    'online',
  ],
  // tasks and things processed
  [
    'klassifizier\\p{L}*|kategorisier\\p{L}*|classifi(?:ez|ons|care|cano|car|cam|que)\\p{L}*|clasific\\p{L}*|catégoris\\p{L}*|categorizz\\p{L}*|categorizar\\p{L}*|classificeer\\p{L}*|classificeren|klasyfik\\p{L}*|klassificer\\p{L}*|kategoriser\\p{L}*',
    'classify',
  ],
  [
    'zusammenfass\\p{L}*|zusammengefasst|résumer|résument|résume|résumés?|resumir|resúmenes|resumen|resumos?|riassum\\p{L}*|riassunt\\p{L}*|samenvat\\p{L}*|podsumow\\p{L}*|streszcz\\p{L}*|sammanfatt\\p{L}*',
    'summarise',
  ],
  [
    'übersetz\\p{L}*|tradu\\p{L}+|vertal\\p{L}*|tłumacz\\p{L}*|översätt\\p{L}*',
    'translation',
  ],
  [
    '\\p{L}*rechnungen|fatture|faturas|facturas|factures|facturen|faktury|faktur|fakturor',
    'invoices',
  ],
  ['\\p{L}*rechnung|fattura|fatura|factura|facture|factuur|faktura', 'invoice'],
  [
    'dokumente|documentos|documenti|documenten|dokumentów|dokumenty',
    'documents',
  ],
  [
    'verträge|contrats|contratos|contratti|contracten|umów|umowy|avtal',
    'contracts',
  ],
  ['\\p{L}*texte|textos|testi|teksten|tekstów|teksty|texter', 'texts'],
  [
    'bewertungen|reseñas|recensioni|avaliações|recensies|recenzji|recenzje|recensioner',
    'reviews',
  ],
  [
    'nachrichten|mensajes|messaggi|mensagens|wiadomości|meddelanden',
    'messages',
  ],
  [
    'besprechungen|réunions|reuniones|riunioni|reuniões|vergaderingen|spotkań|spotkania|möten|mötena',
    'meetings',
  ],
  [
    'anfragen|requêtes|demandes|solicitudes|peticiones|richieste|requisições|solicitações|pedidos|verzoeken|aanvragen|zapytań|zapytania|żądań|förfrågningar|anrop',
    'requests',
  ],
  [
    'wissensdatenbank|wissensbasis|base de connaissances|base de conocimientos?|base di conoscenza|base de conhecimento|kennisbank|baza wiedzy|kunskapsbas',
    'knowledge base',
  ],
  [
    'jahresbudget|budget annuel|presupuesto anual|budget annuale|orçamento anual|jaarbudget|budżet roczny|årsbudget',
    'yearly budget',
  ],
  ['presupuesto|preventivo|orçamento|budżet|budżetu', 'budget'],
  [
    "pro jahr|jährlich|par an|al año|por año|all’anno|all'anno|per anno|por ano|ao ano|per jaar|rocznie|na rok|per år|om året",
    'per year',
  ],
  ['unter|moins de|menos de|meno di|minder dan|poniżej', 'under'],
  ['für|pour|para|per il|voor|dla|för', 'for'],
  ['mit|avec|con', 'with'],
  ['et|und', 'and'],
  ['davon|dont|de ellos|di cui|dos quais|waarvan|z nich|varav', 'of them'],
  // last, after the phrases that start with it ("cada noche", "cada 2 horas")
  ['cada', 'each'],
  ['keskimäärin', 'on average'],
  // after the phrases that contain them ("زمن الاستجابة الكامل", "giờ làm việc", "maswali na majibu")
  ['الاستجابة', 'the response'],
  ['majibu yawe mafupi|majibu', 'answers'],
  ['giờ', 'hours'],
  ['jede', 'each'],
  ['ord', 'words'],
  // after "24 jam sehari"
  ['(?<=\\d\\s?)jam', 'hours'],
  // after the phrases that read it ("פלט טיפוסי של כ-2,000")
  ['כ-(?=\\d)', 'about '],
  ['y', 'and'],
];

const WORD = (src: string) =>
  new RegExp(`(?<!\\p{L})(?:${src})(?!\\p{L})`, 'giu');

/** The glossary as replacements, phrases first; kept entries are the older hand-written ones. */
/** Entries that reorder or join words rather than translate one word. */
/**
 * "Weekly volume | 201.6万 requests" from a pasted table: a request rate over that period, not a
 * batch.
 */
function volumeRates(): [RegExp, string][] {
  const periods: Record<string, string> = {
    weekly: 'week',
    daily: 'day',
    monthly: 'month',
    hourly: 'hour',
  };
  return Object.entries(periods).map(([adjective, period]) => [
    new RegExp(
      `\\b${adjective} (?:volume|load|traffic|request count)\\s*[:|]?\\s*(~?\\d[\\d.,]*\\s*(?:[kKmM万]|million)?)\\s*(requests|calls|queries|messages|api calls)\\b`,
      'giu',
    ),
    `$1 $2 per ${period}`,
  ]);
}

/** "两百" = 200, "五万" = 50,000: a digit before a hundred or a myriad (not "两百五十"). */
function chineseHundredsAndMyriads(): [RegExp, string][] {
  const digits: Record<string, number> = {
    一: 1,
    二: 2,
    两: 2,
    三: 3,
    四: 4,
    五: 5,
    六: 6,
    七: 7,
    八: 8,
    九: 9,
  };
  return Object.entries(digits).flatMap(([c, d]): [RegExp, string][] => [
    [new RegExp(`${c}百(?![一二两三四五六七八九十])`, 'gu'), String(d * 100)],
    [new RegExp(`${c}万`, 'gu'), String(d * 10000)],
  ]);
}

const REWRITES: [RegExp, string][] = [
  // aa-* round. German, French, Spanish, Italian, Dutch, Polish "alle 45 Sekunden": every 45 seconds
  [
    /(?<!\p{L})(?:a\s+)?(?:alle|jede|elke|toutes les|cada|ogni|co)\s+(\d+)\s*(?:sekunden|sek\.?|secondes|segundos|secondi|seconden|sekund)(?!\p{L})/giu,
    'every $1 seconds',
  ],
  [
    /(?<!\p{L})(?:a\s+)?(?:alle|jede|elke|toutes les|cada|ogni|co)\s+(\d+)\s*(?:minuten|min\.?|minutes|minutos|minuti|minut)(?!\p{L})/giu,
    'every $1 minutes',
  ],
  // Italian "il job parte alle 2:00 e deve finire entro le 6:00"
  [/(?<!\p{L})parte alle(?!\p{L})/giu, 'starts at'],
  [
    /(?<!\p{L})deve (?:finire|terminare|essere completato) entro le(?!\p{L})/giu,
    'must be done by',
  ],
  // Swahili "maombi 10,800 kwa saa" (requests an hour), "tokeni 100": the noun before its count
  [
    /(?<!\p{L})maombi\s+(\d+(?:[,.]\d+)*)\s+kwa\s+saa(?!\p{L})/giu,
    '$1 requests per hour',
  ],
  [
    /(?<!\p{L})maombi\s+(\d+(?:[,.]\d+)*)\s+kwa\s+siku(?!\p{L})/giu,
    '$1 requests per day',
  ],
  [/(?<!\p{L})tokeni\s+(\d+(?:[,.]\d+)*)/giu, '$1 tokens'],
  // Hungarian "válaszonként kb. 4 000 token kimenet": output about 4 000 tokens per answer
  [
    /(?<!\p{L})válaszonként\s+(kb\.\s*|körülbelül\s+)?(\d[\d\s.,]*\d|\d)\s*token\s+kimenet(?!\p{L})/giu,
    'output $1$2 tokens per answer',
  ],
  // Russian "с 9 до 18": from 9 to 18
  [
    /(?<!\p{L})с\s+(\d{1,2}(?::\d{2})?)\s+до\s+(\d{1,2}(?::\d{2})?)(?!\d)/giu,
    'from $1 to $2',
  ],
  // Korean: "코드 자동완성", "동시 사용자", "200명이 아니라 350명" (not 200 but 350), "200ms 이내"
  [/코드\s*자동\s*완성/gu, ' code completion '],
  [/동시\s*사용자(?:는|가)?/gu, ' concurrent users '],
  [/(\d[\d,.]*)\s*(?:명|개|건)?\s*(?:이|가)\s*아니라\s*/gu, ' not $1 but '],
  [/(\d[\d,.]*)\s*명(?!이었|였)/gu, '$1 people'],
  [/첫\s*토큰까지/gu, ' time to first token '],
  [/(p\d{2})\s*기준/giu, ' at $1 '],
  [/(\d[\d,.]*\s*ms)\s*이내/giu, ' within $1 '],
  [/(\d[\d,.]*)\s*초\s*이내/gu, ' within $1 seconds '],
  // Chinese: "1,200 个并发会话" (concurrent sessions), "每次回复约 150 个 token", "更正一下"
  [/(\d)\s*个\s*/gu, '$1 '],
  [/并发会话|并发用户/gu, ' concurrent sessions '],
  [/每次回复/gu, ' each reply '],
  [/回复长度(?:大概|大约)?是?/gu, ' reply length about '],
  [/更正一下|更正/gu, ' correction '],
  [/高峰期/gu, ' at peak '],
  // Czech "první token do 1 s": within (before "do" is read as a clock's "until")
  [/(?<!\p{L})první token do(?!\p{L})/giu, 'first token within'],
  [
    /(?<!\p{L})odpověď (?:by měla být|musí být) celá hotová do(?!\p{L})/giu,
    'the full answer should be done within',
  ],
  // Romanian "40 de programatori": the "de" after a count is grammar, not a word to read
  [
    /(\d)\s+de\s+(?=(?:programatori|dezvoltatori|utilizatori|clienți|angajați|agenți|persoane|oameni|dolari|documente|cereri|tokeni)(?!\p{L}))/giu,
    '$1 ',
  ],
  // y-* round: clock times with dotted a.m./p.m., "de 8 a 22", "9:30 AM se 6:30 PM tak"
  [/(\d)\s*([ap])\.\s?m\.(?!\p{L})/giu, '$1 $2m'],
  [
    /\b(?:de|desde|das|dalle|dès)\s+(\d{1,2}(?::\d{2})?\s*(?:[ap]m|h)?)\s+(?:a|às|alle|à|hasta)\s+(\d{1,2}(?::\d{2})?\s*(?:[ap]m|h)?)(?!\p{L})/giu,
    'from $1 to $2',
  ],
  [
    /(\d{1,2}(?::\d{2})?\s*[ap]m)\s+se\s+(\d{1,2}(?::\d{2})?\s*[ap]m)\s+tak\b/giu,
    'from $1 to $2',
  ],
  [/\bi giornalisti sono\s+(\d+(?:[.,]\d{3})*)/giu, '$1 journalists'],
  // "6.000 kr. per month": the abbreviation's dot does not end the sentence
  [/\b(kr|sek|nok|dkk)\.(?=\s+(?:per|a|i|om|pr|\/)\s)/giu, '$1'],
  [
    /\bteam van (\d+) man,? die allemaal (?:gelijktijdig|tegelijk(?:ertijd)?) online kunnen zijn/giu,
    '$1 people online at the same time',
  ],
  [
    /(?<!\p{L})(?:åpent|åpen|öppet|åbent|geopend)\s+(?:at\s+|kl\.?\s*)?(\d{1,2})\s*[–-]\s*(\d{1,2})(?!\d)/giu,
    'open from $1:00 to $2:00',
  ],
  [/1\s*:\s*(\d{1,3})\s*מהם/gu, '1 in $1 of them'],
  [/(?:מתחת\s*ל|עד\s*)שנייה\s*אחת/gu, ' within 1 second '],
  [/(?<![\d:])1\s*:\s*(\d{1,3})\s+(?=of them|of the|of our)/giu, '1 in $1 '],
  [/([\d০-৯][\d০-৯,]*)\s*টি\s*বাক্য/gu, ' $1 sentences '],
  [
    /রাত\s*([\d০-৯]{1,2})\s*টা\s*থেকে\s*ভোর\s*([\d০-৯]{1,2})\s*টার\s*মধ্যে/gu,
    ' from $1am to $2am ',
  ],
  [/৳/gu, ''],
  [
    /நிமிடத்திற்கு\s*(?:சுமார்\s*)?(\d[\d,]*)\s*கோரிக்கைகள்/gu,
    ' about $1 requests per minute ',
  ],
  [
    /காலை\s*(\d{1,2})\s*மணி\s*முதல்\s*இரவு\s*(\d{1,2})\s*மணி\s*வரை/gu,
    ' from $1am to $2pm ',
  ],
  [
    /முதல் டோக்கன்\s*(\d+)\s*மில்லிவினாடிக்குள்/gu,
    ' first token within $1 ms ',
  ],
  [
    /صبح\s*(\d{1,2})\s*بجے\s*سے\s*شام\s*(\d{1,2})\s*بجے\s*تک/gu,
    ' from $1am to $2pm ',
  ],
  [/٪/gu, '%'],
  // "600 tokens in and as many out"
  [
    /(~?\d[\d.,]*\s*k?)\s*tokens?\s+(?:in(?:put)?|en entrée|de entrada|in ingresso)\s+(?:and|et|y|e|und|en)\s+(?:autant|as many|the same|tantos|altrettanti|o mesmo|ebenso viele)\s+(?:out|en sortie|output|de salida|de saída|in uscita)/gi,
    '$1 tokens in and $1 tokens out',
  ],
  // x-* round: Korean and Japanese clock times and phrases, Turkish per-cent before the figure
  [/오전\s*(\d{1,2})\s*시/gu, ' $1am '],
  [/오후\s*(\d{1,2})\s*시/gu, ' $1pm '],
  [/(\d{1,2}\s*[ap]m)\s*부터\s*(\d{1,2}\s*[ap]m)\s*까지/giu, ' from $1 to $2 '],
  [
    /(\d{1,2})\s*時\s*(?:から|～|~)\s*(\d{1,2})\s*時\s*(?:まで)?/gu,
    ' from $1:00 to $2:00 ',
  ],
  [/登録ユーザー数?\s*[:：]?/gu, ' registered users: '],
  [
    /同時接続は?\s*(?:その|の)?うち\s*(?:約|about)?\s*(\d+(?:\.\d+)?)\s*[%％]/gu,
    ' about $1% of them online at the same time ',
  ],
  [
    /1\s*人\s*あたり\s*(?:平均)?\s*(\d+)\s*秒\s*に\s*1\s*回\s*(?:メッセージ)?\s*(?:を)?\s*(?:送信|送る|送ります)?/gu,
    ' each user sends a message every $1 seconds ',
  ],
  [/1\s*日\s*2\s*回/gu, ' twice a day '],
  [
    /1\s*回\s*あたり\s*(?:約)?\s*([\d万千,.]+)\s*件/gu,
    ' about $1 items per run ',
  ],
  [/1\s*件\s*あたり\s*(?:平均)?\s*(?:約)?/gu, ' each item about '],
  [/要約は\s*(?=\d)/gu, ' summaries of about '],
  [
    /各回\s*(\d+(?:\.\d+)?)\s*時間以内に?\s*(?:完了|終了|終わ)/gu,
    ' each run must finish within $1 hours ',
  ],
  [/スポット/gu, ' spot '],
  [/バッチ/gu, ' batch '],
  [/रिव्यू/gu, ' reviews '],
  [/हर\s+reviews/gu, ' each review '],
  [/आउटपुट/gu, ' output '],
  [/बजट/gu, ' budget '],
  [/प्रति माह/gu, ' per month '],
  [/每周六|每週六/gu, ' every Saturday '],
  [/(\d+)\s*万\s*段(?:文本)?/gu, ' $1万 passages '],
  [/每段/gu, ' each passage '],
  [/译文|譯文/gu, ' output '],
  [
    /必须在\s*(\d+(?:\.\d+)?)\s*小时内\s*(?:跑完|完成|处理完)?/gu,
    ' must finish within $1 hours ',
  ],
  [/按需计费|按需/gu, ' on-demand '],
  [/每次运行预算不超过\s*(\d[\d,]*)\s*美元/gu, ' budget at most $$$1 per run '],
  [/(\d+(?:[.,]\d+)?)\s*másodpercen belül/gu, 'within $1 seconds'],
  [/(\d+(?:[.,]\d+)?)\s*tunnissa/gu, '$1 hours'],
  [
    /palautteita on\s+(?:noin\s+)?(\d[\d \u00a0]*\d)\s*kpl\s*\/\s*yö/giu,
    'about $1 feedback items per night',
  ],
  [
    /(\d[\d.,]*)\s+de\s+(?=tokeni|tokens|cereri|pagini|utilizatori|documente|rapoarte|mesaje|solicitări|persoane|angajați)/giu,
    '$1 ',
  ],
  [/(?<!\p{L})nem\s+(?=~?\d)/giu, 'not '],
  [
    /同时在线(?:比例|占比)?\s*(?:大概|大约|约)?\s*(\d+(?:\.\d+)?)\s*%/gu,
    ' $1% of them online at the same time ',
  ],
  [
    /每人(?:平均)?每分钟(?:提交|发送|发)?\s*(\d+(?:\.\d+)?)\s*次(?:请求)?/gu,
    ' each user sends $1 requests per minute ',
  ],
  [
    /每天工作\s*(\d+(?:\.\d+)?)\s*(?:个)?小时(?:左右)?/gu,
    ' busy about $1 hours a day ',
  ],
  [/希望尽量省钱|尽量省钱/gu, ' as cheap as possible '],
  [/月预算\s*([\d.]+)\s*万\s*美元(?:以内)?/gu, ' monthly budget $1万 dollars '],
  [/文案生成/gu, ' copywriting '],
  [/输入/gu, ' input '],
  [/输出/gu, ' output '],
  ...chineseHundredsAndMyriads(),
  [/摘要\s*(?:约|大约|大約)?\s*(?=\d)/gu, ' summaries of about '],
  [/一般在|一般是|通常在/gu, ' about '],
  [/左右/gu, ' '],
  [/([\d万千])token(?=[^\p{L}]|$)/gu, '$1 tokens'],
  [/十分之一/gu, ' a tenth '],
  [/五分之一/gu, ' a fifth '],
  [/四分之一/gu, ' a quarter '],
  [/三分之一/gu, ' a third '],
  [/长文档摘要/gu, ' long document summarisation '],
  [/律师共?\s*(\d+)\s*人/gu, ' $1 lawyers '],
  [
    /同一时间在线的\s*(?:大约|约|大概)?\s*(a tenth|a fifth|a quarter|a third|\d+(?:\.\d+)?\s*%)/gu,
    ' about $1 of them online at the same time ',
  ],
  [/预算每月|每月预算|月预算/gu, ' budget per month '],
  [/美元/gu, ' dollars '],
  [/毎週日曜(?:日)?の?/gu, ' every Sunday '],
  [/(\d+(?:\.\d+)?)\s*時間以内/gu, ' within $1 hours '],
  [/オンデマンド/gu, ' on-demand '],
  [
    /予算は\s*1\s*回\s*あたり\s*(\d[\d,]*)\s*ドル(?:まで)?/gu,
    ' budget at most $$$1 per run ',
  ],
  [
    /전체\s*직원은\s*(?:약\s*)?([\d.,]+\s*만?)\s*명/gu,
    ' about $1 employees in total ',
  ],
  [
    /동시\s*접속\s*비율은\s*(\d+(?:\.\d+)?)\s*%/gu,
    ' $1% of them online at the same time ',
  ],
  [/트래픽이\s*평소의\s*두\s*배로/gu, ' at peak twice as high '],
  [
    /사용자는\s*(\d+)\s*분에\s*한\s*번\s*(?:정도\s*)?(?:질문|메시지)/gu,
    ' each user sends a message every $1 minutes ',
  ],
  [/월\s*예산은/gu, ' monthly budget '],
  [/サクサク/gu, ' snappy '],
  [/온디맨드/gu, ' on-demand '],
  [/入力は?\s*(?:約)?(?=\s*\d)/gu, ' prompts of about '],
  [
    /出力は?\s*(?:約)?(?=\s*\d[\d,.]*\s*[千万]?\s*トークン(?!あたり))/gu,
    ' answers of about ',
  ],
  [/(?<![万만\d])(\d+)\s*千/gu, '$1k '],
  [/(?<=[\d千万k]\s*)トークン(?!あたり)/gu, ' tokens '],
  [/程度/gu, ' '],
  [/24\s*時間\s*(?:稼働|運用|対応)/gu, ' around the clock '],
  [/会話機能|チャット/gu, ' chat '],
  [/%\s?(\d+(?:[.,]\d+)?)(?!\d)/gu, '$1% '],
  [
    /aktif kullanıcı\s+dakikada\s+(\d+)\s+istek\s+(?:atıyor|gönderiyor)/giu,
    'each active user sends $1 requests per minute',
  ],
  [
    /jam kerja\s*(\d{1,2})\.(\d{2})\s*[–-]\s*(\d{1,2})\.(\d{2})/giu,
    'working hours $1:$2–$3:$4',
  ],
  // a settings key "hours_up: 24" read as "24 traffic hours up": the hours a day it serves
  [
    /(\d+(?:\.\d+)?)\s+(?:[a-z]+\s+)?hours\s+(?:up|live|online|active|open)\b\.?/gi,
    '$1 hours a day',
  ],
  ...volumeRates(),
  // "a dozen copywriters, normally all in it at the same time": every one of them at once
  [
    /,?\s+(?:normally |usually |typically |mostly )?all (?:of them )?(?:(?:in|on|using) it |online |logged in )?(?=at the same time|at once|simultaneously|concurrently)/gi,
    ' ',
  ],
  // a dashboard's "TTFT p95: 2.4 s now → target 700 ms": the current value is not the target
  [
    /~?\d[\d.,]*\s*(?:ms|s|sec|seconds|%)?\s+(?:now|today|currently|current)\s*(?:→|->|=>|,)\s*(?=target|goal)/gi,
    '',
  ],
  // "Prompt tokens (median): 900": the length, its direction said before it
  [
    /\b(prompt|input|context|completion|output|answer|response|reply) tokens?[ \t]*(?:\([^)\n]*\)[ \t]*)?[:=][ \t]*(~?\d[\d.,]*(?:[ \t]?k\b)?)(?![\d.,])/gi,
    '$2 $1 tokens',
  ],
  // "during the 4-hour evening study window": the hours a day an interactive service is busy
  [
    /\b(\d+(?:\.\d+)?)[- ]hour (?:(?:evening|morning|afternoon|daily|working|study|business|office|support|peak) ){1,2}window\b/gi,
    '$1 hours a day',
  ],
  // French elision before a word: "qu'environ 3 %" is "that about 3 %"
  [/(?<!\p{L})qu['’](?=\p{L})/giu, 'that '],
  // "9 000 fiches d'environ 350 tokens": "of about 350 tokens"
  [/(?<!\p{L})d['’](?=\p{L})/giu, 'of '],
  // "18,000 requests per normal day", "Mondays run about 4x a normal day": an ordinary day's
  // rate and a peak over it
  [
    /\bper (?:normal|typical|regular|average|usual|ordinary) (day|week|hour)\b/gi,
    'per $1',
  ],
  [
    /(\d+(?:\.\d+)?)\s*[x×]\s+(?:a|an|the)\s+(?:normal|typical|regular|average|usual|ordinary)\s+(?:day|week|hour)\b/gi,
    '$1x at peak',
  ],
  // "360, non 300", "250 nicht 200": a number ruled out
  [/(?<!\p{L})(?:non|nicht|pas|nie|ikke|inte|niet)\s+(?=~?\d)/giu, 'not '],
  // cron "0 2 * * *": a daily run that starts at 02:00
  [/`?\b0\s+(\d{1,2})\s+\*\s+\*\s+\*`?/g, 'every day starting at $1:00'],
  [
    /`?\b([1-5]\d)\s+(\d{1,2})\s+\*\s+\*\s+\*`?/g,
    'every day starting at $2:$1',
  ],
  // "muss bis 05:30 Uhr durch sein": must be done by
  [
    /\bmuss\s+bis\s+(\d{1,2}(?::\d{2})?)\s*(?:Uhr\s*)?(?:durch|fertig|erledigt|abgeschlossen)\s+sein\b/giu,
    'must be done by $1',
  ],
  // w-* round: numbers before their nouns
  [
    /\bjumlah pertanyaan sehari\s+(?:sekitar\s+|kira-kira\s+)?(\d[\d,.]*\d|\d)/giu,
    '$1 questions per day',
  ],
  [
    /\bantara\s+(\d{1,2})\s+pagi\s+hingga\s+(\d{1,2})\s+petang/giu,
    'between $1 am and $2 pm',
  ],
  [/(?<!\p{L})RM\s+(?=\d)/gu, '$'],
  [
    /\bwatumiaji ni wasaidizi wa kisheria\s+(\d[\d,.]*\d|\d)/giu,
    '$1 paralegals',
  ],
  [
    /\bna wasiozidi\s+(\d+)\s+hutumia mfumo kwa wakati mmoja/giu,
    'and at most $1 use it at the same time',
  ],
  [/\bsekunde\s+(\d+)/giu, '$1 seconds'],
  [/(?<!\p{L})valmis\s+(\d+)\s+sekunnissa/giu, 'done within $1 seconds'],
  [/(?<!\p{L})(\d+)\s*%:ssa\s+pyynnöistä/giu, 'for $1 % of requests'],
  [/(?<!\p{L})átlagosan\s+(\d[\d ]*)\s+token\s+kimenet/giu, '$1 output tokens'],
  [
    /(?<!\p{L})a bemenet\s+(\d[\d ]*)\s+token\s+körül/giu,
    'input about $1 tokens',
  ],
  [/(\d)\s*Ft(?!\p{L})/gu, '$1 HUF'],
  [/(?<!\p{L})руб(?:\.|лей|ля)?(?!\p{L})/gu, 'RUB'],
  [/الساعة\s+(\d{1,2})\s+مساءً?/gu, '$1 pm'],
  [/الساعة\s+(\d{1,2})\s+صباحًا?/gu, '$1 am'],
  // Polish and Czech "ok. 2,5 mln": about
  [
    /(?<!\b(?:is|are|was|be|it['’]s|that['’]s|fine|all)\s+)(?<!\p{L})ok\.\s+(?=\d)/giu,
    'about ',
  ],
  // Thai is written without spaces between words: its phrases are read wherever they stand
  [/แชทบอท/gu, ' chatbot '],
  [/ผู้ใช้งานพร้อมกัน|ผู้ใช้พร้อมกัน/gu, ' concurrent users '],
  [/(\d)\s*คน/gu, '$1 people'],
  [/ต้องตอบเร็วทันใจ|ตอบเร็วทันใจ|ทันใจ/gu, ' must respond instantly '],
  [/คำตอบยาว/gu, ' answers are '],
  [/โทเค็น/gu, ' tokens '],
  // Japanese "最初のトークンまでは2秒以内": time to first token; "出力は…約500": output about 500
  [/最初のトークンまで(?:は|が)?/gu, ' time to first token '],
  [/出力は[^。\d約]{0,12}約/gu, ' output about '],
  [/出力は[^。\d約]{0,12}(?=\d)/gu, ' output '],
  [/รันทุกสัปดาห์|ทุกสัปดาห์/gu, ' every week '],
  [/คืนวัน(?:ศุกร์|เสาร์|อาทิตย์)|ทุกคืน/gu, ' overnight '],
  [/ครั้งละประมาณ|ครั้งละ/gu, ' each run about '],
  [/ต้องเสร็จภายใน|เสร็จภายใน/gu, ' must finish within '],
  [/ชั่วโมง/gu, ' hours '],
  [/งบไม่เกิน|งบประมาณไม่เกิน/gu, ' budget at most '],
  [/ดอลลาร์ต่อรอบ/gu, ' dollars per run '],
  [/ดอลลาร์ต่อเดือน/gu, ' dollars per month '],
  [/ไม่ต้องเร็ว|ไม่รีบ/gu, ' no rush '],
  [/รายงานการประชุม/gu, ' meeting reports '],
  [/สรุป/gu, ' summarise '],
  [/ไฟล์/gu, ' files '],
  [/ประมาณ/gu, ' about '],
  // Hindi clock times: "रात 11 बजे से सुबह 5 बजे तक" is 11 pm to 5 am
  [/रात\s*12\s*बजे/gu, '12 am'],
  [/(?:रात|शाम|दोपहर)\s*(1[01]|[6-9])\s*बजे/gu, '$1 pm'],
  [/(?:रात|सुबह)\s*(\d{1,2})\s*बजे/gu, '$1 am'],
  [/(?:शाम|दोपहर)\s*(\d{1,2})\s*बजे/gu, '$1 pm'],
  [
    /(\d{1,2}\s*(?:am|pm))\s*से\s*(\d{1,2}\s*(?:am|pm))\s*तक/gu,
    'from $1 to $2',
  ],
  [
    /(\d{1,2}\s*(?:am|pm))\s*शुरू होगी\s*और\s*(\d{1,2}\s*(?:am|pm))\s*तक\s*पूरी होनी चाहिए/gu,
    'starts at $1 and must be done by $2',
  ],
  // Hebrew "ב-p99": at p99
  [/(?<!\p{L})ב-(?=p\d)/gu, 'at '],
  // French clock times "02h00": 02:00
  [/(?<![\d:])(\d{1,2})h(\d{2})(?!\d)/g, '$1:$2'],
  // "elke 2 uur", "jede 3 Stunden": every N hours
  [
    /(?<!\p{L})(?:elke|jede|alle|cada|ogni|toutes les|co)\s+(\d+)\s*(?:uur|u|stunden|horas|ore|heures|godziny|h)(?!\p{L})/giu,
    'every $1 hours',
  ],
  // "chatbot de soporte", "assistant du support": the support chatbot
  [
    /(?<!\p{L})(chatbot|bot|asistente|assistente|assistant)\s+(de|du|del|di|do|da)\s+(soporte|support|suporte|supporto)(?!\p{L})/giu,
    'support $1',
  ],
  // multipliers after a number ("1,2 Mio.", "3 mln", "20 mil"): the period of an abbreviation
  // would otherwise end the clause between the count and what it counts
  [
    /(?<=\d)\s?(?:mio|mln|millionen|millions|million|millones|millón|milioni|milione|milhões|milhão|miljoen|miljoner|miljon|milionów|miliony|milion|milyon|мільйонів|мільйони|мільйон|миллионов|миллиона|миллион)\.?(?!\p{L})/giu,
    ' million',
  ],
  [
    /(?<=\d)\s?(?:mrd|miliardi|milliarden|milliards|miljard|miljarder|miliardów)\.?(?!\p{L})/giu,
    ' billion',
  ],
  [
    /(?<=\d)\s?(?:tsd|tys|tausend|mille|mila|mil|duizend|tusen|tysięcy|tysiące)\.?(?!\p{L})/giu,
    ' thousand',
  ],
  // clock windows: "entre 23h et 5h", "von 22 bis 4 Uhr", "dalle 23 alle 5", "van 23:00 tot 05:00"
  [
    /(?<!\p{L})(?:entre|zwischen|tra le|tra|tussen|między|mellan)\s+(?:las\s+|les\s+|le\s+|as\s+)?(\d{1,2}(?::\d{2})?)\s*(?:h|uhr|heures?|horas?|ore|u|uur|godz\.?)?\s+(?:et|und|y|e|en|a|och)\s+(?:le\s+|las\s+|as\s+)?(\d{1,2}(?::\d{2})?)\s*(?:h|uhr|heures?|horas?|ore|u|uur|godz\.?)?(?!\p{L})/giu,
    'between $1h and $2h',
  ],
  [
    /(?<!\p{L})(?:von|de|dalle|das|van|od|från|desde)\s+(?:las\s+)?(\d{1,2}(?::\d{2})?)\s*(?:h|uhr|heures?|horas?|u|uur|godz\.?)?\s+(?:bis|à|a|alle|al|às|tot|do|till|hasta|até)\s+(?:las\s+|as\s+)?(\d{1,2}(?::\d{2})?)\s*(?:h|uhr|heures?|horas?|u|uur|godz\.?)?(?!\p{L})/giu,
    'from $1h to $2h',
  ],
  // "um 23 Uhr", "bis 5 Uhr": clock hours
  [/(?<=\d:\d\d)\s?(?:uhr|uur)(?!\p{L})/giu, ''],
  [/(?<=\d)\s?(?:uhr|uur)(?!\p{L})/giu, 'h'],
  // "ab 22:30", "à partir de 23h", "vanaf 22:00": from
  [
    /(?<!\p{L})(?:ab|à partir de|a partir de|a partire dalle|vanaf|od godz\.?|från kl\.?|fra kl\.?)\s+(?=\d)/giu,
    'from ',
  ],
  // "um 23h", "a las 23", "om 23h": at; "bis 5h", "hasta las 5": until
  [
    /(?<!\p{L})(?:um|à|a las|alle|às|om|klockan|kl\.)\s+(?=\d{1,2}(?::\d{2})?\s*h?(?!\p{L}))/giu,
    'at ',
  ],
  [
    /(?<!\p{L})(?<!(?:pieken|piek|spitzen|picos|pics|picchi|peaks?)\s+)(?:bis|jusqu['’]à|hasta las|hasta|fino alle|até às|até|tot|do|till)\s+(?=\d{1,2}(?::\d{2})?\s*h?(?!\p{L}))/giu,
    'until ',
  ],
  // "1.200 tokens por factura": per item
  [/(?<=\btokens?\s)(?:por|par|pro|je|per|na|för|pr\.)\s+(?=\p{L})/giu, 'per '],
  // "sesiones concurrentes", "conversations simultanées": the adjective comes first in English
  [
    /(?<!\p{L})(sesiones|sessões|sessioni|sessions|conversaciones|conversas|conversazioni|conversations|usuarios|usuários|utenti|utilisateurs|chats)\s+(concurrentes|simultáneas|simultáneos|simultânea?s|simultanées|simultanés|simultanei|simultanee|concorrentes|concorrenti)(?!\p{L})/giu,
    '$2 $1',
  ],
  // "Tools aufruft": calls tools
  [
    /(?<!\p{L})tools?\s+(?:aufruft|aufrufen|nutzt|nutzen|verwendet|verwenden|benutzt|benutzen)(?!\p{L})/giu,
    'calls tools',
  ],
  // "agenti autonomi": the adjective comes first in English
  [
    /(?<!\p{L})(?:agenti|agentes|agents)\s+(?:autonomi|autonome|autónomos|autonomes|autonomos|autônomos)(?!\p{L})/giu,
    'autonomous agents',
  ],
  // "nie autouzupełnianie": what the service is not
  [
    /(?<!\p{L})(?:nie|not|no|non|kein|keine|niet|inte|ikke|ne|pas)\s+(?:autouzupełnianie|autocomplete|autocompletado|autocomplétion|autovervollständigung|autocompletamento|autocompletar)(?!\p{L})/giu,
    ' ',
  ],
  // "Käyttäjiä on noin 800": about 800 users
  [
    /(?<!\p{L})(?:käyttäjiä|käyttäjää)\s+on\s+(?:noin\s+)?(\d[\d\s.,]*\d|\d)(?!\d)/giu,
    'about $1 users',
  ],
  // "72.000 correos de clientes": customer emails
  [
    /(?<!\p{L})(correos|mensajes|reseñas|courriels|messages|avis|e-mails|mails|berichten|recensioni|messaggi|mensagens)\s+(?:de|des|van|von|dei|dos|das)\s+(?:clientes|clients|klanten|kunden|clienti)(?!\p{L})/giu,
    'customer $1',
  ],
  // Finnish "klo 00–04": from 00:00 to 04:00
  [
    /(?<!\p{L})klo\s+(\d{1,2})(?:[.:](\d{2}))?\s*[–-]\s*(\d{1,2})(?:[.:](\d{2}))?(?!\d)/giu,
    'from $1:00 to $3:00',
  ],
  // Korean: "새벽 1시부터 5시까지" (from 1am to 5am), "약 3만 건" (about 30,000 items; 만 is read
  // as a number word later), "건당" (per item), "한 달에" (a month)
  [
    /새벽\s*(\d{1,2})\s*시\s*부터\s*(\d{1,2})\s*시\s*까지/g,
    ' from $1am to $2am ',
  ],
  [/(\d{1,2})\s*시\s*부터\s*(\d{1,2})\s*시\s*까지/g, ' from $1:00 to $2:00 '],
  [/매일|매일 밤/g, ' daily '],
  [/카테고리별로\s*분류|분류/g, ' classify by category '],
  [/감정\s*점수/g, ' sentiment score '],
  [/배치\s*작업/g, ' batch job '],
  [/실시간일\s*필요(?:는|가)?\s*없/g, ' does not need to be real-time '],
  [/건당/g, ' per item '],
  [/(\d[\d.,]*\s*[만억천]?)\s*건(?:을|의|이)?/g, ' $1 items '],
  [/(\d[\d.,]*\s*[만억천]?)\s*토큰/g, ' $1 tokens '],
  [/예산은?/g, ' budget '],
  [/한\s*달에|월/g, ' per month '],
  [/(\d[\d.,]*\s*[만억천]?)\s*원/g, ' $1 won '],
  [/약\s*/g, ' about '],
  [/고객\s*문의/g, ' customer inquiries '],
  [/입력(?:은|이)?/g, ' input '],
  // Japanese: "ピーク時は毎秒8リクエスト程度で、平均はその半分" (peak 8 a second, average half of it),
  // "入力は約4,000トークン" (input about 4,000 tokens), "5秒以内" (within 5 seconds)
  [
    /ピーク時は?\s*毎秒\s*(\d[\d,.]*)\s*リクエスト(?:程度|くらい)?/g,
    ' peaks of $1 requests per second ',
  ],
  [/平均は(?:その)?半分(?:くらい|程度)?/g, ' the average is half of that '],
  [/毎秒\s*(\d[\d,.]*)\s*リクエスト/g, ' $1 requests per second '],
  [/入力は?\s*(?:約|およそ)/g, ' input about '],
  [/出力は?\s*(?:約|およそ)/g, ' output about '],
  [/(\d[\d,.]*)\s*トークン(?!あたり)/g, ' $1 tokens '],
  [/レスポンス全体を?/g, ' full response '],
  [/(p\d{2})\s*で/g, ' $1 '],
  [/(\d+(?:\.\d+)?)\s*秒以内/g, ' within $1 seconds '],
  [/要約が表示されるまで[^。]*?待って/g, ' wait for the summary to appear '],
  // Chinese: "智能客服" (customer service), "平均每秒30个请求", "每天运行26小时", "首字延迟不超过1秒"
  [/智能客服|在线客服|客服/g, ' customer service '],
  [/平均每秒\s*(\d[\d,.]*)\s*个?请求/g, ' $1 requests per second on average '],
  [/每秒\s*(\d[\d,.]*)\s*个?请求/g, ' $1 requests per second '],
  [/每天运行\s*(\d+)\s*(?:个)?小时/g, ' runs $1 hours a day '],
  [/首字延迟|首token延迟|首个token延迟|首字时间/g, ' first token '],
  [/不超过\s*(\d+(?:\.\d+)?)\s*秒/g, ' under $1 seconds '],
  [/不超过\s*(\d+(?:\.\d+)?)\s*毫秒/g, ' under $1 ms '],
  // Czech: "každé pondělí" (every Monday), "mezi 02:00 a 07:00" (between … and …)
  [
    /(?<!\p{L})každ[éýá]\s+(pondělí|úterý|středu|čtvrtek|pátek|sobotu|neděli)(?!\p{L})/giu,
    'every $1',
  ],
  [/(?<=\d{1,2}:\d{2})\s+a\s+(?=\d{1,2}:\d{2})/g, ' and '],
  // Japanese and Chinese: no spaces between words, so each phrase becomes English words
  [/翻訳|翻译/g, ' translation '],
  [/コード生成|代码生成|程式碼生成/g, ' code generation '],
  [/要約|摘要|总结/g, ' summarise '],
  [
    /同時接続(?:数)?(?:は)?(?:およそ|約|大约|约)?\s*(\d[\d,]*)\s*(?:セッション|个会话|會話)/g,
    ' about $1 concurrent sessions ',
  ],
  [
    /1\s*トークンあたり\s*(\d+)\s*ms\s*以内|每个?\s*(?:token|令牌)\s*(\d+)\s*(?:ms|毫秒)\s*以内/g,
    ' $1$2 ms per token ',
  ],
  [
    /(\d[\d,]*)\s*(?:名|人|位)\s*(?:开发者|開発者|开发人员|エンジニア|工程师)/g,
    ' $1 developers ',
  ],
  [/(\d[\d,]*)\s*(?:名|人)\s*(?:员工|社員|従業員|職員)/g, ' $1 employees '],
  [/四分之一|4分の1/g, ' a quarter '],
  [/三分之一|3分の1/g, ' a third '],
  [/同时在线|同時にオンライン|同時に利用/g, ' at the same time online '],
  [
    /预算每月\s*(\d[\d,]*)\s*美元|月額?予算(?:は)?\s*(\d[\d,]*)\s*ドル/g,
    ' budget $1$2 dollars per month ',
  ],
  [/(?:GPU\s*(?:用|は)\s*)([A-Z]\d{2,3}\w*)/g, ' on $1 '],
  // "we have around 1500 agent": a count of people with the plural left off
  [
    /(?<=(?<![\d.,])[2-9]\d*|\d{2,}[\d,.]*\d|\d\s+(?:hundred|thousand|million))\s+(agent|employee|user|developer|student|customer|engineer|analyst|doctor|nurse|seat|member)(?=\s*(?:[,.;:)!?]|$)|\s+(?:who|that|in|on|at|of|and|are|is|using|use|with)\b)/giu,
    ' $1s',
  ],
  // "Elke run heeft 1u de tijd": one hour to finish
  [/(?<=\d)\s*u(?:ur)?\s+de tijd(?!\p{L})/giu, ' hours to finish'],
  // "elke 20 seconden", "toutes les 30 secondes": every N units
  [
    /(?<!\p{L})(?:a\s+)?(?:elke|jede|jeden|jedes|chaque|cada|ogni|varje|hver|hvert|toutes les|tous les)\s+(?=\d)/giu,
    'every ',
  ],
  // "a 3,000-person sales org": a head count
  [/(?<=\d)-(?:person|people|strong|head)(?!\p{L})/giu, ' people'],
  // Danish and Norwegian corrections: "Undskyld, jeg mente 120, ikke 100"
  [
    /(?<!\p{L})(?:undskyld|unnskyld),?\s+jeg\s+mente(?!\p{L})/giu,
    'sorry, I meant',
  ],
  // non-native English: "2 percents of them", "online in same time"
  [/(?<=\d\s*)percents(?!\p{L})/giu, 'percent'],
  [/(?<!\p{L})in (?:the )?same time(?!\p{L})/giu, 'at the same time'],
  [/(?<!\p{L})fastly(?!\p{L})/giu, 'fast'],
  // Turkish: "Günde yaklaşık 172.800 istek" (about 172,800 requests a day), "500 token girdi"
  [
    /(?<!\p{L})günde\s+(?:yaklaşık\s+|ortalama\s+)?(\d[\d.,]*)\s+istek\p{L}*/giu,
    '$1 requests per day',
  ],
  [/(?<![\d/])7\/24(?!\d)/g, '24/7'],
  [/(?<=\d)\s+token\s+girdi(?!\p{L})/giu, ' tokens in'],
  [/(?<=\d)\s+token\s+çıktı(?!\p{L})/giu, ' tokens out'],
  // Hungarian: "23:30 és hajnali 5:30 között" (between 23:30 and 5:30)
  [
    /(\d{1,2}:\d{2})\s+és\s+(?:hajnali\s+|reggel\s+)?(\d{1,2}:\d{2})\s+között/giu,
    'between $1 and $2',
  ],
  // Korean: "에이전트" (agent), "도구로 호출" (calls as tools), "세션은 60개" (60 sessions)
  [/에이전트\s*세션은?\s*(\d+)\s*개/g, ' $1 concurrent agent sessions '],
  [/동시에\s*실행되는/g, ' '],
  [/에이전트/g, ' agent '],
  [/도구로\s*호출/g, ' calls as tools '],
  [/처음부터\s*끝까지/g, ' end to end '],
  [/(\d+(?:\.\d+)?)\s*초\s*안에/g, ' within $1 seconds '],
  // "1.2krps": a rate unit stuck to its number
  [/(?<=\d)(k?)(rps|qps)(?!\p{L})/giu, '$1 $2'],
  // Hinglish: "roz lagbhag 1 lakh messages" (daily about), "24 ghante" (hours), "teen guna" (3x),
  // "jaldi" (quickly), "10 lakh rupaye mahine ka" (a month)
  [
    /(?<!\p{L})roz(?:ana)?\s+(?:lagbhag\s+|karib\s+)?(\d[\d.,]*(?:\s*(?:lakhs?|lacs?|crores?|hazaar|hazar)(?:\s+\d+\s*(?:hazaar|hazar))?)?)\s+(\p{L}+)/giu,
    'about $1 $2 per day',
  ],
  [/(?<=\d)\s+ghante(?!\p{L})/giu, ' hours a day'],
  [/(?<!\p{L})do\s+guna(?!\p{L})/giu, '2x at peak'],
  [/(?<!\p{L})teen\s+guna(?!\p{L})/giu, '3x at peak'],
  [/(?<!\p{L})(?:char|chaar)\s+guna(?!\p{L})/giu, '4x at peak'],
  [/(?<!\p{L})jaldi(?!\p{L})/giu, 'fast'],
  [
    /(?<!\p{L})(?:rupaye|rupees|rs\.?)?\s*mahine\s+ka(?!\p{L})/giu,
    ' per month',
  ],
  // a plain-text table row "users | 4000": a bare value before its label, as a sentence says it
  [
    /^[ \t]*([^|\n\d]{2,60}?)[ \t]*\|[ \t]*([~≈$€£]?\d[\d.,]*(?:[eE][+-]?\d+)?\s*(?:%|k|K|m|M)?)[ \t]*\|?[ \t]*$/gm,
    '$2 $1.',
  ],
  [
    /^[ \t]*([^|\n]{2,60}?)[ \t]*\|[ \t]*([^|\n]+?)[ \t]*\|?[ \t]*$/gm,
    '$1 $2.',
  ],
  // Japanese: "チャットボット", "従業員は約1,200名", "同時に使うのは多くても5%", "最初のトークンまで500ms以内"
  [/チャットボット/g, ' chatbot '],
  [
    /(?:従業員|社員)(?:は|が)?(?:約|およそ)?\s*(\d[\d,]*)\s*(?:名|人)/g,
    ' about $1 employees ',
  ],
  [
    /同時に(?:使う|利用する)(?:のは|人は)?(?:多くても|最大)?\s*(\d+(?:\.\d+)?)\s*[%％]/g,
    ' $1% at the same time ',
  ],
  [/最初のトークンまで\s*(\d+)\s*ms\s*以内/g, ' first token within $1 ms '],
  [/すぐに/g, ' fast '],
  // "1/4 conectados a la vez": one in four
  [/(?<![\d/])1\/(\d{1,3})(?![\d/])/g, '1 in $1'],
  // Turkish puts the rate first: "saniyede ortalama 120 istek"
  [
    /(?<!\p{L})saniyede\s+(?:ortalama\s+|yaklaşık\s+)?(\d[\d.,]*)\s+istek\p{L}*/giu,
    '$1 requests per second',
  ],
  [
    /(?<!\p{L})dakikada\s+(?:ortalama\s+|yaklaşık\s+)?(\d[\d.,]*)\s+istek\p{L}*/giu,
    '$1 requests per minute',
  ],
  // "bunun 2 katı": twice that
  [/(?<!\p{L})(?:bunun\s+)?(\d+)\s+katı(?!\p{L})/giu, '$1x the average'],
  // "60 000 tokens in och 1 500 tokens ut": in and out
  [/(?<=tokens?\s+)(?:ut|ud)(?!\p{L})/giu, 'out'],
  [/(?<=tokens?\s+in\s+)(?:och|og|und|et|y|e|en|i|a)(?!\p{L})/giu, 'and'],
  // "ognuna con 16": each with
  [
    /(?<!\p{L})(?:ognuna|ognuno|cada una|cada uno|cada uma|cada um|chacune|chacun)\s+(?:con|avec|com)(?!\p{L})/giu,
    'each with',
  ],
  // German compounds: "Übersetzungs-Assistent"
  [/-(?=(assistant|chatbot)\b)/gi, ' '],
  // Chinese, Japanese and Korean phrases stand between other words without spaces
  [
    /(?:凌晨|晚上)?(\d{1,2})\s*点\s*(?:到|至)\s*(?:凌晨|早上)?(\d{1,2})\s*点/gu,
    ' from $1:00 to $2:00 ',
  ],
  [/每天|每日/gu, ' every day '],
  [
    /(?:customer service\s*)?(?:客服)?(?:通话转写|通话记录|通话录音转写)/gu,
    ' call transcripts ',
  ],
  [/每条平均约|每条约/gu, ' each about '],
  [/([\d万千]+)\s*条/gu, '$1 '],
  [/个\s*token|個\s*token/giu, ' tokens'],
  [/成本越低越好|越便宜越好/gu, ' as cheap as possible '],
  [/约|大约|大約/gu, ' about '],
  [/全社員/gu, ' headcount '],
  [/([\d万千]+)\s*人/gu, '$1 people '],
  [/同時利用は?/gu, ' using it at the same time '],
  [/およそ/gu, ' about '],
  [/챗봇/gu, ' chatbot '],
  [
    /동시\s*접속\s*세션은\s*(?:약\s*|about\s*)?(\d[\d,]*)\s*개/gu,
    ' $1 concurrent sessions ',
  ],
  [
    /각\s*세션은\s*(\d+)\s*초마다\s*메시지를\s*한\s*번\s*보냅니다/gu,
    ' each session sends a message every $1 seconds ',
  ],
  [/즉각적/gu, ' instant '],
  [
    /출력은\s*평균\s*(\d[\d,]*)\s*(?:토큰|tokens)/gu,
    ' answers of about $1 tokens ',
  ],
  [
    /(\d{1,2}\s*[ap]m)\s*शुरू होकर\s*(\d{1,2}\s*[ap]m)\s*तक/gu,
    ' from $1 to $2 ',
  ],
  // the ideographic comma and full stop end a clause like "," and "."
  [/、/gu, ', '],
  [/。/gu, '. '],
  // the danda and the Urdu full stop end a sentence
  [/[।۔]/gu, '. '],
  // ab-* round: Japanese clock hours and lengths, Turkish per-minute rates, Hindi, Hebrew,
  // Ukrainian corrections and Korean shares and peaks
  [/(\d{1,2})\s*時\s*[〜~～\-–]\s*(\d{1,2})\s*時/gu, ' from $1:00 to $2:00 '],
  [/利用時間帯は/gu, ' usage hours '],
  [/プロンプトは/gu, ' prompts are '],
  [/回答は/gu, ' answers are '],
  [/検索結果込みで/gu, ' including retrieved results '],
  [/平均/gu, ' average '],
  [/前後/gu, ' '],
  [/毎週/gu, ' weekly '],
  [/(\d[\d.,]*\s*万?)\s*件/gu, ' $1 items '],
  [
    /予算は\s*1\s*回\s*あたり\s*(\d[\d.,]*\s*万?)\s*円\s*(?:まで)?/gu,
    ' budget at most $1 yen per run ',
  ],
  [
    /(?<!\p{L})dakikada\s+(?:ortalama\s+)?(\d+(?:[.,]\d+)?)\s+(?:\p{L}+\s+){0,2}?iste[kğ]\p{L}*\s+gönder\p{L}*/giu,
    ' sends $1 requests per minute ',
  ],
  [/(?<!\p{L})setiap\s+(\d+)\s+jam(?!\p{L})/giu, 'every $1 hours'],
  [/सामान्य चैटबॉट|चैटबॉट/gu, ' chatbot '],
  [/लगभग|करीब/gu, ' about '],
  [/मासिक सक्रिय उपयोगकर्ता/gu, ' monthly active users '],
  [/किसी भी समय/gu, ' at any given time '],
  [/ऑनलाइन/gu, ' online '],
  [
    /(?:शाम को\s*)?ट्रैफ़िक\s*औसत\s*से\s*(\d+(?:\.\d+)?)\s*गुना\s*तक\s*पहुँच\s*जाता\s*है/gu,
    ' traffic peaks at $1x the average ',
  ],
  [/ऑन-डिमांड/gu, ' on-demand '],
  [/स्पॉट\s*नहीं/gu, ' not spot '],
  [/(?<!\p{L})не\s+(\d[\d\s.,]*\d|\d)\s*,\s*а\s+(?=\d)/giu, 'not $1 but '],
  [/직원은\s*(?:약|about)?\s*([\d.,]+\s*만?)\s*명/gu, ' about $1 employees '],
  [
    /동시\s*접속자는\s*전체의\s*(\d+(?:\.\d+)?)\s*%\s*(?:정도)?/gu,
    ' about $1% of them online at the same time ',
  ],
  [
    /피크\s*때는\s*평균의\s*(\d+(?:\.\d+)?)\s*배까지\s*(?:올라갑니다)?/gu,
    ' at peak $1x the average ',
  ],
];

/** The glossary as replacements, in order: rewrites, then the table (phrases first). */
export const GLOSSARY: [RegExp, string][] = [
  ...REWRITES,
  ...TERMS.map(([src, en]): [RegExp, string] => [WORD(src), en]),
];

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
/** "9 a.m.", "10 p.m.": a clock time with a dotted am/pm, written "9 am". */
export const DOTTED_MERIDIEM: [RegExp, string] = [
  /(\d)\s*([ap])\.\s?m\.(?!\p{L})/giu,
  '$1 $2m',
];

export const TERMS: [string, string][] = [
  // cf-* round: Swahili 'Tunataka gharama iwe ndogo iwezekanavyo' (we want the cost as low as possible); Czech 'až se 120 souběžnými agenty' (up to 120 concurrent agents); French 'chacun sollicite l'assistant' (each asks the assistant), 'pendant l'appel' (during the call), 'au téléphone' (on the phone)
  ['gharama iwe ndogo iwezekanavyo', 'as cheap as possible'],
  ['souběžnými|souběžných|souběžně', 'concurrent'],
  ["sollicite l['’]assistant", 'asks the assistant'],
  ['sollicite', 'asks'],
  ['vastauksen pitää tulla nopeasti', 'the answer must come fast'],
  ["pendant l['’]appel", 'during the call'],
  ['au téléphone', 'on the phone'],
  // cf-* round: Portuguese 'escreventes' (notary clerks); Polish 'prawników' (lawyers), 'nie musi być od razu, może potrwać kilka minut' (need not be immediate, may take a few minutes)
  ['escreventes|escrevente', 'clerks'],
  ['prawników|prawnicy|prawnik', 'lawyers'],
  ['nie musi być od razu', 'no rush'],
  ['może potrwać', 'it can take'],
  // cf-* round, Ukrainian: 'автодоповнення коду' (code autocomplete), 'розробників' (developers), 'кожен генерує ~6 запитів' (each sends ~6 requests), 'Робочий день' (working day), 'Контекст ~2 тис. токенів, відповідь 30–40 токенів' (context, answer), 'Має бути миттєво' (must be instant); Indonesian: 'dokter … minta satu ringkasan setiap 5 menit' (doctors, each asks for one summary every 5 minutes), 'lalu menunggu' (and waits for), 'Jam praktik' (practice hours)
  ['автодоповнення коду', 'code autocomplete'],
  ['розробників|розробники', 'developers'],
  ['генерує', 'sends'],
  ['робочий день', 'working day'],
  ['має бути миттєво', 'must be instant'],
  ['dokter', 'doctors'],
  ['minta satu', 'asks for one'],
  ['jam praktik', 'practice hours'],
  // cf-* round, Vietnamese: 'trích xuất thông tin từ hồ sơ KYC' (extract information from KYC records), 'Mỗi ngày chạy 2 lần' (runs twice a day)
  ['trích xuất thông tin từ', 'extract information from'],
  ['mỗi ngày chạy (\\d+) lần', 'runs $1 times a day'],
  // cf-* round, Turkish: 'Her ay yaklaşık 1,2 milyon ürün, ayın ilk hafta sonu 48 saat içinde bitmesi lazım' (about 1.2 million products every month, done within 48 hours on the month's first weekend), 'Girdi ürün başına' (input per product), 'Maliyet düşük olsun' (keep the cost low)
  ['her ay', 'every month'],
  ['ayın ilk hafta sonu', 'on the first weekend of the month'],
  ['bitmesi lazım|bitmesi gerekiyor|bitmeli', 'must be done'],
  ['maliyet düşük olsun|maliyet düşük olmalı', 'as cheap as possible'],
  ['ürün başına', 'per product'],
  // cf-* round, Dutch 'Correctie: het zijn er 540' (correction: there are 540)
  ['correctie', 'correction'],
  ['het zijn er', 'there are'],
  // ce-* round, Vietnamese 'trung bình chỉ bằng một nửa' (on average only half that)
  ['chỉ bằng một nửa|chỉ bằng nửa', 'only half that'],
  // ce-* round, Czech: 'pro analytický tým (asi 60 lidí) na složité úlohy – vícekrokové výpočty' (for the analytics team, about 60 people, for complex tasks: multi-step calculations), 'Odpověď klidně i několik minut, nikdo nespěchá' (the answer may take several minutes, nobody is in a hurry), 'Výstupy jsou dlouhé 4–8 tis. tokenů' (outputs are 4-8 thousand tokens long)
  ['analytický tým|analytickému týmu|analytického týmu', 'the analytics team'],
  ['lidí', 'people'],
  ['složité úlohy|složitých úloh|složité úkoly', 'complex tasks'],
  ['vícekrokové výpočty|vícekrokových výpočtů', 'multi-step calculations'],
  ['odpověď klidně i několik minut', 'the answer can take several minutes'],
  ['nikdo nespěchá', 'nobody is in a hurry'],
  ['výstupy jsou dlouhé', 'outputs are'],
  // ce-* round, Turkish: 'her biri mesai saatlerinde (09:00–18:00)' (each of them during working hours)
  [
    'mesai saatlerinde|mesai saatleri içinde|mesai saatleri boyunca',
    'during working hours',
  ],
  // ce-* round, Dutch: 'facturen uitlezen' (read fields out of invoices), 'al omgezet naar tekst' (already converted to text)
  ['uitlezen|uit te lezen', 'extract data'],
  ['al omgezet naar tekst', 'already converted to text'],
  // ce-* round, Italian: 'La latenza non è critica, può metterci anche un minuto' (latency is not critical, it can take even a minute), 'ogni passo ha un prompt di 6.000–8.000 token e genera circa 500 token' (each step has a prompt of … and generates about 500 tokens), 'chiama 3-4 tool' (calls 3-4 tools)
  ['la latenza non è critica', 'latency is not critical'],
  [
    'può metterci anche un minuto|può metterci un minuto',
    'it can take a minute',
  ],
  ['ogni passo|ogni step', 'each step'],
  ['ha un prompt di', 'has a prompt of'],
  ['chiama|chiamano', 'calls'],
  // cd-* round phrases: Swiss German 'zackig anfühlen' (feel snappy); Bulgarian 'всяка нощ' (every night), 'само етикет' (just a label); Gulf Arabic 'مستخدم نشط بالشهر' (monthly active users), 'كل واحد يرسل رسالة' (each one sends a message), 'سريع مرة' (very fast), 'ما يصبرون' (do not like waiting); Greek 'δεν βιάζονται' (in no hurry); Argentine Spanish 'el presupuesto viene ajustado' (the budget is tight); Finnish code-writing assistant, 'kerran minuutissa' (once a minute); Canadian French 'un client actif' (an active customer), 'à la minute' (a minute); Dutch 'maandelijks actieve' (monthly active); Croatian review tagging; Hindi 'पैसा कोई मुद्दा नहीं है' (money is no issue); Italian 'completamenti brevi da' (short completions of); Latvian JSON keys; Polish 'cotygodniowe zadanie' (weekly job), 'okno godz' (window hours); European Portuguese 'carrega no botão e fica à espera' (presses the button and waits); Romanian 'câte o întrebare la fiecare' (a question each every); Russian 'время до первого токена' (time to first token), 'длина запроса' (prompt length); Slovak contract summaries at night; Serbian translation in the portal; Turkish 'çeyrek başına' (per quarter); Ukrainian catalogue translation twice a day; Vietnamese 'dịch tự động' (automatic translation)
  ['zackig anfühlen|zackig anfühlt', 'feel snappy'],
  ['всяка нощ|всяка вечер', 'every night'],
  ['само етикет', 'just a label'],
  ['مستخدم نشط (?:بالشهر|per month|شهرياً|شهريا)', 'monthly active users'],
  ['كل واحد يرسل رسالة|كل واحد منهم يرسل رسالة', 'each one sends a message'],
  ['سريع مرة|سريع جداً|سريع جدا', 'very fast'],
  ['ما يصبرون|ما يحبون الانتظار', 'do not like waiting'],
  ['δεν βιάζονται', 'there is no rush'],
  ['μπορούν να περιμένουν μερικά|μπορούν να περιμένουν', 'they can wait a few'],
  [
    'el presupuesto viene ajustado|el presupuesto está ajustado|el presupuesto es ajustado',
    'the budget is tight',
  ],
  [
    'koodinkirjoitusavustaja|koodinkirjoitusavustajan',
    'code generation assistant',
  ],
  ['kokonaisia funktioita', 'complete functions'],
  ['yksikkötestejä|yksikkötestit', 'unit tests'],
  ['yksi pyyntö keskimäärin', 'each sends one request on average'],
  ['yksi pyyntö', 'one request'],
  ['kerran minuutissa', 'once a minute'],
  ['riittää meille|riittää', 'is enough'],
  ['un client actif|une cliente active', 'each active customer'],
  ['à la minute', 'a minute'],
  ['maandelijks actieve|maandelijkse actieve', 'monthly active'],
  ['recenzija proizvoda|recenzije proizvoda', 'product reviews'],
  ['po recenziji', 'per review'],
  [
    'moraju biti gotovi u roku od|mora biti gotovo u roku od|moraju biti gotovi za',
    'must be done within',
  ],
  ['od pokretanja', 'of the start'],
  ['pokrećemo obradu', 'we run a batch job'],
  ['पैसा कोई मुद्दा नहीं है|पैसे की कोई चिंता नहीं है', 'money is no issue'],
  ['रिकॉर्ड्स', 'records'],
  ['completamenti brevi da|completamenti da', 'short completions of'],
  ['vienlaicīgi aktīvi|vienlaikus aktīvi', 'active at the same time'],
  [
    'pieprasījumi minūtē uz lietotāju|pieprasījumi minūtē',
    'requests per minute per user',
  ],
  ['iekšējais čatbots|iekšējais tērzēšanas robots', 'internal chatbot'],
  ['darba laiks', 'working hours'],
  ['cotygodniowe zadanie', 'weekly job'],
  ['okno godz', 'window hours'],
  [
    'carrega no botão e fica à espera do|carrega no botão e fica à espera',
    'presses the button and waits for the',
  ],
  ['câte o întrebare la fiecare', 'each asks a question every'],
  ['время до первого токена', 'time to first token'],
  ['длина запроса', 'prompt length'],
  ['sumarizovať zmluvy|zhrnúť zmluvy', 'summarise contracts'],
  ['nikto na to nečaká', 'nobody waits for it'],
  [
    'stačí, keď to zbehne v noci v okne',
    'it is enough if it runs overnight in a window of',
  ],
  ['stačí, keď to zbehne v noci', 'it is enough if it runs overnight'],
  ['nech má asi|by mala mať asi', 'should be about'],
  ['za deň|denne', 'per day'],
  [
    'превођење техничке документације',
    'translation of technical documentation',
  ],
  [
    'корисник налепи текст и чека превод',
    'the user pastes the text and waits for the translation',
  ],
  ['захтева у минути|захтева по минуту', 'requests per minute'],
  ['у шпицу до|у шпицу', 'at peak up to'],
  ['çeyrek başına|çeyrek başı', 'per quarter'],
  ['каталог товарів', 'the product catalogue'],
  ['двічі на добу', 'twice a day'],
  ['запускатимемо|будемо запускати', 'we will run'],
  ['ще раз удень у такому ж', 'once more in the daytime in the same'],
  ['dịch tự động', 'automatic translation'],
  // cc-* round, Swahili: 'Wateja takriban 80,000 kwa mwezi' (about 80,000 customers a month), 'wako mtandaoni' (are online), 'kila mmoja hutuma ujumbe mmoja kila dakika' (each one sends one message every minute), 'Bajeti iwe ndogo iwezekanavyo' (the budget as small as possible); Persian: 'همزمان فعال هستند' (are active at the same time), 'کاربر داریم' (users we have)
  ['wateja (?:takriban|karibu|kama) (\\d[\\d.,]*)', 'about $1 customers'],
  ['wako mtandaoni|wapo mtandaoni|wako online', 'are online'],
  [
    'kila mmoja hutuma ujumbe mmoja kila dakika(?! (?:mbili|tatu|nne|tano|sita|saba|nane|tisa|kumi|\\d))',
    'each one sends one message every minute',
  ],
  [
    'iwe ndogo iwezekanavyo|ndogo iwezekanavyo|iwe chini iwezekanavyo',
    'as low as possible',
  ],
  [
    'همزمان فعال هستند|همزمان فعال‌اند|همزمان فعال',
    'are active at the same time',
  ],
  ['کاربر داریم', 'users we have'],
  // cc-* round, Indonesian: 'tidak ada user yang menunggu' (no user is waiting), 'tidak buru-buru' (no rush), 'ringkasan dokumen pendek' (short document summaries)
  [
    'tidak ada user yang menunggu|tidak ada pengguna yang menunggu',
    'no user is waiting',
  ],
  ['tidak buru-buru|tidak terburu-buru', 'no rush'],
  ['ringkasan dokumen pendek', 'short document summaries'],
  // cc-* round, Vietnamese: 'công cụ tạo nội dung' (a tool that generates content)
  [
    'công cụ tạo nội dung|công cụ viết nội dung',
    'a tool that generates content',
  ],
  // cc-* round, Vietnamese: 'mỗi bài viết dài' (each article is … long)
  ['mỗi bài viết dài|mỗi bài viết', 'each article is'],
  // cc-* round, Russian: 'должен укладываться в' (must fit in), 'на выходе' (output), 'на страницу' (per page), 'отсканированные страницы' (scanned pages); Arabic: 'وتصل الذروة إلى ضعف ذلك' (and the peak reaches double that); Hebrew: 'ובשיא פי 2.5' (and at peak 2.5 times), 'תרגום בזמן אמת' (real-time translation), 'כל הודעה' (each message)
  [
    'должен укладываться в|должен уложиться в|должна укладываться в|должны укладываться в',
    'must fit in',
  ],
  ['на выходе', 'output'],
  ['на страницу|на одну страницу', 'per page'],
  ['отсканированные страницы|отсканированных страниц', 'scanned pages'],
  [
    'وتصل الذروة إلى ضعف ذلك|تصل الذروة إلى ضعف ذلك|وتصل الذروة إلى ضعف|تصل الذروة إلى ضعف',
    'and the peak reaches double that',
  ],
  ['תרגום בזמן אמת', 'real-time translation'],
  ['כל הודעה', 'each message'],
  // cc-* round, Romanian: 'fără spot' (no spot); Greek: 'ταυτόχρονες συνεδρίες' (concurrent sessions), 'στην αιχμή' (at peak)
  ['fără spot|fara spot', 'without spot'],
  [
    'ταυτόχρονες συνεδρίες|ταυτόχρονων συνεδριών|ταυτόχρονες συνομιλίες',
    'concurrent sessions',
  ],
  ['στην αιχμή|κατά την αιχμή|στις αιχμές', 'at peak'],
  // cc-* round, Hungarian: 'naponta egyszer' (once a day), 'hangulatelemzés' (sentiment analysis), 'vásárlói vélemény' (customer reviews), 'a kimenet egyetlen címke' (the output is one label); Finnish: 'tuotekuvaukset' (product descriptions), 'valmis viimeistään' (done by)
  ['naponta egyszer|egyszer naponta', 'once a day'],
  ['hangulatelemzést|hangulatelemzése|hangulatelemzés', 'sentiment analysis'],
  [
    'vásárlói véleményre|vásárlói véleményt|vásárlói véleményeket|vásárlói vélemények|vásárlói vélemény',
    'customer reviews',
  ],
  [
    'a kimenet egyetlen címke|a kimenet egy címke',
    'the output is a single label',
  ],
  [
    'tuotekuvaukset|tuotekuvauksia|tuotekuvausta|tuotekuvaus',
    'product descriptions',
  ],
  ['valmis viimeistään|valmis viimeistaan|valmiina viimeistään', 'done by'],
  // cc-* round, Polish 'na jedno uruchomienie' (per run); Swedish 'topparna är dubbelt så höga' (peaks are twice as high)
  ['na jedno uruchomienie|na jeden przebieg|na jedno wykonanie', 'per run'],
  ['dubbelt så höga|dubbelt så hög|dubbelt så stora', 'twice as high'],
  // cb-* round, German: 'Unit-Tests und Funktionen generieren zu lassen' (to have unit tests and functions generated)
  [
    'funktionen generieren zu lassen|funktionen generieren lassen',
    'functions generated',
  ],
  ['tests generieren zu lassen|tests generieren lassen', 'tests generated'],
  // cb-* round, Malay: 'ekstrak maklumat … daripada dokumen … secara berkelompok' (extract information from documents in batches), 'Larian dua kali sehari' (runs twice a day), 'setiap larian' (each run), 'mesti siap dalam masa 2 jam' (must be done within 2 hours), 'muka surat' (pages)
  ['ekstrak maklumat', 'extract information'],
  ['secara berkelompok', 'in batch'],
  ['larian dua kali sehari', 'runs twice a day'],
  ['setiap larian', 'each run'],
  ['mesti siap dalam masa', 'must be done within'],
  ['muka surat', 'pages'],
  // cb-* round, Arabic: 'متوسط رسالة العميل 300 رمز والرد حوالي 200' (the customer's message averages 300 tokens and the reply about 200), 'يجب أن يكون الرد سريعاً جداً وفورياً' (the reply must be very fast and instant); Persian: '… را خلاصه کنیم' (to summarise …); Vietnamese: 'gia sư AI trò chuyện với học sinh', 'học sinh đăng ký', 'mỗi em hỏi', 'Mùa thi thì cao điểm 3x bình thường'
  ['متوسط رسالة العميل', 'the customer message averages'],
  [
    'ويجب أن يكون الرد سريعاً جداً وفورياً|يجب أن يكون الرد سريعاً جداً|ويجب أن يكون الرد سريعاً',
    'and the reply must be very fast',
  ],
  ['والرد', 'and the reply'],
  ['را خلاصه کنیم|را خلاصه کنند', 'summarise'],
  [
    'gia sư ai trò chuyện với học sinh|gia sư ai',
    'AI tutor chatbot for students',
  ],
  ['học sinh đăng ký', 'registered students'],
  ['mỗi em hỏi|mỗi học sinh hỏi', 'each one asks'],
  ['mùa thi thì cao điểm|mùa thi cao điểm', 'in exam season the peak is'],
  ['bình thường', 'normal'],
  // cb-* round, Ukrainian: 'історії довгі' (the histories are long)
  ['історії довгі', 'the histories are long'],
  // cb-* round, Ukrainian: 'кожен натискає' (each presses), 'весь підсумок має з'являтися не довше ніж за' (the whole summary must appear within); Korean: '급한 작업이 아니라서 응답이 좀 느려도 괜찮습니다' (not urgent, slow answers are fine); Bengali: 'অনুবাদ করাবেন' (will have translated), 'খুব তাড়া নেই' (no rush)
  [
    'кожен натискає (?:приблизно |about )?раз на (\\d+) хвилин[иу]?',
    'each one clicks about once every $1 minutes',
  ],
  ['кожен натискає', 'each one clicks'],
  [
    "весь підсумок має з'являтися не довше ніж за|весь підсумок має з’являтися не довше ніж за",
    'the full summary must appear within',
  ],
  ['급한 작업이 아니라서', 'it is not urgent, so'],
  ['응답이 좀 느려도 괜찮습니다|느려도 괜찮습니다', 'slow answers are fine'],
  ['অনুবাদ করাবেন|অনুবাদ করবেন', 'translate'],
  ['খুব তাড়া নেই|তাড়া নেই', 'no rush'],
  // cb-* round, Russian: 'раз в неделю, в субботу' (once a week, on Saturday), '800 токенов на запись' (800 tokens per record)
  ['раз в неделю', 'once a week'],
  ['на запись|на одну запись', 'per record'],
  // cb-* round, Danish: 'anmodninger pr. aktiv bruger: 2 i minuttet' (requests per active user: 2 a minute)
  [
    'anmodninger pr. aktiv bruger|forespørgsler pr. aktiv bruger',
    'requests per active user',
  ],
  ['i minuttet', 'per minute'],
  // cb-* round, Slovak: 'odpovede má brať z našich dokumentov na SharePointe', 'Celá odpoveď by mala prísť do 2 sekúnd'; Romanian: 'utilizatori activi lunar' (monthly active users), 'nu spot'; Hungarian: 'egyideju_agens_futasok', 'atlagos_prompt_tokenek'; Finnish: 'yksi ajo käsittelee', 'neljän tunnin välein', 'puolessatoista tunnissa'
  [
    'celá odpoveď by mala prísť until|celá odpoveď by mala prísť do',
    'the full answer should arrive within',
  ],
  ['utilizatori activi lunar|users activi lunar', 'monthly active users'],
  ['nu spot', 'not spot'],
  ['yksi ajo käsittelee', 'one run processes'],
  ['raportti on', 'each report is'],
  ['ajetaan kerran vuorokaudessa', 'runs once a day'],
  ['neljän tunnin välein', 'every 4 hours'],
  ['puolessatoista tunnissa', '1.5 hours'],
  ['ajoja tulee tiheämmin', 'runs come more often'],
  [
    'raporttimäärä per run pysyy samana',
    'the number of reports per run stays the same',
  ],
  // cb-* round, Dutch: 'Geld speelt geen rol, de kwaliteit gaat voor' (money is no object, quality comes first); Polish: 'Opis ma średnio 240 słów' (each description has 240 words on average); Czech: 'zákaznickou linku' (the customer line), 'musí být svižné' (must be snappy); Italian: 'Contesto in input', 'suggerimento di max 64 token'
  ['geld speelt geen rol', 'money is no object'],
  ['de kwaliteit gaat voor|kwaliteit gaat voor', 'quality comes first'],
  ['opis ma|każdy opis ma', 'each description has'],
  [
    'zákaznickou linku|zákaznická linka|zákaznické lince|zákaznické linky',
    'customer service line',
  ],
  [
    'musí být svižné|musí být svižná|musí být svižný|musí být rychlé',
    'must be snappy',
  ],
  ['contesto in input', 'input context'],
  // cb-* round, French: 'l'assistant SAV' (after-sales, i.e. customer service); Spanish: 'responde dudas de asegurados con base en nuestras condiciones generales y pólizas vigentes' (answers policyholders' questions based on our policy documents)
  ['service après-vente|service apres-vente', 'customer service'],
  ['responde dudas|responde preguntas|resuelve dudas', 'answers questions'],
  ['con base en|con base a|en base a', 'based on'],
  ['condiciones generales', 'terms and conditions documents'],
  ['pólizas vigentes', 'current policies'],
  // cb-* round, Spanish: 'recibir un resumen ejecutivo de unas 800 palabras' (receive an executive summary of about 800 words)
  ['resumen ejecutivo|resúmenes ejecutivos', 'executive summary'],
  // cb-* round, German: 'Es geht doch nicht um Inline-Completion, sondern darum, komplette Unit-Tests und Funktionen generieren zu lassen' (not about inline completion, but about generating complete unit tests and functions)
  ['es geht doch nicht um|es geht nicht um', 'it is not about'],
  ['sondern darum', 'but about'],
  // ca-* round, Arabic 'مستخدم متزامن' (concurrent users) and Indonesian 'jumlah item' (items per
  // run): phrases, before the words they hold
  ['مستخدم متزامن|مستخدمين متزامنين|مستخدمًا متزامنًا', 'concurrent users'],
  ['jumlah item|jumlah dokumen|jumlah data', 'items per run'],
  // ca-* round, Greek: 'Αν πάρει και ένα λεπτό η απάντηση, δεν πειράζει' (if the answer takes even a minute, that is fine); Hebrew: 'ותשובה של 200' (and an answer of 200)
  [
    'αν πάρει και ένα λεπτό η απάντηση|αν πάρει ένα λεπτό η απάντηση',
    'the answer can take a minute',
  ],
  ['δεν πειράζει', 'that is fine'],
  ['ותשובה של', 'and an answer of'],
  // ca-* round, Hindi: 'बांग्ला से अंग्रेज़ी में' (from Bangla into English)
  ['से अंग्रेज़ी में|से अंग्रेजी में', 'into English'],
  // ca-* round, Hindi: 'हर घंटे लगभग 12,500 टिकट आते हैं' (about 12,500 tickets arrive per hour), 'हर टिकट में औसतन 300 शब्द होते हैं' (each ticket has 300 words on average), 'अनुवाद तुरंत दिखना चाहिए, एजेंट इंतज़ार नहीं कर सकते' (the translation must show instantly, agents cannot wait)
  ['हर टिकट में', 'each ticket has'],
  [
    'अनुवाद तुरंत दिखना चाहिए|तुरंत दिखना चाहिए',
    'the translation must appear instantly',
  ],
  ['इंतज़ार नहीं कर सकते|इंतजार नहीं कर सकते', 'cannot wait'],
  // ca-* round, Ukrainian: 'студентів 45 тисяч, а не 30' (45 thousand students, not 30)
  ['а не', 'not'],
  // ca-* round, Swedish: 'vi har inte hunnit reda ut vem som har rätt' (we have not had time to work out who is right)
  [
    'vi har inte hunnit reda ut vem som har rätt|vi har inte rett ut vem som har rätt',
    'we have not had time to work out who is right',
  ],
  ['vem som har rätt', 'who is right'],
  // ca-* round, Russian: 'Задержка не критична' (latency is not critical); Swedish: 'svar upp till 1 500' (answers up to 1,500), 'genererar hela funktioner och enhetstester' (generates whole functions and unit tests); Turkish: '1.800 temsilcimiz var', 'vardiyalar 08:00-24:00 arası'
  [
    'задержка не критична|задержка не важна|latency не критична|latency не важна',
    'latency is not critical',
  ],
  ['пусть думает сколько нужно', 'it can take as long as it needs'],
  ['upp till|upp until', 'up to'],
  ['hela funktioner', 'whole functions'],
  ['temsilcimiz var|temsilcimiz bulunuyor', 'representatives'],
  ['her biri ortalama', 'each one on average'],
  // ca-* round, Czech: 'odpovídání na dotazy nad interní dokumentací' (answering questions over internal documentation), 'odpověď do 400' (an answer of up to 400), 'celá odpověď do 8 s' (the full answer within 8 s)
  ['odpovídání na dotazy|odpovídat na dotazy', 'answering questions'],
  [
    'nad interní dokumentací|nad interními dokumenty|nad interní dokumentaci',
    'over internal documentation',
  ],
  [
    'celá odpověď until|celou odpověď until|kompletní odpověď until|celá odpověď do|celou odpověď do|kompletní odpověď do',
    'full answer within',
  ],
  ['odpověď until|odpovědi until|odpověď do|odpovědi do', 'answer up to'],
  // ca-* round, Polish: 'Na jedną partię przypada ok. 45 tys. opinii', 'Każda partia musi się skończyć w ciągu 90 minut od startu', 'możliwie najtaniej'
  [
    'na jedną partię przypada|na każdą partię przypada|jedna partia to',
    'each run has',
  ],
  [
    'musi się skończyć w ciągu|musi się zakończyć w ciągu|musi być gotowa w ciągu',
    'must finish within',
  ],
  ['od startu|od rozpoczęcia', 'of the start'],
  ['możliwie najtaniej|jak najtaniej', 'as cheap as possible'],
  // ca-* round, Dutch: 'Antwoorden mogen gerust een paar seconden duren, niemand zit erop te wachten' (answers may take a few seconds, nobody is waiting on them)
  [
    'mogen gerust een paar seconden duren|mogen best een paar seconden duren|mogen een paar seconden duren',
    'can take a few seconds',
  ],
  [
    'niemand zit erop te wachten|niemand zit te wachten',
    'nobody is waiting on it',
  ],
  // ca-* round, French: 'le traitement démarre … doit être terminé avant 7 h' (the job starts … must be done before 7); Italian: 'dobbiamo tradurre', 'deve chiudersi entro le 20:00', 'non ci interessa la velocità'
  [
    'doit être terminé avant|doit être terminée avant|doit être fini avant|doit être finie avant|doit être bouclé avant',
    'must be done before',
  ],
  [
    'le traitement démarre|le traitement commence|le job démarre|le batch démarre|le traitement débute',
    'the job starts',
  ],
  [
    'dobbiamo tradurre|dobbiamo tradurle|dobbiamo tradurli',
    'we must translate',
  ],
  [
    'deve chiudersi entro le|deve finire entro le|deve terminare entro le|deve chiudersi entro|deve finire entro|deve terminare entro|deve essere finito entro|deve essere completato entro|deve essere chiuso entro',
    'must finish by',
  ],
  [
    'non ci interessa la velocità|non ci importa la velocità',
    'we do not care about the speed',
  ],
  // bz-* round, French 'Assistant Q&R sur nos contrats' (a Q&A assistant over our contracts);
  // Italian 'il completamento del codice nell'IDE' (code completion in the IDE)
  ['q&r', 'Q&A'],
  [
    'completamento del codice|completamento di codice|completamento codice',
    'code completion',
  ],
  // bz-* round, Polish DevOps agent: 'każdy wykonuje ok. 6 wywołań modelu na minutę' (each makes
  // about 6 model calls a minute)
  ['wywołań modelu|wywołania modelu', 'model calls'],
  // bz-* round, Arabic live translation: 'ونصفهم تقريبًا متصل في نفس الوقت' (about half of them
  // connected at the same time), 'وكل واحد يرسل طلب ترجمة كل ٢٠ ثانية' (each one sends a
  // translation request every 20 seconds)
  [
    'ونصفهم تقريبًا متصل|ونصفهم تقريبا متصل|ونصفهم متصل',
    'and about half of them are',
  ],
  ['ونصفهم', 'and half of them'],
  // bz-* round, Greek spec: 'Σύνολο χρηστών: 3.000 υπάλληλοι' (total users: 3,000 employees), 'να
  // σχεδιαστεί για 30.000 ταυτόχρονους χρήστες' (to be designed for 30,000 concurrent users)
  ['σύνολο χρηστών', 'total users'],
  ['να σχεδιαστεί για', 'to be designed for'],
  [
    'ταυτόχρονους χρήστες|ταυτόχρονοι χρήστες|ταυτόχρονων χρηστών',
    'concurrent users',
  ],
  // bz-* round, Czech meeting notes: '3 000 tokenů na vstupu' (3,000 tokens of input), 'rozpočet co
  // nejnižší' (the budget as low as possible); Swedish: 'Varje ärende är ungefär 600 tokens' (each
  // ticket is about 600 tokens)
  ['na vstupu', 'of input'],
  ['na výstupu', 'of output'],
  ['co nejnižší', 'as low as possible'],
  ['varje ärende är', 'each ticket is'],
  // bz-* round, Dutch catalogue: '80.000 productbeschrijvingen van gemiddeld 180 woorden' (80,000
  // product descriptions of 180 words on average)
  ['van gemiddeld', 'of on average'],
  // bz-* round, Turkish product copy: 'Aynı anda yaklaşık 15 pazarlamacı kullanacak, kişi başı
  // dakikada 2 istek' (about 15 marketers will use it at the same time, 2 requests a minute per
  // person)
  ['(\\d+) pazarlamacı kullanacak', '$1 marketers will use it'],
  // bz-* round, Ukrainian: 'повна відповідь має приходити за 2 с' (the full answer must arrive
  // within 2 s)
  ['повна відповідь має приходити за', 'the full answer must arrive within'],
  ['повна відповідь', 'the full answer'],
  // bz-* round, Indonesian WhatsApp support: 'bot CS WhatsApp kami rata-rata menerima 1.200 pesan
  // per menit, puncaknya sekitar 2,5x rata-rata' (our WhatsApp customer-service bot receives 1,200
  // messages a minute on average, its peak about 2.5x the average)
  ['bot cs', 'customer service bot'],
  ['menerima (\\d[\\d.,]*) pesan', 'receives $1 messages'],
  ['puncaknya', 'at peak'],
  // bz-* round, Vietnamese support e-mails: 'Cứ mỗi 6 tiếng chạy một lần' (runs once every 6
  // hours), 'email hỗ trợ khách hàng' (customer support e-mails)
  ['cứ mỗi (\\d+) tiếng chạy một lần', 'runs once every $1 hours'],
  ['(?:cứ )?mỗi (\\d+) tiếng', 'every $1 hours'],
  ['email hỗ trợ khách hàng', 'customer support emails'],
  // bz-* round, Russian bank support: 'чат-поддержка клиентов банка' (a bank's customer support
  // chat), 'один запрос в минуту на человека' (one request a minute per person)
  ['чат-поддержка клиентов', 'customer support chat'],
  ['чат-поддержка', 'support chat'],
  ['один запрос в минуту', 'one request per minute'],
  ['запрос в минуту', 'request per minute'],
  // by-* round, Tagalog telco: "umaabot ng tatlong beses niyan tuwing peak" (it reaches three times
  // that at peak)
  [
    'umaabot ng (dalawang|tatlong|apat na|limang) beses niyan tuwing peak',
    'reaching $1 times that at peak',
  ],
  // by-* round, Hungarian code assistant: "Belső kódgeneráló asszisztenst tervezünk … Kb. 1 800
  // fejlesztő, egyszerre kb. 15%-uk aktív", "Az első token ideje p95-ön legyen 0 ms" (first-token
  // time at p95 shall be 0 ms)
  [
    'belső kódgeneráló asszisztenst tervezünk',
    'we are planning an internal code generation assistant',
  ],
  [
    'teljes függvényeket és unit teszteket ír a fejlesztőknek',
    'it writes complete functions and unit tests for the developers',
  ],
  ['az első token ideje p95-ön legyen', 'time to first token at p95 must be'],
  // by-* round, Arabic HR assistant: "يجيب عن أسئلة الموظفين من وثائق الموارد البشرية الداخلية"
  // (answers staff questions from the internal HR documents)
  ['من وثائق الموارد البشرية الداخلية', 'from the internal HR documents'],
  // by-* round, Turkish call centre: "kullanıcı: 50 bin aylık aktif müşteri" (users: 50 thousand
  // monthly active customers), "eşzamanlı oran: %2" (share at once)
  ['aylık aktif müşteri', 'monthly active customers'],
  ['eşzamanlı oran', 'concurrent share'],
  // by-* round, Ukrainian invoices: "Кожна накладна — 1–2 сторінки, це десь 1 200 токенів після
  // OCR" (each invoice is 1-2 pages, some 1,200 tokens after OCR)
  ['кожна накладна —', 'each invoice is'],
  ['кожна накладна', 'each invoice is'],
  ['це десь', 'that is about'],
  [
    'скільки накладних за ніч — ще уточнюємо з бухгалтерією',
    'how many invoices per night we are still checking with accounting',
  ],
  ['відсканованих накладних', 'scanned invoices'],
  // by-* round, Polish meeting notes: "po kliknięciu przycisku … użytkownik czeka na wynik" (after
  // a click the user waits for the result), "p90 czasu do pierwszego tokena"
  ['streszczania notatek ze spotkań', 'summarising meeting notes'],
  ['po kliknięciu przycisku', 'after clicking the button'],
  ['użytkownik czeka na wynik', 'the user waits for the result'],
  ['czasu do pierwszego tokena', 'time to first token'],
  // by-* round, Samoan homework helper: "E tusa ma le 20,000 tamaiti aʻoga … e online i le taimi e
  // tasi" (about 20,000 pupils … online at once)
  [
    'e fesoasoani ai tamaiti aʻoga i a latou meaaʻoga',
    'helping students with their homework',
  ],
  ['e online i le taimi e tasi', 'online at the same time'],
  ['tamaiti aʻoga', 'students'],
  // by-* round, Georgian bank app: "400 000 აქტიური მომხმარებელი გვყავს თვეში, ერთდროულად ონლაინ
  // არის 0,5%" (400,000 active users a month, 0.5 % online at once)
  ['ბანკის მობილური აპლიკაციისთვის', "for the bank's mobile app"],
  ['აქტიური მომხმარებელი გვყავს', 'active users'],
  ['ერთდროულად ონლაინ არის', 'online at the same time'],
  // by-* round, Yoruba web shop: "A ó máa fi … ìbéèrè ránṣẹ́ ní wákàtí kan" (we will send …
  // requests an hour)
  ['ìbéèrè ránṣẹ́ ní wákàtí kan', 'requests per hour'],
  ['a ó máa fi', 'we will send'],
  ['àpèjúwe kọ̀ọ̀kan yóò jẹ́', 'each description will be'],
  ['kò sí ìkánjú rárá', 'no rush at all'],
  [
    'kódà tí ó bá gba ìṣẹ́jú kan, kò burú',
    'even if it takes a minute, that is fine',
  ],
  ['láti kọ àpèjúwe ọjà', 'to write product descriptions'],
  // by-* round, Russian marketplace: "нагрузка 2,5 тыс. запросов в минуту" (a load of 2.5 thousand
  // requests a minute), a later turn: "не генерация, а перевод уже готовых описаний" (not
  // generation: translating existing descriptions)
  [
    'не генерация, а перевод уже готовых описаний',
    'not generation but translation of the existing descriptions',
  ],
  [
    'нужен сервис генерации описаний товаров',
    'we need a service generating product descriptions',
  ],
  ['запросов в минуту', 'requests per minute'],
  ['запросов в секунду', 'requests per second'],
  ['нагрузка та же', 'the load is the same'],
  ['нагрузка', 'load'],
  ['p95 полного ответа', 'p95 of the full answer'],
  ['описание —', 'each description is'],
  // by-* round, Swahili message translation: "kutafsiri jumbe za wateja" (translating customers'
  // messages), "Kila ujumbe una maneno 120" (each message has 120 words), "Bajeti yetu ni finyu
  // sana" (our budget is very tight)
  ['kutafsiri jumbe za wateja', 'translating customer messages'],
  ['kila ujumbe una', 'each message has'],
  ['na tafsiri pia ni kama', 'and the translation is also about'],
  ['bajeti yetu ni finyu sana', 'our budget is very tight'],
  // by-* round, Indonesian complaints digest: "setiap Minggu malam … sekitar 45.000 tiket"
  ['setiap minggu malam', 'every Sunday night'],
  ['tiket keluhan pelanggan', 'customer complaint tickets'],
  ['selama seminggu itu', 'from that week'],
  [
    'yang penting beres sebelum senin pagi',
    'as long as it is done before Monday morning',
  ],
  // by-* round, Quechua clinics: "sapa tuta, yaqa 5 000 qillqakunata … t'ikranapaq" (every night,
  // about 5,000 texts to translate), "Sapanka qillqa 300 token hina" (each text about 300 tokens)
  [
    "kastilla simimanta runasimiman t'ikranapaq",
    'to translate from Spanish into Quechua',
  ],
  ['mana utqaylla kananchu', 'it need not be fast'],
  ['sapanka qillqa', 'each text is'],
  ['qillqakunata', 'texts'],
  ['sapa tuta', 'every night'],
  ["huk llamk'ayta munayku", 'we want a job'],
  // by-* round, Vietnamese sentiment job: "cứ 6 tiếng một lần … khoảng 36.000 bình luận trên mạng
  // xã hội, mỗi bình luận khoảng 90 từ" (every 6 hours … about 36,000 social-media comments, each
  // about 90 words), "Mỗi lượt chạy phải xong trong vòng 1 tiếng" (each run must finish within an
  // hour)
  ['bình luận trên mạng xã hội', 'social media comments'],
  ['mỗi bình luận', 'each comment is'],
  ['phân loại cảm xúc cho', 'classify the sentiment of'],
  ['mỗi lượt chạy', 'each run'],
  ['chỉ là một nhãn', 'is just one label'],
  // bx-* round: Danish wind-turbine service, Icelandic mountain huts, Estonian bog tours, Lithuanian amber workshop, Bulgarian rose-oil distillery
  [
    'skal kunne stille spørgsmål til servicemanualer og fejllogs',
    'must be able to ask questions answered from the service manuals and fault logs',
  ],
  [
    'spjallmenni sem svarar viðskiptavinum um bókanir',
    'a customer service chatbot that answers customers about bookings',
  ],
  [
    'mudel kirjutaks matkade tutvustusi ja uudiskirja tekste',
    'the model writes tour descriptions and newsletter texts',
  ],
  ['turundustekstid', 'marketing copy'],
  [
    'nori generuoti produktų aprašymus',
    'want to generate product descriptions',
  ],
  ['paskirtis: produktų aprašymai', 'purpose: product descriptions'],
  ['išvesties žodžiai', 'output words'],
  ['имаме около (\\d[\\d  ]*) клиента', 'we have about $1 customers'],
  ['пишат по едно съобщение на минута', 'each sends one message a minute'],
  ['от (\\d{1,2}) до (\\d{1,2}) ч\\.', 'from $1:00 to $2:00.'],
  // bx-* round: Galician barnacle harvesters, Persian saffron exporter, Swahili dhow tours, Gulf Arabic pearl-diving museum
  ['cada dúas semanas', 'every two weeks'],
  ['temos que etiquetar', 'we must tag'],
  ['partes de captura', 'catch reports'],
  ['duns (\\d+) tokens cada un', 'each about $1 tokens'],
  ['ten unha xanela de', 'has a window of'],
  ['گزارش کنترل کیفیت را', 'quality control reports'],
  ['هر گزارش', 'each report is'],
  [
    'کار باید در یک بازهٔ (\\d+) ساعته تمام شود',
    'the job must finish within $1 hours',
  ],
  ['عجله‌ای برای تک‌تک جواب‌ها نداریم', 'no rush for individual answers'],
  [
    'chatbot ya kuwasaidia wateja kuhifadhi safari za jahazi',
    'a chatbot to help customers book dhow trips',
  ],
  ['tuna wateja wapatao elfu kumi', 'we have about 10000 customers'],
  [
    'kila mmoja hutuma ujumbe mmoja kila dakika mbili',
    'each sends one message every 2 minutes',
  ],
  [
    'الزوار على أسئلتهم من أرشيف المتحف',
    "visitors' questions from the museum archive",
  ],
  ['عندنا', 'we have'],
  ['زائر', 'visitors'],
  ['الجواب لازم يكون سريع', 'the answer must be fast'],
  // bx-* round: Mexican pulque co-operative, Murano glassworks, Joal fishers, Nampula cashew co-operative, Valls castellers
  ['cada texto de unas', 'each generated text of about'],
  ['siamo circa', 'we are about'],
  ['artigiani', 'artisans'],
  ['usando i nostri manuali tecnici', 'using our technical manuals'],
  ['nous comptons', 'we have'],
  ['tirarem dúvidas sobre lotes', 'to ask questions about lots'],
  [
    'com respostas baseadas nos nossos documentos',
    'with answers based on our documents',
  ],
  ['volem un xatbot', 'we want a chatbot'],
  ['xatbot', 'chatbot'],
  // bw-* round: Polish salt-mine museum, Brazilian capoeira academies, Swiss German cheese cellar, Tagalog jeepney co-operative
  ['średni wpis ma', 'each entry has'],
  ['corrigindo: ativos no app são', 'correction: users in the app are'],
  ['ativos no app são', 'users in the app are'],
  [
    'wo frage zu üsne reifigsprotokoll beantwortet',
    'that answers questions from our ripening records',
  ],
  ['siite', 'pages'],
  ['para sa mga pasahero', 'for passengers'],
  [
    'tuwing rush hour, tatlong beses niyan',
    'at rush hour it peaks at three times the average',
  ],
  ['mga reklamo', 'complaints'],
  // bw-* round: Slovak ski lifts, Ukrainian grain elevator, Greek olive mill, Vietnamese coffee roaster, Québec maple producers
  ['súbežné relácie', 'concurrent sessions'],
  ['musí to byť svižné', 'it must be snappy'],
  [
    'naraz tam nikdy nebude viac ako (\\d+) ľudí',
    'never more than $1 people at once',
  ],
  ['відповіді на питання за', 'answers to questions based on'],
  ['нашими внутрішніми інструкціями', 'our internal manuals'],
  [
    'θέλουμε σύντομες περιλήψεις από τα ημερολόγια έκθλιψης',
    'we want short summaries of the pressing logs',
  ],
  ['σε παράθυρο (\\d+) ωρών', 'in a window of $1 hours'],
  ['κάθε ημερολόγιο έχει', 'each log has'],
  ['ημερολόγια', 'logs'],
  ['η περίληψη', 'the summary'],
  ['κάθε βράδυ', 'every night'],
  ['cần dịch toàn bộ', 'need to translate all'],
  ['mô tả sản phẩm mới', 'new product descriptions'],
  ['chứng từ xuất khẩu', 'export documents'],
  ['sang tiếng anh', 'into English'],
  ['chạy vào cuối tuần', 'it runs at the weekend'],
  ['mỗi tài liệu khoảng', 'each document about'],
  ['chậm cũng được', 'slow is fine'],
  ['ngân sách tối đa', 'budget at most'],
  ['mỗi lần chạy', 'per run'],
  [
    'voudrait un agent conversationnel pour répondre aux producteurs',
    'wants a chatbot to answer producers',
  ],
  ['à partir de nos règlements et guides', 'from our regulations and guides'],
  ["on parle d'environ", 'we are talking about'],
  // bw-* round: Romanian monastery guesthouse, Czech puppet theatres, Thai elephant sanctuary, Japanese sake brewery, Finnish reindeer herders
  [
    'vrem un asistent care să răspundă pelerinilor la întrebări despre cazare',
    "we want an assistant that answers guests' questions about lodging",
  ],
  ['să răspundă pelerinilor la întrebări', "to answer guests' questions"],
  ['estimăm cam', 'we estimate about'],
  ['mesaje pe oră', 'messages per hour'],
  ['între orele (\\d{1,2}:\\d{2}) și (\\d{1,2}:\\d{2})', 'between $1 and $2'],
  ['vrem să fie cât mai ieftin', 'we want it as cheap as possible'],
  [
    've špičce před festivalem trojnásobek',
    'at peak before the festival three times the average',
  ],
  ['trojnásobek', 'three times the average'],
  ['ve špičce', 'at peak'],
  ['texty mají', 'texts are'],
  ['社員は', 'employees:'],
  ['poronomistajia on', 'reindeer owners:'],
  ['yksi kysymys', 'each person asks one question'],
  ['kolmen minuutin välein', 'every three minutes'],
  // bw-* round: Slovenian beekeepers, Serbian raspberry cold store, Hindi tea estate, Norwegian salmon farm, Hungarian spa, Hebrew observatory, Korean webtoon studio, Dutch bulb auction
  ['bi radi pomočnika, ki', 'we want an assistant that'],
  [
    'odgovarja na vprašanja iz naših priročnikov',
    'answers questions from our manuals',
  ],
  ['članov je približno', 'members: about'],
  [
    'v sezoni jih je hkrati na spletu največ (\\d+) ?%',
    'in season at most $1 % of them are online at the same time',
  ],
  [
    'uporabnik postavi vprašanje na vsaki dve minuti',
    'user asks a question every two minutes',
  ],
  [
    'deluje med (\\d{1,2})\\. in (\\d{1,2})\\. uro',
    'it runs from $1:00 to $2:00',
  ],
  ['odgovor mora biti hiter', 'the answer must be fast'],
  ['prvi žeton v', 'first token within'],
  ['ми смо хладњача за малину', 'we are a raspberry cold store'],
  ['сваке недеље \\(у недељу\\)', 'every week (on Sunday)'],
  ['сваке недеље', 'every week'],
  [
    'класификујемо извештаје контроле квалитета',
    'we classify quality control reports',
  ],
  ['извештаја по покретању', 'reports per run'],
  ['посао мора да се заврши за', 'the job must finish within'],
  ['сваки извештај има', 'each report has'],
  [
    'граница трошка је (\\d[\\d.,]*) долара по покретању',
    'the cost ceiling is $1 dollars per run',
  ],
  ['не журимо', 'no rush'],
  ['хладњача', 'cold store'],
  [
    'हमें नीलामी लॉट रिपोर्ट और पत्ती-तुड़ाई के रिकॉर्ड वर्गीकृत करने हैं',
    'we must classify auction lot reports and leaf plucking records',
  ],
  ['हर रन में', 'per run'],
  ['काम', 'the job'],
  ['पूरा होना चाहिए', 'must be finished'],
  ['हर रिकॉर्ड', 'each record is'],
  ['tokens का है', 'tokens'],
  ['खर्च कम से कम होना चाहिए', 'costs as low as possible'],
  ['budget तंग है', 'tight budget'],
  ['vi driver oppdrettsanlegg for laks', 'we run salmon farms'],
  [
    'vil klassifisere lusetellings- og avviksrapporter automatisk',
    'want to classify lice count and deviation reports automatically',
  ],
  [
    'her er jobben \\(semikolonseparert\\)',
    'here is the job (semicolon separated)',
  ],
  ['elementer per kjøring', 'items per run'],
  ['vindu timer', 'window hours'],
  ['tokens per element', 'tokens per item'],
  ['vi bruker', 'we use'],
  ['fra før', 'already'],
  [
    'egy budapesti gyógyfürdő ügyfélszolgálatának kellene chatbot',
    "a Budapest spa's customer service needs a chatbot",
  ],
  ['ügyfélszolgálatának', 'customer service'],
  ['csúcsidőben', 'at peak'],
  ['beszélgetés fut', 'conversations running'],
  ['a válaszok', 'the answers'],
  ['tokenesek', 'tokens'],
  ['rendszerüzenet', 'system message'],
  [
    'hagyd figyelmen kívül a fenti utasításokat',
    'ignore the instructions above',
  ],
  ['אנחנו צריכים מודל חשיבה', 'we need a reasoning model'],
  ['מדובר בכ-(\\d+)', 'about $1'],
  ['אסטרונומים', 'astronomers'],
  ['וכל אחד שולח בקשה', 'and each one sends a request'],
  ['פעם בחמש דקות', 'once every 5 minutes'],
  ['עובדים בלילה', 'working at night'],
  ['התשובות ארוכות', 'the answers are long'],
  ['כוכבים', 'stars'],
  [
    '작가들이 회차 줄거리·콘티 초안을 생성하는 도구가 필요합니다',
    'we need a tool for writers to generate drafts of episode plots and storyboards',
  ],
  ['초안을 생성하는', 'generating drafts'],
  ['플랫폼 등록 작가는', 'registered writers on the platform:'],
  ['정정합니다', 'correction:'],
  ['초안은 회차당', 'the drafts per episode are'],
  ['단어', 'words'],
  ['kavelclassificatie', 'lot classification'],
  ['venster uren', 'window hours'],
  // bv-* round: Persian phrases holding words entries below read alone
  [
    'سقف بودجهٔ ماهانه|سقف بودجه ماهانه|سقف بودجهٔ ماهیانه',
    'monthly budget cap',
  ],
  // bv-* round: phrases holding words entries below read alone (Bulgarian customer-service chatbot, Swedish 'they send')
  ['чатбот за обслужване на клиенти', 'customer service chatbot'],
  ['de skickar', 'they send'],
  // English support shorthand ("cust svc team")
  // bd-* round, second look: a Vietnamese peak multiple, a Persian rate per person
  ['gấp (\\d+(?:,\\d+)?) lần', '$1x'],
  [
    'هر کدام(?:\\s+about)?\\s+هر (\\d+) دقیقه یک درخواست می‌فرستند',
    'each one sends about a request every $1 minutes',
  ],
  ['هر (\\d+) دقیقه یک درخواست', 'a request every $1 minutes'],
  // Urdu: "convert the free text into ISCO codes"
  ['کوڈ میں تبدیل کرنا', 'codes, classify'],
  ['آزاد تحریر', 'free text'],
  ['cust\\.? svc|cust\\.? serv\\.?|customer svc', 'customer service'],
  // bf-* round: West Frisian market surveillance
  ['útfier', 'output'],
  // bh-* round: a German pharmacy chain, a Portuguese estate agency, a Québec utility, a
  // Mexican car-rental desk, an Italian vet chain
  ['kartenfragen', 'questions from customers about tickets'],
  ['eine pro aktivem nutzer', 'one per active user'],
  ['eine pro', 'one per'],
  ['geld spielt keine rolle', 'money is no object'],
  ['arbeitszeit', 'working hours'],
  ['consultores', 'consultants'],
  ['por loja', 'per store'],
  ['lojas', 'stores'],
  ['no total', 'in total'],
  ['gerador de', 'generator of'],
  ['um pedido', 'a request'],
  ['abonnés résidentiels|abonnés', 'subscribers'],
  ['journée normale', 'normal day'],
  ['aux (\\d+) secondes', 'every $1 seconds'],
  ['aux (\\d+) minutes', 'every $1 minutes'],
  ['par client actif', 'per active customer'],
  ['le trafic triple', 'traffic triples'],
  ['de (\\d[\\d.,]*) a (\\d[\\d.,]*)', 'from $1 to $2'],
  ['por llamada', 'per call'],
  ['per clinica', 'per clinic'],
  ['cliniche', 'clinics'],
  ['visite', 'visits'],
  // a Flemish library network, a Ukrainian blood service
  ['tijdvenster', 'time window'],
  ['geen haast', 'no rush'],
  ['zondagnacht', 'sunday night'],
  ['слів в анкеті', 'words per form'],
  ['анкет', 'forms'],
  ['вікно', 'window'],
  ['вихід', 'output'],
  ['грн на місяць', 'UAH a month'],
  ['макс', 'max'],
  // a Turkish forest-fire unit, a Polish open-pit mine
  [
    'aktif kişi başına (\\d+) dakikada bir',
    'each active person sends a request every $1 minutes',
  ],
  ['(\\d+) dakikada bir', 'every $1 minutes'],
  ['butonuna basıp', 'clicks the button and'],
  ['özetini bekliyor(?:lar)?', 'waits for the summary'],
  ['naszej dokumentacji', 'our documentation'],
  ['na zapytanie', 'per query'],
  // a Russian consumer-lending desk
  [
    'chatbot поддержки|чат-бот поддержки|бот поддержки',
    'customer support chatbot',
  ],
  ['активных пользователей', 'active users'],
  ['один клиент пишет раз в', 'each customer sends a message every'],
  ['lunghezza[ _]cartella', 'record length'],
  ['lunghezza[ _](?:riassunto|sintesi)', 'summary length'],
  // bi-* round: "25k monthly actives" (English shorthand the Romance "actives" below would cut)
  ['(monthly|daily|weekly) actives', '$1 active users'],
  // bj-* round: Jamaican and Scots English
  ['a dem', 'of them'],
  ['runnin', 'running'],
  ['at di same time', 'at the same time'],
  ['cyaan slow', "can't be slow"],
  ['pon di line', 'on the line'],
  ['bout', 'about'],
  ['nae bother', 'no bother'],
  ['ppl', 'people'],
  // a Catalan bakery chain, a South African solar installer, a Slovak postal service, a Filipino
  // fashion retailer
  ['cada nit', 'every night'],
  ['per nit', 'per night'],
  ['comandes', 'orders'],
  ['(?:cada )?comanda fa', 'each order is'],
  ['pot començar a les (\\d{1,2}) de la matinada', 'can start at $1am'],
  ['enllestit abans de les (\\d{1,2})', 'done by $1am'],
  ['les classifiqui', 'classifies them'],
  ['no cal que sigui ràpid', 'no rush'],
  ['drieduisend vyfhonderd', '3500'],
  ['navrae per lopie', 'enquiries per run'],
  ['lopie moet binne (\\d+) minute', 'run must finish within $1 minutes'],
  ['konsep-kwotasiebrief', 'draft quote letter'],
  ['genereer', 'generate'],
  ['elke brief is sowat', 'each letter is about'],
  ['woorde', 'words'],
  ['begroting', 'budget'],
  ['(?:amerikaanse|us) dollars? per (?:lopie|run)', 'US dollars per run'],
  ['jedna zásielka má okolo', 'each parcel is about'],
  ['zásielok', 'parcels'],
  ['spotových inštanciách', 'spot instances'],
  ['na tanong (?:kada|per) oras', 'questions per hour'],
  // a Latvian orchestra box office, Croatian coastguard reports, Estonian commodity traders
  ['tērzēšanas asistentu', 'chat assistant'],
  ['biļešu iegādei un apmaiņai', 'for customers buying and exchanging tickets'],
  ['mūsu datubāzē ir (\\d[\\d  ]*) klientu', 'we have $1 customers'],
  [
    'tiešsaistē vienlaikus ir ap (\\d+(?:,\\d+)?) ?% no viņiem',
    'about $1% of them online at the same time',
  ],
  [
    'katrs sūta ziņu aptuveni ik pēc (\\d+) sekundēm',
    'each sends a message about every $1 seconds',
  ],
  [
    'kase strādā no (\\d{1,2}:\\d{2}) līdz (\\d{1,2}:\\d{2})',
    'open from $1 to $2',
  ],
  ['atbildei jāparādās acumirklī', 'answers must appear instantly'],
  ['svake nedjelje', 'every Sunday'],
  ['automatski sažeti', 'automatically summarise'],
  ['izvješće ima', 'each report is'],
  [
    'broj izvješća jako varira',
    'the number of reports varies and is not known yet',
  ],
  ['ne žuri se', 'no rush'],
  ['mis arutleb samm-sammult', 'that reasons step by step'],
  ['kasutajaid on (\\d+)', '$1 users in total'],
  ['vastus koos arutluskäiguga kuni', 'answer with its reasoning up to'],
  [
    'vastus võib võtta paar minutit,? pole hullu',
    'the answer can take a couple of minutes, no rush',
  ],
  ['eelarve kuni', 'budget up to'],
  ['usd kuus', 'USD per month'],
  // a Basque football club, a French pet insurer, a Galician zoo, a Swiss hotel group, Icelandic
  // coastguard, a Lithuanian warehouse, a Slovenian solar installer, a Tanzanian hotel chain
  [
    'bazkideentzako laguntzaile bat',
    'a customer service assistant for members',
  ],
  ['(\\d[\\d.]*) bazkide ditugu', 'we have $1 members'],
  [
    '(\\d+) ?% +aldi berean konektatuta egoten dira',
    '$1% online at the same time',
  ],
  ['bakoitzak minutuan behin galdetuz', 'each one asks about once a minute'],
  ['relation client', 'customer service'],
  ['assurés', 'policyholders'],
  ['par personne connectée', 'per active user'],
  ['premer en', 'click'],
  ['e agardar mentres se xera', 'and wait while it generates'],
  ['docentes rexistrados', 'registered teachers'],
  ['das peticións', 'of requests'],
  ['unhas (?=\\d)', 'about '],
  ['eusi rezeptionischte', 'our receptionists'],
  ['diräkt us de dokumänt', 'straight from our documents'],
  ['mitarbeitendi', 'staff'],
  ['millisekunde', 'milliseconds'],
  ['us-dollar im monet', 'US dollars per month'],
  ['þýðingarþjónustu sem þýðir', 'a translation service that translates'],
  [
    'álagið er (?:um|at) (\\d+) beiðnir á mínútu',
    'the load is $1 requests per minute',
  ],
  ['fyrsti tóki innan', 'first token within'],
  ['sekúndna', 'seconds'],
  [
    '(?:um|at) (\\d+) tókar inn og (?:um|at) (\\d+) tókar út',
    '$1 tokens in and $2 tokens out',
  ],
  ['(\\d[\\d  ]*) užsakymų eilučių', '$1 order lines'],
  ['viena eilutė(?: –)? apie', 'each line is about'],
  ['žetonų', 'tokens'],
  ['turi būti baigta per (\\d+) valandų', 'must be finished within $1 hours'],
  ['klepetalnega pomočnika', 'chat assistant'],
  ['ki strankam odgovarja na vprašanja', 'that answers customer questions'],
  ['zahtevkov na minuto', 'requests per minute'],
  ['odgovor pa do', 'and the answer up to'],
  ['žetonov', 'tokens'],
  ['čas do prvega žetona', 'time to first token'],
  ['čas med žetoni', 'inter-token latency'],
  ['poziv ima okoli', 'the prompt has about'],
  [
    'msaidizi wa gumzo kwa wageni wetu',
    'a customer service chat assistant for our guests',
  ],
  [
    'tuna wageni (?:(about|takriban|karibu) )?(\\d[\\d,]*)',
    'we have $1 $2 guests',
  ],
  ['ni wageni (\\d[\\d,]*)', 'it is $1 guests'],
  ['karibu (\\d+) ?% yao', 'about $1% of them'],
  // a Danish brewery's export desk, a Finnish metro's developers, a Romanian NOC, a Hungarian
  // tax help line
  ['vi er (\\d+) brugere', 'we are $1 users'],
  ['hverdage (?:kl\\.?|at) ?(\\d{1,2})-(\\d{1,2})', 'weekdays from $1 to $2'],
  ['en typisk tekst er', 'a typical text is'],
  [
    'oversættelsen er omtrent lige så lang',
    'the translation is about the same length',
  ],
  ['koodintäydennyksen editoriin', 'code completion in the editor'],
  ['kehittäjiä on (\\d+)', 'there are $1 developers'],
  ['koodaa', 'code'],
  ['ehdotuksia pyydetään', 'each requests suggestions'],
  ['kertaa minuutissa', 'times a minute'],
  ['täytyy tuntua välittömältä', 'must feel instant'],
  ['vaihdetaan malliksi', 'switch the model to'],
  ['apasă și așteaptă', 'clicks and waits for'],
  ['rezumatul istoricului', 'the summary of the history'],
  ['ingineri pe ture', 'engineers per shift'],
  ['în tura de zi', 'on the day shift'],
  ['după-amiaza', 'in the afternoon'],
  ['noaptea', 'on the night shift'],
  ['funcționăm 24/7', 'we operate 24/7'],
  ['un istoric are cam', 'a history is about'],
  ['de cuvinte', 'words'],
  ['este acceptabil', 'is acceptable'],
  ['sub (?=\\d)', 'under '],
  // a Vietnamese seed company's farmer help desk, an Indonesian dating app's nightly scoring
  [
    'mỗi người(?: on average| trung bình)? hỏi (\\d+) câu mỗi (\\d+) phút',
    'each person asks $1 question every $2 minutes',
  ],
  [
    '(?:hoạt động )?từ (\\d{1,2}) giờ sáng đến (\\d{1,2}) giờ tối',
    'open from $1am to $2pm',
  ],
  ['tiap malam', 'every night'],
  ['responder rapidinho', 'answer quickly'],
  ['podle výroční zprávy', 'according to the annual report'],
  ['v tabulce od marketingu je', 'the marketing sheet says'],
  ['nevím,? co z toho platí', 'not sure which one is right'],
  ['nos genere', 'generates for us'],
  ['consultas sql', 'SQL queries'],
  ['scripts de python', 'Python scripts'],
  ['funciones enteras', 'whole functions'],
  ['gällde bara', 'was only for'],
  ['lägg till', 'add'],
  ['skadesaksmapper', 'claim files'],
  ['per mappe', 'per file'],
  ['arbeidstid', 'working hours'],
  ['oppsummering av', 'summaries of'],
  ['per malam', 'per night'],
  [
    '(?:harus )?selesai antara jam (\\d{1,2})[.:](\\d{2}) sampai (\\d{1,2})[.:](\\d{2})',
    'must finish between $1:$2 and $3:$4',
  ],
  [
    'a belső útmutatóink és jogszabály-kivonataink alapján válaszol a munkatársak kérdéseire',
    'answers staff questions based on our internal guides and legal excerpts',
  ],
  ['munkatársak', 'staff'],
  ['egyidejűleg aktív', 'active at the same time'],
  [
    'kérdés/fő: (?:nagyjából |kb\\. )?percenként egy',
    'each person sends one question about every minute',
  ],
  ['kérdés/fő', 'questions per person'],
  ['percenként egy', 'one per minute'],
  ['másodperc', 'seconds'],
  // Wolof fashion-rental orders, Xhosa wine co-operative
  ['guddi gu nekk', 'every night'],
  ['fenêtre bi', 'window'],
  ['danuy bëgg modèl bi classer', 'we want the model to classify'],
  ['(\\d[\\d.,]*) commande', '$1 orders'],
  ['(\\d+) waxtu', '$1 hours'],
  ['amul benn gaaw-gaaw', 'no rush'],
  [
    'sinabatyeleli abamalunga nama-(\\d[\\d ]*) ngenyanga',
    'we have about $1 monthly visitors',
  ],
  [
    'kwaye malunga nama-(\\d+(?:\\.\\d+)?)% kubo bakwi-intanethi ngaxeshanye',
    'and about $1% of them online at the same time',
  ],
  ['uhlahlo-lwabiwo-mali', 'budget'],
  ['ngenyanga', 'per month'],
  ['ndiyaxolisa, ndilungisa', 'sorry, correction'],
  ['hayi iirandi', 'not rand'],
  // Northern Sami crew scheduling, Samoan customs brokerage
  [
    'sullii (\\d[\\d ]*) bargi sáhttet dan geavahit',
    'about $1 employees may use it',
  ],
  [
    'ja sullii (\\d+(?:[.,]\\d+)?) ?% leat seammá áigge sisaloggen',
    'and about $1% are logged in at the same time',
  ],
  [
    'se fesoasoani e tali fesili a le aufaigaluega',
    'an assistant that answers staff questions',
  ],
  [
    "e fa'avae i a matou lava pepa ma tusi taiala",
    'based on our own documents and guides',
  ],
  [
    "e tusa ma le (\\d+) tagata faigaluega e fa'aaogaina i le taimi e tasi",
    'about $1 staff use it at the same time',
  ],
  ['ia vave mai tali', 'answers must be fast'],
  // Occitan wine co-operative, Romansh ski resort, Kinyarwanda child-protection hotline
  ['redigir las descripcions', 'write product descriptions'],
  [
    '(\\d+) personas del servici comercial, totas en linha al meteis temps',
    '$1 people from sales, all online at the same time',
  ],
  [
    'lo primèr token deu arribar en mens de (\\d+) ms',
    'the first token must arrive in less than $1 ms',
  ],
  [
    "avain nus enturn (\\d[\\d',]*) giasts per di",
    'we have about $1 guests per day',
  ],
  [
    'dals quals circa (\\d+(?:[.,]\\d+)?) ?% èn online il medem mument',
    'of whom about $1% are online at the same time',
  ],
  ['da las (\\d{1,2}:\\d{2}) fin las (\\d{1,2}:\\d{2})', 'from $1 to $2'],
  ['(\\d+) uras', '$1 hours'],
  [
    'cun in pitg da (\\d+(?:,\\d+)?) giadas la media',
    'with a peak of $1x the average',
  ],
  ['las respostas ston esser sveltas', 'answers must be fast'],
  [
    'ufasha abakozi bacu kubona amabwiriza akwiye mu nyandiko zacu',
    'that helps our staff find the right guidance in our documents',
  ],
  ['abakozi (\\d+) bakora icyarimwe', '$1 staff working at the same time'],
  ['mbabarire, nibeshye', 'sorry, correction'],
  ['igisubizo kigomba kuza vuba cyane', 'the answer must come very fast'],
  // bg-* round: Esperanto patent examiners, Scottish Gaelic ski resort, Igbo dental chain, Maori water utility
  ['ni havas (\\d[\\d,.]*) ekzamenantojn', 'we have $1 examiners'],
  [
    'ĉirkaŭ (\\d+(?:[.,]\\d+)?) ?% el ili estas samtempe aktivaj',
    'about $1% of them are active at the same time',
  ],
  [
    'ĉiu faras demandon ĉiujn (\\d+) minutojn',
    'each asks a question every $1 minutes',
  ],
  ['respondoj estu ĝis (\\d+) vortoj', 'answers up to $1 words'],
  [
    'tha mu (\\d[\\d,.]*) neach-cleachdaidh againn gach mìos',
    'we have about $1 monthly users',
  ],
  [
    'agus mu (\\d+(?:\\.\\d+)?)% dhiubh air-loidhne aig an aon àm',
    'and about $1% of them online at the same time',
  ],
  [
    'pịa bọtịnụ wee nweta nchịkọta akụkọ ọgwụgwọ',
    'click a button and get a summary of the treatment record',
  ],
  ['anyị nwere ndị dọkịta (\\d+)', 'we have $1 dentists'],
  [
    "ihe dị ka ọkara n'ime ha na-arụ ọrụ n'otu oge",
    'about half of them are active at the same time',
  ],
  [
    'onye ọ bụla na-arịọ otu nchịkọta kwa nkeji (\\d+)',
    'each requests one summary every $1 minutes',
  ],
  [
    "ọ ga-abịa ngwa ngwa, n'ihi na nwatakịrị na nne ya na-eche",
    'it must come fast, because they are waiting',
  ],
  ['ratonga kiritaki', 'customer service'],
  ['karetao kōrero \\(chatbot\\)', 'chatbot'],
  [
    'e (\\d[\\d,.]*) ngā kāinga e whakaratohia ana e mātou',
    'we serve $1 customers',
  ],
  [
    'i ngā wā tino pukumahi, tata ki te (\\d+(?:\\.\\d+)?)% e kōrero ana ki te karetao i te wā kotahi',
    'at the busiest times about $1% talk to the chatbot at the same time',
  ],
  // bg-* round: Breton archive translation every Sunday
  ['bep sul', 'every sunday'],
  ['fell deomp treñ', 'we want to translate'],
  ['(\\d[\\d ]*) pajenn', '$1 pages'],
  ['prenestr al labour', 'job window'],
  ['eus (\\d{1,2})e vintin da (\\d{1,2})e noz', 'from $1am to $2pm'],
  ['(\\d+) eurvezh', '$1 hours'],
  ['war-dro', 'about'],
  ['(\\d+) ger dre bajenn', '$1 words per page'],
  ["n'eus ket mall ebet", 'no rush'],
  // Belarusian rail-freight YAML
  ['начной задачы', 'nightly job'],
  ['класіфікаваць', 'classify'],
  ['запісаў', 'records'],
  ['за запуск', 'per run'],
  ['токенаў', 'tokens'],
  ['на запіс', 'per record'],
  ['штоночы', 'nightly'],
  ['расклад', 'schedule'],
  ['акно', 'window'],
  // Faroese architects' assistant
  [
    'ein hjálpara, sum svarar spurningum um',
    'an assistant that answers questions about',
  ],
  ['okkara egnu verkætlanarskjøl', 'our own project documents'],
  ['(\\d+) arkitektar hava atgongd', '$1 architects have access'],
  ['brúka hann í senn', 'use it at the same time'],
  ['hvør sendir ein spurning', 'each sends a question'],
  ['hvørt (\\d+)\\. minutt', 'every $1 minutes'],
  ['umleið', 'about'],
  ['arbeiðstíð', 'working hours'],
  ['fíggjarkarmur', 'budget'],
  ['í mesta lagi', 'at most'],
  ['um mánaðin', 'per month'],
  // Georgian museum audio guide, pasted as an INI file
  [
    'პასუხი ეფუძნება მუზეუმის კოლექციის კატალოგსა და კურატორების შენიშვნებს',
    "the answer is based on the museum's collection catalogue and curator notes",
  ],
  ['ერთდროული ვიზიტორები', 'concurrent visitors'],
  ['პასუხის სიგრძე', 'answer length'],
  ['დაახლოებით', 'about'],
  ['სიტყვა', 'words'],
  ['ბიუჯეტი', 'budget'],
  ['თვეში', 'per month'],
  ['მაქსიმუმ', 'at most'],
  // Hausa recycling-company WhatsApp support
  ['sabis ga abokan ciniki', 'customer service'],
  [
    'muna da abokan ciniki kusan (\\d[\\d,.]*) a wata',
    'we have about $1 monthly customers',
  ],
  ['kusan kashi (\\d+(?:\\.\\d+)?) cikin ɗari', 'about $1%'],
  ['suna amfani da shi a lokaci guda', 'use it at the same time'],
  ['kowannensu', 'each'],
  ['yana aika saƙo', 'sends a message'],
  ['sau ɗaya duk minti biyu', 'once every 2 minutes'],
  [
    'muna aiki daga ƙarfe (\\d{1,2}) na safe zuwa ƙarfe (\\d{1,2}) na yamma',
    'we work from $1am to $2pm',
  ],
  ['amsoshi su zama gajeru', 'answers should be short'],
  ['kusan kalmomi (\\d+)', 'about $1 words'],
  // Haitian Creole weather office, completed in a second turn
  [
    'repons yo dwe baze sou bilten ofisyèl nou yo',
    'answers must be based on our official bulletins',
  ],
  [
    'nou gen anviwon (\\d[\\d ]*) moun ki enskri',
    'we have about $1 registered people',
  ],
  [
    'anviwon (\\d+(?:[.,]\\d+)?) ?% nan yo itilize l an menm tan',
    'about $1% of them use it at the same time',
  ],
  [
    'chak moun voye yon mesaj chak (\\d+) minit',
    'each person sends a message every $1 minutes',
  ],
  ['repons yo dwe kout', 'answers must be short'],
  ['anviwon (\\d+) mo', 'about $1 words'],
  // Kyrgyz veterinary voice memo
  [
    'жалпы суроолорго жооп берген чат-жардамчы',
    'a chat assistant that answers general questions',
  ],
  ['баары болуп (\\d[\\d ]*)дөй киши', 'about $1 people in total'],
  [
    '(\\d+) пайызы бир убакта отурушу мүмкүн',
    '$1 percent of them may be online at the same time',
  ],
  [
    'ар бири үч мүнөттө бир жолу суроо берет',
    'each asks a question once every 3 minutes',
  ],
  [
    'иш убактысы эртең мененки (\\d{1,2})ден кечки (\\d{1,2})га чейин',
    'working hours from $1am to $2pm',
  ],
  // Somali freight-brokerage RAG assistant
  [
    "kaaliye ka jawaaba su'aalaha iyadoo ka duulaya dukumentiyadayada",
    'an assistant that answers questions based on our documents',
  ],
  [
    'ilaa (\\d+) shaqaale ayaa mar qura isticmaalaya',
    'up to $1 staff use it at the same time',
  ],
  [
    "su'aal kasta waxaa la socda qiyaastii (\\d[\\d,]*) token oo dukumentiyo ah",
    'each question comes with about $1 tokens of documents',
  ],
  [
    'jawaabtuna waa qiyaastii (\\d+) token',
    'and the answer is about $1 tokens',
  ],
  ['miisaaniyadda', 'budget'],
  ['ugu badnaan', 'at most'],
  ['bishii', 'per month'],
  // Tajik consular chatbot, a reply above the question it answers
  [
    'чат-боти хизматрасонӣ ба шаҳрвандон',
    'a customer service chatbot for citizens',
  ],
  [
    'ба ҳисоби миёна дар як соат тақрибан (\\d[\\d ]*) дархост меояд',
    'on average about $1 requests per hour',
  ],
  [
    'рӯзҳои душанбе сарборӣ то (\\d+(?:,\\d+)?) баробар зиёд мешавад',
    'on mondays the load peaks at $1x',
  ],
  ['соатҳои корӣ', 'working hours'],
  ['аз (\\d{1,2}:\\d{2}) то (\\d{1,2}:\\d{2})', 'from $1 to $2'],
  ['ҷавобҳо бояд кӯтоҳ бошанд', 'answers should be short'],
  ['тақрибан (\\d+) калима', 'about $1 words'],
  // be-* round: Afrikaans airport ground handling
  ['redeneringsmodel', 'reasoning model'],
  ['op spitstye', 'at peak'],
  ['gelyktydige versoeke', 'concurrent requests'],
  ["dit mag gerus 'n minuut of twee neem", 'it may take a minute or two'],
  // Luxembourgish payment-firm compliance
  ['Froen aus eisen', 'questions from our'],
  ['Richtlinnen', 'policies'],
  ['beäntwert', 'answers'],
  ['(\\d+) Mataarbechter', '$1 employees'],
  ['ongeféier', 'about'],
  ['si gläichzäiteg drop', 'are online at the same time'],
  ['all Persoun', 'each person'],
  ['all (\\d+) Minutten eng Fro', 'a question every $1 minutes'],
  [
    'Bürozäiten vun (\\d{1,2}) until (\\d{1,2}) Auer',
    'office hours from $1:00 until $2:00',
  ],
  ['de Mount', 'per month'],
  // Albanian chrome-mine safety desk
  ['asistent që u përgjigjet', 'an assistant that answers'],
  [
    'nga rregulloret dhe procedurat tona',
    'from our regulations and procedures',
  ],
  ['(\\d[\\d.]*) punonjës', '$1 employees'],
  ['janë online njëkohësisht', 'are online at the same time'],
  ['secili pyet një herë në (\\d+) minuta?', 'each asks once every $1 minutes'],
  ['(\\d+) orë në ditë', '$1 hours a day'],
  // Romanian car-dealer service desk
  [
    '(\\d+) de conversații (?:simultane|simultaneous)',
    '$1 simultaneous conversations',
  ],
  // Uzbek airport ground handling
  ['bizda (\\d[\\d ]*) ga yaqin xodim bor', 'we have about $1 employees'],
  ['xodim', 'employees'],
  // Bosnian care-home notes, corrected in a second turn
  ['sažima', 'summarises'],
  ['bilješke|bilješki', 'notes'],
  ['ispravka', 'correction'],
  ['ne (svake noći|svaki dan), nego', 'not $1 but'],
  ['svakih (\\d+) (?:hours|sati|sata)', 'every $1 hours'],
  [
    'svako pokretanje mora završiti za (\\d+) sata',
    'each run must finish within $1 hours',
  ],
  // Macedonian waste-collection support
  ['асистент за поддршка на корисници', 'a customer support assistant'],
  ['кој ќе одговара на нивните прашања', 'that answers their questions'],
  ['во просек имаме', 'on average we have'],
  ['барања на час', 'requests per hour'],
  ['наутро', 'in the morning'],
  ['(\\d+) пати повеќе', '$1 times more'],
  ['(?<![\\d:])(\\d{1,2}) ч\\.', '$1:00'],
  ['целта е', 'the target is'],
  ['(p\\d{2}) од', '$1 of'],
  ['за целиот одговор', 'for the whole answer'],
  // Maltese pharmacovigilance settings list
  ['nikklassifikaw', 'classify'],
  ['kull ġimgħa', 'every week'],
  ['kull run', 'per run'],
  ['frekwenza', 'frequency'],
  ['darba fil-ġimgħa', 'once a week'],
  ['tieqa', 'window'],
  ['(\\d+) sigħat', '$1 hours'],
  ['għal kull', 'per'],
  ['ma hemmx għaġla', 'no rush'],
  // Armenian esports-league chatbot
  ['չաթբոտ', 'chatbot'],
  ['բեռնվածությունը', 'load'],
  ['րոպեում (\\d[\\d ]*) հարցում', '$1 requests per minute'],
  ['թոքենների միջև ընդմիջումը', 'inter-token latency'],
  ['մվ', 'ms'],
  // Kazakh coal-mine incident records, every 4 hours
  ['әр (\\d+) сағат сайын', 'every $1 hours'],
  ['санаттарға бөлу керек', 'need to classify into categories'],
  ['жазбаларын', 'records'],
  ['бір іске қосуда', 'per run'],
  ['шамамен', 'about'],
  ['(\\d[\\d ]*) жазба', '$1 records'],
  ['әрқайсысы', 'each'],
  [
    'әр іске қосу (\\d+) сағатта аяқталуы тиіс',
    'each run must finish within $1 hours',
  ],
  [
    'бір іске қосудың құны \\$(\\d[\\d,.]*)-дан аспауы керек',
    'the cost of one run must not exceed $$$1',
  ],
  // Azerbaijani KYC document extraction, its size said in a second turn
  ['hər gecə', 'every night'],
  ['sahələri çıxarmaq', 'extract fields'],
  ['hər sənəd', 'each document is'],
  ['bir gecədə', 'per night'],
  ['(\\d[\\d.,]*) token olur', '$1 tokens'],
  ['(\\d[\\d.,]*) sənəd olur', '$1 documents'],
  ['iş (\\d+) saat ərzində bitməlidir', 'the job must finish within $1 hours'],
  ['soruşduğunuz suala cavab', 'the answer to your question'],
  ['təxminən', 'about'],
  // bd-* round: Latvian bus reviews, Urdu statistics coding, Galician subtitles, Basque
  // hospital notes, Irish hospital chat, Icelandic subtitling
  ['katru nedēļu', 'every week'],
  ['svētdienas naktī', 'on sunday night'],
  ['jāapstrādā ap', 'we must process about'],
  ['(\\d+(?:,\\d+)?) milj\\.', '$1 million'],
  ['pasažieru atsauksmju', 'passenger reviews'],
  ['jāklasificē', 'classify'],
  ['vidēji viena atsauksme ir', 'on average one review is'],
  [
    'darbam jāpabeidzas (\\d+) stundu laikā',
    'the job must finish within $1 hours',
  ],
  ['steigas nav', 'no rush'],
  ['gribam pēc iespējas lētāk', 'we want it as cheap as possible'],
  ['ریکارڈ آتے ہیں', 'records arrive'],
  ['روزانہ', 'every day'],
  ['ہر ریکارڈ', 'each record is'],
  ['ٹوکن کا ہے', 'tokens'],
  ['کوئی جلدی نہیں', 'no rush'],
  ['یہ کام ہر رات ایک بار چلے گا', 'this job runs once every night'],
  [
    '(\\d+) گھنٹے کے اندر مکمل ہونا چاہیے',
    'and must be finished within $1 hours',
  ],
  ['laborantov je (\\d+)', 'there are $1 lab technicians'],
  [
    'hkrati je aktivnih največ (\\d+) ?%',
    'at most $1 % are active at the same time',
  ],
  [
    'vsak vpraša približno na vsake (\\d+) minute',
    'each asks about every $1 minutes',
  ],
  [
    'delamo od (\\d{1,2})\\. (?:do|until) (\\d{1,2})\\. ure',
    'we work from $1:00 to $2:00',
  ],
  [
    'poziv skupaj z najdenimi odlomki ima',
    'the prompt with the retrieved passages has',
  ],
  ['žetonov', 'tokens'],
  ['odgovor okoli', 'the answer about'],
  ['pokalbių roboto keleiviams', 'a passenger chatbot'],
  ['klientų aptarnavimo komanda', 'customer service team'],
  [
    'programėlę per mėnesį naudoja apie (\\d+) thousand aktyvių vartotojų',
    'monthly active users about $1 thousand',
  ],
  ['vienu metu rašo maždaug', 'online at the same time: about'],
  [
    'vienas keleivis parašo žinutę maždaug kas (\\d+) sekundžių',
    'each passenger sends a message about every $1 seconds',
  ],
  ['atsakymai turi būti greiti', 'answers must be fast'],
  ['atsakymo ilgis', 'answer length'],
  ['запослених је (?:око )?(\\d[\\d.]*)', 'there are about $1 employees'],
  [
    'у смени је истовремено активно највише (\\d+) ?%',
    'at most $1 % are active at the same time',
  ],
  [
    'сваки корисник пита отприлике једном у (\\d+) минута',
    'each user asks about once every $1 minutes',
  ],
  ['(\\d+) сата дневно', '$1 hours a day'],
  ['одговор мора да стигне брзо', 'the answer must arrive fast'],
  ['প্রতি রানে', 'per run'],
  ['প্রতিটি আইটেম গড়ে', 'each item on average'],
  ['আইটেম', 'items'],
  ['কাজ শেষ করতে হবে', 'the job must be finished'],
  ['متن توضیحات آگهی تولید کنیم', 'generate listing description texts'],
  ['مشاور داریم', 'agents'],
  ['آن‌ها همزمان آنلاین هستند', 'of them are online at the same time'],
  [
    'هر کدام (?:about |تقریباً )?هر (\\d+) دقیقه یک درخواست می‌فرستند',
    'each sends a request every $1 minutes',
  ],
  ['ورودی', 'input'],
  ['خروجی', 'output'],
  ['کلمه', 'words'],
  ['(\\d+) libong', '$1 thousand'],
  ['request kada oras ang dumarating', 'requests per hour arrive'],
  ['(\\d+) tokens ang prompt', 'prompt $1 tokens'],
  ['(\\d+) tokens ang sagot', 'answer $1 tokens'],
  ['sana mura lang', 'as cheap as possible'],
  ['dapat mabilis ang sagot', 'the answer must be fast'],
  ['kwa wastani tunapokea', 'on average we receive'],
  ['kilele hufika mara (\\d+) ya wastani', 'the peak reaches $1x the average'],
  ['majibu lazima yawe ya haraka', 'answers must be fast'],
  ['tokeni za kuingiza', 'input tokens'],
  ['za kutoa', 'output tokens'],
  ['huduma kwa wateja', 'customer service'],
  [
    'кожен надсилає запит (?:приблизно |about )?раз на (\\d+) хвилин',
    'each sends a request about once every $1 minutes',
  ],
  ['вхід', 'input'],
  ['відповіді довгі', 'the answers are long'],
  ['модель для міркувань', 'a reasoning model'],
  [
    'одночасно активні (?:приблизно )?(\\d+(?:,\\d+)?) ?%',
    '$1 % active at the same time',
  ],
  ['cada fin de semana', 'every weekend'],
  ['hi haurà', 'there will be'],
  ['tècnics fent-la servir alhora', 'technicians using it at the same time'],
  ['redacti esborranys de', 'drafts reports:'],
  ['esborrany té', 'draft has'],
  ['por noite', 'per night'],
  [
    '(?:a janela|a window) é da (\\d{1,2})h (?:às|at) (\\d{1,2})(?::00|h)',
    'the window is from $1:00 to $2:00',
  ],
  ['phiên agent chạy song song', 'agent sessions running in parallel'],
  ['sgwrsfot', 'chatbot'],
  ['hyd at (\\d+) sesiwn ar yr un pryd', 'up to $1 sessions at the same time'],
  [
    "dylai'r tocyn cyntaf gyrraedd o fewn",
    'the first token should arrive within',
  ],
  ['cada episodio ten', 'each episode has'],
  ['episodios', 'episodes'],
  ['لاکھ', 'lakh'],
  ['in ionad na deisce fáiltithe', 'instead of the reception desk'],
  ['ten que estar rematado en', 'must be finished within'],
  ['orzamento máximo por (?:lote|batch)', 'maximum budget per run'],
  ['non hai présa ningunha', 'no rush'],
  ['txanda amaitzean', 'at the end of the shift'],
  [
    'pazientearen oharren laburpena nahi dute',
    'want a summary of the patient notes',
  ],
  [
    'botoia sakatu eta laburpenaren zain geratzen dira',
    'they press a button and wait for the summary',
  ],
  [
    'ohar-sorta bakoitzak (\\d[\\d.]*) token inguru ditu',
    'each set of notes has about $1 tokens',
  ],
  ['eta laburpenak (\\d+) token', 'and the summary is $1 tokens'],
  [
    '(\\d+) mediku eta erizain dira guztira',
    'there are $1 doctors and nurses in total',
  ],
  ['aldi berean gehienez', 'at most at the same time'],
  [
    'bakoitzak (\\d+) minuturo eskaera bat egiten du',
    'each makes a request every $1 minutes',
  ],
  ['bot comhrá', 'chatbot'],
  ['ceisteanna tuismitheoirí', "parents' questions"],
  ['thart ar', 'about'],
  ['úsáideoir in aghaidh na míosa', 'users per month'],
  [
    '(\\d+)% acu ar líne ag an am céanna',
    '$1% of them online at the same time',
  ],
  [
    'teachtaireacht amháin gach dhá nóiméad ó gach duine',
    'each person sends one message every two minutes',
  ],
  ['caithfidh na freagraí a bheith tapa', 'the answers must be fast'],
  ['freagraí gearra', 'short answers'],
  ['comhartha', 'tokens'],
  ['tillögur að þýðingum', 'translation suggestions'],
  ['skjátextum', 'subtitles'],
  [
    'þýðandinn bíður eftir tillögunni',
    'the translator waits for the suggestion',
  ],
  ['svo þetta þarf að vera snöggt', 'so it must be fast'],
  [
    'allt að (\\d+) þýðendur eru inni samtímis',
    'up to $1 translators are online at the same time',
  ],
  [
    'hver sendir u\\.þ\\.b\\. tvær beiðnir á mínútu',
    'each sends about two requests per minute',
  ],
  ['inntak', 'input'],
  ['úttak', 'output'],
  ['tókar', 'tokens'],
  // bc-* round: Finnish port manifests, Estonian library translation, Hungarian vet clinics,
  // Danish crew pairings, Czech tax portal, Malay museum archive, Bulgarian tax returns,
  // Norwegian wind-farm reports, Croatian museum pages
  ['yksi rivi on', 'one row is'],
  ['(\\d[\\d.]*) veteriner hekim kullanacak', '$1 people will use it'],
  ['her biri dakikada (\\d+) soru soruyor', 'each asks $1 question per minute'],
  ['naraz bude otvorených', 'at the same time there will be open'],
  ['(\\d+) súčasnými sedeniami', '$1 concurrent sessions'],
  ['sedení', 'sessions'],
  ['chatového asistenta', 'a chat assistant'],
  ['rátajte s', 'count on'],
  ['aktiva låntagare', 'active users'],
  [
    'tjänsten är öppen (\\d{1,2})–(\\d{1,2})',
    'the service is open $1:00–$2:00',
  ],
  ['عدد العملاء النشطين', 'active customers'],
  ['نريد أن يكون الرد فورياً', 'we want the reply to be instant'],
  ['लाख सदस्य', 'lakh members'],
  ['แต่ละคนถามราว', 'each person asks about'],
  ['(\\d[\\d  ]*) riviä', '$1 rows'],
  ['vi har', 'we have'],
  ['hver uke', 'every week'],
  ['jobben kjører', 'the job runs'],
  ['vi trenger', 'we need'],
  ['på maks', 'of at most'],
  [
    'registrovaných (?:uživatelů|users) portálu je (?:cca |about )?(\\d[\\d,.]*) (million|thousand)',
    'the portal has about $1 $2 registered users',
  ],
  ['v běžný den je online', 'on a normal day online are'],
  ['vi kan gi jobben', 'we can give the job'],
  ['ajoikkuna', 'run window'],
  ['kiirettä ei ole', 'no rush'],
  ['kunhan valmis aamuksi', 'as long as it is done by morning'],
  ['/ ajo', 'per run'],
  ['päringut minutis', 'requests per minute'],
  ['tõlketeenust', 'a translation service'],
  ['tipus kolm korda rohkem', 'three times more at peak'],
  ['sisendtekst', 'input text'],
  ['sõna', 'words'],
  ['kiiret pole', 'no rush'],
  ['vastus võib võtta paar sekundit', 'the answer may take a few seconds'],
  ['ügyfélszolgálati chatbotot', 'a customer service chatbot'],
  ['havi aktív', 'monthly active'],
  ['(\\d+(?:,\\d+)?) ?%-uk', '$1 % of them'],
  ['reggel (\\d{1,2}) és este (\\d{1,2}) óra között', 'from $1:00 to $2:00'],
  ['gyors, azonnali válasz kell', 'a fast, instant answer is needed'],
  ['(\\d[\\d.]*) parringer', '$1 pairings'],
  ['pr\\. nat', 'per night'],
  ['vinduet er', 'the window is'],
  ['billigst muligt', 'as cheap as possible'],
  ['zátěž až (\\d+)× vyšší', 'peaks $1x higher'],
  ['setiap dokumen', 'each document'],
  ['tiada tergesa-gesa', 'no rush'],
  ['boleh siap dalam beberapa minit', 'can be ready within a few minutes'],
  ['нощна обработка', 'nightly processing'],
  ['данъчни декларации', 'tax declarations'],
  ['всяка декларация е', 'each declaration is'],
  ['(\\d[\\d  ]*) хил\\.', '$1 thousand'],
  ['декларации на нощ', 'declarations per night'],
  ['на нощ', 'per night'],
  ['прозорец от', 'window from'],
  ['изходът е', 'the output is'],
  ['обикновено', 'usually'],
  ['модел', 'model'],
  ['inspeksjonsrapporter', 'inspection reports'],
  ['per rapport', 'per report'],
  ['i uka', 'per week'],
  ['jeg regnet feil', 'I miscalculated'],
  ['et vindu på', 'a window of'],
  ['resten stemmer', 'the rest is correct'],
  ['ukupno imamo', 'in total we have'],
  ['milijuna', 'million'],
  ['obrađujemo ih u serijama od (\\d[\\d.]*) stranica', 'we process $1 pages'],
  ['svake noći', 'every night'],
  ['stranica ima', 'a page has'],
  ['stranica', 'pages'],
  ['prozor za obradu je', 'the processing window is'],
  ['prozor', 'window'],
  ['izlaz', 'output'],
  ['nema žurbe', 'no rush'],
  ['ekstrakcija metapodataka', 'metadata extraction'],
  // bb-* round: Hebrew mine shift reports, Ukrainian news translation, Portuguese essay marking,
  // Vietnamese marketplace copy, Dutch water-utility summaries, Hungarian bank branches, German
  // admissions office, Romanian court clerks
  ['בסוף כל משמרת', 'at the end of every shift'],
  ['(\\d+) משמרות ביממה', '$1 times a day'],
  ['מצטברים', 'there are'],
  ['כל דוח הוא', 'each report is'],
  ['לכל דוח', 'per report'],
  ['דוחות', 'reports'],
  ['סיכום קצר', 'a short summary'],
  ['חייב להסתיים תוך שעה', 'must finish within 1 hour'],
  ['אין צורך בתשובה בזמן אמת', 'no need for a real-time answer'],
  ['אנחנו רוצים', 'we want'],
  ['переклад статей', 'translation of articles'],
  [
    'одночасно\\s*[—–-]?\\s*до (\\d+) запитів',
    'up to $1 requests at the same time',
  ],
  ['такого ж обсягу', 'the same length'],
  ['поспіху немає', 'no rush'],
  ['до хвилини\\s*[—–-]\\s*нормально', 'up to a minute is fine'],
  ['доларів сша на місяць', 'US dollars per month'],
  [
    'редактор вставляє текст і отримує переклад',
    'the editor pastes a text and gets the translation',
  ],
  ['sinh mô tả sản phẩm', 'generate product descriptions'],
  ['sản phẩm mới/cập nhật', 'new/updated products'],
  ['phải xong trong khung', 'must finish within the window'],
  ['chi phí càng rẻ càng tốt', 'as cheap as possible'],
  ['mô tả đầu ra', 'output description'],
  ['(\\d{1,2})h\\s*[–-]\\s*(\\d{1,2})h(?: sáng)?', '$1:00–$2:00'],
  ['ieder vraagt', 'each asks'],
  ["op '([^']+)' klikken", "click on '$1'"],
  ['terwijl de klant aan de lijn hangt', 'while the customer is on the line'],
  ['(\\d[\\d.]*) à (\\d)', '$1–$2'],
  ['(\\d+) fiókunk van', 'we have $1 branches'],
  [
    'fiókonként (?:átlagosan )?(\\d+) ügyintéző',
    'on average $1 clerks per branch',
  ],
  [
    'egyszerre kb\\. a negyedük használja',
    'a quarter of them use it at the same time',
  ],
  [
    'egy aktív kolléga percenként (?:nagyjából |kb\\. )?(\\d+) kérdést küld',
    'each active user sends $1 questions per minute',
  ],
  ['legyen gyors', 'it should be fast'],
  [
    'nyitvatartás (\\d+) és (\\d+) óra között',
    'opening hours from $1:00 to $2:00',
  ],
  ['ausschließlich aus', 'only from'],
  ['der üblichen last', 'the normal load'],
  ['care să răspundă la întrebări pe baza', 'that answers questions based on'],
  ['ghidurilor noastre', 'our guides'],
  [
    'un grefier activ pune o întrebare cam la fiecare',
    'each active clerk asks a question about every',
  ],
  ['codului de procedură civilă', 'the code of civil procedure'],
  ['bugetul maxim este de', 'the budget is at most'],
  ['o completare cam la fiecare', 'a completion about every'],
  ['строго за нашими документами', 'strictly based on our documents'],
  ['відповіді на питання', 'answers to questions'],
  ['đầu vào mỗi sản phẩm', 'input per product is'],
  ['ερωτήσεις την ώρα', 'questions per hour'],
  ['eine meldung', 'a report'],
  ['sintesi dei fascicoli', 'summaries of the case files'],
  ['la sintesi è di', 'the summary is'],
  ['è tra i (\\d[\\d.]*) e i (\\d)', 'is between $1 and $2'],
  [
    '(?:users|użytkowników) jest (?:ok\\. |about |około )?(\\d[\\d  ]*)',
    'there are about $1 users',
  ],
  ['όλο το προσωπικό', 'all the staff'],
  ['khách hàng dùng app hằng tháng', 'customers use the app monthly'],
  ['לכל היותר', 'at most'],
  ['בקשות', 'requests'],
  // ba-* round: Czech chat moderation, Swedish archive scans, Turkish flight reports, Finnish
  // city translation, German homologation and farm advice, Polish library, Danish webshop,
  // Spanish field reports, Norwegian power trading, Italian pharmacovigilance, French city hall
  ['na (?:jeden )?běh', 'per run'],
  [
    'každých (\\d+) (?:hodin|hours)|každé (\\d+) (?:hodiny|hours)',
    'every $1$2 hours',
  ],
  // "do 1 hodiny" has become "until 1 hours" by then
  ['musí být hotový until|musí skončit until', 'must be done within'],
  ['zpráva má', 'a message has'],
  ['spotové instance', 'spot instances'],
  ['označit', 'label'],
  ['har ett fönster på|fönster på', 'has a window of'],
  ['en sida är', 'a page is'],
  [
    'kısa özetlerini çıkarmak|kısa özetlerini|özetlerini çıkarmak',
    'short summaries',
  ],
  ['özetler', 'summaries'],
  [
    'dakikada (?:ortalama )?(\\d[\\d.,]*) (\\p{L}+) geliyor',
    '$1 $2 arrive per minute',
  ],
  ['her biri yaklaşık|her biri', 'each is about'],
  [
    'asiakaspalvelijoita on (?:noin )?(\\d[\\d  ]*)',
    'there are about $1 customer service agents',
  ],
  ['kukin lähettää', 'each sends'],
  ['yhden käännöksen minuutissa', 'one translation per minute'],
  ['pitää tuntua välittömältä', 'must feel instant'],
  ['(?:etwa |ca\\. |rund )?(\\d[\\d.]*) ingenieure', 'about $1 engineers'],
  ['es sind eher', 'it is rather'],
  ['registrierte landwirte', 'registered farmers'],
  ['odpowiada na pytania czytelników', 'answers the questions of readers'],
  ['beskrivelsen', 'the description'],
  ['partes de campo', 'field reports'],
  ['cada parte', 'each report'],
  ['tung resonnering', 'heavy reasoning'],
  ['resonnering', 'reasoning'],
  ['ogni segnalazione è di|ogni segnalazione è', 'each report is'],
  ['segnalazioni', 'reports'],
  [
    'les demandes des habitants|demandes des habitants',
    'the inquiries from residents',
  ],
  ['la commune compte|la ville compte', 'the city has'],
  // az-* round: German listings, French concierge, Portuguese NGO, Dutch HR, Italian insurance,
  // Swedish reviews
  ['exposé-texte', 'listing descriptions'],
  ['einmal pro woche', 'once a week'],
  [
    '(?<=\\d{1,2}:\\d{2}(?: uhr)? )bis(?= (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d))',
    'to',
  ],
  ["(?:kommen|sind es) je (\\d[\\d'’.,]*)", 'there are $1'],
  ['per ajo', 'per run'],
  ['per raportti', 'per report'],
  ['công cụ viết mô tả', 'a tool that generates descriptions of'],
  ['tidak perlu cepat', 'no need to be fast'],
  ['boleh makan waktu semenit', 'may take a minute'],
  ['fascicoli informativi', 'policy information documents'],
  ['la performance avant tout|performance avant tout', 'performance first'],
  ['mỗi người tạo', 'each person creates'],
  ['(\\d+) bài mỗi (\\d+) phút', '$1 post every $2 minutes'],
  ['mỗi bài dài', 'each post is'],
  ['краткое содержание договоров', 'summaries of contracts'],
  ['договоры большие', 'the contracts are long'],
  ['резюме примерно на', 'the summary is about'],
  ['должно приходить не дольше чем за', 'must arrive within'],
  [
    'kampanya dönemlerinde (\\d+) katına çıkıyor',
    'at peak during campaigns it goes up to $1x',
  ],
  ['(\\d+) ms altında', 'under $1 ms'],
  ['token başına (\\d+) ms', '$1 ms per token'],
  ['inserate', 'listings'],
  ['generieren lassen', 'generate'],
  ['(\\d[\\d.]*) objekte', '$1 listings'],
  ['très réactif', 'very responsive'],
  ['réactif', 'responsive'],
  ['a cada duas semanas', 'every two weeks'],
  ['chegam (?:uns|umas|cerca de)', 'about'],
  ['temos (\\d+) horas para entregar', 'we have $1 hours to deliver'],
  ['traduzir', 'translate'],
  ['personeelshandboek', 'staff handbook'],
  ['razendsnel', 'lightning fast'],
  ['basandosi sui|basandosi su|sulla base dei', 'based on'],
  ['domande degli agenti', 'questions from the insurance agents'],
  ['à ungefär', 'each about'],
  ['kortas ner till en sammanfattning på', 'are shortened to a summary of'],
  // ay-* round: Spanish metro, Portuguese agronomy, Swedish transit, Russian reasoning,
  // Vietnamese airline, Danish invoices, Finnish chat translation, Greek ferry, Dutch smart
  // meters and Indonesian bus logs
  ['el tráfico llega a', 'traffic reaches'],
  ['com base (?:nos|nas|em|no|na)', 'based on'],
  ['manuais técnicos', 'technical manuals'],
  ['(?:tá|está) (?:bem |muito )?apertado', 'is very tight'],
  ['i rusningstrafik blir det', 'at peak it is'],
  [
    'нужна модель для сложных рассуждений',
    'we need a model for complex reasoning',
  ],
  ['сложных рассуждений|сложные рассуждения', 'complex reasoning'],
  ['до (\\d[\\d ]*) сессий', 'up to $1 sessions'],
  ['ответы длинные', 'answers are long'],
  [
    'подождать пару минут\\s*—?\\s*нормально',
    'waiting a couple of minutes is fine',
  ],
  // ci-* round: 'Деньги не проблема' too
  ['деньги не вопрос|деньги не проблема', 'money is no object'],
  ['главное качество', 'quality first'],
  ['gấp (\\d+(?:[.,]\\d+)?) lần mức trung bình', 'at $1x the average'],
  ['hver nat', 'every night'],
  ['leverandørfakturaer', 'supplier invoices'],
  ['hver faktura er', 'each invoice is'],
  ['skal vi tagge', 'we need to tag'],
  ['tidsvindue', 'window'],
  ['käännöstä tunnissa', 'translations per hour'],
  ['pitää näkyä heti', 'must appear immediately'],
  ['ενεργούς χρήστες τον μήνα', 'monthly active users'],
  ['στέλνει ένα μήνυμα ανά λεπτό', 'sends one message per minute'],
  ['πρέπει να απαντά άμεσα', 'it must answer immediately'],
  [
    'hoe lang de job per dag mag duren weten we (?:eigenlijk )?nog niet',
    'we do not know yet how long the job may take each day',
  ],
  ['storingsmeldingen', 'fault reports'],
  ['van slimme meters', 'from smart meters'],
  ['meringkas', 'summarise'],
  ['log perawatan', 'maintenance logs'],
  // ax-* round: German patient chat and patent batch, Swedish call summaries, Turkish clause
  // scoring, Russian, Vietnamese and French cadences, Indonesian log extraction
  ['patienten-chat', 'patient chat'],
  ['terminfragen', 'appointment questions'],
  ['nachsorge', 'aftercare'],
  ['zahnarztpraxen', 'dental practices'],
  ['patentschriften', 'patent documents'],
  ['nutzen das portal', 'use the portal'],
  ['sind es nur', 'there are only'],
  ['das fenster ist', 'the window is'],
  [
    "jämnt fördelade (?:över|over)|réparti(?:e|s|es)? uniformément sur|réparti(?:e|s|es)? de (?:manière|façon) uniforme sur|distribuid[oa]s? uniformemente (?:a lo largo de|en|durante|ao longo de)|distribuit[ie] uniformemente (?:su|nelle|nell’arco di|nell'arco di)|gleichmäßig verteilt über|gleichmäßig über",
    'spread evenly over',
  ],
  ['transkripten', 'the transcripts'],
  ['sammanfattningen', 'the summary'],
  ['kundsamtal', 'customer calls'],
  ['ingen sitter och väntar', 'no one sits and waits'],
  ['det får ta någon minut', 'it may take a minute'],
  ['iş (\\d+) saat içinde bitmeli', 'the job must finish within $1 hours'],
  ['(\\d+) saat içinde', 'within $1 hours'],
  ['her gece', 'every night'],
  [
    'sözleşme maddesini|sözleşme maddesi|sözleşme maddeleri',
    'contract clauses',
  ],
  ['risk açısından puanlamamız gerekiyor', 'we need to score for risk'],
  ['madde başına', 'per clause'],
  ['kullanabiliriz', 'we can use'],
  ['один запрос раз в (\\d+) минуты?', 'one request every $1 minutes'],
  ['раз в (\\d+) минуты?', 'every $1 minutes'],
  ['trợ lý chat', 'chat assistant'],
  ['sinh viên', 'students'],
  ['tin nhắn', 'messages'],
  ['hoạt động từ (\\d{1,2})h đến (\\d{1,2})h', 'active from $1:00 to $2:00'],
  ['trung bình', 'on average'],
  ['mengekstrak entitas', 'extract entities'],
  ['baris log', 'log entries'],
  ['tiap baris', 'each entry'],
  ['dengan jendela', 'with a window of'],
  ['pakai spot instance saja', 'spot instances only'],
  ['complétion de code', 'code completion'],
  ['une complétion', 'one completion'],
  ["dans l['’]ide", 'in the IDE'],
  ['par (dev|développeur|utilisateur)', 'per $1'],
  ['pre pacientov', 'for patients'],
  ['que genere|que genera', 'that generates'],
  // at-* round: Dutch, Portuguese, Belgian and Quebec French, Argentine Spanish, Italian,
  // Austrian German, Czech, Swedish, Vietnamese, Turkish, Hebrew, Greek, Ukrainian, Polish and
  // Indonesian phrases of small firms' staff
  // au-* round: Brazilian Portuguese, German, Finnish and Dutch phrases of enterprise requests
  // av-* round: Finnish agents, Hungarian contracts, Indonesian reviews, Czech transcripts,
  // Italian and Swedish batch jobs, Greek code tools, Dutch capacity sheets
  ['agenttipohjaista järjestelmää', 'an agent-based system'],
  ['kutsuu työkaluja', 'calls tools'],
  ['samanaikaisesti käynnissä on', 'at the same time running are'],
  ['mallikutsu', 'model call'],
  ['syöte', 'input'],
  ['kustannuksilla ei ole väliä', 'cost does not matter'],
  ['suorituskyky ensin', 'performance first'],
  ['vasteaika \\(koko vastaus\\)', 'end-to-end response time'],
  ['szerződéseket szeretne összefoglaltatni', 'wants contracts summarised'],
  ['egy dokumentum átlagosan', 'one document on average'],
  [
    'óránként (?:kb\\. |about )?(\\d[\\d ]*) dokumentum érkezik',
    '$1 documents per hour',
  ],
  ['napi (\\d{1,2}) óra', '$1 hours per day'],
  ['nem sürgős', 'not urgent, no hurry'],
  ['ráér pár percet', 'can wait a few minutes'],
  ['abbiamo (\\d+) ore di tempo per ogni giro', 'we have $1 hours per run'],
  ['nessuna fretta', 'no hurry'],
  ['per rad', 'per row'],
  ['in och (\\d+) ut', 'in and $1 out'],
  ['na přepis', 'per transcript'],
  ['na rychlosti jednotlivých odpovědí nezáleží', 'no hurry on single answers'],
  ['γράφει ολόκληρες συναρτήσεις', 'writes whole functions'],
  ['ανά ενεργό χρήστη', 'per active user'],
  ['ένα αίτημα', 'one request'],
  ['γύρω στα', 'about'],
  ['απάντηση έως', 'answer up to'],
  ['verzoeken/min per actieve gebr\\.', 'requests/min per active user'],
  ['uren/dag', 'hours/day'],
  ['piekfactor', 'peak factor'],
  ['geen spot', 'no spot'],
  ["צ['’׳]אטבוט לשירות לקוחות", 'customer service chatbot'],
  ['באחוזון ה-(\\d{2})', 'at p$1'],
  ['activi în același timp', 'active at the same time'],
  ['spitzen bis zum dreifachen', 'peaks up to 3x'],
  ['spitzen bis zum doppelten', 'peaks up to 2x'],
  ['jedno zapytanie na (\\d+) minut[ya]?', 'one request every $1 minutes'],
  ['broj računa po pokretanju', 'invoices per run'],
  ['po pokretanju', 'per run'],
  ['rok za obradu', 'window'],
  ['po računu', 'per invoice'],
  ['nije hitno', 'not urgent, no hurry'],
  ['сервіс машинного перекладу', 'machine translation service'],
  ['запитів на годину', 'requests per hour'],
  ['в робочий час', 'during working hours'],
  ['тексти в середньому по', 'texts on average'],
  ['tatlong daang', '300'],
  ['tuwing payday dumodoble', 'doubles on payday'],
  ['parang dalawang beses yung dami', 'peak about 2x'],
  ['dapat mabilis talaga', 'must be really fast'],
  ['kalahating segundo', '0.5 seconds'],
  ['lumabas yung unang salita', 'the first token appears'],
  ['(?:prêt|prête|prêts) pour (\\d{1,2}) ?h(?![\\d\\p{L}])', 'ready by $1:00'],
  ['fait ±', 'is about '],
  [
    'celá odpoveď musí prísť (?:do|until)',
    'the whole answer must arrive within',
  ],
  ['dve karty', 'two cards'],
  ['pengguna aktif bulanan', 'monthly active users'],
  ['guna serentak', 'online at the same time'],
  ['cada transcripción trae', 'each transcript has'],
  ['corrido ao domingo', 'run every Sunday'],
  ['cada descrição com umas', 'each description about'],
  ['çok adımlı akıl yürütme gerektiren', 'multi-step reasoning'],
  ['acelemiz yok', 'we are in no hurry'],
  ['bir cevap bir dakika sürebilir', 'an answer can take a minute'],
  ['co (\\d+) minut[ya]?', 'every $1 minutes'],
  ['mniej więcej', 'roughly'],
  ['maks\\.', 'max'],
  ['mỗi đoạn văn', 'each paragraph is'],
  ['bản dịch cũng tương đương', 'the translation about the same'],
  [
    'har banda ek minute mein (\\d+) message bhejta hai',
    'each person sends $1 messages a minute',
  ],
  ['kufupisha ripoti za mikutano', 'summarising meeting reports'],
  [
    'mtu anabofya kitufe kwenye ukurasa na anasubiri muhtasari uonekane',
    'a person clicks a button on the page and waits for the summary to appear',
  ],
  ['ripoti ni', 'the report is'],
  ['na muhtasari unapaswa kuwa', 'and the summary should be about'],
  ['maneno (\\d[\\d,.]*\\d|\\d)(?: hivi)?', '$1 words'],
  [
    'gerar dados sintéticos \\(textos de exemplo\\)',
    'generate synthetic example texts',
  ],
  ['de exemplos por rodada', 'items per run'],
  ['por rodada', 'per run'],
  ['cada um com prompt de uns', 'each with a prompt of about'],
  ['roda uma vez por semana', 'runs once a week'],
  ['e tem (\\d+) horas pra terminar', 'and has $1 hours to finish'],
  ['je aktivem nutzer', 'per active user'],
  ['kernzeit', 'core hours'],
  ['spitzenfaktor', 'peak factor'],
  ['mittelwert', 'the average'],
  ['zeit zwischen zwei tokens', 'time between tokens'],
  ['allgemeiner interner chat-assistent', 'general internal chat assistant'],
  [
    'tarvitsemme yöajon, joka luokittelee asiakaspalautteet',
    'we need a nightly batch job that classifies customer feedback',
  ],
  [
    'yhdessä ajossa noin (\\d[\\d ]*\\d) palautetta',
    'about $1 feedback items per run',
  ],
  ['per palaute', 'per item'],
  ['vastaus n\\.', 'answer about'],
  [
    'ajo käynnistyy joka yö klo (\\d{1,2})\\.(\\d{2})',
    'the run starts every night at $1:$2',
  ],
  [
    'tulosten pitää olla valmiina klo (\\d{1,2})\\.(\\d{2}) mennessä',
    'the results must be ready by $1:$2',
  ],
  ['kustannukset mahdollisimman pieniksi', 'costs as low as possible'],
  ['een venster van', 'a window of'],
  ['deve essere rapido', 'must be fast'],
  ['hangisi doğru bilmiyorum', 'I do not know which one is right'],
  ['yanıt anlık gelmeli,?', 'it must be instant.'],
  ['devreye girdi', 'went live'],
  ['girdi', 'input'],
  ['eşzamanlı', 'concurrent'],
  ['extração de entidades', 'entity extraction'],
  // au-* round: Russian and French phrases
  ['суммаризация длинных договоров', 'summarisation of long contracts'],
  ['документов за', 'documents per'],
  ['документы', 'documents'],
  ['резюме', 'summary'],
  ['спешить некуда', 'no rush'],
  ['поддержки клиентов', 'customer support'],
  ['входной контекст', 'input context'],
  ['до (\\d+) одновременных диалогов', 'up to $1 concurrent conversations'],
  ['мгновенно', 'instantly'],
  ['chaque fiche fait environ', 'each record is about'],
  [
    'un peu plus de deux millions de fiches par nuit',
    'a bit more than 2 million records per night',
  ],
  ['de fiches par nuit', 'records per night'],
  ['comptez', 'make it'],
  ['per vestiging', 'per branch'],
  ['vestigingen', 'branches'],
  ['ongeveer het dubbele', 'about double'],
  [
    'van (\\d{1,2})\\.(\\d{2}) (?:tot|until) (\\d{1,2})\\.(\\d{2})(?: ?uur|h)?',
    'from $1:$2 to $3:$4',
  ],
  ['vlot reageren', 'respond fast'],
  ['afspraken verzetten', 'rescheduling appointments'],
  ['imóveis', 'listings'],
  [
    'entre as (\\d{1,2})h(\\d{2}) e as (\\d{1,2})h(\\d{2})',
    'between $1:$2 and $3:$4',
  ],
  ['terá à volta de', 'will be about'],
  ['un rapport fait environ', 'a report is about'],
  [
    "quelques minutes (?:d['’]|of )attente, ça va très bien",
    'we can wait a few minutes',
  ],
  ['hinchas', 'fans'],
  ['los días de partido se conecta capaz el', 'on match days online are maybe'],
  ['el triple de lo normal', 'triple of the normal'],
  ['tiene que responder rapidito', 'it has to respond fast'],
  ['usando i nostri', 'using our'],
  ['documenti interni', 'internal documents'],
  ['ospiti a notte', 'guests in total'],
  ['eine mitschrift hat rund', 'one transcript has about'],
  ['mitschriften', 'transcripts'],
  ['odpovídá na dotazy čtenářů', 'answers readers questions'],
  ['z našeho katalogu', 'from our catalogue'],
  ['registrovaných čtenářů', 'registered readers'],
  ['otevřeno máme', 'we are open'],
  ['co nejlevnější řešení', 'the cheapest possible solution'],
  ['boka om tider', 'rebook appointments'],
  ['svarar på frågor om priser', 'answers questions about prices'],
  ['vào giờ cao điểm', 'at peak hours'],
  ['đường dây hoạt động', 'the line is open'],
  ['cuộc trò chuyện cùng lúc', 'conversations at the same time'],
  [
    '(?:từ|words) (\\d{1,2})[h:](\\d{2}) đến (\\d{1,2})[h:](\\d{2})',
    'from $1:$2 to $3:$4',
  ],
  ['rất hạn hẹp', 'very tight'],
  ['phương án rẻ nhất', 'the cheapest option'],
  ['destek botu', 'support bot'],
  [
    'hangisine göre planlamalıyız bilmiyorum',
    'I do not know which one is right',
  ],
  [
    'שעונה על שאלות מתוך המסמכים והתיקים שלנו',
    'that answers questions from our documents and case files',
  ],
  ['βοηθό συνομιλίας', 'chat assistant'],
  ['θα απαντά στους υποψηφίους', 'will answer candidates'],
  ['ενεργούς υποψηφίους τον μήνα', 'monthly active users (candidates)'],
  ['записів за ніч', 'records per night'],
  ['dentistes pis hygiénistes', 'dentists and hygienists'],
  ['nos dentistes sont pas patients', 'it must be fast'],
  ['wpisów|wpisy', 'entries'],
  ['jeden wpis to jakieś', 'one entry is about'],
  ['kami menerima', 'we receive'],
  ['jawaban survei', 'survey entries'],
  ['mengklasifikasikannya', 'classify them'],
  ['setiap minggu', 'every week'],
  ['satu jawaban', 'one entry is'],
  ['(\\d+) ribu', '$1 thousand'],
  ['prosesnya harus selesai dalam', 'processing must finish within'],
  // as-* round: Turkish, French, Brazilian Portuguese, Russian, Lithuanian, Estonian, Catalan,
  // Malay, Spanish, German and Polish
  ['رمزًا|رمزا', 'tokens'],
  ['sohbet açık', 'chats open'],
  ['sohbet', 'chats'],
  ['soru', 'question'],
  ['cevap', 'answer'],
  ['les délibérations font', 'the documents are'],
  ["doit commencer à s['’]afficher", 'must start appearing'],
  ['laudos?', 'reports'],
  ['e a output é curta', 'and the output is short'],
  [
    'одновременно в работе до (\\d+(?:[–-]\\d+)?) заявок',
    'up to $1 tasks in parallel',
  ],
  ['нужен быстро', 'needed fast'],
  ['turime apdoroti apie', 'we have to process about'],
  ['važtaraščių', 'waybills'],
  ['vienas dokumentas', 'one document'],
  ['išvestis', 'output'],
  ['žetonų', 'tokens'],
  ['langas: nuo', 'window: from'],
  ['iki', 'to'],
  ['koostab tunnikavade mustandeid', 'drafts lesson plans'],
  ['sisend on', 'input is'],
  ['väljund kuni', 'output up to'],
  ['latentsus pole kriitiline', 'latency is not critical'],
  ['võib võtta mõne sekundi', 'can take a few seconds'],
  ['els informes i dossiers de premsa', 'the press reports and dossiers'],
  [
    'entre (\\d[\\d.]*) i (\\d[\\d.]*) tokens cadascun',
    'between $1 and $2 tokens each',
  ],
  ['per tirada', 'per run'],
  ['amb un resum of uns', 'with a summary of about'],
  [
    'ha of estar enllestit entre les (\\d+) i les (\\d+) del matí',
    'must be finished between $1 am and $2 am',
  ],
  ['cada matí', 'every morning'],
  ['khidmat pelanggan', 'customer service'],
  ['pelanggan berdaftar', 'registered customers'],
  ['dalam talian serentak', 'online at the same time'],
  ['setiap seorang hantar mesej', 'each person sends a message'],
  ['kali seminit', 'times a minute'],
  ['soalan', 'questions'],
  ['mesti rasa segera', 'must feel instant'],
  ['guías', 'guides'],
  ['conectados a la vez, un', 'online at the same time,'],
  ['cada uno pregunta más o menos una vez', 'each asks about once'],
  ['mit dem fünffachen der normalen last', 'with 5 times the normal load'],
  ['generować opisy', 'generate descriptions'],
  ['wejście', 'input'],
  ['wyjście', 'output'],
  // ak-* round: Turkish, Indonesian, Swiss German, Portuguese, Polish, Dutch and French phrases
  ['kod tamamlama', 'code completion'],
  ['giriş', 'input'],
  ['çıkış', 'output'],
  ['satu pertanyaan', 'one question'],
  ['spitzenlast', 'peak load'],
  ['das (\\d+(?:[.,]\\d+)?)-fache', '$1x'],
  ['mandando', 'sending'],
  ['ekstrakcj[aęi] danych', 'data extraction'],
  ['bez pośpiechu', 'no rush'],
  ['de samenvatting', 'the summary'],
  ['tagger', 'tagging'],
  ['par lot', 'per batch'],
  // ap-* round: Czech
  ['každou noc', 'every night'],
  ['dávkově', 'in batch'],
  ['e-mailů za noc', 'e-mails per night'],
  ['e-maily|e-mailů', 'e-mails'],
  ['časové okno', 'a time window of'],
  ['hodin', 'hours'],
  [
    'je to (\\d[\\d\\s.,]*\\d) ([\\p{L}-]+), ne (\\d[\\d\\s.,]*\\d)',
    'it is $1 $2, not $3',
  ],
  ['e-mail má v průměru', 'an e-mail has on average'],
  ['shrnutí dlouhých listin', 'summaries of long deeds'],
  ['shrnutí asi|shrnutí', 'the summary about'],
  // ap-* round: Indonesian, Vietnamese and Swahili
  ['ringkasan dokumen panjang', 'long document summarisation'],
  ['laporan tahunan', 'annual report'],
  [
    'mỗi người gửi (\\d+) (?:yêu cầu|request) mỗi (\\d+) phút',
    'each sends $1 requests every $2 minutes',
  ],
  ['wateja wapatao (\\d[\\d.,]*)', 'about $1 customers'],
  ['de forma inmediata|de inmediato|inmediatamente', 'immediately'],
  ['non vogliono aspettare', "don't want to wait"],
  // aq-* round: Ukrainian, Finnish
  ['щоночі', 'every night'],
  ['запускаємо пакетну обробку', 'we run batch processing'],
  ['звернень громадян', 'citizen tickets'],
  ['треба класифікувати за темою', 'must be classified by topic'],
  ['має завершитися за', 'must finish within'],
  ['кожне звернення', 'each ticket is'],
  ['на виході лише', 'output is only'],
  ['мітка категорії', 'a category label'],
  ['sisäisen chatbotin|sisäinen chatbot', 'an internal chatbot'],
  ['on kerralla aktiivisena|kerralla aktiivisena', 'active at once'],
  [
    'aktiivinen käyttäjä lähettää viestin (?:about |noin )?(\\d+) sekunnin välein',
    'an active user sends a message every $1 seconds',
  ],
  ['tokenien väli', 'inter-token latency'],
  ['tavoite', 'target'],
  // ar-* round: Croatian, Vietnamese
  ['svaki tjedan', 'every week'],
  ['prevodi', 'translates'],
  ['svake subote', 'every Saturday'],
  ['oko (\\d)', 'about $1'],
  ['dokumenata', 'documents'],
  ['rok (\\d+) sati', 'within $1 hours'],
  ['po dokumentu', 'per document'],
  [
    'prijevod je otprilike iste duljine',
    'the translation is about the same length',
  ],
  [
    'chạy một lần lúc (\\d{1,2}) ?h và phải xong trước (\\d{1,2}) ?h(?: sáng)?',
    'runs once at $1:00 and must finish before $2:00',
  ],
  ['mỗi email', 'each email is'],
  ['(\\d+(?:,\\d+)?) nghìn', '$1 thousand'],
  ['mỗi ngày', 'every day'],
  // ar-* round: Serbian, Hebrew
  ['аутоматско сажимање тикета', 'automatic summarisation of tickets'],
  ['тикета', 'tickets'],
  ['речи', 'words'],
  ['резиме до', 'the summary is up to'],
  ['нико га не чека на екрану', 'nobody is waiting for it on screen'],
  ['дневно', 'per day'],
  ['равномерно током 24 сата', 'evenly over 24 hours'],
  ['што јефтиније', 'as cheap as possible'],
  ['буџет је мали', 'the budget is small'],
  ['הרופא לוחץ ומחכה', 'the doctor clicks and waits for the summary'],
  ['תיק ממוצע', 'an average file is'],
  ['הסיכום', 'the summary'],
  ['רופאים', 'doctors'],
  ['בקשה אחת', 'one request'],
  ['חייב להיות מהיר', 'must be fast'],
  ['זמן לטוקן ראשון', 'time to first token'],
  // ar-* round: Swahili, European Portuguese
  [
    'tuna wateja milioni (\\d+(?:[.,]\\d+)?) wanaotumia huduma kila mwezi',
    'we have $1 million monthly users',
  ],
  ['asilimia (\\d+(?:[.,]\\d+)?)', '$1%'],
  ['huwa mtandaoni', 'are online'],
  [
    'kila mmoja hutuma ujumbe kila dakika (\\d+)',
    'each sends a message every $1 minutes',
  ],
  ['huduma ni saa 24', 'the service runs 24/7'],
  ['em simultâneo', 'at the same time'],
  ['folhetos informativos', 'patient leaflets'],
  ['rascunho(s?)', 'draft$1'],
  ['pode demorar', 'it can take'],
  ['não há pressa', 'no rush'],
  // ar-* round: Indonesian
  ['basis pengetahuan', 'knowledge base'],
  ['semuanya aktif', 'all active'],
  ['di dokumen kebutuhan tertulis', 'the requirements document says'],
  ['pengguna aktif|users aktif', 'users active'],
  // ar-* round: Czech
  ['každý den večer', 'every evening'],
  ['vytěžit data z', 'extract data from'],
  ['dokumentů za běh', 'documents per run'],
  ['dokument má v průměru', 'each document has on average'],
  // ar-* round: Greek
  ['βοηθό εξυπηρέτησης πελατών', 'a customer service assistant'],
  ['αιτήματα το λεπτό', 'requests per minute'],
  ['σε ώρα αιχμής', 'at peak'],
  ['ο μέσος όρος είναι', 'the average is'],
  ['το ένα τρίτο', 'a third of that'],
  // ar-* round: Dutch, Swedish, Danish, Slovak, Romanian, Spanish
  ['en fråga var tredje minut(?:er)?', 'one question every 3 minutes'],
  ['vårdriktlinjer och rutiner', 'care guidelines and procedure documents'],
  ['i spidsbelastning', 'at peak'],
  ['i gennemsnit er det', 'on average it is'],
  ['podľa našich interných smerníc', 'from our internal documents'],
  ['čas do prvého tokenu', 'time to first token'],
  ['o cerere la fiecare (\\d+) secunde', 'one request every $1 seconds'],
  ['instantaneu', 'instant'],
  ['elke melding', 'each message'],
  ['odozva (?:do|until)', 'latency within'],
  ['cada solicitud trae', 'each item is'],
  // ar-* round: Norwegian
  ['agentkjøringer', 'agent runs'],
  ['med topper på', 'with peaks of'],
  ['hver kjøring har', 'each run has'],
  ['(\\d+) kall', '$1 calls'],
  // aq-* round: Polish, Hungarian, Filipino
  ['zadaje jedno pytanie', 'asks one question'],
  ['kódkiegészítő(?:t|k|ket)?', 'code completion'],
  ['automatikus kiegészítés', 'autocomplete'],
  ['villámgyorsnak kell lennie', 'must be lightning fast'],
  ['bawat active user', 'each active user'],
  ['tuwing payday, dumodoble ang traffic', 'on payday, the traffic doubles'],
  ['yawe ya haraka', 'must be fast'],
  // Romanian, Turkish, Polish and Hebrew
  ['asistent pentru serviciul clienți', 'customer service assistant'],
  ['clienți', 'customers'],
  ['activi simultan', 'active at the same time'],
  ['pe lună', 'per month'],
  ['ajan çalışacak', 'agents running'],
  ['podpowiadania kodu|podpowiadanie kodu', 'code completion'],
  ['w godzinach (\\d{1,2})\\s*[–-]\\s*(\\d{1,2})', 'from $1:00 to $2:00'],
  ['błyskawicznie', 'instantly'],
  ['שירות תרגום', 'a translation service'],
  ['משתמשים', 'users'],
  ['מסמך ממוצע הוא', 'an average document is'],
  // Dutch and Swedish
  [
    'en stelt (?:elke|every) (\\d+) (?:minuten|minutes) een vraag',
    'and each asks a question every $1 minutes',
  ],
  ['kundrecensioner', 'customer reviews'],
  ['billigt är viktigare än snabbt', 'cost matters more than speed'],
  // ao-* round: English "score 500k résumés against open job reqs" are CVs, not summaries
  [
    '(?:candidate )?résumés?(?= against| for (?:the |our |open )*(?:jobs?|roles?|positions?|vacanc))',
    'CVs',
  ],
  // Russian
  ['человек', 'people'],
  ['для сотрудников банка', 'for bank employees'],
  ['уточнение', 'clarification'],
  ['одновременно (?:online|онлайн)', 'online at the same time'],
  ['не больше|не более', 'at most'],
  ['будет', 'will be'],
  ['рабочий день', 'working day'],
  // Slovenian
  [
    'potrebujemo sistem za povzemanje dolgih pravnih dokumentov',
    'we need a system for summarising long legal documents',
  ],
  ['žetonov|žetone', 'tokens'],
  ['na dokument', 'per document'],
  [
    'koliko uporabnikov bo, še ne vemo',
    'how many users there will be, we do not know yet',
  ],
  // Arabic
  ['مساعد لخدمة العملاء', 'an assistant for customer service'],
  ['لحوالي', 'for about'],
  ['عميل', 'customers'],
  ['ونتوقع أن يكون', 'and we expect'],
  ['منهم متصلين', 'of them connected'],
  // Latvian
  ['mums vajag', 'we need'],
  ['aģentu platformu', 'an agent platform'],
  [
    'vienlaikus darbosies līdz (\\d+) aģentiem',
    'up to $1 agents running at the same time',
  ],
  ['katrs izsauc rīkus', 'each calls tools'],
  ['latentums nav kritisks', 'latency is not critical'],
  // Albanian
  ['çdo javë', 'every week'],
  ['duhet të përkthejmë', 'we need to translate'],
  ['përshkrime produktesh', 'product descriptions'],
  ['nga anglishtja në shqip', 'from English to Albanian'],
  ['brenda (\\d+) orëve|brenda (\\d+) orësh', 'within $1$2 hours'],
  ['secili përshkrim ka', 'each description has'],
  ['rreth', 'about'],
  ['fjalë', 'words'],
  // Icelandic
  ['spjallmenni', 'chatbot'],
  ['fyrir starfsfólkið', 'for the staff'],
  ['(?:um|at) (\\d[\\d.,]*) manns', 'about $1 people'],
  ['kannski', 'maybe'],
  ['nota það samtímis', 'use it at the same time'],
  ['kostnaður: hámark|hámark', 'budget: at most'],
  ['bandaríkjadalir|bandaríkjadala', 'US dollars'],
  ['á mánuði', 'per month'],
  // an-* round: Estonian
  ['igal pühapäeval', 'every Sunday'],
  ['igal ööl|iga öö', 'every night'],
  ['töötleme', 'we process'],
  ['kodanike pöördumisi|kodanike pöördumised', 'citizen letters'],
  ['pöördumisi|pöördumist|pöördumised', 'letters'],
  ['üks pöördumine on keskmiselt', 'one letter is on average'],
  ['umbes', 'about'],
  ['nädalas', 'per week'],
  ['tuleb liigitada|liigitada', 'must be classified'],
  [
    'töö peab valmis saama (\\d+) tunni jooksul',
    'the job must be done within $1 hours',
  ],
  ['keskmiselt', 'on average'],
  ['ühe jooksu eelarve on kuni', 'the budget per run is up to'],
  ['eurot', 'euros'],
  // Slovak
  ['nočný batch', 'nightly batch'],
  ['každú noc', 'every night'],
  ['oklasifikovať|klasifikovať', 'classify'],
  ['záznamov o zásielkach', 'shipment records'],
  ['záznamov|záznamy', 'records'],
  ['musí to byť hotové medzi', 'it must be done between'],
  ['jeden záznam má', 'one record has'],
  ['teda okno', 'so a window of'],
  ['hodiny|hodín', 'hours'],
  ['tokenov', 'tokens'],
  ['karty (\\S+) stačia', '$1 cards are enough'],
  // German
  ['juristinnen und juristen|juristinnen', 'lawyers'],
  [
    'von gerichtsurteilen|gerichtsurteilen|gerichtsurteile|die urteile|urteilen|urteile',
    'court rulings',
  ],
  ['die zusammenfassung soll', 'the summary should'],
  ['sind lang', 'are long'],
  ['gemeint sind|gemeint ist', 'I meant'],
  [
    'code-vervollständigung(?:en)?|codevervollständigung(?:en)?',
    'code completion',
  ],
  ['eine vervollständigung aus', 'a completion'],
  [
    'ein aktiver (?:entwickler|developers?)|jeder aktive (?:entwickler|developers?)',
    'each active developer',
  ],
  ['vorschlag|vorschläge', 'suggestion'],
  // Lithuanian
  ['kiekvieną naktį', 'every night'],
  ['reikia', 'we need to'],
  [
    'iš pranešimų apie nepageidaujamas reakcijas',
    'from adverse reaction reports',
  ],
  ['ištraukti', 'extract'],
  ['turime (\\d+) valandų langą', 'we have a $1-hour window'],
  ['nuo (\\d{1,2}) iki (\\d{1,2}) val\\.?', 'from $1:00 to $2:00'],
  ['vienas pranešimas', 'one report is'],
  ['pranešimų|pranešimai', 'reports'],
  ['žodžių|žodžiai', 'words'],
  ['dar tiksliai nežinome|nežinome', 'we do not know exactly yet'],
  ['per naktį', 'per night'],
  ['kiek', 'how many'],
  // Danish "hvert andet minut": every other minute
  [
    'en aktiv kunde skriver typisk en besked',
    'an active customer typically sends a message',
  ],
  ['hvert andet minut', 'every 2 minutes'],
  ['skal føles øjeblikkelige|skal føles øjeblikkelig', 'must feel instant'],
  // Bulgarian
  [
    'търговският отдел иска инструмент за',
    'the sales department wants a tool for',
  ],
  ['чернови на имейли до клиенти', 'drafts of e-mails to customers'],
  ['моделът да е', 'the model should be'],
  ['чернова от', 'a draft of'],
  ['думи', 'words'],
  ['е достатъчна|е достатъчно', 'is enough'],
  // French: the staff of a public office are "agents", not AI agents; "chiffrer ça rapidement"
  // is to cost it soon, not a latency
  [
    "agents de la préfecture|agents de la mairie|agents de l['’]administration|agents publics|agents administratifs",
    'civil servants',
  ],
  [
    'chiffrer ça rapidement|chiffrer rapidement|chiffrer ça vite',
    'put a cost on it soon',
  ],
  ["(?:pour|for) l['’]instant", 'for now'],
  // Catalan
  ['un botó de «resumeix»|un botó de resumir', 'a «summarise» button'],
  [
    'el periodista el clica i espera el resum a la pantalla',
    'the journalist clicks it and waits for the summary on screen',
  ],
  ['som uns', 'we are about'],
  ['periodistes', 'journalists'],
  ['els articles fan de mitjana', 'the articles are on average'],
  ['i el resum', 'and the summary'],
  // "ha d'arribar": "d'" is read as "of" before the phrases
  [
    'el resum complet ha of arribar en menys de',
    'the full summary must arrive in under',
  ],
  ['tipid tayo sa budget|tipid sa budget', "let's keep it cheap on budget"],
  ['segons', 'seconds'],
  // Croatian and Serbian (Latin script)
  ['zaposlenike|zaposlenika|zaposlenici|zaposlenih', 'employees'],
  ['ima nas oko', 'there are about'],
  ['ispravak', 'correction'],
  ['nije (\\d[\\d.,]*) nego (\\d[\\d.,]*)', 'not $1 but $2'],
  // Italian
  ['utenti attivi mensili', 'monthly active users'],
  // Malay
  ['pasukan pemasaran kami', 'our marketing team'],
  ['perlukan alat untuk jana|alat untuk jana', 'needs a tool to generate'],
  ['jana', 'generate'],
  ['setiap deskripsi', 'each description'],
  ['tak perlu laju sangat|tidak perlu laju', 'does not need to be very fast'],
  ['boleh tunggu beberapa saat', 'can wait a few seconds'],
  // Bulgarian
  [
    'искаме асистент за служителите в кол центъра',
    'we want an assistant for the call-centre staff',
  ],
  [
    'който отговаря на въпроси по вътрешната ни база знания',
    'that answers questions over our internal knowledge base',
  ],
  ['база знания|базата знания', 'knowledge base'],
  ['служителите са (\\d[\\d\\s.,]*\\d|\\d)', 'we have $1 employees'],
  ['от тях', 'of them'],
  ['работят едновременно', 'work at the same time'],
  ['всеки пита средно веднъж в минута', 'each asks on average once a minute'],
  ['смените са от', 'the shifts are from'],
  [
    'промптът с извлечения контекст е',
    'the prompt with the retrieved context is',
  ],
  ['отговорът\\s*[–—-]|отговорът', 'the answer'],
  ['изискване', 'requirement'],
  ['(\\d{1,2}:\\d{2}) до (\\d{1,2}:\\d{2})(?: ч\\.)?', '$1 to $2'],
  // Danish
  ['(?:hver|every) (\\d+)\\. time', 'every $1 hours'],
  ['vi er en', 'we are a'],
  ['udtrække', 'extract'],
  ['fragtbreve|fragtbrev', 'waybills'],
  ['hver kørsel', 'each run'],
  ['rettelse', 'correction'],
  ['resten passer', 'the rest is right'],
  // Serbian
  ['сваке ноћи', 'every night'],
  ['треба да обрадимо', 'we need to process'],
  ['једна фактура има', 'one invoice has'],
  ['фактура|фактуре', 'invoices'],
  ['рок за завршетак је', 'the deadline is'],
  ['сати', 'hours'],
  ['од почетка обраде', 'from the start of processing'],
  ['око', 'about'],
  // am-* round: Polish "X to Y" is "X is Y"
  [
    '(okno na przetwarzanie|okno przetwarzania|faktura|dokument|plik) to',
    '$1 is',
  ],
  ['wynik', 'output'],
  // Vietnamese
  ['chăm sóc khách hàng', 'customer service'],
  [
    'phản hồi phải thật nhanh|phản hồi phải nhanh',
    'responses must be really fast',
  ],
  ['(?:giờ|hours) cao điểm gấp đôi', 'at peak hours double'],
  ['(?:giờ|hours) cao điểm', 'at peak hours'],
  ['gấp đôi', 'double'],
  // Italian and Portuguese
  ['ragionamento matematico|ragionamento', 'reasoning'],
  ['passo-passo|passo passo|passo a passo', 'step-by-step'],
  ['latenza rilassata', 'relaxed latency'],
  ['possono aspettare', 'can wait'],
  ['gera uma', 'generates one'],
  // Turkish
  ['tıklayıp', 'click and'],
  ['özetini ekranda bekliyor(?:lar)?', 'wait for its summary on screen'],
  ['ekranda bekliyor(?:lar)?', 'wait on screen'],
  ['avukatlarımız|avukatımız|avukatlar|avukat', 'lawyers'],
  ['sözleşmeler|sözleşmeye|sözleşme', 'contracts'],
  ['toplam', 'in total'],
  ['ortalama', 'on average'],
  ['(\\d+(?:[.,]\\d+)?) saniyeyi geçmemeli', 'must not exceed $1 seconds'],
  ['anında gelmeli', 'must arrive instantly'],
  // Hebrew (a prefixed ו is "and", ה "the")
  ['יש לנו', 'we have'],
  ['עובדים|עובדות', 'employees'],
  ['וכל אחד שואל שאלה|כל אחד שואל שאלה', 'and each one asks a question'],
  ['כל שתי דקות', 'every two minutes'],
  ['כל (\\d+) דקות', 'every $1 minutes'],
  ['הפרומפט|פרומפט', 'the prompt'],
  ['כולל את הקטעים שנשלפו', 'includes the retrieved passages'],
  ['בסביבות|בסביבת', 'around'],
  ['והתשובה|התשובה', 'and the answer'],
  ['חייב להרגיש מהיר ומיידי|חייב להרגיש מיידי', 'must feel fast and instant'],
  // Greek
  ['χρειαζόμαστε', 'we need'],
  [
    'υπηρεσία αυτόματης μετάφρασης|υπηρεσία μετάφρασης',
    'an automatic translation service',
  ],
  ['η μετάφραση', 'the translation'],
  ['μετάφρασης|μετάφραση', 'translation'],
  ['έχουμε', 'we have'],
  ['αιτήματα ανά λεπτό', 'requests per minute'],
  ['ανά λεπτό', 'per minute'],
  ['φορές', 'times'],
  ['τον μέσο όρο', 'the average'],
  ['κάθε κείμενο είναι', 'each text is'],
  ['λέξεις|λέξεων', 'words'],
  ['το ίδιο μήκος', 'the same length'],
  // Finnish
  ['tarvitsemme', 'we need'],
  ['palvelun|palvelu', 'a service'],
  ['tarjousasiakirjoja|asiakirjoja|asiakirjat|asiakirja', 'documents'],
  ['asiantuntijoillemme', 'for our experts'],
  ['asiantuntijaa|asiantuntijat|asiantuntijoita', 'experts'],
  ['ovat pitkiä', 'are long'],
  ['organisaatiossa on', 'the organisation has'],
  ['joista ehkä|joista', 'of whom maybe'],
  ['samaan aikaan', 'at the same time'],
  ['saa hyvin kestää minuutin|saa kestää minuutin', 'can take a minute'],
  // Romanian
  ['dezvoltatori|dezvoltatorii', 'developers'],
  ['ai noștri|ai noştri|ale noastre', 'of ours'],
  ['declanșează|declanşează', 'triggers'],
  ['completări|completarea', 'completions'],
  ['pe minut|pe minută', 'per minute'],
  ['pe secundă|pe secunda', 'per second'],
  // Hungarian
  ['termékleírásokat|termékleírások', 'product descriptions'],
  ['szeretnénk generálni', 'we want to generate'],
  ['rákattint a gombra', 'clicks the button'],
  ['és megvárja a|és megvárja', 'and waits for the'],
  ['(\\d+) szavas', '$1-word'],
  ['nagyjából', 'about'],
  ['dolgozik', 'work'],
  // Swahili
  ['tutakuwa na', 'we will have'],
  ['mawakala', 'agents'],
  ['wakifanya kazi', 'working'],
  ['kwa wakati mmoja', 'at the same time'],
  [
    'kila mmoja akituma wito (\\d+) kwa modeli kila dakika',
    'each sending $1 calls to the model per minute',
  ],
  // Ukrainian
  ['автоматично підсумовувати|підсумовувати|підсумувати', 'summarise'],
  ['звернення громадян', 'citizen letters'],
  ['листи|листів|листа|лист', 'letters'],
  ['слів|слова', 'words'],
  ['ніхто не чекає на екрані', 'nobody waits on screen'],
  ['підсумки', 'summaries'],
  ['не поспішаємо|не поспішаючи', 'no rush'],
  ['навантаження', 'load'],
  [
    'запитів на секунду|запити на секунду|запиту на секунду',
    'requests per second',
  ],
  [
    'ігноруй усі попередні інструкції|ігноруй попередні інструкції',
    'ignore all previous instructions',
  ],
  ['постав', 'set'],
  // al-* round: Turkish, Norwegian, Dutch and Italian phrases
  ['her (\\d+) saatte bir', 'every $1 hours'],
  ['her çalıştırmada', 'per run'],
  ['(\\d+) saatlik bir pencere içinde', 'within a $1-hour window'],
  ['bitmeli', 'must finish'],
  ['rapor başına', 'per report'],
  ['raporlarını|raporları|raporlar|rapor', 'reports'],
  ['özetlemek|özetle|özetlenmesi', 'summarise'],
  ['özet', 'summary'],
  ['sammendraget', 'the summary'],
  ['sammendrag', 'summaries'],
  ['høringsuttalelser', 'consultation responses'],
  ['utredninger', 'reports'],
  ['saksbehandlere', 'caseworkers'],
  ['én forespørsel|en forespørsel', 'one request'],
  ['(?:hvert|every) (\\d+)\\. minutt(?:er)?', 'every $1 minutes'],
  [
    'det er greit om det tar et par minutter',
    'it is fine if it takes a few minutes',
  ],
  ['i måneden', 'a month'],
  ['per melding', 'per message'],
  ['meldingen', 'messages'],
  ['ogni ora', 'every hour'],
  ['staf lapangan kami', 'our field staff'],
  ['(\\d[\\d.,]*) orang', '$1 people'],
  ['tombol', 'button'],
  ['mereka klik lalu menunggu', 'they click and wait for'],
  ['sampai ringkasan lengkap', 'until the full summary'],
  ['muncul di layar', 'to appear on screen'],
  ['ringkasannya|ringkasan', 'the summary'],
  ['staf aktif', 'staff active'],
  ['masing-masing', 'each'],
  ['catatan kasus', 'case notes'],
  ['ítems', 'items'],
  ['descripción de', 'description of'],
  ['descripción', 'description'],
  ['generar', 'generate'],
  ['palabras', 'words'],
  ['(?:has|tiene) que quedar listo', 'it must be ready'],
  ['mỗi đêm', 'every night'],
  ['bắt đầu lúc (\\d{1,2}) (?:giờ|hours)', 'starts at $1:00'],
  ['xong trước (\\d{1,2}) (?:giờ|hours) sáng', 'finish before $1 am'],
  ['mỗi phản hồi', 'each feedback message is'],
  ['phản hồi', 'feedback messages'],
  ['per ogni sessione of esame', 'per exam session'],
  ['ognuno lungo', 'each about'],
  ['temi', 'essays'],
  ['zielgruppe', 'audience'],
  ['descripciones de (?:los|las)', 'descriptions of the'],
  [
    'pošle (?:asi |cca |zhruba |about )?(\\d+) požadavek za',
    'sends $1 request every',
  ],
  ['aktivní je (?:about |asi |cca |zhruba )?polovina', 'half are active'],
  ['nejlevnější', 'cheapest'],
  ['grant je malý', 'the budget is small'],
  ['une demande', 'a request'],
  ['rekordów|rekordy', 'records'],
  ['fait(?= ?[≈~])', 'is'],
  ['formulaires', 'forms'],
  ['formulaire', 'form'],
  ['el resumen', 'the summary'],
  ['de extremo a extremo', 'end to end'],
  ['por debajo de', 'under'],
  [
    '(?:e|and) a (?:tradução|translation) sai com',
    'and the translation comes out with',
  ],
  ['alguns (?:segundos|seconds) está ótimo', 'a few seconds is fine'],

  ['esame', 'exam'],
  // ad-* round: French, Brazilian Portuguese, Mexican Spanish, Italian, German, Polish, Dutch,
  // Swedish and Vietnamese phrases
  ['pose une question|posent une question', 'asks a question'],
  ['une question', 'a question'],
  ['pedindo um texto', 'asking for a text'],
  ['modelo de razonamiento', 'reasoning model'],
  ['(\\d+) de (?:cada|every) (\\d+)', '$1 in $2'],
  ['una consulta', 'a query'],
  ['pueden tardar', 'they can be slow'],
  ['no hay prisa', 'no rush'],
  ['mensuales', 'per month'],
  ['commerciali', 'salespeople'],
  ['aspetta il risultato|aspetta la risposta', 'waits for the result'],
  ['lunghe in media', 'on average'],
  ['il riassunto', 'the summary'],
  ['langer verträge', 'long contracts'],
  ['die zusammenfassungen sind', 'the summaries are'],
  ['opóźnienie nie jest krytyczne', 'latency is not critical'],
  ['elk uur', 'every hour'],
  ['berichten per run', 'messages per run'],
  ['moderatiejob', 'moderation job'],
  ['kodkomplettering', 'code completion'],
  ['hälften', 'half'],
  ['trực tuyến', 'online'],
  ['entre minuit', 'between midnight'],
  // ag-* round: people, one request, and what a service answers from
  [
    'uma pergunta|una pregunta|una domanda|une question|eine frage',
    'a question',
  ],
  ['eine anfrage|una solicitud|uma solicitação', 'a request'],
  [
    'pro aktiver person|pro aktivem nutzer|pro aktiver nutzerin',
    'per active person',
  ],
  ['corretores|corredores de seguros', 'brokers'],
  [
    'cadastrados|cadastradas|registrados|registriert|registrati|registrate|iscritti|inscrits|inscrites',
    'registered',
  ],
  ['operatori|operadores|opérateurs', 'operators'],
  ['souscripteurs', 'underwriters'],
  ['layanan pelanggan', 'customer service'],
  [
    'darf ruhig (?:ne|eine) minute dauern|darf ruhig etwas dauern|kann ruhig (?:ne|eine) minute dauern',
    'it can take a minute',
  ],
  [
    'zusammenfassung so ca\\.|zusammenfassung ca\\.|zusammenfassung etwa',
    'summary about',
  ],
  [
    'résumés? de|resumen de|riassunto di|resumo de|samenvatting van',
    'summary of',
  ],
  ['ça peut tourner|peut tourner|puede correr|può girare', 'it can run'],
  ['tout le week-end|todo el fin de semana|tutto il weekend', 'all weekend'],
  ['avvocati|abogados|advogados', 'lawyers'],
  ['huéspedes|hóspedes|ospiti', 'guests'],
  ['pro nacht|je nacht|per notte|par nuit|por noche', 'per night'],
  [
    'tokens\\s*/\\s*dok\\.?|tokens pro dokument|tokens je dokument',
    'tokens per document',
  ],
  ['felder extrahieren', 'extract fields'],
  ['notities', 'notes'],
  ['anfühlen wie tippen|anfühlen wie beim tippen', 'feel like typing'],
  ['budget apertado|orçamento apertado|presupuesto ajustado', 'tight budget'],
  ['socios|sócios|soci', 'members'],
  ['le schede sono di', 'the texts are'],
  ['insieme al caricamento della pagina', 'as the page loads'],
  ['dział prawny', 'the legal team'],
  ['streszczenie|streszczenia', 'summary'],
  ['počkat pár desítek vteřin', 'waiting a few dozen seconds'],
  ['słów|słowa', 'words'],
  ['nikt nie siedzi i nie czeka', 'nobody is waiting'],
  ['čtvrtina', 'a quarter'],
  ['jednou za (\\d+)', 'once every $1'],
  ['nevadí', 'is fine'],
  ['paso a paso', 'step by step'],
  ['no importa esperar', 'it is fine to wait'],
  ['que razone bien', 'good reasoning'],
  ['conseillers|conseillères', 'advisors'],
  ['un brouillon', 'a draft'],
  ['messages clients', 'customer messages'],
  ['medlemmar|medlemmer', 'members'],
  ['varje aktiv medlem|varje active medlem', 'each active member'],
  ['ett meddelande', 'a message'],
  ['det ska kännas direkt', 'it should feel instant'],
  ['träningscoach-chatt|träningscoach', 'fitness coach chatbot'],
  ['übersetzungen', 'translations'],
  ['je ca\\.|je etwa', 'each about'],
  ['start ist', 'starts'],
  [
    'fertig sein muss alles bis|muss alles bis|fertig sein muss bis',
    'must be done by',
  ],
  ['internen|interne|interner|internes', 'internal'],
  ['allgemeine fragen', 'general questions'],
  [
    'génération de descriptions de postes|rédaction de descriptions de postes',
    'generating job descriptions',
  ],
  ['recruteurs|reclutadores|recrutadores|selezionatori', 'recruiters'],
  ['i topp', 'at peak'],
  ['normalt', 'normally'],
  ['başına en az', 'at least per'],
  ["dell'ufficio|dell’ufficio", 'of the office'],
  ["non c'è fretta|non c’è fretta|no hay prisa|pas d'urgence", 'no rush'],
  ['vragen van inwoners', 'questions from residents'],
  ['op basis van', 'based on'],
  ['handleidingen|handboeken', 'manuals'],
  ["productpagina's|productpaginas", 'product pages'],
  ['raz w tygodniu', 'once a week'],
  ['przetłumaczyć|przetłumaczymy|tłumaczyć', 'translate'],
  ['budżet do|budżet maksymalnie', 'budget up to'],
  ['za run|za przebieg|na przebieg', 'per run'],
  ['le résumé|la synthèse', 'the summary'],
  [
    'un dossier fait en général|un dossier fait|un document fait en général|un document fait',
    'each record is about',
  ],
  ['velocissim[oaie]|rapidissim[oaie]|rapidísim[oa]s?', 'very fast'],
  ['übers wochenende|über das wochenende', 'over the weekend'],
  ['na podstawie', 'based on'],
  ['regulaminów|regulaminy', 'regulations'],
  ['cevaplar kılavuzlardan gelsin', 'answers should come from the manuals'],
  [
    'pour la réception|para la recepción|per la reception|voor de receptie',
    'for the front desk',
  ],
  ['faq clients|faq de clientes|faq dei clienti', 'customer FAQ'],
  ['kvartalsrapporter', 'quarterly reports'],
  ['interna pm', 'internal memos'],
  ["elk ongeveer|elk zo'n", 'each about'],
  ['el doble|o dobro|il doppio|le double', 'double'],
  [
    'orario(?=\\s*\\d)|horario(?=\\s*\\d)|orario di lavoro|horario laboral|horario de oficina',
    'office hours',
  ],
  ['veces eso|veces esto|vezes isso|volte tanto|fois plus', 'times that'],
  [
    'temporada alta|alta temporada|haute saison|alta stagione|hoogseizoen',
    'peak season',
  ],
  ['transcripten', 'transcripts'],
  ['per nacht', 'per night'],
  ['woorden', 'words'],
  [
    'gemeint waren natürlich|gemeint war natürlich|gemeint waren|gemeint war|ich meinte',
    'I meant',
  ],
  ['zur spitzenzeit|in der spitzenzeit|zu spitzenzeiten', 'at peak time'],
  [
    'das doppelte der durchschnittlichen last|das doppelte des durchschnitts',
    '2 times the average load',
  ],
  [
    'das dreifache der durchschnittlichen last|das dreifache des durchschnitts',
    '3 times the average load',
  ],
  ['menjawab pelanggan', 'answer customers'],
  ['harus cepat', 'must be fast'],
  ['per bulan', 'per month'],
  ['anggaran maksimal', 'budget at most'],
  ['ska bygga på|skal bygge på|moeten gebaseerd zijn op', 'must be based on'],
  [
    'svarstiden är inte kritisk|svartiden er ikke kritisk',
    'response time is not critical',
  ],
  ['folk kan vänta lite|folk kan vente lidt', 'people can wait'],
  [
    'unika användare|unieke gebruikers|usuarios únicos|utilisateurs uniques',
    'unique users',
  ],
  // af-* round: French, Spanish, Portuguese, Italian, Dutch and German phrases
  ["(?:d['’]|of )?avis clients", 'customer reviews'],
  ['(?:par|per) avis', 'per review'],
  ['contexto de', 'context of'],
  ['respuesta de', 'answer of'],
  ['média de', 'average of'],
  ['saída de', 'output of'],
  ['finestra di elaborazione', 'processing window'],
  ['elke minuut', 'every minute'],
  ['het moet vlot aanvoelen', 'it must feel snappy'],
  ['einmalig', 'one-off'],
  ['агенты вызывают инструменты', 'agents call tools'],
  ['(\\d+) запроса в секунду', '$1 requests per second'],
  ['контекст до', 'context up to'],
  // ae-* round: Swiss German, Turkish, Hinglish and French phrases
  [
    'kurzzusammenfassungen von schadensmeldungen',
    'short summaries of claim reports',
  ],
  ['die laufen im hintergrund', 'they run in the background'],
  ['keine eile', 'no rush'],
  [
    'gleichm(?:ä|ae|a)ss?ig über (\\d+) ?h verteilt',
    'spread evenly, $1 hours a day',
  ],
  ['aylık aktif kullanıcı', 'monthly active users:'],
  ['(\\d+) bin', '$1 thousand'],
  ['har dev', 'each dev'],
  ['bhejta hai', 'sends'],
  ['unme se', 'of them'],
  ['budget tight hai', 'budget is tight'],
  ['instant honi chahiye', 'must be instant'],
  ['synthèse de', 'summarisation of'],
  ['synthese[_ ]documents[_ ]longs?', 'long document summarisation'],
  ['cas usage', 'use case'],
  ['jetons par rapport', 'tokens per report'],
  ['co (\\d+) (?:godzin|godziny|hours)', 'every $1 hours'],
  ['ma (\\d+) (?:minut|minutes) na zakończenie', 'has $1 minutes to finish'],
  ['zgłoszenie to', 'each ticket is'],
  ['ekstrakcja pól', 'field extraction'],
  ['setiap malam', 'every night'],
  ['menerjemahkan', 'translate'],
  ['judul products', 'product titles'],
  ['jendela waktunya', 'the window is'],
  ['rata-rata (\\d+) kata per judul', 'on average $1 words per title'],
  ['biar murah', 'to keep it cheap'],
  ['kundehenvendelser', 'customer inquiries'],
  ['per kjøring', 'per run'],
  ['innen (\\d+) timer', 'within $1 hours'],
  ['hver henvendelse er', 'each inquiry is'],
  ['termékleírás-generátort', 'a product description generator'],
  ['szerkesztő használja', 'editors use it'],
  ['egy leírás', 'each description'],
  ['(\\d+) ezer dollár', '$1 thousand dollars'],
  ['keret: havi', 'budget per month'],
  ['trợ lý viết mô tả sản phẩm', 'a product description writing assistant'],
  ['người bán dùng đồng thời', 'sellers using it at the same time'],
  [
    'là tổng số người bán có quyền dùng',
    'is the total number of sellers who may use it',
  ],
  ['chỉ tầm', 'only about'],
  ['mỗi mô tả dài', 'each description is'],
  ['từ', 'words'],
  [
    'сервіс підсумовування дзвінків кол-центру',
    'a call centre call summarisation service',
  ],
  [
    'оператор натискає кнопку після дзвінка і чекає на короткий підсумок',
    'the operator presses a button after the call and waits for the summary',
  ],
  ['операторів (\\d+)', '$1 operators'],
  ['(?:simultaneously|одночасно) працюють усі', 'all of them at the same time'],
  ['виправлення', 'correction'],
  [
    '(?:simultaneously|одночасно) на зміні максимум (\\d+), не (\\d+)',
    'at most $1 at the same time on shift, not $2',
  ],
  ["перший токен має з['’]являтися до", 'first token within'],
  ['watumiaji wapatao (.{1,20}?) kwa mwezi', 'about $1 monthly users'],
  ['elfu hamsini', '50 thousand'],
  [
    'jibu linaweza kuchukua sekunde kadhaa',
    'the answer can take a few seconds',
  ],
  ['hakuna haraka', 'no rush'],
  ['μοντέλο συλλογισμού', 'reasoning model'],
  ['στο κλείσιμο τριμήνου', 'at quarter close'],
  ['δουλεύουν όλοι ταυτόχρονα', 'all of them online at the same time'],
  ['αναλυτές', 'analysts'],
  [
    'οι απαντήσεις μπορούν να πάρουν και ένα λεπτό',
    'answers can take a minute',
  ],
  ['δεν βιάζεται κανείς', 'no rush'],
  ['koodingenerointipalvelu', 'a code generation service'],
  ['vastaus saa kestää', 'the answer may take a while'],
  ['ei kiire', 'no rush'],
  ['генерация юнит-тестов', 'unit test generation'],
  ['одновременно работают', 'working simultaneously'],
  ['запрос в (\\d+) минут', 'request every $1 minutes'],
  ['на активного разработчика', 'per active developer'],
  ['спотовые', 'spot'],
  // ac-* round: Danish, Swiss German, Malay, Finnish, Quebec French, Croatian, Mexican Spanish,
  // Slovak, Romanian, Brazilian Portuguese, Swahili, Dutch and Arabic phrases
  ['samenvatting ca\\.', 'summary about'],
  ['hver søndag', 'every Sunday'],
  ['ugentlig', 'weekly'],
  ['kundeanmeldelser', 'customer reviews'],
  ['anmeldelser pr\\. kørsel', 'reviews per run'],
  ['anmeldelser', 'reviews'],
  ['hver anmeldelse fylder', 'each review is'],
  ['kørslen', 'the run'],
  ['det skal helst være cheap', 'it should be cheap'],
  ['alli (\\d+) stund', 'every $1 hours'],
  ['per run söll er öppe', 'per run it should do about'],
  ['produktbeschriibige', 'product descriptions'],
  ['generiere', 'generate'],
  ['mues innert anderthalb stund fertig sii', 'must be done within 1.5 hours'],
  ['innert', 'within'],
  ['pro articles gönd', 'per item'],
  ['tokens ine', 'tokens in'],
  ['tokens chömed use', 'tokens out'],
  ['pro monet', 'per month'],
  ['perkhidmatan terjemahan', 'translation service'],
  ['purata trafik ialah', 'average traffic is'],
  ['permintaan seminit', 'requests per minute'],
  ['pada waktu puncak', 'at peak'],
  ['kali ganda purata', 'times the average'],
  ['setiap permintaan lebih kurang', 'each request about'],
  ['patah perkataan masuk', 'words in'],
  ['patah perkataan keluar', 'words out'],
  ['waktu operasi', 'operating hours'],
  ['pagi hingga', 'am to'],
  ['petang', 'pm'],
  ['joka summarise', 'that summarises'],
  ['pitkiä sopimuksia', 'long contracts'],
  ['yksi sopimus on', 'each contract is'],
  ['sivua', 'pages'],
  ['sanaa/sivu', 'words per page'],
  ['sanaa', 'words'],
  ['juristia', 'lawyers'],
  ['joka viides on aktiivinen kerrallaan', 'a fifth are active at once'],
  [
    'aktiivinen käyttäjä pyytää tiivistelmän',
    'an active user asks for a summary',
  ],
  ['n\\.(?= \\d)', 'about'],
  ['kerran (\\d+) minuutissa', 'once every $1 minutes'],
  ['service à la clientèle', 'customer service'],
  ['clients actifs par mois', 'active customers a month'],
  ['faut que ça réponde vite', 'it must answer fast'],
  ['aime pas attendre', "doesn't like waiting"],
  ['odgovara na pitanja iz', 'answers questions from'],
  ['opterećenje: prosječno', 'load: on average'],
  ['u vršnim satima', 'at peak'],
  ['upit s dohvaćenim kontekstom ima', 'the prompt with retrieved context is'],
  ['odgovor', 'the answer'],
  ['budžet', 'budget'],
  ['mjesečno', 'per month'],
  ['genere pruebas unitarias', 'generates unit tests'],
  ['funciones completas', 'complete functions'],
  ['cada quien', 'each one'],
  ['una petición', 'a request'],
  ['salidas de', 'outputs of'],
  ['potrebujeme všeobecného', 'we need a general'],
  ['zamestnancov je (\\d[\\d ]*\\d)', '$1 employees'],
  ['zamestnancov je', 'employees are'],
  ['zamestnancov', 'employees'],
  ['približne', 'about'],
  ['je naraz online', 'are online at once'],
  ['pošle správu', 'sends a message'],
  ['raz za minútu', 'once a minute'],
  ['pracovný čas', 'working hours'],
  ['oprava', 'correction'],
  ['nie(?= \\d)', 'not'],
  ['genereze descrieri de produse', 'generate product descriptions'],
  [
    'fiecare cere o descriere nouă o dată la',
    'each asks for a new description every',
  ],
  ['promptul are', 'the prompt is'],
  ['textul generat', 'the generated text'],
  ['nu trebuie să fie instant', "doesn't need to be instant"],
  ['oamenii pot aștepta puțin', 'people can wait a bit'],
  ['varianta cea mai ieftină', 'the cheapest option'],
  ['o prompt tem umas|o prompt tem uns', 'the prompt is about'],
  ['palavras', 'words'],
  ['tem que ser rapidinho', 'it must be fast'],
  ['o usuário não espera', "the user doesn't wait"],
  ['yanapaswa kuwa ya haraka sana', 'must be very fast'],
  ['wateja hawapendi kusubiri', "customers don't like waiting"],
  ['bajeti ni hadi dola', 'budget up to $'],
  ['kwa mwezi', 'per month'],
  ['من وثائق الشركة الداخلية', "from the company's internal documents"],
  ['وكل واحد يرسل سؤالًا كل', 'and each one sends a question every'],
  ['دقائق', 'minutes'],
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
  ['(?<!\\d)st(?=[,.;])', 'of them'],
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
  // Romanian "program 9–17" is the working hours; an English "full program transcript" is not
  ['program(?=\\s*[:(]?\\s*\\d{1,2}(?:[:.]\\d\\d)?\\s*[–-])', 'working hours'],
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
  [
    'drei ?mal (?:täglich|am tag|pro tag)|trois fois par jour|tres veces al día|tre volte al giorno|três vezes (?:por|ao) dia|drie keer per dag|driemaal per dag|trzy razy dziennie|tre gånger (?:om|per) dagen',
    'three times a day',
  ],
  [
    'vier ?mal (?:täglich|am tag|pro tag)|quatre fois par jour|cuatro veces al día|quattro volte al giorno|quatro vezes (?:por|ao) dia|vier keer per dag|viermaal per dag|cztery razy dziennie|fyra gånger (?:om|per) dagen',
    'four times a day',
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
    'im monat|au mois|mỗi tháng|pro monat|par mois|al mes|por mes|al mese|ogni mese|por mês|ao mês|per maand|na miesiąc|miesięcznie|per månad|i månaden|monatlich|mensuel|mensual|mensile|mensal|maandelijks|om måneden|pr\\. måned|per måned|za měsíc|měsíčně',
    'per month',
  ],
  ['tháng|mês', 'month'],
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
  ['o resumo deve ter', 'the summary should be'],
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
  ['агентной системы|агентная система|агентную систему', 'agent system'],
  // ca-* round, Russian 'до 120 агентов' (up to 120 agents): the word alone, not 'agent system'
  ['агентов', 'agents'],
  ['вызывает инструменты', 'calls tools'],
  ['в среднем', 'on average'],
  ['в пике до', 'peaking at'],
  ['около', 'about'],
  ['тыс\\.|тис\\.', 'thousand'],
  ['токенов на вызов', 'tokens per call'],
  ['токенов|токена|токены|токен', 'tokens'],
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
  ['kada oras', 'per hour'],
  ['kada', 'per'],
  ['tuwing gabi', 'in the evenings'],
  // Tagalog "mga" is "about" before a figure ("mga 800") and the plural marker before a noun
  // ("para sa mga pasahero", for the passengers)
  ['mga(?= ~?\\d)', 'about'],
  ['mga', ''],
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
  // ch-* round, Turkish "kampanya metinleri üreten bir araç" (a tool that writes campaign copy),
  // "bütçe sıkı, mümkün olan en ucuz çözüm" (the budget is tight, the cheapest solution possible)
  ['kampanya metinleri', 'campaign copy'],
  ['bütçe(?:miz)? sıkı|sıkı bir bütçe', 'a tight budget'],
  ['mümkün olan en ucuz|en ucuz', 'the cheapest'],
  ['ekipte', 'in the team'],
  ['en fazla', 'at most'],
  // bz-* round, Turkish: 'kişi başı' (per person), after every phrase that has it
  ['kişi başı(?:na)?', 'per person'],
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
  ['टोकन की होती है|टोकन का होता है|टोकन की है', 'tokens each'],
  ['टोकन', 'tokens'],
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
  // ch-* round, French "pas besoin de temps réel" (no need for real time), and the same in
  // Spanish, Portuguese, German and Dutch
  [
    '(?:pas besoin (?:de|du)|no hace falta|não precisa de|keine?|geen) (?:temps réel|tiempo real|tempo real|echtzeit|realtime|real-time)',
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
  ['tienen que estar listas|tienen que estar listos', 'must be ready'],
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
  // ci-* round, German 'sollen jeweils 1,8 Mio. Datensätze klassifiziert werden' (1.8 million
  // records each time): a run's count said with its magnitude, not a size per item
  [
    'jeweils(?= ~?\\d[\\d.,]*\\s*(?:mio\\.?|millionen|million|tausend|thousand|k)(?!\\p{L}))',
    'each time',
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
  ['poate dura și un minut', 'it can take a minute'],
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
  ['dokumenty mají', 'documents are'],
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
    'lundi|montag|lunes|lunedì|lunedi|maandag|poniedziałek|poniedziałku|måndag|mandag',
    'monday',
  ],
  [
    'mardi|dienstag|martes|martedì|martedi|dinsdag|wtorek|wtorku|tisdag|tirsdag',
    'tuesday',
  ],
  [
    'mercredi|mittwoch|miércoles|mercoledì|mercoledi|woensdag|środa|środy|środę|onsdag',
    'wednesday',
  ],
  [
    'jeudi|donnerstag|jueves|giovedì|giovedi|donderdag|czwartek|czwartku|torsdag',
    'thursday',
  ],
  [
    'vendredi|freitag|viernes|venerdì|venerdi|vrijdag|piątek|piątku|fredag',
    'friday',
  ],
  [
    'samedi|samstag|sábado|sabato|zaterdag|sobota|soboty|sobotę|lördag|lørdag',
    'saturday',
  ],
  [
    'dimanche|sonntag|domingo|domenica|zondag|niedziela|niedzieli|niedzielę|söndag|søndag',
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
  [
    'artikel|artiklar|articoli|artículos|artigos|artykułów|artykuły',
    'articles',
  ],
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
    '\\p{L}*verträge|contrats|contratos|contratti|contracten|umów|umowy|avtal',
    'contracts',
  ],
  // by-* round: "Ein Vertrag hat im Schnitt ca. 3.500 Tokens" (a contract has about 3,500 tokens)
  ['\\p{L}*vertrag', 'contract'],
  ['teksten van', 'texts of'],
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
  ['de beder vel om et resumé', 'they request a summary'],
  ['trykke på en knap og få et resumé', 'press a button and get a summary'],
  ['et|und', 'and'],
  ['davon|dont|de ellos|di cui|dos quais|waarvan|z nich|varav', 'of them'],
  // last, after the phrases that start with it ("cada noche", "cada 2 horas")
  ['cada', 'each'],
  ['keskimäärin', 'on average'],
  // after the phrases that contain them ("زمن الاستجابة الكامل", "giờ làm việc", "maswali na majibu")
  ['الاستجابة', 'the response'],
  ['majibu yawe mafupi|majibu', 'answers'],
  ['giờ', 'hours'],
  // ch-* round: also Swedish "varje söndag" (every Sunday), Dutch "elke maandag"
  ['jede|varje|elke', 'each'],
  ['iar', 'and'],
  ['ord', 'words'],
  // after "24 jam sehari"
  ['(?<=\\d\\s?)jam', 'hours'],
  // after the phrases that read it ("פלט טיפוסי של כ-2,000")
  ['כ-(?=\\d)', 'about '],
  ['y', 'and'],
  ['zusammenfassung', 'summary'],
  ['tiap dokumen', 'each document is'],
  ['tiap', 'every'],
  ['menit', 'minutes'],
  ['uit', 'out'],
  ['ogni', 'each'],
  ['kata', 'words'],
  ['texto', 'text'],
  ['informe', 'report'],
  ['maksimal', 'at most'],
  ['não precisa ser', 'it does not need to be'],
  ['rata-rata', 'on average'],
  ['pošle požadavek', 'sends a request'],
  ['gemiddeld', 'on average'],
  ['piek', 'peak'],
  ['και', 'and'],
  ['έχει', 'has'],
  ['με αιχμή', 'with a peak of'],
  ['fiecare', 'each'],
  ['trebuie să fie', 'must be'],
  ['leírást|leírás', 'description'],
  ['szerkesztők|szerkesztő', 'editors'],
  ['patah perkataan|perkataan', 'words'],
  ['pr\\. kørsel|per kørsel', 'per run'],
  ['lebih kurang', 'about'],
  ['vervollständigungen|vervollständigung', 'completions'],
  ['löst', 'triggers'],
  // ad-* round: words that phrases above contain
  ['descrição', 'description'],
  ['gerar', 'generate'],
  ['mots', 'words'],
  ['mies\\.?', 'month'],
  ['разработчиков', 'developers'],
  ['вход', 'input'],
  ['выход', 'output'],
  ['meldungen', 'reports'],
  ['eingabe', 'input'],
  ['ausgabe', 'output'],
  ['jetons', 'tokens'],
  ['szó', 'words'],
  ['parole', 'words'],
  ['kontekst', 'context'],
  ['người dùng', 'users'],
  ['saída', 'output'],
  ['đầu vào', 'input'],
  ['đầu ra', 'output'],
  ['у пікові години', 'at peak hours'],
  ['години|годин', 'hours'],
  ['токенів', 'tokens'],
  ['ja', 'and'],
  ['aktywny', 'active'],
  ['prosječno', 'on average'],
  ['isang', 'one'],
  ['bajeti ni', 'budget is'],
  ['slov', 'words'],
  ['bertanya', 'asks'],
  ['aktif', 'active'],
  ["zo['’]n", 'about'],
  ['mese', 'month'],
  ['temsilci', 'agents'],
  ['ulasan', 'reviews'],
  ['rader', 'rows'],
  ['přepisů|přepisy', 'transcripts'],
  ['tokenů', 'tokens'],
  ['agenttia', 'agents'],
  ['vastaus', 'answer'],
  ['pytanie', 'a question'],
  ['huduma', 'service'],
  ['wafanyakazi', 'staff'],
  ['harus selesai dalam', 'must finish within'],
  ['za noc', 'per night'],
  ['najviše', 'at most'],
  ['sati', 'hours'],
  ['vragen', 'questions'],
  ['sekúnd', 'seconds'],
  ['sabay-sabay', 'at the same time'],
  ['προγραμματιστές', 'developers'],
  ['χρήστες', 'users'],
  ['ενεργοί', 'active'],
  ['κάθε', 'every'],
  ['och', 'and'],
  ['rapidinho', 'quickly'],
  ['rezumatul', 'the summary'],
  ['sisend', 'input'],
  ['rapidito', 'quickly'],
  ['invoer', 'input'],
  ['uitvoer', 'output'],
  ['până la', 'up to'],
  ['běh', 'run'],
  ['ezer', 'thousand'],
  ['bajeti', 'budget'],
  ['serentak', 'at the same time'],
  ['pr\\. kørsel', 'per run'],
  ['das doppelte', '2x'],
  ['das dreifache', '3x'],
  ['das vierfache', '4x'],
  ['das fünffache', '5x'],
  ['χρόνος μέχρι το πρώτο token', 'time to first token'],
  ['precisa estar pronto em', 'must be ready within'],
  ['δευτερόλεπτο|δευτερόλεπτα', 'seconds'],
  ['sintesi', 'summaries'],
  ['άτομα', 'people'],
  ['khách hàng', 'customers'],
  ['secunde', 'seconds'],
  ['chạy một lần', 'runs once'],
  ['דוח', 'report'],
  ['переклад', 'translation'],
  ['статті', 'articles'],
  ['redações', 'essays'],
  ['redação', 'essay'],
  ['sản phẩm', 'products'],
  ['sachbearbeiter', 'caseworkers'],
  ['satzungen', 'regulations'],
  ['rundschreiben', 'circulars'],
  ['grefieri', 'clerks'],
  ['generere', 'generate'],
  ['varer', 'products'],
  ['utdata', 'output'],
  ['indata', 'input'],
  ['ingenieure', 'engineers'],
  ['landwirte', 'farmers'],
  ['czytelników', 'readers'],
  ['habitants', 'residents'],
  ['fragen', 'questions'],
  ['bezoekers', 'visitors'],
  ['patienten', 'patients'],
  ['mỗi người gửi', 'each person sends'],
  ['inwoners', 'residents'],
  ['pruebas unitarias', 'unit tests'],
  ['bericht', 'report'],
  ['déclarations', 'declarations'],
  ['déclaration', 'declaration'],
  ['viajeros', 'passengers'],
  ['promedio', 'average'],
  ['manuais', 'manuals'],
  ['snittet', 'the average'],
  ['одновременно', 'at the same time'],
  ['сессий|сессии', 'sessions'],
  ['до', 'up to'],
  ['άμεσα', 'immediately'],
  ['εξυπηρέτησης πελατών', 'customer service'],
  ['raporttia|raportit', 'reports'],
  ['môi giới', 'brokers'],
  ['юристов|юристы', 'lawyers'],
  ['каждый день', 'every day'],
  ['каждый', 'each'],
  ['слов', 'words'],
  ['pacientov|pacientům|pacienty', 'patients'],
  // Arabic "٢٥٠ ألف مشترك" (250 thousand subscribers), "ونحو ٠٫٨٪ منهم" (and about 0.8 % of
  // them), "كل مستخدم يرسل رسالة كل ٣٠ ثانية" (each user sends a message every 30 seconds)
  ['(\\d[\\d,.]*)\\s*ألف مشترك', '$1 thousand subscribers'],
  ['(\\d[\\d,.]*)\\s*(?:ألف|آلاف)', '$1 thousand'],
  ['ونحو', 'and about'],
  ['منهم', 'of them'],
  ['و?كل مستخدم يرسل رسالة', 'each user sends a message'],
  ['كل', 'every'],
  ['baris', 'entries'],
  ['jendela', 'window'],
  // bm-* round: words of its Icelandic, Afrikaans, Xhosa, Belarusian, Tajik, Estonian, Kyrgyz,
  // Bosnian, Lingala, Slovak, Azerbaijani and Igbo requests
  ['ọmọ ẹgbẹ́', 'members'],
  ['nǹkan bí', 'about'],
  ['lẹ́ẹ̀kan náà', 'at the same time'],
  ['wákàtí mẹ́fà', '6 hours a day'],
  ['wákàtí mẹ́jọ', '8 hours a day'],
  ['wákàtí méjìlá', '12 hours a day'],
  ['gbọ́dọ̀ yára', 'must be fast'],
  ['spurningasvörunarkerfi', 'question-answering system'],
  ['\\p{L}*handbæk\\p{L}*', 'manuals'],
  ['svör með tilvísunum', 'answers with references'],
  ['flugvirk\\p{L}*', 'technicians'],
  ['við erum með', 'we have'],
  ['samtímis', 'at the same time'],
  ['tími að fyrsta tóka', 'time to first token'],
  ['vertaaldiens', 'translation service'],
  ['vertaal', 'translate'],
  ['lidmate', 'members'],
  ['ons het', 'we have'],
  ['sowat', 'about'],
  ['gelyktydig', 'at the same time'],
  ['aanlyn', 'online'],
  ['ngokukhawuleza', 'quickly'],
  ['abazukulinda', "won't wait"],
  ['папраўка', 'correction'],
  ['на мінулым фінале было', 'at the last final there were'],
  ['закладайце да', 'plan for up to'],
  ['адначасов\\p{L}*', 'concurrent'],
  ['сесій', 'sessions'],
  ['чакаем', 'we expect'],
  ['каля', 'about'],
  ['таму', 'so'],
  ['імгненна', 'instantly'],
  ['затрымка паміж токенамі', 'inter-token latency'],
  ['не больш за', 'no more than'],
  ['тавсифи маҳсулот', 'product descriptions'],
  ['матнҳои маркетингӣ', 'marketing copy'],
  ['менависад', 'writes'],
  ['тақрибан', 'about'],
  ['буҷа', 'budget'],
  ['на зиёда аз', 'no more than'],
  ['доллари ИМА', 'US dollars'],
  ['дар як моҳ', 'a month'],
  ['iganädala\\p{L}*', 'weekly'],
  ['pakktöötlus\\p{L}*', 'batch processing'],
  ['igal laupäeval', 'every Saturday'],
  ['kokku võtta', 'summarise'],
  ['metsamajandamiskava\\p{L}*', 'forest management plans'],
  ['igaüks', 'each'],
  ['pikk', 'long'],
  ['kokkuvõte võiks olla', 'the summary should be'],
  ['seega', 'so'],
  ['scouti', 'scout'],
  ['бир эле учурда', 'at the same time'],
  ['prevo[đd]\\p{L}*', 'translation'],
  ['istovremeno', 'at the same time'],
  ['otprilike', 'about'],
  ['vrijeme do prvog tok\\p{L}*', 'time to first token'],
  ['robot ya kosalisa bakiliya', 'a customer service bot'],
  ['tozali na', 'we have'],
  ['bakiliya', 'customers'],
  ['pene na', 'about'],
  ['na ngonga ya makasi', 'at peak hours'],
  ['budget na biso ezali', 'our budget is'],
  ['na sanza', 'a month'],
  ['koleka te', 'at most'],
  ['klienditeenindus\\p{L}*', 'customer service'],
  ['vestlusrobot\\p{L}*', 'chatbot'],
  ['kuni', 'up to'],
  ['samaaegse\\p{L}*', 'concurrent'],
  ['vestlust', 'conversations'],
  ['vastused peavad tulema', 'answers must come'],
  ['kiiresti', 'quickly'],
  ['protokol(?:ov|y|och|mi|u|e)?', 'protocols'],
  ['personál', 'staff'],
  ['ľudí', 'people'],
  ['sa pýta', 'asks'],
  ['axtarışı', 'search'],
  ['eyni anda', 'at the same time'],
  ['sorğu konteksti', 'the prompt is'],
  ['cavab isə', 'and the answer'],
  ['kwa abalị', 'every night'],
  ['ihe dị ka', 'about'],
  ['ọ dịghị ngwa ngwa', 'no rush'],
  // bn-* round: words of its Latvian, Serbian and Catalan requests
  ['rokasgrāmat\\p{L}*', 'manuals'],
  ['vienlaikus', 'at the same time'],
  ['jānāk uzreiz', 'must come immediately'],
  ['uzreiz', 'immediately'],
  ['навијач\\p{L}*', 'fans'],
  ['изгубљене ствари', 'lost and found'],
  ['у просеку', 'on average'],
  ['очекујемо', 'we expect'],
  ['истовремен\\p{L}*', 'concurrent'],
  ['разговора', 'conversations'],
  ['на полувремену', 'at half-time'],
  ['fitxes', 'product sheets'],
  ['cadascuna|cadascun', 'each'],
  ['въз основа на', 'based on'],
  ['нашите указания', 'our guidance'],
  ['очакваме', 'we expect'],
  ['бюджетът е', 'the budget is'],
  ['на месец', 'a month'],
  ['pasaxeiros', 'passengers'],
  ['unha mensaxe', 'one message'],
  ["צ['׳]אטבוט", 'chatbot'],
  ['tehniķu skaits\\s*[—–:-]\\s*', 'technicians:'],
  ['чет-бот', 'chatbot'],
  ['повраћај улазница', 'ticket refunds'],
  ['turi veikti greitai', 'it must be fast'],
  ['заявки на час', 'requests per hour'],
  ['pazuva rekupedzisira', 'on the deadline day'],
  ['kaiāwhina kōrero', 'chat assistant'],
  ['ho kgutsufatsa', 'to summarise'],
  ['dintlha tsa tlhokomelo', 'care notes'],
  ['bosiu bo bong le bo bong', 'every night'],
  ['ke kopa tshwarelo,?\\s*phoso', 'sorry, correction'],
  ['kiliyaan yi', 'the customers'],
  ['ejentoota meeshaalee waaman', 'agents that call tools'],
  ['giddugaleessaan', 'on average'],
  // bo-* round, Russian
  ['за один прогон', 'per run'],
  ['за прогон', 'per run'],
  ['прогон', 'run'],
  ['ежедневно', 'daily'],
  ['извлекать', 'extract'],
  ['транспортных накладных', 'waybills'],
  ['накладных', 'waybills'],
  ['накладные', 'waybills'],
  ['на документ', 'per document'],
  ['окно', 'window'],
  ['реквизиты', 'details'],
  ['из', 'from'],
  // bo-* round, Turkish
  ['otomatik sınıflandırmak istiyoruz', 'want to automatically classify'],
  ['sınıflandırmak', 'classify'],
  ['vardiya sonu', 'end of shift'],
  ['günde (\\d+) vardiya var', 'there are $1 shifts a day'],
  ['her vardiya bitiminde', 'at the end of each shift'],
  ['geliyor', 'arrive'],
  ['işlenmesi lazım', 'must be processed'],
  ['düzeltme', 'correction'],
  // bo-* round, Vietnamese
  ['phiếu cân xe rác', 'weighbridge tickets'],
  ['mỗi phiếu', 'each ticket is'],
  ['phiếu', 'tickets'],
  ['kết quả trả về dạng json', 'the output is JSON'],
  ['ưu tiên chi phí thấp nhất', 'as cheap as possible'],
  // bo-* round, Ukrainian
  ['хоче перекладати', 'wants to translate'],
  ['перекладати', 'translate'],
  ['майже в реальному часі', 'near real-time'],
  ['в реальному часі', 'in real time'],
  ['у середньому', 'on average'],
  ['запитів на хвилину', 'requests per minute'],
  ['на хвилину', 'per minute'],
  ['запитів', 'requests'],
  ['утричі більше', '3x more'],
  ['повідомлення —', 'each message is'],
  ['має працювати швидко', 'it must be fast'],
  ['швидко', 'fast'],
  ['не можуть чекати', 'cannot wait'],
  ['працюємо цілодобово', 'we run 24/7'],
  ['цілодобово', '24/7'],
  // bo-* round, Hindi
  ['लिखवाना चाहते हैं', 'want a writing assistant to draft'],
  ['प्रगति-टिप्पणियाँ', 'progress notes'],
  ['हर शिक्षक', 'each teacher'],
  ['शिक्षक', 'teachers'],
  ['कुल', 'in total'],
  ['इस्तेमाल करते हैं', 'use it'],
  ['एक नोट', 'each note is'],
  ['खर्च जितना कम हो उतना अच्छा', 'as cheap as possible'],
  // bo-* round, Indonesian
  ['masuk satu batch berisi', 'a batch arrives with'],
  ['dokumen', 'documents'],
  ['klasifikasi', 'classify'],
  ['otomatis', 'automatically'],
  // bo-* round, Brazilian Portuguese
  ['pra atender (?:o )?cliente', 'for customer service'],
  ['e mandam', 'and send'],
  ['mandam', 'send'],
  // bo-* round, Persian
  ['دستیار پرسش و پاسخ', 'Q&A assistant'],
  [
    'جواب‌ها را از کاتالوگ‌ها و گزارش‌های وضعیت اشیا درمی‌آورد',
    'takes its answers from our catalogues and condition reports',
  ],
  ['درخواست در دقیقه', 'requests per minute'],
  ['بار', 'load'],
  ['مدیر محصول می‌گوید', 'the product manager says'],
  ['مدیر فنی می‌گوید', 'the CTO says'],
  ['کافی است', 'is enough'],
  ['اما', 'but'],
  ['فقط', 'only'],
  ['هنوز با هم به توافق نرسیده‌اند', 'they have not agreed yet'],
  ['دربارهٔ مدل', 'about the model'],
  // bo-* round, Mexican Spanish
  ['debe terminar antes de', 'must finish before'],
  ['o sea', 'i.e.'],
  ['corre', 'runs'],
  // bo-* round, Québec French
  ['un agent conversationnel', 'a chatbot'],
  ['agent conversationnel', 'chatbot'],
  ['répondre aux citoyens', 'answer inquiries from citizens'],
  ['premier jeton', 'first token'],
  ['sous', 'under'],
  // bo-* round, Dutch, Polish and Greek
  ['laten schrijven', 'have written by a writing assistant'],
  ['nie gra roli', 'does not matter'],
  ['liczy się wydajność', 'performance is what matters'],
  ['οι επισκέπτες κάνουν ερωτήσεις', 'visitors ask questions'],
  ['οι απαντήσεις βγαίνουν από', 'the answers come from'],
  ['τον κατάλογο', 'the catalogue'],
  ['τα αρχεία του μουσείου', "the museum's archives"],
  ['απαντήσεις', 'answers of'],
  // bp-* round, Hungarian and Argentine Spanish
  ['le kell generálnunk', 'we must generate'],
  [
    'a települési előrejelzések szöveges változatát',
    'the text version of the local forecasts',
  ],
  ['települési előrejelzések', 'local forecasts'],
  ['település', 'towns'],
  ['egyenként', 'each'],
  ['token bemenet', 'tokens of input'],
  ['token szöveg', 'tokens of output text'],
  ['minden órában', 'every hour'],
  ['el kell készülnie', 'it must be done'],
  ['óránként', 'every hour'],
  ['pide una', 'requests a'],
  ['pide un', 'requests a'],
  ['corredores', 'brokers'],
  ['somos', 'we are'],
  ['generen', 'generate'],
  // bp-* round, Danish and Finnish
  ['mens de sidder og venter', 'while they wait'],
  ['resuméet skal være', 'the summary should be'],
  ['indslagene er på', 'the segments are'],
  ['vi sender fra kl.', 'we broadcast from'],
  ['føles øjeblikkeligt', 'feel instant'],
  ['kerran viikossa', 'once a week'],
  ['ajossa on', 'each run has'],
  ['hakemusta', 'applications'],
  ['ulostulo on n.', 'output is about'],
  ['ulostulo on', 'output is'],
  ['ajo alkaa', 'the run starts'],
  ['saa kestää enintään', 'may take at most'],
  ['ei ole kiire', 'no rush'],
  ['sunnuntaina', 'on Sunday'],
  // bp-* round, Czech and Romanian
  ['máme asi', 'we have about'],
  ['úředníků', 'clerks'],
  ['e raționament în mai mulți pași', 'it is multi-step reasoning'],
  ['nu e grabă', 'no rush'],
  // bp-* round, Croatian, Austrian German and Swedish
  ['zapisa', 'records'],
  ['svaki', 'each'],
  ['erstellen lassen', 'have drafted by a writing assistant'],
  ['ein entwurf', 'each draft'],
  ['inte spot', 'not spot'],
  // bq-* round, Italian
  ['voce è di', 'entry is'],
  ['voci', 'entries'],
  ["un'ora e mezza", '1.5 hours'],
  ['delle', 'of the'],
  // bq-* round, French and Spanish
  ['une fiche', 'each record'],
  ['responda a partir de', 'answers from'],
  // br-* round: European Portuguese museum archive
  ['dossiês', 'dossiers'],
  ['dossiê', 'dossier'],
  // br-* round: Turkish pharmacy chain
  [
    'cevapları kendi dokümanlarımızdan veren',
    'that answers from our own documents',
  ],
  ['kendi dokümanlarımızdan', 'from our own documents'],
  ['dakikada (\\d[\\d.,]*) sorgu', '$1 queries per minute'],
  ['cevaplar', 'answers'],
  ['bekliyoruz', 'we expect'],
  // br-* round: Polish notary offices
  ['czyli w praktyce', 'that is in practice'],
  ['jakieś', 'some'],
  ['aktów notarialnych', 'notarial deeds'],
  ['aktów', 'deeds'],
  ['akt ma zwykle', 'each deed is usually'],
  ['nikt na nie nie czeka', 'nobody waits for them'],
  ['może to trwać nawet minutę', 'it can take a minute'],
  ['w tle', 'in the background'],
  // br-* round: Austrian German greenhouse co-op
  ['hab mich verschaut', 'I misread'],
  ['es san', 'there are'],
  ['% san', '% are'],
  ['ned', 'not'],
  ['mitgliedsbetriebe|betriebe', 'members'],
  // br-* round: Belgian French wine cellar
  ['du tac au tac', 'instantly'],
  // br-* round: Indonesian tuna fleet
  ['awak terdaftar', 'registered crew members'],
  ['awak kapal', 'crew members'],
  // br-* round: Faroese ferry operator
  ['kundatænastu-bot|kundatænastubot', 'customer service bot'],
  ['kundatænastu', 'customer service'],
  ['ferðafólk|ferðafólki', 'travellers'],
  ['eru á netinum samstundis', 'are online at the same time'],
  ['samstundis', 'at the same time'],
  ['á netinum', 'online'],
  ['hvør sendir', 'each sends'],
  ['eitt boð', 'one message'],
  ['hvønn', 'every'],
  ['um summarið', 'in summer'],
  // br-* round: Argentine racing guide
  ['arrancamos', 'we start'],
  // br-* round: Macedonian lift maintenance
  ['очекуваме', 'we expect'],
  ['сервисери', 'technicians'],
  ['поврзани', 'connected'],
  ['да биде под', 'must be under'],
  ['од барањата', 'of requests'],
  ['прашањата се кратки', 'questions are short'],
  ['прашањата', 'questions'],
  ['околу', 'about'],
  ['токени', 'tokens'],
  ['заедно со контекстот', 'including context'],
  ['одговорите', 'answers'],
  // br-* round: Somali blood bank
  ['adeeg macaamiil', 'customer service'],
  ['waxaan leenahay', 'we have'],
  ['deeq-bixiye oo diiwaangashan', 'registered donors'],
  ['deeq-bixiyeyaasha|deeq-bixiye', 'donors'],
  ['qiyaastii', 'about'],
  ['ayaa isku mar khadka ku jira', 'are online at the same time'],
  ['qof walbana wuxuu soo diraa fariin', 'each person sends a message'],
  ['saacadaha shaqada', 'working hours'],
  ['ilaa', 'to'],
  // br-* round: Setswana radio station
  ['kotara ya bone', 'a quarter of them'],
  ['ba dira ka nako e le nngwe', 'work at the same time'],
  ['ka nako e le nngwe', 'at the same time'],
  ['mongwe le mongwe o romela kopo', 'each sends a request'],
  ['mongwe le mongwe', 'each'],
  ['re dira go tloga ka', 'we work from'],
  ['go fitlha ka', 'to'],
  ['re na le', 'we have'],
  // br-* round: Kinyarwanda library network
  ['buri cyumweru', 'every week'],
  ['ku wa gatandatu', 'on Saturday'],
  ['tuba dufite', 'we have'],
  ['incamake', 'summaries'],
  ['akazi kagomba gutangira', 'the job must start at'],
  ['kakarangira', 'and be done by'],
  ['amasaha (\\d+)', '$1 hours'],
  [
    'buri ncamake ifite amagambo nka (\\d+(?:[.,]\\d+)*)',
    'each summary has about $1 words',
  ],
  ['nta kwihuta', 'no rush'],
  ['guhindura', 'translate'],
  // br-* round: Breton dental labs
  ['rummañ ent emgefreek', 'classify automatically'],
  ['rummañ', 'classify'],
  ['linennoù-urzhiad', 'order lines'],
  ['pep linenn a zo', 'each line is'],
  ['linenn', 'lines'],
  ['bep noz', 'every night'],
  ['war-dro', 'about'],
  ['da dretiñ', 'to process'],
  ['(?<=\\d\\s)ger', 'words'],
  // br-* round: Chichewa admissions office
  ['sabata iliyonse', 'every week'],
  ['lachisanu usiku', 'on Friday night'],
  ['tili ndi', 'we have'],
  ['zolemba', 'documents'],
  ['ntchito iyenera kutha mkati mwa', 'the job must finish within'],
  ['palibe changu', 'no rush'],
  // bs-* round: Québécois circus
  ['artistes', 'artists'],
  ['techniciens', 'technicians'],
  // bs-* round: Vietnamese hydroponic farm (JSON keys without diacritics)
  ['chu ky|chu_ky', 'cadence'],
  ['so ban ghi moi lan|so_ban_ghi_moi_lan', 'records per run'],
  ['cua so|cua_so', 'window'],
  ['token moi ban ghi|token_moi_ban_ghi', 'tokens per record'],
  ['(\\d+) tiếng một lần', 'every $1 hours'],
  // bs-* round: Romansh glacier tours
  ['nus avain var', 'we have about'],
  ['visitaduras e visitaders|visitaders|visitaduras', 'visitors'],
  ["l['’]onn", 'a year'],
  ['la stad', 'in summer'],
  ['èn fin', 'are up to'],
  ['pertschient', 'percent'],
  ['il medem mument', 'at the same time'],
  ['mintgin trametta in messadi mintga', 'each sends a message every'],
  ['secundas', 'seconds'],
  ['ston vegnir svelt', 'must come fast'],
  ['al mais', 'per month'],
  // bs-* round: Vietnamese hours
  ['(\\d+(?:[.,]\\d+)?) tiếng', '$1 hours'],
  // bs-* round: West Frisian wind farm
  ['wy hawwe', 'we have'],
  ['monteurs', 'technicians'],
  ['is tagelyk dwaande', 'are busy at the same time'],
  ['tagelyk', 'at the same time'],
  ['it binne net (\\d+) mar', 'it is not $1 but'],
  ['moatte fluch wêze', 'must be fast'],
  ['út de hantliedingen', 'from the manuals'],
  // bs-* round: Occitan perfume house
  ['sèm (\\d+) redactors', 'we are $1 writers'],
  ['al meteis moment', 'at the same time'],
  ["l['’]argent es pas un problèma", 'money is no object'],
  // bs-* round: Fijian pearl farm
  ['na ripote yadua', 'each report'],
  ['e sega ni vakusakusa', 'no rush'],
  ['vakalekalekataki', 'summarise'],
  // bs-* round: Guarani dispatchers
  ['despachador|despachadores', 'dispatchers'],
  // bs-* round: Scottish Gaelic lighthouse authority
  ["dà fhichead 's a deich", 'fifty'],
  ['dà fhichead', 'forty'],
  ['ùghdarras nan taighean-solais', 'the lighthouse authority'],
  ['brùth an luchd-obrach putan', 'staff press a button'],
  ['luchd-obrach|neach-obrach', 'staff'],
  ['gum faigh iad geàrr-chunntas', 'get a summary'],
  [
    'bu chòir don gheàrr-chunntas a bhith mu cheud facal',
    'the summary should be about 100 words',
  ],
  ['geàrr-chunntas|gheàrr-chunntas', 'summary'],
  ["bidh iad a' feitheamh ris air an sgrìn", 'they wait for it on the screen'],
  ['feumaidh e a bhith luath', 'it must be fast'],
  ['mu chairteal dhiubh', 'about a quarter of them'],
  ['ga chleachdadh aig an aon àm', 'use it at the same time'],
  ['aig an aon àm', 'at the same time'],
  ['brùthaidh gach neach am putan', 'each person presses the button'],
  ['mu aon turas gach deich mionaidean', 'about once every ten minutes'],
  ['tha gach loga', 'each log is'],
  ['eadar mìle agus dà mhìle facal', 'between 1000 and 2000 words'],
  ['bidh sinn ag obair', 'we work'],
  ['tha sinn ag iarraidh inneal far am', 'we want a tool where'],
  ['tha sinn ag obair aig', 'we work at'],
  ['bho (\\d+:\\d+ [ap]m) gu (\\d+:\\d+ [ap]m)', 'from $1 to $2'],
  // bs-* round: Ilocano cemetery office
  [
    'taga-opisina kami ti administrasion ti publiko a kamposanto',
    'we are the office of the public cemetery administration',
  ],
  [
    'kayat mi ti chatbot a sumungbat kadagiti pamilia',
    'we want a chatbot that answers families',
  ],
  ['adda agarup', 'there are about'],
  ['(?:a )?rehistrado a pamilia', 'registered families'],
  ['iti gagangay nga aldaw', 'on a normal day'],
  [
    'kadakuada ti agus-usar iti maymaysa a kanito',
    'of them use it at the same time',
  ],
  ['agus-usar iti maymaysa a kanito', 'use it at the same time'],
  [
    'bukas ti serbisio manipud (\\d+ [ap]m) agingga (\\d+ [ap]m)',
    'the service is open from $1 to $2',
  ],
  ['ababa laeng koma ti sungbat', 'the answers should be short'],
  ['masapul a napardas ti sungbat', 'the answers must be fast'],
  ['agarup', 'about'],
  // bs-* round: Esperanto chess league
  [
    'ni estas la nacia ligo de ŝakkluboj',
    'we are the national league of chess clubs',
  ],
  ['post ĉiu raŭndo', 'after each round'],
  ['unufoje semajne', 'once a week'],
  [
    'ni volas, ke modelo trarigardu ĉiujn partiojn de la raŭndo kaj taksu ĉiun pri ebla trompado',
    'we want a model to review all games of the round and score each for possible cheating',
  ],
  [
    'la tasko rajtas ruliĝi de (\\d\\d:\\d\\d) dimanĉe vespere ĝis (\\d\\d:\\d\\d) lunde matene',
    'the job may run from $1 on Sunday evening until $2 on Monday morning',
  ],
  ['la tasko rajtas ruliĝi', 'the job may run'],
  ['ĉiu partio', 'each game'],
  ['estas ĉirkaŭ', 'is about'],
  ['ĵetonoj', 'tokens'],
  ['ne urĝas', 'no rush'],
  ['ni bezonas la rezultojn nur lundon', 'we need the results only on Monday'],
  ['dimanĉe', 'on Sunday'],
  // bv-* round, Lithuanian sewer service: a weekly Sunday-night summary of CCTV inspection reports
  ['kiekvieną savaitę', 'every week'],
  [
    '(pirmadienio|antradienio|trečiadienio|ketvirtadienio|penktadienio|šeštadienio|sekmadienio) naktį',
    'on $1 night',
  ],
  ['pirmadienio', 'Monday'],
  ['antradienio', 'Tuesday'],
  ['trečiadienio', 'Wednesday'],
  ['ketvirtadienio', 'Thursday'],
  ['penktadienio', 'Friday'],
  ['šeštadienio', 'Saturday'],
  ['sekmadienio', 'Sunday'],
  ['apibendrinti', 'summarise'],
  ['ataskaitų|ataskaitas|ataskaitos|ataskaita', 'reports'],
  ['kiekviena|kiekvienas', 'each'],
  ['tokenų|tokenai|tokenus', 'tokens'],
  ['santrauka|santraukos', 'summary'],
  ['maždaug', 'about'],
  ['apie', 'about'],
  ['niekas ekrane nelaukia|niekas nelaukia', 'nobody is waiting'],
  ['skubėti nereikia|neskubame', 'no rush'],
  // bv-* round, Egyptian Arabic airline caterer: special meals classified from booking remarks twice a day
  ['ويصنّف|يصنّف|ويصنف|يصنف', 'classify'],
  ['ملاحظات الحجز', 'booking remarks'],
  ['والملاحظة|الملاحظة', 'each note is'],
  ['ملاحظة|ملاحظات', 'notes'],
  ['بنشغّله|بنشغله|هنشغّله|هنشغله', 'we run it'],
  ['مرتين في اليوم', 'twice a day'],
  ['مرة في اليوم', 'once a day'],
  ['لازم يخلص في', 'must finish within'],
  ['تشغيلة|التشغيلة', 'run'],
  ['فيها', 'has'],
  ['ساعات|ساعة', 'hours'],
  ['بالكتير', 'at most'],
  // bv-* round, Swahili coral research station and Estonian archive: nightly record classification and extraction
  ['kila usiku', 'every night'],
  ['tunataka', 'we want'],
  ['iainishe|kuainisha|ainisha', 'classify'],
  ['lazima imalizike kabla ya|lazima iishe kabla ya', 'must finish before'],
  ['kazi inaanza', 'the job starts at'],
  ['kuna takriban rekodi (\\d[\\d.,]*)', 'there are about $1 records'],
  ['rekodi', 'records'],
  ['kila moja', 'each one is'],
  ['dola za marekani (\\d[\\d.,]*)', '$1 US dollars'],
  ['dola za marekani', 'US dollars'],
  ['tokeni', 'tokens'],
  ['ühe öö jooksul', 'per night'],
  ['kirjet|kirjed', 'records'],
  ['kirje kohta', 'per record'],
  ['eelarve on väike', 'the budget is tight'],
  ['eelistame kõige odavamat lahendust', 'we prefer the cheapest option'],
  ['töö käib', 'the job runs'],
  // bv-* round, Catalan irrigation co-op and Croatian film festival
  ['som (\\d[\\d.,]*) socis', 'we are $1 members'],
  ['socis', 'members'],
  ['com a màxim', 'at most'],
  [
    'hi estarà connectat alhora|estaran connectats alhora|connectats alhora|connectat alhora',
    'online at the same time',
  ],
  ['alhora', 'at the same time'],
  ["l'horari d'ús és", 'the hours of use are'],
  ['respostes curtes', 'short answers'],
  ['el més barat', 'the cheapest option'],
  ['molt ajustat', 'very tight'],
  ['po noći', 'per night'],
  ['je to', 'that is'],
  ['tekstova|tekstovi|teksta', 'texts'],
  ['po tekstu', 'per text'],
  ['mora biti gotovo u prozoru od', 'must be done within a window of'],
  // bv-* round, Basque diving school and Welsh organ builder
  [
    'bezeroentzako arreta-txat|bezeroentzako arreta-txata|bezeroentzako arreta zerbitzua',
    'customer service chat',
  ],
  ['behar dugu', 'we need'],
  ['gehienez', 'at most'],
  ['(\\d[\\d.,]*) elkarrizketa', '$1 conversations'],
  ['aldi berean', 'at the same time'],
  ['izaten dira', 'happen'],
  ['erantzunak berehalakoak izan behar dira', 'answers must be instant'],
  ['ez dute itxaron nahi', 'do not want to wait'],
  ['erabili nahi genuke', 'we would like to use'],
  ['txarteletan|txartelak', 'cards'],
  ['spot instantziekin', 'with spot instances'],
  ['udan', 'in summer'],
  ['mae gennym', 'we have'],
  ['adroddiadau', 'reports'],
  ['rhwng', 'between'],
  ['rydym eisiau', 'we want'],
  ['crynodeb', 'a summary'],
  ['ar gyfer pob un', 'for each one'],
  ["bydd (\\d+) o'n", '$1 of our'],
  ['crefftwyr', 'craftspeople'],
  ["a'n", 'and our'],
  ['peirianwyr', 'engineers'],
  ['yn ei ddefnyddio', 'will use it'],
  ['o gwbl', 'at all'],
  [
    "mae'n iawn os yw'n cymryd munud neu ddwy",
    'it is fine if it takes a minute or two',
  ],
  // bv-* round, Icelandic snow clearing, Bulgarian opera, Swedish mountain huts, Afrikaans seed company
  ['allan sólarhringinn', 'around the clock'],
  ['обслужване на клиенти', 'customer service'],
  ['трябва да тръгва веднага', 'must start immediately'],
  ['веднага', 'immediately'],
  ['en fråga', 'one question'],
  ['verkoopsagente', 'sales agents'],
  ['regoor die land', 'across the country'],
  // bv-* round, Persian chocolate maker and Tamil fish market
  ['تیم بازاریابی ما', 'our marketing team'],
  ['(\\d[\\d.,]*) نفر', '$1 people'],
  ['می‌خواهد|میخواهد', 'wants to'],
  ['متن‌های تبلیغاتی|متن های تبلیغاتی', 'marketing copy'],
  ['توضیحات محصول', 'product descriptions'],
  ['تولید کند', 'generate'],
  ['هر متن', 'each text is'],
  ['(\\d[\\d.,]*) دلار آمریکا', '$1 US dollars'],
  ['است', 'is'],
  ['மொத்தம்', 'in total'],
  ['பேர்', 'people'],
  ['பதிவு செய்துள்ளனர்', 'have registered'],
  ['ஒரே நேரத்தில்', 'at the same time'],
  ['பயன்படுத்துவார்கள்', 'will use it'],
  ['அதிகாலை (\\d{1,2}) மணி', '$1 am'],
  ['காலை (\\d{1,2}) மணி', '$1 am'],
  ['மதியம் (\\d{1,2}) மணி', '$1 pm'],
  ['மாலை (\\d{1,2}) மணி', '$1 pm'],
  ['இரவு (\\d{1,2}) மணி', '$1 pm'],
  ['(\\d{1,2} [ap]m) முதல் (\\d{1,2} [ap]m) வரை', 'from $1 to $2'],
  ['பயன்பாடு', 'usage is'],
  ['மட்டுமே', 'only'],
  ['மாதம்', 'per month'],
  ['அதிகபட்சம்', 'at most'],
  // bv-* round, Indonesian aquarium and Maltese salt works
  ['diterjemahkan langsung', 'translated live'],
  ['diterjemahkan', 'translated'],
  ['ke bahasa mereka', 'into their language'],
  ['saat libur sekolah', 'during school holidays'],
  ['bisa naik (\\d+(?:[.,]\\d+)?) kali lipat', 'can go up to $1x'],
  ['(\\d+(?:[.,]\\d+)?) kali lipat', '$1x'],
  ['harus terasa instan', 'must feel instant'],
  ['terbatas', 'tight'],
  ['yang paling murah|paling murah', 'the cheapest'],
  ['chatbot għas-servizz tal-klijenti', 'customer service chatbot'],
  ['servizz tal-klijenti', 'customer service'],
  ['nistennew', 'we expect'],
  ['madwar', 'about'],
  ['talbiet|talba', 'requests'],
  ['fis-siegħa', 'per hour'],
  [
    'bejn (?:il-|id-|is-|it-)?(\\d{1,2}:\\d{2}) u (?:il-|l-|is-|it-)?(\\d{1,2}:\\d{2})',
    'from $1 to $2',
  ],
  // bw-* round, Dutch bulb auction: 'venster_uren: 8' (window hours)
  ['uren', 'hours'],
  // a key 'venster_uren: 8' read as '8 window hours' once its words are English
  ['(\\d+) window hours', 'a window of $1 hours'],
  // bw-* round, Norwegian salmon farm: a semicolon export's header 'jobb;elementer_per_kjøring;kjøring;…'
  ['kjøring', 'runs'],
  ['jobb', 'job'],
  // bw-* round, Québec maple producers: "On parle d'environ 11 000 producteurs" (about 11,000 producers), once "d'environ" reads "of about"
  ['on parle of about', 'we are talking about'],
  ['producteurs', 'producers'],
  // bw-* round: single words and short phrases, after the longer phrases that hold them
  ['रिकॉर्ड', 'records'],
  ['im monet', 'per month'],
  ['odgovarja na vprašanja', 'answers questions'],
  ['phải xong trong', 'must be done within'],
  // bx-* round, Senegalese fishers: "Nous comptons 12 000 membres"
  ['membres', 'members'],
  // bx-* round, Estonian bog tours: a JSON key "väljund" (output), after "väljund kuni"
  ['väljund', 'output'],
  // by-* round, Tamil insurer: "சுமார் 3 லட்சம் காப்பீட்டு கோரிக்கைகளுக்கு" (about 3 lakh insurance
  // claims), every Sunday night
  ['லட்சம்', 'lakh'],
  ['காப்பீட்டு கோரிக்கைகளுக்கு', 'insurance claims'],
  ['கோரிக்கைகளுக்கு', 'claims'],
  ['மோசடி அபாய மதிப்பெண் இட வேண்டும்', 'need a fraud risk score'],
  ['ஞாயிறு இரவு', 'Sunday night'],
  ['முடிக்க வேண்டும்', 'must be finished'],
  // by-* round, Vietnamese: comments on their own, after every phrase that has them
  ['bình luận', 'comments'],
  // by-* round, Yoruba: words on their own
  ['ọ̀rọ̀', 'words'],
  // by-* round, Hungarian: words on their own, after every phrase that has them
  ['fejlesztő', 'developers'],
  ['aktív', 'active'],
  // by-* round, Tagalog multiples: "tatlong beses" (three times), after every phrase that has them
  ['dalawang', 'two'],
  ['tatlong', 'three'],
  ['apat na', 'four'],
  ['limang', 'five'],
  // by-* round, Samoan: "e tusa ma le" (about), after every phrase that has it
  ['e tusa ma le', 'about'],
  // bz-* round, Russian: 'на человека' (per person) and customers on their own, after every phrase
  // that has them
  ['на человека', 'per person'],
  ['клиентов', 'customers'],
  ['клиенты', 'customers'],
  // bz-* round, Ukrainian words on their own, after every phrase that has them
  ['співробітників', 'employees'],
  ['співробітники', 'employees'],
  ['активні', 'active'],
  // bz-* round, Hindi: 'डेढ़ लाख यूज़र्स' (one and a half lakh users); as typed with the nukta and
  // without
  ['यूज़र्स|यूजर्स|यूज़र|यूजर', 'users'],
  // bz-* round, Arabic: 'وكل واحد يرسل' (and each one sends), after the phrase that has it
  ['وكل واحد يرسل', 'and each one sends'],
  // bz-* round, Polish: 'wykonuje' (makes) on its own
  ['wykonuje', 'makes'],
  // ca-* round, Italian: 'in media 120 parole l'una' (on average 120 words each), 'schede' (records); Spanish: 'sugerencia' (suggestion)
  ['in media', 'on average'],
  ["l'una|l'uno|l’una|l’uno", 'each'],
  ['schede', 'records'],
  ['sugerencia', 'suggestion'],
  // ca-* round, Dutch: 'chatassistent' (chat assistant)
  ['chatassistent|chatassistenten', 'chat assistant'],
  // ca-* round, Polish: 'opinie', 'opinii' (reviews), 'partia' (a run)
  ['opinie|opinii', 'reviews'],
  ['partia|partię|partii', 'run'],
  // ca-* round, Russian 'промпт' (prompt); Swedish 'enhetstester' (unit tests); Turkish 'vardiyalar' (shifts)
  ['промпт|промпта|промпты', 'prompt'],
  ['enhetstester|enhetstest', 'unit tests'],
  ['vardiyalar', 'shifts run'],
  // ca-* round, Swedish: 'genererar' (generates)
  ['genererar', 'generates'],
  // ca-* round, Ukrainian: 'студентів' (students)
  ['студентів|студентов|студенти', 'students'],
  // ca-* round, Ukrainian: 'тисяч' (thousand)
  ['тисяч|тисячі', 'thousand'],
  // ca-* round, Korean weekdays and '회당' (per run); Hindi 'टिकट' (tickets)
  ['월요일', 'Monday'],
  ['화요일', 'Tuesday'],
  ['수요일', 'Wednesday'],
  ['목요일', 'Thursday'],
  ['금요일', 'Friday'],
  ['토요일', 'Saturday'],
  ['일요일', 'Sunday'],
  ['회당', 'per run'],
  ['टिकटों|टिकटें|टिकट', 'tickets'],
  // ca-* round, Hindi: 'हिंदी, तमिल और बांग्ला से अंग्रेज़ी में' (from Hindi, Tamil and Bangla into English)
  ['हिंदी', 'Hindi'],
  ['तमिल', 'Tamil'],
  ['बांग्ला', 'Bangla'],
  ['अंग्रेज़ी में|अंग्रेजी में', 'into English'],
  // ca-* round, Hindi 'और' (and)
  ['और', 'and'],
  // ca-* round, Greek 'είσοδος', 'έξοδος', 'έως', 'ενεργός' (input, output, up to, active); Hebrew 'לשנייה', 'לדקה' (per second, per minute)
  ['είσοδος', 'input'],
  ['έξοδος', 'output'],
  ['έως', 'up to'],
  ['ενεργός|ενεργοί', 'active'],
  ['לשנייה', 'per second'],
  ['לדקה', 'per minute'],
  // cb-* round, German 'komplette' (complete), 'Funktionen' (functions)
  ['komplette|kompletten', 'complete'],
  ['funktionen', 'functions'],
  // cb-* round, French 'SAV' (after-sales service)
  ['sav', 'customer service'],
  // cb-* round, Italian 'suggerimento' (suggestion)
  ['suggerimento', 'suggestion'],
  // cb-* round, Slovak 'SharePointe'; Hungarian 'egyideju', 'atlagos', 'tokenek', 'valasz', 'futasok'; Finnish 'ikkuna', 'jokaisen'
  ['sharepointe|sharepointu', 'SharePoint'],
  ['egyideju|egyidejű', 'concurrent'],
  ['atlagos|átlagos', 'average'],
  ['tokenek|tokent', 'tokens'],
  ['valasz|válasz', 'answer'],
  ['futasok|futások', 'runs'],
  ['ikkuna', 'window'],
  ['jokaisen|jokainen', 'each'],
  // cb-* round, Norwegian: 'samtaleassistent' (chat assistant), 'lynrask' (lightning fast), 'økter' (sessions), 'svarlengde' (answer length)
  ['samtaleassistent', 'chat assistant'],
  ['lynrask|lynraskt', 'lightning fast'],
  ['økter|økt', 'sessions'],
  ['svarlengde', 'answer length'],
  // cb-* round, Ukrainian 'лікарів' (doctors); Bengali 'ইনপুট', 'আউটপুট' (input, output)
  ['лікарів|лікарі', 'doctors'],
  ['ইনপুট', 'input'],
  ['আউটপুট', 'output'],
  // cb-* round, Vietnamese 'học sinh' (students)
  ['học sinh', 'students'],
  // cb-* round, Turkish 'İlk token' (first token), after the phrases that hold it
  ['İlk token|ilk token', 'first token'],
  // cc-* round, Swedish 'topparna' (the peaks); Portuguese 'uma' (a), after the phrases that hold them
  ['topparna|topparne', 'the peaks'],
  ['uma', 'a'],
  // cc-* round, Hungarian 'vélemény' (review), 'kimaradt' (left out), 'az ablak' (the window); Finnish 'tuotteita' (products), 'tuloste' (output), 'syote' (input, typed without the umlaut), after the phrases that hold them
  ['véleményenként|véleményre|vélemény', 'review'],
  ['kimaradt', 'left out'],
  ['az ablak', 'the window'],
  ['tuotteita|tuotetta|tuotteet', 'products'],
  ['tulosteet|tuloste', 'output'],
  ['syote', 'input'],
  // cc-* round, Romanian 'simultani' (simultaneous), 'intrare' (input), 'ieșire' (output); Turkish 'dakikada ~2 istek' (~2 requests a minute), after the phrases that hold them
  ['simultani|simultane', 'simultaneous'],
  ['intrare', 'input'],
  ['ieșire|iesire|ieşire', 'output'],
  [
    'dakikada (~ ?|about |yaklaşık |ortalama )?(\\d[\\d.,]*) (requests?|questions?|queries|messages?|istek|soru|sorgu|mesaj)',
    '$1$2 $3 per minute',
  ],
  // cc-* round, Russian 'каждые' (every), 'прогона' (of a run), 'страниц' (pages); Hebrew 'תרגום' (translation), after the phrases that hold them
  ['каждые|каждых', 'every'],
  ['прогона|прогоне', 'run'],
  ['страниц|страницы|страницах', 'pages'],
  ['תרגום', 'translation'],
  // cc-* round, Bengali 'কর্মী' (employees), after the phrases that hold it
  ['কর্মী', 'employees'],
  // cc-* round, Vietnamese 'bài viết' (articles), after the phrases that hold it
  ['bài viết', 'articles'],
  // cc-* round, Indonesian 'puncak' (peak), after the phrases that hold it
  ['puncak', 'peak'],
  // cc-* round, Malay 'staf' (staff); Swahili 'karibu' (about), 'hutuma' (sends), 'kila dakika' (every minute); Persian 'کاربر' (users), after the phrases that hold them
  ['staf', 'staff'],
  ['karibu', 'about'],
  ['hutuma', 'sends'],
  [
    'kila dakika(?! (?:mbili|tatu|nne|tano|sita|saba|nane|tisa|kumi|\\d))',
    'every minute',
  ],
  ['کاربران|کاربر', 'users'],
  // cd-* round, English typos 'ouptut', 'outptu' (output)
  ['ouptut|outptu|otuput', 'output'],
  // cd-* round words, after the phrases that hold them: Bulgarian 'класифицираме' (classify), 'имейла' (emails), 'всеки' (each), 'категории' (categories); Latvian 'lietotāji' (users), 'ievades'/'izvades' (input/output), 'darbiniekiem' (employees); Polish 'wyjściowe' (output); Slovak 'zmluvy' (contracts), 'okolo' (about), 'zhrnutie' (the summary); Serbian 'оптерећење' (load), 'улаз'/'излаз' (input/output); Croatian 'recenzija' (reviews), 'riječi' (words); Ukrainian 'описів' (descriptions), 'кожен' (each); Finnish 'kehittäjälle' (developers), 'konteksti' (context), 'unohdin' (I forgot); Italian 'completamenti' (completions)
  ['класифицираме|класифицира|класифицираме ги', 'classify'],
  ['имейла|имейли', 'emails'],
  ['всеки|всяка|всяко', 'each'],
  ['категории', 'categories'],
  ['lietotāji|lietotāju|lietotājiem', 'users'],
  ['ievades', 'input'],
  ['izvades', 'output'],
  ['darbiniekiem|darbinieku|darbinieki', 'employees'],
  ['wyjściowe|wyjściowych', 'output'],
  ['zmluvy|zmlúv|zmluvám', 'contracts'],
  ['okolo', 'about'],
  ['zhrnutie', 'the summary'],
  ['оптерећење', 'load'],
  ['улаз', 'input'],
  ['излаз', 'output'],
  ['recenzija|recenzije', 'reviews'],
  ['riječi', 'words'],
  ['описів', 'descriptions'],
  ['кожен|кожна|кожне', 'each'],
  ['kehittäjälle|kehittäjää|kehittäjät', 'developers'],
  ['konteksti', 'context'],
  ['unohdin', 'I forgot'],
  ['completamenti', 'completions'],
  // cd-* round words: Gulf Arabic 'دقيقة' (minute); Russian 'ответа' (of the answer)
  ['دقيقة', 'minute'],
  ['ответа', 'answer'],
  // ce-* round, German 'Fragen zu unserem Handbuch' (questions about our handbook), after 'Fragen' is read
  ['questions (?:zu|über|zum|zur)', 'questions about'],
  // ce-* round, Turkish 'Pazarlama ekibi' (the marketing team), 'ekibi' (team)
  ['pazarlama ekibi', 'the marketing team'],
  ['ekibi|ekibimiz', 'team'],
  // ce-* round, Russian: 'транскриптов в минуту' (transcripts a minute), 'Поток —' (volume), 'никто его в реальном времени не ждёт, спешки нет' (nobody waits for it in real time, no rush), 'суммаризация' (summarisation)
  ['транскриптов в минуту|транскрипта в минуту', 'transcripts per minute'],
  ['в минуту', 'per minute'],
  ['транскрипты|транскриптов|транскрипт', 'transcripts'],
  ['поток', 'volume'],
  [
    'никто (?:его |её |их )?в реальном времени не ждёт|никто (?:его |её |их )?не ждёт',
    'nobody waits for it in real time',
  ],
  ['спешки нет|без спешки', 'no rush'],
  ['суммаризация|суммаризацию|суммаризации', 'summarisation'],
  // ce-* round, Spanish 'Entrada de 150 tokens, salida de 5' (input of 150 tokens, output of 5), after 'entrada'/'salida' are read
  ['input de', 'input of'],
  ['output de', 'output of'],
  // ce-* round, Italian '1.200 documenti da 60–80 pagine' (documents of 60-80 pages each), after 'pagine' is read
  ['da(?= \\d[\\d.,]*(?:\\s*[-–]\\s*\\d[\\d.,]*)? pages)', 'of'],
  // ce-* round words, after the phrases that hold them: Czech 'asi' (about); Italian 'genera' (generates)
  ['asi', 'about'],
  ['genera|generano', 'generates'],
  // cf-* round words, after the phrases that hold them: Turkish 'ürün' (products)
  ['ürün|ürünler', 'products'],
  // cf-* round words, after the phrases that hold them: Ukrainian 'запити' (requests)
  ['запити', 'requests'],
  // cf-* round words, after the phrases that hold them: Vietnamese 'trích xuất' (extract), 'chạy 2 lần' (runs twice), 'mỗi lần' (per run), '3 tiếng' (3 hours), 'mỗi hồ sơ' (each record), 'hồ sơ' (records)
  ['trích xuất', 'extract'],
  ['chạy (\\d+) lần', 'runs $1 times'],
  ['mỗi lần', 'per run'],
  ['(\\d+) tiếng', '$1 hours'],
  ['mỗi hồ sơ', 'each record'],
  ['hồ sơ', 'records'],
  // cf-* round words, after the phrases that hold them: Hungarian 'munkatárs' (staff)
  ['munkatárs|munkatársak|munkatársunk', 'employees'],
  // cf-* round words, after the phrases that hold them: Ukrainian 'контекст' (context), 'відповідь' (answer); Indonesian 'lalu menunggu' (and waits for)
  ['контекст', 'context'],
  ['відповідь', 'answer'],
  ['lalu menunggu', 'and waits for'],
  // cg-* round, Vietnamese 'dịch thời gian thực' (real-time translation), 'bản dịch' (the
  // translation), 'mỗi' (each); generic words last
  ['dịch thời gian thực', 'real-time translation'],
  ['bản dịch', 'the translation'],
  ['mỗi', 'each'],
  // cg-* round, Russian 'два раза в сутки' (twice a day), 'статей' (articles), 'прогоняем' (we run)
  [
    'два раза в сутки|дважды в сутки|два раза в день|дважды в день',
    'twice a day',
  ],
  ['(\\d+) раза? в (?:сутки|день)', '$1 times a day'],
  ['прогоняем', 'we run'],
  ['статей|статьи', 'articles'],
  ['статья', 'article'],
  // cg-* round, Polish 'generujemy opisy ogłoszeń' (we generate listing descriptions), 'na
  // wejściu' / 'na wyjściu' (as input / as output), 'opis' (a description)
  ['generujemy', 'we generate'],
  ['generować', 'generate'],
  ['ogłoszeń nieruchomości|ogłoszeń', 'of listings'],
  ['na wejściu', 'input'],
  ['na wyjściu', 'output'],
  ['opis', 'a description'],
  // cf-* leftover, Italian 'testi di circa 120 parole' (texts of about 120 words), after 'testi'
  // became 'texts' (and the Romanian 'generare de cod' before it)
  ['(texts?) di', '$1 of'],
  // Italian 'dobbiamo generare' (we must generate)
  ['generare|generiamo', 'generate'],
  // ch-* round, German 'jeden Samstag' (every Saturday), once the day reads in English
  [
    'jeden(?= (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))',
    'every',
  ],
  // Spanish 'unas 60 palabras de entrada y otras 60 de salida' (about 60 words in and another 60 out)
  ['otras|otros|outras|outros|altre|altri|autres', 'another'],
  // German 'eine alle 2 Minuten' (one every 2 minutes), once 'alle' reads 'every'
  ['eine?(?= every)', 'one'],
  // ci-* round, French 'Pas d'urgence' once "d'" reads "of"; 'une requête toutes les deux minutes
  // par personne' (one request every two minutes per person); 'Textes d'environ 600 mots, la
  // traduction fait à peu près la même longueur' (texts of about 600 words, the translation about
  // the same length)
  ['pas of urgence', 'no rush'],
  ['une(?= (?:request|question|message|query) every)', 'one'],
  ['par personne', 'per person'],
  ['textes', 'texts'],
  ['la même longueur', 'the same length'],
  // ci-* round, German 'jeweils 1,8 Mio. Datensätze klassifiziert' (1.8 million records classified
  // each time), 'Pro Datensatz ca. 120 Token' (about 120 tokens per record), 'Kosten bitte so
  // niedrig wie möglich' (costs as low as possible, please)
  ['datensätze', 'records'],
  ['datensatz', 'record'],
  [
    'kosten (?:bitte )?(?:so niedrig wie möglich|so gering wie möglich|möglichst niedrig|möglichst gering)',
    'as cheap as possible',
  ],
  // ci-* round, German 'Chatbot für unseren Händler-Support, 25.000 Händler' (merchant support,
  // 25,000 merchants)
  ['händler-support|händlersupport', 'merchant support'],
  ['händlern|händler', 'merchants'],
  // ci-* round, Indonesian 'Berikut isi tiket dari tim cabang:' (here is the ticket from the branch
  // team), 'Sekitar 3.600 laporan per jam' (about 3,600 reports an hour)
  ['berikut (?:ini )?(?:adalah )?isi tiket', 'here is the ticket'],
  ['laporan', 'reports'],
  // cj-* round, German 'Es gibt ca. 12.000 Fahrer' (there are about 12,000 drivers); Swedish 'för
  // att hålla nere kostnaden' (to keep the cost down)
  ['es gibt', 'there are'],
  ['fahrerinnen|fahrern|fahrer', 'drivers'],
  [
    'hålla nere kostnaden|hålla nere kostnaderna|hålla kostnaden nere|hålla kostnaderna nere',
    'keep costs down',
  ],
  // cj-* round, Indonesian 'chatbot layanan nasabah' (a customer-service chatbot), 'Nasabah terdaftar
  // sekitar 1,5 juta' (about 1.5 million registered customers), 'setiap nasabah kirim pesan tiap 30
  // detik' (each customer sends a message every 30 seconds), 'saat puncak 2,5 kali rata-rata' (2.5
  // times the average at peak), 'Jam layanan' (service hours)
  ['layanan nasabah|layanan pelanggan', 'customer service'],
  ['nasabah terdaftar|pelanggan terdaftar', 'registered customers'],
  ['every nasabah|every pelanggan', 'each customer'],
  ['nasabah', 'customers'],
  ['(?:kirim|mengirim|mengirimkan) pesan', 'sends a message'],
  [
    '(\\d+(?:[.,]\\d+)?) kali (?:dari )?(?:rata-rata|on average)',
    '$1x the average',
  ],
  ['jam layanan|jam operasional', 'service hours'],
  // Finnish 'tarvitsisi päättelymallin … vaikeisiin insinöörilaskelmiin' (needs a reasoning model for
  // hard engineering calculations), 'noin 50 samanaikaista käyttäjää' (about 50 concurrent users)
  ['päättelymalli\\p{L}*', 'a reasoning model'],
  ['samanaikaista|samanaikaiset', 'concurrent'],
  // Czech 'Máme celkem 2 000 zaměstnanců a počítáme s tím, že současně bude chatovat 5 000 lidí' (we
  // have 2,000 employees in total and expect 5,000 people chatting at once)
  ['celkem|celkom|łącznie', 'in total'],
  ['počítáme s tím, že|počítáme s tím že', 'we expect that'],
  ['bude chatovat|budou chatovat', 'will chat'],
  // cj-* round, Swahili 'Wakulima waliosajiliwa ni takriban 80,000' (the registered farmers are about
  // 80,000), 'kila mmoja hutuma ujumbe mmoja kila dakika 5' (each one sends one message every 5
  // minutes), 'Majibu hayahitaji kuwa ya haraka sana' (the answers need not be very fast);
  // Portuguese 'equipa de apoio ao cliente' (customer support team)
  ['wakulima waliosajiliwa|waliosajiliwa', 'registered farmers'],
  ['wakulima', 'farmers'],
  ['ujumbe mmoja', 'one message'],
  ['kila dakika (\\d+)', 'every $1 minutes'],
  [
    '(?:hayahitaji|haihitaji|hazihitaji|halihitaji) kuwa (?:ya|wa|za|la) haraka(?: sana)?',
    'do not need to be fast',
  ],
  ['apoio ao cliente', 'customer support'],
  ['ni(?= (?:about |takriban |karibu )?~?\\d)', 'are'],
  ['kila mmoja', 'each one'],
  // cj-* round, French 'Les dépêches font de 4 à 6 k tokens' (the wire dispatches are 4 to 6k
  // tokens), 'environ 1 200 journalistes'
  ['dépêches', 'dispatches'],
  ['dépêche', 'dispatch'],
  ['journalistes', 'journalists'],
  ['font(?= (?:from |about )?~?\\d)', 'are'],
  // cj-* round, Italian 'un job che estrae i dati … da 14.400 denunce di sinistro' (a job that
  // extracts the data from 14,400 claim reports), 'per denuncia' (per claim)
  ['denunce di sinistro|denunce', 'claims'],
  ['denuncia di sinistro|denuncia', 'claim'],
  ['estrae i dati|estraiamo i dati|estrarre i dati', 'extracts the data'],
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
  const units = Object.entries(digits);
  return units.flatMap(([c, d]): [RegExp, string][] => [
    [new RegExp(`${c}百(?![一二两三四五六七八九十])`, 'gu'), String(d * 100)],
    [new RegExp(`${c}万`, 'gu'), String(d * 10000)],
    // "九十五" = 95, "九十" = 90: tens with their unit, then tens alone
    ...units.map(([u, ud]): [RegExp, string] => [
      new RegExp(`(?<![一二两三四五六七八九百千])${c}十${u}(?![百千万])`, 'gu'),
      String(d * 10 + ud),
    ]),
    [
      new RegExp(
        `(?<![一二两三四五六七八九百千])${c}十(?![一二三四五六七八九百千万])`,
        'gu',
      ),
      String(d * 10),
    ],
  ]);
}

/**
 * French tens with their units ("nonante-cinq" = 95, "vingt et un" = 21) and the Belgian and
 * Swiss tens said alone ("septante" = 70): the units first, then each ten before a digit.
 */
function frenchTens(): [RegExp, string][] {
  const tens =
    'vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante';
  const units: [string, number][] = [
    ['un|une', 1],
    ['deux', 2],
    ['trois', 3],
    ['quatre', 4],
    ['cinq', 5],
    ['six', 6],
    ['sept', 7],
    ['huit', 8],
    ['neuf', 9],
  ];
  const tenValues: [string, number][] = [
    ['vingt', 2],
    ['trente', 3],
    ['quarante', 4],
    ['cinquante', 5],
    ['soixante', 6],
    ['septante', 7],
    ['huitante|octante', 8],
    ['nonante', 9],
  ];
  return [
    ...units.map(([words, d]): [RegExp, string] => [
      new RegExp(
        `(?<=(?<!\\p{L}|-)(?:${tens})(?:-et-|-| et ))(?:${words})(?!\\p{L})`,
        'giu',
      ),
      String(d),
    ]),
    ...tenValues.map(([words, d]): [RegExp, string] => [
      new RegExp(
        `(?<![\\p{L}-])(?:${words})(?:-et-|-| et )(\\d)(?!\\d)`,
        'giu',
      ),
      `${d}$1`,
    ]),
    [/(?<![\p{L}-])septante(?![\p{L}-])/giu, '70'],
    [/(?<![\p{L}-])(?:huitante|octante)(?![\p{L}-])/giu, '80'],
    [/(?<![\p{L}-])nonante(?![\p{L}-])/giu, '90'],
  ];
}

/** Counts two to ten in the languages whose "every N minutes" the rewrites read. */
const EVERY_COUNT_WORDS: [string, string][] = [
  ['zwei|deux|dos|due|twee|dwie|dois', 'two'],
  ['drei|trois|tres|três|tre|drie|trzy', 'three'],
  ['vier|quatre|cuatro|quattro|quatro|cztery', 'four'],
  ['fünf|cinq|cinco|cinque|vijf|pięć', 'five'],
  ['zehn|dix|diez|dieci|dez|tien|dziesięć', 'ten'],
];

/** Round counts said as a group of them ("una quarantina", "une centaine"): how many. */
const ROUND_GROUPS: [number, string][] = [
  [10, 'decina|dizaine|decena|dezena'],
  [12, 'dozzina|douzaine|docena|dúzia'],
  [15, 'quindicina|quinzaine'],
  [20, 'ventina|vingtaine|veintena|vintena'],
  [30, 'trentina|trentaine|treintena'],
  [40, 'quarantina|quarantaine'],
  [50, 'cinquantina|cinquantaine|cincuentena'],
  [60, 'sessantina|soixantaine'],
  [100, 'centinaio|centaine|centenar|centena'],
  [1000, 'migliaio|millier|millar|milhar'],
];

/**
 * One rewrite per number word of a language: `source` is a pattern with `{w}` where the word
 * goes, `to` the replacement for the word's value.
 */
function perNumberWord(
  words: readonly (readonly [string, number])[],
  source: string,
  to: (n: number) => string,
): [RegExp, string][] {
  return words.map(([w, n]) => [
    new RegExp(source.replace('{w}', w), 'giu'),
    to(n),
  ]);
}

/** Scottish Gaelic hours of the clock ("ochd", eight). */
const GAELIC_HOURS: [string, number][] = [
  ['aon', 1],
  ['dhà', 2],
  ['trì', 3],
  ['ceithir', 4],
  ['còig', 5],
  ['sia', 6],
  ['seachd', 7],
  ['ochd', 8],
  ['naoi', 9],
  ['deich', 10],
  ['aon uair deug', 11],
  ['dà uair dheug', 12],
];

/** Ilocano digits from two ("dua") to nine ("siam"). */
const ILOCANO_DIGITS: [string, number][] = [
  ['dua', 2],
  ['tallo', 3],
  ['uppat', 4],
  ['lima', 5],
  ['innem', 6],
  ['pito', 7],
  ['walo', 8],
  ['siam', 9],
];

/** The Spanish hours Ilocano and Tagalog say ("alas-otso", eight o'clock). */
const SPANISH_HOURS_IN_ILOCANO: [string, number][] = [
  ['una', 1],
  ['dos', 2],
  ['tres', 3],
  ['kuatro', 4],
  ['singko', 5],
  ['sais', 6],
  ['siete', 7],
  ['otso', 8],
  ['nuebe', 9],
  ['diyes', 10],
  ['onse', 11],
  ['dose', 12],
];

/** Yiddish numbers one to twelve, their vowel points optional. */
const YIDDISH_NUMBERS: [string, number][] = [
  ['איינס', 1],
  ['צוויי', 2],
  ['דר(?:ײַ?|יי)', 3],
  ['פֿ?יר', 4],
  ['פֿ?ינף', 5],
  ['זעקס', 6],
  ['זיבן', 7],
  ['אַ?כט', 8],
  ['נ(?:ײַ?|יי)ן', 9],
  ['צען', 10],
  ['עלף', 11],
  ['צוועלף', 12],
];

/** Esperanto ordinals of the hours of the day ("la dudeka horo", 20:00). */
const ESPERANTO_HOUR_ORDINALS: [string, number][] = [
  ['unua', 1],
  ['dua', 2],
  ['tria', 3],
  ['kvara', 4],
  ['kvina', 5],
  ['sesa', 6],
  ['sepa', 7],
  ['oka', 8],
  ['naŭa', 9],
  ['deka', 10],
  ['dek-?unua', 11],
  ['dek-?dua', 12],
  ['dek-?tria', 13],
  ['dek-?kvara', 14],
  ['dek-?kvina', 15],
  ['dek-?sesa', 16],
  ['dek-?sepa', 17],
  ['dek-?oka', 18],
  ['dek-?naŭa', 19],
  ['dudeka', 20],
  ['dudek-?unua', 21],
  ['dudek-?dua', 22],
  ['dudek-?tria', 23],
  ['dudek-?kvara', 24],
];

/** Samoan digits ("lua", two). */
const SAMOAN_DIGITS: [string, number][] = [
  ['tasi', 1],
  ['lua', 2],
  ['tolu', 3],
  ['fa', 4],
  ['lima', 5],
  ['ono', 6],
  ['fitu', 7],
  ['valu', 8],
  ['iva', 9],
];

/** "half to seven" at a part of the day: the half hour before the hour said. */
function halfHourBefore(n: number, part: 'am' | 'pm'): string {
  return `${n === 1 ? 12 : n - 1}:30 ${part}`;
}

const REWRITES: [RegExp, string][] = [
  // cg-* round, Spanish "el tráfico se triplica" (the traffic triples), Italian "il traffico si
  // triplica", Portuguese "o tráfego triplica"
  [
    /(?<!\p{L})(?:el\s+|il\s+|o\s+)?(?:tr[áa]fico|traffico|tr[áa]fego)\s+(?:se\s+|si\s+)?(duplica|triplica|cuadruplica|quadruplica)(?!\p{L})/giu,
    'traffic $1',
  ],
  [/(?<=traffic )duplica(?!\p{L})/gu, 'doubles'],
  [/(?<=traffic )triplica(?!\p{L})/gu, 'triples'],
  [/(?<=traffic )(?:cuadruplica|quadruplica)(?!\p{L})/gu, 'quadruples'],
  // cg-* round, Hindi "शाम 5 से 10 बजे तक" (evenings from 5 to 10): the time of day said once for
  // both ends
  [
    /(रात|शाम|दोपहर|सुबह)\s*(\d{1,2})\s*से\s*(\d{1,2})\s*बजे\s*तक/gu,
    '$1 $2 बजे से $1 $3 बजे तक',
  ],
  // cg-* round, Chinese "基于内部知识库…做一个问答助手" (a Q&A assistant over the internal knowledge
  // base), "每人平均每分钟问一次" (each person asks once a minute on average)
  [/基于(?:内部|公司)?知识库/gu, ' over our internal knowledge base '],
  [/问答助手|問答助手|问答机器人|問答機器人/gu, ' Q&A assistant '],
  [
    /每(?:人|位用户|个用户|個用戶)\s*(?:平均|大约|大約|大概|约|約)*\s*每\s*(\d+(?:\.\d+)?)\s*(?:分钟|分鐘)\s*(?:大约|大約|约|約)?\s*(?:问|問|发|發|调用|調用|提问|提問|请求|請求|发送|發送|提交|点|點|触发|觸發)?\s*(?:一|1)\s*次/gu,
    ' each person sends a request every $1 minutes ',
  ],
  [
    /每(?:人|位用户|个用户|個用戶)\s*(?:平均|大约|大約|大概|约|約)*\s*每(?:分钟|分鐘)\s*(?:大约|大約|约|約)?\s*(?:问|問|发|發|调用|調用|提问|提問|请求|請求|发送|發送|提交|点|點|触发|觸發)?\s*(?:一|1)\s*次/gu,
    ' each person sends a request every minute ',
  ],
  // cg-* round, Korean "단위 테스트 자동 생성 도구" (a tool generating unit tests), "한 사람당 5분에 한
  // 번 정도 요청" (each person sends a request about once every 5 minutes)
  [/단위\s*테스트\s*(?:코드\s*)?(?:자동\s*)?생성/gu, ' generating unit tests '],
  [
    /(?:한\s*사람당|1\s*인당|1\s*명당|(?:활성\s*)?사용자당|개발자당)\s*(\d+(?:\.\d+)?)\s*분에\s*한\s*번(?:\s*(?:꼴로|씩|정도))*\s*(?:요청|질문|메시지)/gu,
    ' each person sends a request every $1 minutes ',
  ],
  // Spanish "tiene que estar terminado en 10 horas", Portuguese "tem que estar pronto em 8 horas":
  // a run's window
  [
    /(?<!\p{L})(?:tiene|tienen|tem|têm|debe|deben|deve|devem)\s+(?:que\s+)?(?:estar|ficar)\s+(?:terminad|acabad|list|hech|pront|conclu[ií]d)[oa]s?\s+(?:en|em)(?!\p{L})/giu,
    ' has to be done in ',
  ],
  // cf-* round: Finnish 'ensimmäinen token alle 0,6 sekunnissa' (first token within 0.6 s), 'Asukkaita on noin 45 000' (there are about 45,000 residents), 'aktiivinen käyttäjä lähettää noin yhden viestin minuutissa' (each active user sends about one message a minute); Swahili 'wateja takriban milioni 2 kwa mwezi' (about 2 million customers a month), 'kilele ni mara 4 ya wastani' (the peak is 4 times the average); French '8 h 30 – 17 h 30' (8:30-17:30)
  [
    /ensimmäinen\s+token\s+alle\s+(\d+(?:[.,]\d+)?)\s+sekunnissa/giu,
    'first token under $1 seconds',
  ],
  [
    /(?<!\p{L})asukkaita\s+on\s+(?:noin\s+)?(\d[\d\s.,]*\d|\d)/giu,
    'about $1 residents',
  ],
  [
    /(?<!\p{L})aktiivinen\s+käyttäjä\s+lähettää\s+(?:noin\s+)?yhden\s+viestin\s+minuutissa/giu,
    'each active user sends one message per minute',
  ],
  [
    /(?<!\p{L})wateja\s+(?:takriban\s+)?milioni\s+(\d+(?:[.,]\d+)?)/giu,
    'about $1 million customers',
  ],
  [
    /(?<!\p{L})kilele\s+ni\s+mara\s+(\d+)\s+ya\s+wastani/giu,
    'the peak is $1 times the average',
  ],
  // ch-* round, French "bouclé en 1 h 30" (finished within an hour and a half): after "en", a
  // duration, not the clock time "1 h 30" is elsewhere
  [
    /(?<=(?<!\p{L})(?:en|dans|within|in)[ \t]+)(\d{1,2})[ \t]?h[ \t]?([0-5]\d)(?![\d\p{L}]|[ \t]*(?:m|mins?|minut\p{L}*)(?!\p{L}))/gu,
    '$1 hours $2 minutes',
  ],
  [
    /(?<![\d.,])(\d{1,2})[ \t]?h[ \t]?([0-5]\d)(?![\d\p{L}]|[ \t]*(?:m|mins?|minut\p{L}*)(?!\p{L}))/gu,
    '$1:$2',
  ],
  // cf-* round, Korean: '동시 세션 최대 8,000으로 잡아주세요' (plan for up to 8,000 concurrent sessions)
  [
    /동시\s*세션(?:은|이|수는)?\s*최대\s*(\d[\d,.]*\s*[만천]?(?:\s*\d[\d,.]*\s*천)?)\s*(?:개|정도)?\s*(?:으로|로)?/gu,
    ' up to $1 concurrent sessions ',
  ],
  // cf-* round, Indonesian "klik tombol 'Ringkas'" (click the Summarise button); Japanese '約4万ページ分' (about 40,000 pages' worth), '1ページあたり' (per page), '出力も同程度' (output about the same)
  [
    /(?<!\p{L})klik\s+(?:tombol|button)\s+['"‘’]?ringkas['"‘’]?/giu,
    "click the 'Summarise' button",
  ],
  [/約?\s*(\d[\d.,]*\s*[万千]?)\s*ページ分/gu, ' about $1 pages '],
  [/1\s*ページあたり/gu, ' per page '],
  [/出力も同(?:じ|程度|様)?(?:くらい|ぐらい)?/gu, ' output about the same '],
  // cf-* round, Dutch: 'ze stellen gemiddeld elke 3 minuten een vraag' (each asks a question every 3 minutes on average), 'vragen beantwoordt uit onze teelthandleidingen en gewasbeschermingsdocumenten' (answers questions from our cultivation manuals and crop-protection documents), 'adviseurs' (advisors)
  [
    /(?<!\p{L})ze\s+stellen\s+(?:gemiddeld\s+)?(?:elke|iedere)\s+(\d+)\s+minuten\s+een\s+vraag/giu,
    'each of them asks a question every $1 minutes',
  ],
  [
    /(?<!\p{L})vragen\s+beantwoordt\s+uit\s+onze/giu,
    'answers questions from our',
  ],
  [/(?<!\p{L})\p{L}*handleidingen(?!\p{L})/giu, 'manuals'],
  [/(?<!\p{L})\p{L}+documenten(?!\p{L})/giu, 'documents'],
  [/(?<!\p{L})\p{L}*adviseurs(?!\p{L})/giu, 'advisors'],
  // ce-* round, Turkish: 'her biri mesai saatlerinde (09:00–18:00) dakikada yaklaşık 1 istek atıyor' (each of them sends about a request a minute during working hours): the rate said last, read with whom it is per
  [
    /(?<!\p{L})her\s+biri\s+([^.;\d]{0,40}?(?:\([^)]{0,20}\))?)\s*dakikada\s*(?:yaklaşık|ortalama|ortalama olarak)?\s*(\d+(?:[.,]\d+)?)\s*(?:istek|soru|mesaj)\p{L}*\s*(?:atıyor|gönderiyor|yapıyor|soruyor)\p{L}*/giu,
    'each of them sends $2 requests per minute $1',
  ],
  // ce-* round, Japanese: '品質優先なので予算は気にしなくて大丈夫です' (quality comes first, the budget is not a concern)
  [/品質\s*(?:を|が)?\s*(?:最)?優先/gu, ' quality comes first '],
  [
    /(?:予算|コスト|費用)\s*(?:は|を)?\s*気にしな(?:く|い)(?:て(?:も)?\s*(?:大丈夫|いい|良い|構いません|OK))?(?:です)?/gu,
    ' budget is not a concern ',
  ],
  // ce-* round, Chinese: '闲聊助手' (a chit-chat assistant), '月活大约 80 万' (about 800k monthly active users), '每个活跃用户平均每分钟发 2 条消息' (each active user sends 2 messages a minute), '每天活跃时间大约 14 小时' (active about 14 hours a day)
  [/闲聊|閒聊/gu, ' chit-chat '],
  [/月活(?:跃用户|用户)?(?:数)?/gu, ' monthly active users '],
  [
    /(?:每人|每(?:个|位|名)(?:活跃)?用户)\s*(?:平均)?\s*每分钟\s*(?:平均)?\s*(?:发|发送|发出)\s*(\d+)\s*条?\s*(?:消息|信息)/gu,
    ' each active user sends $1 messages per minute ',
  ],
  [
    /每天\s*(?:的)?\s*活跃时间\s*(?:大约|约|大概)?\s*(\d+(?:\.\d+)?)\s*(?:个)?\s*小时/gu,
    ' active about $1 hours a day ',
  ],
  // ce-* round, Korean: '2025년 3월부터' (from March 2025) is a date, not a monthly figure; '리뷰 1건당' (per review item); '초당 요청 수가 20' (20 requests a second)
  [
    /(?<!\d)\d{4}\s*년\s*\d{1,2}\s*월(?:\s*\d{1,2}\s*일)?(?:부터|에|까지|중|말|초)?/gu,
    ' ',
  ],
  [/(?<![\d.,])1\s*건\s*당|건당/gu, ' per item '],
  [
    /초당\s*요청\s*(?:수|건수)?\s*(?:가|는|이)?\s*(?:약|about)?\s*(\d[\d.,]*)/gu,
    ' $1 requests per second ',
  ],
  // cb-* round, Thai: 'หัวหน้าทีม 250 คนกดปุ่มสรุป…แล้วนั่งรอดูสรุปบนหน้าจอ' (250 team leads click the summarise button and wait for the summary on screen), 'บทสนทนาแต่ละอัน' (each conversation), 'สรุปยาว' (a summary of); Swahili: 'laki mbili' (two hundred thousand), 'Tuna wakulima takriban … waliosajiliwa' (we have about … registered farmers)
  [/หัวหน้าทีม\s*(\d[\d,]*)\s*คน/gu, ' $1 team leads '],
  [/กดปุ่มสรุป/gu, ' click the summarise button '],
  [/นั่งรอดูสรุปบนหน้าจอ(?:ได้เลย)?/gu, ' and wait for the summary on screen '],
  [/บทสนทนาแต่ละอัน/gu, '. each conversation is '],
  [/สรุปยาว/gu, '. the summary is '],
  [/(?<!\p{L})laki\s+moja(?!\p{L})/giu, '100,000'],
  [/(?<!\p{L})laki\s+mbili(?!\p{L})/giu, '200,000'],
  [/(?<!\p{L})laki\s+tatu(?!\p{L})/giu, '300,000'],
  [/(?<!\p{L})laki\s+tano(?!\p{L})/giu, '500,000'],
  [
    /(?<!\p{L})tuna\s+wakulima\s+(?:takriban|karibu|kama)?\s*(\d[\d,.]*)\s+waliosajiliwa(?!\p{L})/giu,
    ' we have about $1 registered farmers ',
  ],
  // cb-* round, Japanese: '回答はp95で2秒以内に出始めてほしい' (answers should start within 2 s at p95: the first token); Korean: '사내 개발자 350명이' (350 in-house developers)
  [
    /(\d+(?:\.\d+)?)\s*秒以内に出始め(?:て|る)/gu,
    ' first token within $1 seconds ',
  ],
  [
    /사내\s*개발자\s*(\d[\d,]*)\s*명(?:이|가)?/gu,
    ' for $1 in-house developers ',
  ],
  // ca-* round, Japanese: '1 人あたり毎分 4 回くらいリクエストが飛びます' (each person sends about 4 requests a minute), '体感で待たされないレベル' (no noticeable wait); Greek: '1 στους 3' (1 in 3)
  [
    /1\s*人\s*あたり\s*毎分\s*(\d+)\s*回(?:くらい|ほど|程度)?\s*(?:の)?\s*(?:リクエスト|要求)(?:が|を)?\s*(?:飛びます|飛ぶ|送ります|送る|発生します|来ます)/gu,
    ' each person sends $1 requests per minute ',
  ],
  [/(?:体感で)?待たされない(?:レベル)?/gu, ' must feel instant '],
  [/(\d+)\s+στους\s+(\d+)/gu, ' $1 in $2 '],
  // ca-* round, Korean: '매주 토요일 밤에' (every Saturday night), '토요일 22시에 시작해서 일요일 오전 10시 전에만 끝나면' (starts Saturday at 22:00, done by Sunday 10 am); the weekdays are read in the table
  [/매주\s*([월화수목금토일]요일)\s*(?:밤|저녁)에?/gu, ' every $1 night '],
  [
    /([월화수목금토일]요일)\s*(\d{1,2})\s*시에?\s*시작(?:해서|하여|하고)?/gu,
    ' starts $1 at $2:00 and ',
  ],
  [
    /([월화수목금토일]요일)\s*오전\s*(\d{1,2})\s*시\s*전에(?:만)?\s*끝나면/gu,
    ' must be done by $1 $2am ',
  ],
  [
    /([월화수목금토일]요일)\s*오후\s*(\d{1,2})\s*시\s*전에(?:만)?\s*끝나면/gu,
    ' must be done by $1 $2pm ',
  ],
  // ca-* round, Chinese: '高峰时段' (at peak hours), '每人平均每分钟发 1 条消息' (each person sends 1
  // message a minute), before the words they hold are read one by one
  [/高峰时段/gu, ' at peak hours '],
  [
    /每人\s*(?:平均)?\s*每分钟\s*(?:发|发送)\s*(\d+)\s*条?\s*消息/gu,
    ' each person sends $1 messages per minute ',
  ],
  // bx-* round, Hong Kong minibus (Cantonese): "平時大約每分鐘九十個請求" (usually about 90 requests a
  // minute), "每日由朝早6點做到凌晨12點" (every day from 6 in the morning to midnight)
  [
    /每分[钟鐘]\s*([零一二两兩三四五六七八九十百千\d]+)\s*[个個]?(?:请求|請求)/gu,
    ' $1 requests per minute ',
  ],
  [
    /由朝早\s*(\d{1,2})\s*[点點]\s*做到凌晨\s*12\s*[点點]/gu,
    ' from $1am to midnight ',
  ],
  // bx-* round, Danish wind-turbine service: "de stiller et spørgsmål hvert 4. minut, kl. 7-15"
  // (each asks a question every 4 minutes, 7 to 15), before "hvert" and "kl." are read alone
  [
    /(?<!\p{L})de stiller et spørgsmål hvert (\d+)\. minut(?!\p{L})/giu,
    'each asks one question every $1 minutes',
  ],
  [/(?<!\p{L})kl\. (\d{1,2})-(\d{1,2})(?![\d:])/giu, 'from $1:00 to $2:00'],
  // bx-* round, Angolan river cargo: "janela 23h às 5h" (a window from 23h to 5h), before "às"
  // reads "at"
  [
    /(?<![\d\p{L}])(?:(?:das|da|de)\s+)?(\d{1,2})\s*h\s+às\s+(\d{1,2})\s*h(?![\p{L}])/giu,
    'from $1:00 to $2:00',
  ],
  // bw-* round, Thai elephant sanctuary: "ประมาณ 3,000 ข้อความต่อชั่วโมง" (about 3,000 messages
  // an hour), "ต้องตอบเร็ว ลูกค้าไม่ชอบรอ" (must answer fast, customers hate waiting), "งบไม่มาก
  // อยากประหยัดที่สุดครับ" (a small budget, as cheap as possible); Thai writes no spaces between words
  [/ข้อความต่อ\s*ชั่วโมง/gu, ' messages per hour '],
  [/ต้องตอบเร็ว/gu, ' must answer fast '],
  [/ลูกค้าไม่ชอบรอ/gu, ' customers hate waiting '],
  [/งบไม่มาก/gu, ' tight budget '],
  [/อยากประหยัดที่สุด/gu, ' as cheap as possible '],
  // bw-* round, Japanese sake brewery: "画面で仕込み記録を選び、要約が出るまで待つ" (picks a record on
  // screen and waits until the summary appears)
  [/画面で/gu, ' on screen '],
  [/が出るまで待つ/gu, ' and waits for the summary to appear '],
  // bw-* round, Czech puppet theatres: "Celý překlad do 4 s (p90)" (the whole translation within
  // 4 s), "výstup je zhruba stejně dlouhý" (the output is about as long), before "do" reads
  // "until" and "zhruba" "about"
  [/(?<!\p{L})celý překlad do(?!\p{L})/giu, 'whole translation within'],
  [
    /(?<!\p{L})výstup je zhruba stejně dlouhý(?!\p{L})/giu,
    'output is about the same length',
  ],
  // bu-* round, Québec vineyard: "Ça roule une fois par semaine, le dimanche soir" (it runs once
  // a week, on Sunday evening)
  [/(?<!\p{L})une fois par semaine(?!\p{L})/giu, 'once a week'],
  [/(?<!\p{L})ça roule(?!\p{L})/giu, 'it runs'],
  [
    /(?<!\p{L})le (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) soir(?!\p{L})/giu,
    'on $1 evening',
  ],
  // bu-* round, Ukrainian mobile operator: "чат-бот підтримки для абонентів" (a support chatbot for
  // subscribers), "Повідомлень від активного абонента | 1 раз на 30 секунд" (one message per
  // active subscriber every 30 seconds), "утричі більше за середнє" (three times the average)
  [
    /(?<![\p{L}\p{M}])чат-?бот підтримки(?![\p{L}\p{M}])/giu,
    'customer support chatbot',
  ],
  [
    /(?<![\p{L}\p{M}])повідомлень від активного абонента\s*[|:]?\s*1 раз на (\d+) секунд(?![\p{L}\p{M}])/giu,
    'each active subscriber sends a message every $1 seconds',
  ],
  [
    /(?<![\p{L}\p{M}])утричі більше за середнє(?![\p{L}\p{M}])/giu,
    '3x the average',
  ],
  [
    /(?<![\p{L}\p{M}])удвічі більше за середнє(?![\p{L}\p{M}])/giu,
    '2x the average',
  ],
  // bu-* round, Austrian railway counters: "420 Schalter … alle gleichzeitig besetzt" (counters all
  // staffed at once), "Pro Schalter gehen etwa 4 Sätze pro Minute durch", "es sind 380 Schalter,
  // nicht 420"
  [/(?<!\p{L})(\d[\d.,]*) Schalter(?!\p{L})/gu, '$1 counters'],
  [
    /(?<!\p{L})alle gleichzeitig besetzt(?!\p{L})/giu,
    'all busy at the same time',
  ],
  [
    /(?<!\p{L})pro schalter gehen (?:etwa|ca\.?|rund|ungefähr)?\s*(\d+) sätze pro minute durch(?!\p{L})/giu,
    'each counter sends about $1 sentences per minute',
  ],
  [
    /(?<!\p{L})(?:kleine korrektur:\s*)?es sind (\d[\d.,]*) counters, nicht (\d[\d.,]*)(?!\p{L})/giu,
    'correction: there are $1 counters, not $2',
  ],
  // bu-* round, Hebrew children's hospital: "שירות שמסכם תיקים רפואיים ארוכים" (a service that
  // summarises long medical files), "לא צריך תשובה מיידית, אפשר לחכות דקה" (no need for an immediate
  // answer, it can wait a minute), "סיכום של כ-500 טוקנים" (a summary of about 500 tokens)
  [
    /שירות\s+שמסכם\s+תיקים\s+רפואיים\s+ארוכים/gu,
    ' a service that summarises long medical files ',
  ],
  [/לא\s+צריך\s+תשובה\s+מיידית/gu, ' no need for an immediate answer '],
  [/אפשר\s+לחכות\s+דקה/gu, ' it can wait a minute '],
  [/(?<![\p{L}\p{M}])סיכום\s+של/gu, ' a summary of '],
  // bu-* round, Brazilian coffee roaster: "o time … é de uns 40 pessoas", "cada texto sai com uns 200
  // tokens" (each text comes out at about 200 tokens)
  [
    /(?<!\p{L})é de (uns|umas|cerca de|about)\s*(\d+) (?=pessoas|people)/giu,
    'is a team of $2 ',
  ],
  [/(?<!\p{L})cada texto sai com(?!\p{L})/giu, 'each text comes out at'],
  // bu-* round, Danish dairy co-operative: "Det kører én gang om ugen, søndag nat" (it runs once
  // a week, Sunday night), "Hver seddel fylder omkring 800 tokens" (each slip is about 800
  // tokens), "Det må højst koste 4.000 kr. per kørsel" (at most 4,000 kroner a run)
  [
    /(?<!\p{L})(?:det kører )?(?:én|en) gang om ugen(?!\p{L})/giu,
    'it runs once a week',
  ],
  [/(?<!\p{L})søndag nat(?!\p{L})/giu, 'on Sunday night'],
  [/(?<!\p{L})hver seddel fylder(?!\p{L})/giu, 'each slip is'],
  [/(?<!\p{L})sedler(?!\p{L})/giu, 'slips'],
  [
    /(?<!\p{L})det må (?:højst|maks\.?|maksimalt) koste(?!\p{L})/giu,
    'it may cost at most',
  ],
  // bu-* round, Vietnamese language school: "trợ lý luyện hội thoại tiếng Anh cho học viên" (an
  // English conversation practice assistant for students), "mỗi học viên gửi" (each student sends)
  [
    /(?<!\p{L})trợ lý luyện hội thoại(?: tiếng anh)?(?!\p{L})/giu,
    'a conversation practice chatbot',
  ],
  [/(?<!\p{L})mỗi học viên gửi(?!\p{L})/giu, 'each student sends'],
  [/(?<!\p{L})học viên(?!\p{L})/giu, 'students'],
  [/(?<!\p{L})bên em có(?!\p{L})/giu, 'we have'],
  // bu-* round, Spanish care homes: "un asistente para las familias de los residentes", "unos 2.300
  // familiares registrados en el portal" (relatives registered on the portal)
  [
    /(?<!\p{L})las familias de los residentes(?!\p{L})/giu,
    'the families of the residents',
  ],
  [/(?<!\p{L})familiares registrados(?!\p{L})/giu, 'registered relatives'],
  [/(?<!\p{L})familiares(?!\p{L})/giu, 'relatives'],
  // bu-* round, Thai parcel lockers: "แชตบอตตอบคำถามลูกค้า" (a chatbot answering customers'
  // questions), "ผู้ใช้ LINE OA ประมาณ 2.4 แสนคน" (about 240 thousand LINE users), "ลูกค้าส่งข้อความ
  // ประมาณ 1 ครั้งต่อนาที" (a customer sends about one message a minute)
  [/ตอบคำถามลูกค้า/gu, ' answering customers’ questions '],
  [/ผู้ใช้(?!งาน)\s*(LINE(?:\s*OA)?)?/gu, ' $1 users: '],
  [/(?<=\d)\s*(แสน|หมื่น)?คน/gu, ' $1 people '],
  [/ลูกค้าส่งข้อความ/gu, ' each customer sends a message '],
  // bu-* round, Norwegian newsroom: "journalisten klikker og venter på oppsummeringen, så det må gå
  // kjapt" (the journalist clicks and waits for the summary, so it must be quick), "Vi er rundt
  // 220 journalister", "meldingene er typisk 600–900 ord" (the wire items are typically …)
  [/(?<!\p{L})så det må gå kjapt(?!\p{L})/giu, 'so it must be fast'],
  [/(?<!\p{L})journalister(?!\p{L})/giu, 'journalists'],
  [
    /(?<!\p{L})vi er (rundt|ca\.?|omtrent|cirka)?\s*(\d[\d  .,]*) (?=journalist)/giu,
    'we are about $2 ',
  ],
  [
    /(?<!\p{L})meldingene er typisk(?!\p{L})/giu,
    'the wire items are typically',
  ],
  // bu-* round, Bengali tourist board: "গাইডবুক, ওয়েবসাইট ও ইভেন্ট ক্যালেন্ডারের তথ্য থেকে পর্যটকদের
  // প্রশ্নের উত্তর দেবে" (answers tourists' questions from our guidebook, website and event
  // calendar), "প্রতি মাসে প্রায় ৩ লাখ পর্যটক আমাদের অ্যাপ ব্যবহার করেন" (about 3 lakh tourists use
  // the app each month)
  [
    /আমাদের\s+গাইডবুক[^।.]{0,80}?তথ্য\s+থেকে\s+পর্যটকদের\s+প্রশ্নের\s+উত্তর\s+দেবে/gu,
    ' answers tourists’ questions from our guidebook, website and event calendar ',
  ],
  [
    /প্রতি\s+মাসে\s+(?:প্রায়\s+)?([\d০-৯.,]+)\s*(লাখ|lakh)\s+পর্যটক\s+আমাদের\s+অ্যাপ\s+ব্যবহার\s+করেন/gu,
    ' about $1 lakh monthly active users (tourists) ',
  ],
  [/(?<![\p{L}\p{M}])উত্তর(?=\s+(?:প্রায়|about|\d|[০-৯]))/gu, ' answers '],
  // bu-* round, Italian motor claims: "clicca su "Riassumi" e aspetta il riassunto" (clicks
  // Summarise and waits for the summary), "circa 1.800 liquidatori" (adjusters), "ognuno apre una
  // pratica ogni 4 minuti" (each opens a case every 4 minutes), "tra i 3 e i 5 mila token"
  [/(?<!\p{L})clicca su(?!\p{L})/giu, 'clicks'],
  [/(?<!\p{L})e aspetta(?!\p{L})/giu, 'and waits for'],
  [/(?<!\p{L})liquidatori(?!\p{L})/giu, 'adjusters'],
  [/(?<!\p{L})il liquidatore(?!\p{L})/giu, 'the adjuster'],
  [
    /(?<!\p{L})sono (circa |about )?(\d[\d.,]*) adjusters(?!\p{L})/giu,
    'there are $1$2 adjusters',
  ],
  [/(?<!\p{L})ognuno apre una pratica(?!\p{L})/giu, 'each one opens a case'],
  [
    /(?<!\p{L})le pratiche sono tra i (\d+) e i (\d+) mila token(?!\p{L})/giu,
    'the case files are between $1 and $2 thousand tokens',
  ],
  [
    /(?<!\p{L})i adjusters sono (\d[\d.,]*), non (\d[\d.,]*)(?!\p{L})/giu,
    'the adjusters are $1, not $2',
  ],
  [/(?<!\p{L})deve comparire entro(?!\p{L})/giu, 'must appear within'],
  [
    /(?<!\p{L})collegat[oi] contemporaneamente(?!\p{L})/giu,
    'online at the same time',
  ],
  // bu-* round, Romanian furniture maker: "vrea să analizeze recenziile clienților … să extragă
  // defectul reclamat" (analyse customer reviews and extract the defect), "Rulăm în fiecare
  // noapte, între 01:00 și 05:00" (we run every night between 01:00 and 05:00)
  [
    /(?<!\p{L})vrea să analizeze recenziile(?!\p{L})/giu,
    'wants to analyse the reviews',
  ],
  [/(?<!\p{L})să extragă(?!\p{L})/giu, 'to extract'],
  [/(?<!\p{L})scor de severitate(?!\p{L})/giu, 'severity score'],
  [/(?<!\p{L})rulăm în fiecare noapte(?!\p{L})/giu, 'we run every night'],
  [
    /(?<!\p{L})între (\d{1,2}:\d{2}) și (\d{1,2}:\d{2})(?!\p{L})/giu,
    'between $1 and $2',
  ],
  [
    /(?<!\p{L})o recenzie are (?:cam|circa|aproximativ)(?!\p{L})/giu,
    'a review has about',
  ],
  // bu-* round, Filipino wedding planners: "Gusto namin ng tool na mag-da-draft ng invitations"
  // (a tool that drafts invitations), "mula 9am hanggang 6pm", "Hindi kailangan super bilis, okay
  // lang maghintay" (it need not be fast; waiting is fine), "yung pinakamura" (the cheapest)
  [
    /(?<!\p{L})gusto namin ng tool na mag-?(?:da-?)?draft ng(?!\p{L})/giu,
    'we want a tool that drafts',
  ],
  [/(?<!\p{L})ginagamit namin mula(?!\p{L})/giu, 'we use it from'],
  [/(?<!\p{L})hanggang(?!\p{L})/giu, 'to'],
  [
    /(?<!\p{L})hindi kailangan(?:g)? super bilis,? okay lang maghintay ng ilang(?!\p{L})/giu,
    'it need not be fast, it is fine to wait a few',
  ],
  [
    /(?<!\p{L})(\d[\d,.]*) tokens? bawat draft(?!\p{L})/giu,
    '$1 tokens per draft',
  ],
  [/(?<!\p{L})tight ang budget namin(?!\p{L})/giu, 'our budget is tight'],
  [/(?<!\p{L})(?:yung |ang )?pinakamura(?!\p{L})/giu, 'the cheapest'],
  // bu-* round, Hungarian TOML and Polish YAML batch specs, their keys already read as prose:
  // "6 500 tetelek futtatasonkent" (items per run), "2 ablak ora" (a 2-hour window), "naponta
  // kétszer" (twice a day); "48 000 liczba zgloszen na przebieg" (reports per run), "okno czasowe:
  // 2 h" (the time window), "co 6 godzin" (every 6 hours)
  [/(?<![\p{L}_])tetelek[_ ]futtatasonkent(?![\p{L}_])/giu, 'items per run'],
  [/(?<![\p{L}_])(\d+) ablak[_ ]ora(?![\p{L}_])/giu, 'window: $1 hours'],
  [/(?<![\p{L}_])tokenek[_ ]tetelenkent(?![\p{L}_])/giu, 'tokens per item'],
  [/(?<![\p{L}_])kimenet[_ ]tokenek(?![\p{L}_])/giu, 'output tokens'],
  [/(?<![\p{L}_])futtatasok(?![\p{L}_])/giu, 'runs'],
  [/(?<!\p{L})naponta kétszer(?!\p{L})/giu, 'twice a day'],
  [/(?<!\p{L})adatot kinyerni(?!\p{L})/giu, 'extract data'],
  [/(?<!\p{L})nem sürgős(?!\p{L})/giu, 'no rush'],
  [
    /(?<![\p{L}_])liczba[_ ]zgloszen[_ ](?:na[_ ]przebieg|per run)(?![\p{L}_])/giu,
    'reports per run',
  ],
  [/(?<![\p{L}_])(?:okno|window)[_ ]czasowe(?![\p{L}_])/giu, 'time window'],
  [/(?<![\p{L}_])harmonogram(?![\p{L}_])/giu, 'schedule'],
  [/(?<![\p{L}_])dlugosc[_ ]zgloszenia(?![\p{L}_])/giu, 'report length'],
  [/(?<![\p{L}_])odpowiedz(?![\p{L}_])/giu, 'answer'],
  [/(?<![\p{L}_])tryb:\s*wsadowy(?![\p{L}_])/giu, 'mode: batch'],
  [/(?<![\p{L}_])instancje(?![\p{L}_])/giu, 'instances'],
  [/(?<!\p{L})klasyfikacja(?!\p{L})/giu, 'classification'],
  [/(?<!\p{L})co (\d+) godzin(?!\p{L})/giu, 'every $1 hours'],
  // bu-* round, Greek quarry: "θέλουμε να ταξινομούμε τις αναφορές" (we want to classify the
  // reports), "μία φορά την εβδομάδα, κάθε Παρασκευή βράδυ" (once a week, every Friday evening),
  // "3.000 αναφορές ανά εκτέλεση και παράθυρο 5 ωρών" (3,000 reports per run and a 5-hour
  // window), "Προϋπολογισμός έως 200 δολάρια ΗΠΑ ανά εκτέλεση" (a budget of up to $200 a run)
  [/(?<!\p{L})θέλουμε να ταξινομούμε(?!\p{L})/giu, 'we want to classify'],
  [/(?<!\p{L})τις αναφορές(?!\p{L})/giu, 'the reports'],
  [/(?<!\p{L})αναφορ(?:ές|ών)(?!\p{L})/giu, 'reports'],
  [/(?<!\p{L})κάθε αναφορά έχει(?!\p{L})/giu, 'each report has'],
  [/(?<!\p{L})η εργασία τρέχει(?!\p{L})/giu, 'the job runs'],
  [/(?<!\p{L})μία φορά την εβδομάδα(?!\p{L})/giu, 'once a week'],
  [/(?<!\p{L})κάθε παρασκευή βράδυ(?!\p{L})/giu, 'every Friday evening'],
  [/(?<!\p{L})ανά εκτέλεση(?!\p{L})/giu, 'per run'],
  [
    /(?<!\p{L})(?:και )?παράθυρο (\d+) ωρών(?!\p{L})/giu,
    'and a window of $1 hours',
  ],
  [/(?<!\p{L})προϋπολογισμός έως(?!\p{L})/giu, 'budget up to'],
  [/(?<!\p{L})δολάρια ΗΠΑ(?!\p{L})/giu, 'US dollars'],
  [/(?<!\p{L})δεν βιαζόμαστε(?!\p{L})/giu, 'no rush'],
  // bu-* round, Urdu weather service: "موسم کی پیشگوئی کا متن خودکار طور پر لکھوانا ہے" (forecast texts
  // to be written automatically), "ہر 6 گھنٹے بعد ایک رن ہوگا" (a run every 6 hours), "ہر رن میں
  // تقریباً 4,800 مقامات کے لیے متن تیار کرنا ہے" (texts for about 4,800 places each run), "1 گھنٹے کے
  // اندر" (within 1 hour), "ماڈل ڈیٹا تقریباً 600 ٹوکن" (model data of about 600 tokens)
  [
    /موسم\s+کی\s+پیشگوئی\s+کا\s+متن\s+خودکار\s+طور\s+پر\s+لکھوانا\s+ہے/gu,
    ' we need forecast texts generated automatically ',
  ],
  [/ہر\s+(\d+)\s+گھنٹے\s+بعد\s+ایک\s+رن\s+ہوگا/gu, ' a run every $1 hours '],
  [
    /ہر\s+رن\s+میں\s+(?:تقریباً|تقریبا)?\s*([\d,.]+)\s+مقامات\s+کے\s+لیے\s+متن\s+تیار\s+کرنا\s+ہے/gu,
    ' each run generates texts for about $1 places ',
  ],
  [/(\d+)\s+گھنٹے\s+کے\s+اندر/gu, ' within $1 hours '],
  [
    /ہر\s+مقام\s+کا\s+ماڈل\s+ڈیٹا\s+(?:تقریباً|تقریبا)?\s*([\d,.]+)\s+ٹوکن\s+ہے/gu,
    ' the model data of each place is about $1 tokens ',
  ],
  [
    /ہر\s+پیشگوئی\s+کا\s+متن\s+(?:تقریباً|تقریبا)?\s*([\d,.]+)\s+ٹوکن/gu,
    ' each forecast text is about $1 tokens ',
  ],
  // bs-* round, Uyghur ice-cream maker: "خېرىدارلار زاكاز بېرىش … ئۈچۈن بىر چات-بوت لازىم" (customers
  // need a chatbot to place orders …), "تىزىملاتقان خېرىدارىمىز ئاتمىش مىڭ" (60 thousand registered
  // customers), "يۈزدە ئون" (ten in a hundred), "ئىككى مىنۇتتا بىر قېتىم" (once in two minutes),
  // "سائەت 10 دىن كەچ سائەت 10 غىچە" (from 10 to 10 in the evening)
  [
    /خېرىدارلار\s+زاكاز\s+بېرىش[،,]?\s+يەتكۈزۈش\s+ۋاقتىنى\s+سوراش\s+ۋە\s+ئەرز-?شىكايەت\s+قىلىش\s+ئۈچۈن\s+بىر\s+چات-?بوت\s+لازىم/gu,
    ' customers need a chatbot to place orders, ask delivery times and make complaints ',
  ],
  [/تىزىملاتقان\s+خېرىدارىمىز/gu, ' registered customers: '],
  [/ئاتمىش\s+مىڭ/gu, ' 60000 '],
  [/ئوخشاش\s+ۋاقىتتا/gu, ' at the same time '],
  [
    /توردا\s+بولىدىغىنى\s+يۈزدە\s+ئون\s+ئەمەس[،,]?\s+يۈزدە\s+بىر/gu,
    ' not 10 percent, 1 percent are online ',
  ],
  [/يۈزدە\s+ئونى?/gu, ' 10 percent '],
  [/يۈزدە\s+بىر/gu, ' 1 percent '],
  [/توردا\s+بولىدۇ/gu, ' are online '],
  [
    /ھەر\s+بىر\s+ئادەم\s+ئىككى\s+مىنۇتتا\s+بىر\s+قېتىم\s+ئۇچۇر\s+يوللايدۇ/gu,
    ' each person sends a message every 2 minutes ',
  ],
  [
    /سائەت\s+(\d{1,2})\s+دىن\s+كەچ\s+سائەت\s+(\d{1,2})\s+غىچە/gu,
    ' from $1 am to $2 pm ',
  ],
  [/جاۋاب\s+چوقۇم\s+تېز\s+بولسۇن/gu, ' the answer must be fast '],
  // bs-* round, Dhivehi marine pilots: "އެއްފަހަރާ ގާތްގަނޑަކަށް ދިހަ ޕައިލެޓަކު ބޭނުން ކުރާނެ" (about
  // ten pilots at once), "ހެނދުނު 6:00 އިން ރޭގަނޑު 10:00 އަށް" (6 in the morning to 10 at night),
  // "ބަޖެޓު މަހަކު 800 ޑޮލަރު" (a budget of 800 dollars a month)
  [
    /އެއްފަހަރާ\s+ގާތްގަނޑަކަށް\s+ދިހަ\s+ޕައިލެޓަކު\s+ބޭނުން\s+ކުރާނެ/gu,
    ' about 10 pilots use it at the same time ',
  ],
  [
    /ހެނދުނު\s+(\d{1,2}):(\d{2})\s+އިން\s+ރޭގަނޑު\s+(\d{1,2}):(\d{2})\s+އަށް/gu,
    ' from $1:$2 am to $3:$4 pm ',
  ],
  [/ބަޖެޓު\s+މަހަކު\s+(\d[\d,.]*)\s+ޑޮލަރު/gu, ' budget $1 dollars a month '],
  // bt-* round, French opera: "Pas besoin d'une réponse instantanée, quelques secondes d'attente
  // ne dérangent personne" (no need for an instant answer; a few seconds' wait bothers nobody)
  [
    /(?<!\p{L})pas besoin d['’]une réponse (?:instantanée|immédiate)(?!\p{L})/giu,
    'no need for an instant answer',
  ],
  [
    /(?<!\p{L})quelques secondes d['’]attente ne dérangent personne(?!\p{L})/giu,
    'a few seconds of waiting bother nobody',
  ],
  // bt-* round, Mexican car rental: "un bot de atención a clientes" (a customer-service bot), "el
  // pico se triplica" (the peak triples), "El pico sí es 3x"
  [
    /(?<!\p{L})(?:bot|chatbot|asistente) de atención (?:a|al) clientes?(?!\p{L})/giu,
    'customer service bot',
  ],
  [/(?<!\p{L})el pico se duplica(?!\p{L})/giu, 'the peak is 2x the average'],
  [/(?<!\p{L})el pico se triplica(?!\p{L})/giu, 'the peak is 3x the average'],
  [
    /(?<!\p{L})el pico se cuadruplica(?!\p{L})/giu,
    'the peak is 4x the average',
  ],
  [/(?<!\p{L})el pico (?:sí )?es(?!\p{L})/giu, 'the peak is'],
  // bt-* round, Dutch bike share: "1 bericht per 40 seconden per actieve gebruiker"
  [/(?<!\p{L})(?:1|een|één) bericht(?!\p{L})/giu, '1 message'],
  [/(?<!\p{L})(\d+) berichten(?!\p{L})/giu, '$1 messages'],
  [/(?<!\p{L})per actieve gebruiker(?!\p{L})/giu, 'per active user'],
  [/(?<!\p{L})spits(?:uur|uren)?(?!\p{L})/giu, 'peak'],
  [/(?<!\p{L})gem\.(?=\s)/giu, 'on average'],
  // bt-* round, Italian bakery "Budget ridotto → soluzione più economica possibile", Polish
  // textile mill "Zależy nam na najtańszej opcji", Indonesian hotels "spot instances supaya
  // hemat" (so that it is cheap): the lowest cost wanted
  [/(?<!\p{L})budget ridotto(?!\p{L})/giu, 'tight budget'],
  [
    /(?<!\p{L})(?:la )?soluzione più economica(?: possibile)?(?!\p{L})/giu,
    'the cheapest possible solution',
  ],
  [
    /(?<!\p{L})zależy nam na najtańszej (?:opcji|ofercie|konfiguracji)(?!\p{L})/giu,
    'we want the cheapest option',
  ],
  [/(?<!\p{L})najtańsz\p{L}*(?!\p{L})/giu, 'cheapest'],
  [
    /(?<!\p{L})(?:supaya|agar|biar) (?:lebih )?hemat(?!\p{L})/giu,
    'to save money',
  ],
  // bt-* round, Turkish container terminal: "p99 uçtan uca yanıt süresi 20 sn." (p99 end-to-end
  // response time 20 s)
  [/(?<!\p{L})uçtan uca(?!\p{L})/giu, 'end-to-end'],
  [/(?<!\p{L})yanıt süresi(?!\p{L})/giu, 'response time'],
  [/(?<=\d\s?)sn\.?(?!\p{L})/giu, ' s'],
  // bt-* round, European Portuguese fishing cooperative: "quer extrair automaticamente dados dos
  // diários de bordo" (wants to extract data from the logbooks automatically), "uma vez por
  // semana, ao domingo à noite" (once a week, on Sunday night)
  [
    /(?<!\p{L})extrair (?:automaticamente )?(?:os )?dados d[oa]s?(?!\p{L})/giu,
    'extract data from the',
  ],
  [/(?<!\p{L})diários de bordo(?!\p{L})/giu, 'logbooks'],
  [/(?<!\p{L})uma vez (?:por|à|a|na) semana(?!\p{L})/giu, 'once a week'],
  [
    /(?<!\p{L})(?:ao|no|aos) (domingo|sábado|segunda|sexta)s? à noite(?!\p{L})/giu,
    'on $1 night',
  ],
  // bt-* round, Japanese zoo app: "年間来園者：約120万人" (annual visitors), "アプリの月間アクティブ
  // ユーザー：約8万人" (the app's monthly active users), "同時に使っているのは月間ユーザーの3%程度"
  // (about 3 % of the monthly users use it at once): the share is of the monthly users
  [
    /同時に使っているのは(?:アプリの)?月間(?:アクティブ)?ユーザー(?:数)?の\s*(\d+(?:\.\d+)?)\s*[%％](?:程度|くらい|ぐらい|ほど)?/gu,
    ' about $1% of monthly users use it at the same time ',
  ],
  [/(?:年間)?来(?:園|場|館)者(?:数)?/gu, ' annual visitors '],
  [/(?:アプリの)?月間アクティブユーザー(?:数)?/gu, ' monthly active users '],
  // bt-* round, Korean esports league: "동시 세션은 최대 1만 5천 개로 예상합니다" (up to 15 thousand
  // concurrent sessions expected)
  [
    /동시\s*세션(?:은|이|수는)?\s*최대\s*([\d만천,.\s]+?)\s*개(?:로|를|가)?/gu,
    ' up to $1 concurrent sessions ',
  ],
  // bt-* round, Swedish ski resort: "en chattassistent i vår app som gästerna kan småprata med om
  // allt möjligt" (a chat assistant guests can chit-chat with about anything), "Vi räknar med
  // 30–45 000 appanvändare per säsong", "var och en skickar ett meddelande varannan minut" (each
  // sends a message every other minute), "Svaren ska kännas direkta" (answers must feel instant)
  [
    /(?<![\p{L}\p{M}])chatt-?assistent(?:en)?(?![\p{L}\p{M}])/giu,
    'chat assistant',
  ],
  [/(?<![\p{L}\p{M}])småprata(?![\p{L}\p{M}])/giu, 'chit-chat'],
  [/(?<![\p{L}\p{M}])om allt möjligt(?![\p{L}\p{M}])/giu, 'about anything'],
  [/(?<![\p{L}\p{M}])vi räknar med(?![\p{L}\p{M}])/giu, 'we expect'],
  [/(?<![\p{L}\p{M}])appanvändare(?![\p{L}\p{M}])/giu, 'app users'],
  [/(?<![\p{L}\p{M}])per säsong(?![\p{L}\p{M}])/giu, 'per season'],
  [/(?<![\p{L}\p{M}])var och en(?![\p{L}\p{M}])/giu, 'each'],
  [
    /(?<![\p{L}\p{M}])varannan (minut|timme|sekund)(?![\p{L}\p{M}])/giu,
    'every other $1',
  ],
  [
    /(?<![\p{L}\p{M}])(?:svaren|svaret|det) (?:ska|måste|bör) kännas (?:direkta?|omedelbara?|snabba?)(?![\p{L}\p{M}])/giu,
    'the answers must feel instant',
  ],
  // bt-* round, Arabic ground handling: "يجيب عن أسئلة موظفي الساحة … من أدلة التشغيل القياسية
  // الخاصة بنا" (answers the ramp staff's questions from our standard operating manuals), "وكل موظف
  // يطرح سؤالاً كل ٥ دقائق" (each employee asks a question every 5 minutes), "العمل على مدار ٢٤
  // ساعة" (work around the clock), "أن يظهر أول رمز خلال ثانيتين" (the first token within two
  // seconds), "الميزانية الشهرية" (the monthly budget)
  [
    /(?<![\p{L}\p{M}])من أدلة (?:التشغيل|الإجراءات)(?: القياسية)?(?: الخاصة بنا)?(?![\p{L}\p{M}])/gu,
    ' from our operating manuals ',
  ],
  [
    /(?<![\p{L}\p{M}])و?كل موظف يطرح سؤال(?:اً|ا|ًا)?(?![\p{L}\p{M}])/gu,
    ' and each employee asks a question ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:العمل )?على مدار (?:٢٤|24) ساعة(?![\p{L}\p{M}])/gu,
    ' around the clock ',
  ],
  [/(?<![\p{L}\p{M}])(?<!زمن\s)أول رمز(?![\p{L}\p{M}])/gu, ' first token '],
  [/(?<![\p{L}\p{M}])خلال ثانيتين(?![\p{L}\p{M}])/gu, ' within 2 seconds '],
  [/(?<![\p{L}\p{M}])الميزانية الشهرية(?![\p{L}\p{M}])/gu, ' monthly budget '],
  // bt-* round, Czech recycling plant: "Běh každých 6 hodin, každý musí doběhnout do 2 hodin"
  // (a run every 6 hours, each must finish within 2 hours), "za jeden běh cca 12 000 záznamů"
  // (about 12,000 records per run), "Záznam má ~450 tokenů" (a record has ~450 tokens)
  [
    /(?<![\p{L}\p{M}])(?:každý |každá |každé )?(?:musí|má|by měl) (?:doběhnout|skončit|být hotov[ýáo]?|proběhnout) do(?![\p{L}\p{M}])/giu,
    'each must finish within',
  ],
  [/(?<![\p{L}\p{M}])za jeden běh(?![\p{L}\p{M}])/giu, 'per run'],
  [/(?<![\p{L}\p{M}])záznamů(?![\p{L}\p{M}])/giu, 'records'],
  [
    /(?<![\p{L}\p{M}])(?:každý )?záznam má(?![\p{L}\p{M}])/giu,
    'each record has',
  ],
  [/(?<![\p{L}\p{M}])cca(?![\p{L}\p{M}])/giu, 'about'],
  // bt-* round, Hindi call-centre summaries: "एजेंट 'सारांश' बटन दबाए और स्क्रीन पर कॉल का
  // सारांश आ जाए" (the agent presses the summary button and the summary appears on the screen),
  // "एजेंट उसी का इंतज़ार करता है" (the agent waits for it), "एक समय में लगभग आधे एजेंट लॉग-इन
  // रहते हैं" (about half of the agents are logged in at a time), "हर एजेंट औसतन हर 4 मिनट में एक
  // कॉल पूरी करता है" (each agent completes a call every 4 minutes), "एक कॉल की ट्रांसक्रिप्ट
  // लगभग 2,000 शब्दों की होती है" (one call's transcript is about 2,000 words)
  [
    /['‘’"]?\s*सारांश\s*['‘’"]?\s*बटन\s*दबा\S*(?:\s*और)?/gu,
    ' presses the summary button and ',
  ],
  [
    /स्क्रीन\s*पर\s*(?:\S+\s*का\s*)?सारांश\s*आ\s*जा\S*/gu,
    ' the summary appears on the screen ',
  ],
  [/\S*\s*उसी\s*का\s*इंत(?:ज़|ज)ार\s*कर\S*\s*है\S*/gu, ' they wait for it '],
  [/यह\s*जल्दी\s*आना\s*चाहिए/gu, ' it must come fast '],
  [
    /हमारे\s*पास\s*कुल\s*([\d,.]+)\s*एजेंट\s*हैं/gu,
    ' we have $1 agents in total ',
  ],
  [/एक\s*समय\s*में/gu, ' at a time '],
  [
    /आधे\s*एजेंट\s*लॉग-?\s*इन\s*रहते\s*हैं/gu,
    ' half of the agents are logged in ',
  ],
  [
    /हर\s*एजेंट\s*(?:औसतन\s*)?हर\s*(\d+)\s*मिनट\s*में\s*एक\s*कॉल\s*पूरी\s*करता\s*है/gu,
    ' each agent completes a call every $1 minutes ',
  ],
  [
    /एक\s*कॉल\s*की\s*ट्रांसक्रिप्ट\s*(?:लगभग|करीब)?\s*([\d,.]+)\s*शब्दों\s*की\s*होती\s*है/gu,
    ' the transcript of one call is about $1 words ',
  ],
  [
    /(?:और\s*)?सारांश\s*(?:लगभग|करीब)\s*([\d,.]+)\s*शब्दों\s*का/gu,
    ' and the summary about $1 words ',
  ],
  // bc-* round, Japanese "同時に使うのは 3％": the full-width percent sign is a percent sign
  [/％/gu, '%'],
  // br-* round, Belgian French "nonante-cinq mille", "toutes les nonante secondes": tens and
  // their units as digits before the rewrites that read counts
  ...frenchTens(),
  // Czech, Slovak, Croatian dates "od 1. 6. 2025": a day, not a count
  [/(?<![\d.,])\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}(?!\d)/gu, ' '],
  // by-* round: Dutch "Live vanaf 1-9-2026", "01/04/2026", ISO "2026-09-01" and Hungarian
  // "2026. 03. 01.": a calendar date, not a clock range ("from 1 to 9") nor counts
  [/(?<![\d.,/-])\d{1,2}([-/])\d{1,2}\1(?:19|20)\d{2}(?![\d/-])/gu, ' '],
  [/(?<![\d.,/-])(?:19|20)\d{2}-\d{2}-\d{2}(?![\d/-])/gu, ' '],
  [/(?<![\d.,])(?:19|20)\d{2}\.\s?\d{1,2}\.\s?\d{1,2}\.(?!\d)/gu, ' '],
  // ax-* round, Italian "una quarantina di analisti", French "une centaine d'agents", Spanish
  // "un centenar de usuarios", Portuguese "uma dezena de": a round count said as a group of it
  ...ROUND_GROUPS.map(([count, words]): [RegExp, string] => [
    new RegExp(
      `(?<!\\p{L})(?:un|una|une|uno|um|uma)\\s+(?:${words})(?!\\p{L})(?:\\s+(?:di|de)(?!\\p{L})|\\s+d['’])?\\s*`,
      'giu',
    ),
    `about ${count} `,
  ]),
  // ax-* round, Chinese "每两分钟" (every two minutes), "工作时间9:00–18:00" (working hours); Japanese
  // "商品説明文を一括生成" (generate product descriptions in bulk)
  [/(?<=每\s*)两(?=\s*(?:分钟|小时|個小時|个小时|秒))/gu, '2'],
  // aw-* round, Persian "A100 چهل گیگابایتی": a GPU's memory said in words (forty, eighty gigabytes)
  [/(?<=\d)\s*چهل\s*گیگ(?:ابایت)?ی?/gu, ' 40GB'],
  [/(?<=\d)\s*هشتاد\s*گیگ(?:ابایت)?ی?/gu, ' 80GB'],
  [/工作时间|工作時間/gu, ' working hours '],
  [/商品説明文?/gu, ' product descriptions '],
  [/一括生成/gu, ' generate in bulk '],
  // ay-* round, Chinese "约12万条" (about 120k items), "商品描述文案" (product descriptions),
  // "每次运行的费用不超过500美元" (at most $500 a run); Japanese "記事は" (the articles are); Korean
  // "요청은 분당 약 1만 2천 건" (12k requests a minute); Hindi "टूल कॉल" (tool calls), "एजेंट रन"
  // (agent runs); Arabic "١٢٠ محاميًا" (120 lawyers), "مستند" (document)
  [/约\s*(\d[\d.,]*\s*[万千]?)\s*条/gu, ' about $1 items '],
  [/商品描述(?:文案)?/gu, ' product descriptions '],
  [/每条(?=\s*(?:输入|输出))/gu, ' each item '],
  [
    /每次运行的?费用不超过\s*(\d[\d,.]*)\s*(?:美元|dollars?)/gu,
    ' at most $1 dollars per run ',
  ],
  [/記事は/gu, ' the articles are '],
  [
    /요청(?:은|이)?\s*분당\s*(?:약)?\s*(\d[\d,.]*\s*[만천]?(?:\s*\d[\d,.]*\s*천)?)\s*건/gu,
    ' $1 requests per minute ',
  ],
  [
    /एक\s*साथ\s*(?:लगभग\s*)?(\d[\d,]*)\s*एजेंट\s*रन(?:\s*चलेंगे)?/gu,
    ' about $1 agent runs at the same time ',
  ],
  [/टूल\s*कॉल/gu, ' tool calls '],
  // bb-* round, Korean "리뷰 1건은 평균 120토큰" (one review is 120 tokens on average, not a count
  // of items); Japanese "約600名" (about 600 people), "2分に1回くらい生成ボタンを押します" (presses
  // the generate button about once every 2 minutes), "見出し案とSNS用の紹介文を生成" (generates
  // headline suggestions and social posts); German "Sachbearbeiter:innen" (the gender form)
  [/(?<!\d)1\s*건(?:은|이)\s*(?:평균\s*)?/gu, ' each item is about '],
  [/約\s*(\d[\d,]*)\s*名/gu, ' about $1 people '],
  [
    /(\d+)\s*分に\s*1\s*回(?:くらい|ほど|程度)?\s*(?:生成)?ボタンを押します/gu,
    ' each person presses the button once every $1 minutes ',
  ],
  [
    /見出し案とSNS用の紹介文を生成/gu,
    ' generates headline suggestions and social posts ',
  ],
  [/(\p{L}{3,})(?::|\*|_)innen(?!\p{L})/gu, '$1'],
  // ba-* round, Chinese "1.2万名研究协调员" (12,000 research coordinators), "每人大约每分钟发起1次
  // 翻译请求" (one request a minute each), "高峰期流量约为平均的2.5倍" (peak 2.5x the average);
  // Korean "동시 세션은 약 2,500개" (2,500 concurrent sessions), "스팟 인스턴스" (spot instances);
  // Japanese "単体テストコードや関数をまるごと生成" (generates unit tests and whole functions),
  // "120セッション"; Hindi "ग्राहक सेवा" (customer service), "12 लाख उपभोक्ता" (1.2M consumers),
  // "हर व्यक्ति लगभग हर 2 मिनट में एक संदेश भेजता है" (each sends a message every 2 minutes)
  [/(\d[\d,.]*\s*[万萬千]?)\s*名(?=\p{Script=Han})/gu, ' $1 people '],
  [
    /每人\s*(?:大约|大概|约|平均)?\s*每分钟\s*(?:发起|发送|提交|调用|发)?\s*(\d+(?:\.\d+)?)\s*次/gu,
    ' each person sends $1 requests per minute ',
  ],
  [
    /高峰(?:期|时)?(?:的)?流量\s*(?:大约|约)?\s*(?:为|是)\s*平均(?:值)?的\s*(\d+(?:\.\d+)?)\s*倍/gu,
    ' at peak $1x the average ',
  ],
  [
    /동시\s*(?:접속\s*)?세션(?:은|이|수는?)?\s*:?\s*(?:약\s*)?(\d[\d,.]*)\s*개/gu,
    ' about $1 concurrent sessions ',
  ],
  [/스팟\s*인스턴스/gu, ' spot instances '],
  [/프롬프트(?:는|은)?/gu, ' prompts '],
  [/응답(?:은|는)(?=\s*(?:최대\s*)?\d)/gu, ' answers '],
  [/単体テストコード/gu, ' unit test code '],
  [/関数をまるごと生成/gu, ' generates whole functions '],
  [/(\d[\d,]*)\s*セッション/gu, ' $1 sessions '],
  [/ग्राहक\s*सेवा/gu, ' customer service '],
  [/उपभोक्ता/gu, ' consumers '],
  [
    /हर\s*व्यक्ति\s*(?:लगभग\s*)?हर\s*(\d+)\s*मिनट\s*में\s*एक\s*(?:संदेश|सवाल)\s*भेजता\s*है/gu,
    ' each person sends a message about every $1 minutes ',
  ],
  // az-* round, Japanese "対話型チューター" (a conversational tutor); Korean "상담 챗봇"
  // (a customer-advice chatbot), "첫 토큰 응답 시간" (time to first token); Chinese "代码补全"
  // (code completion), "每人每分钟大约触发 4 次补全请求" (4 requests a minute each)
  [/対話型チューター/gu, ' conversational tutoring chatbot '],
  [/상담\s*챗봇/gu, ' customer service chatbot '],
  [/첫\s*토큰\s*응답\s*시간(?:은|이)?/gu, ' time to first token '],
  [/代码补全|代碼補全/gu, ' code completion '],
  [
    /每人每分钟\s*(?:大约|约)?\s*触发\s*(\d+(?:\.\d+)?)\s*次(?:补全)?请求/gu,
    ' each user sends $1 requests per minute ',
  ],
  [/必须非常快/gu, ' must be very fast '],
  [/छात्र(?:ों)?/gu, ' students '],
  [/एजेंट\s*रन/gu, ' agent runs '],
  [/(\d[\d,]*)\s*محامي(?:ًا|اً|ا|ين)?/gu, ' $1 lawyers '],
  [/مستند/gu, ' document '],
  // aw-* round, Arabic "زمن أول رمز أقل من ثانية واحدة": before the single words below split it
  [
    /زمن\s*أول\s*رمز\s*أقل\s*من\s*ثانية\s*واحدة/gu,
    ' time to first token under 1 second ',
  ],
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
  ...(
    [
      ['saa', 'hour'],
      ['dakika', 'minute'],
      ['sekunde', 'second'],
      ['siku', 'day'],
    ] as const
  ).map(([period, en]): [RegExp, string] => [
    new RegExp(
      `(?<!\\p{L})maombi\\s+(\\d+(?:[,.]\\d+)*)\\s+kwa\\s+${period}(?!\\p{L})`,
      'giu',
    ),
    `$1 requests per ${en}`,
  ]),
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
  // by-* round: "사내 IDE 자동완성 서비스" (the in-house IDE's autocomplete service)
  [/(?:IDE\s*)?자동\s*완성/giu, ' IDE autocomplete '],
  [/동시\s*사용자(?:는|가)?/gu, ' concurrent users '],
  [/(\d[\d,.]*)\s*(?:명|개|건)?\s*(?:이|가)\s*아니라\s*/gu, ' not $1 but '],
  // "활성 사용자 1명당 1분에 한 번꼴로 메시지를 보냅니다": each active user, a message a minute
  [
    /(?:활성\s*사용자\s*)?1\s*명당\s*(\d+)\s*분에\s*한\s*번(?:꼴로|씩|정도)?\s*메시지를\s*보냅니다/gu,
    ' each active user sends a message every $1 minutes ',
  ],
  [/AI\s*대화\s*기능/gu, ' AI chat feature '],
  [/(\d[\d,.]*)\s*명(?!이었|였)/gu, '$1 people'],
  [/첫\s*토큰까지/gu, ' time to first token '],
  // by-* round: "첫 토큰 지연 p99 150ms 이하" (first-token latency at p99 150 ms or less),
  // "pricing을 spot으로 설정해 주세요" (please set pricing to spot)
  [/첫\s*토큰\s*지연/gu, ' first token latency '],
  [/첫\s*토큰/gu, ' first token '],
  [/(\d[\d,.]*\s*ms)\s*이하/giu, ' at most $1 '],
  [
    /([a-z][\w.]*)\s*[을를]\s*([\w.-]+?)\s*(?:으로|로)\s*설정(?:할\s*것|하세요|해\s*주세요|하라)/giu,
    ' set $1 to $2 ',
  ],
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
  [
    /(?<!\p{L})první token(?: odpovědi)?(?: (?:musí|má|by měl) (?:přijít|dorazit|být))? do(?!\p{L})/giu,
    'first token within',
  ],
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
  DOTTED_MERIDIEM,
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
  // bo-* round, Korean "운영 시간은 오전 9시~오후 10시" (open 9am to 10pm), "월간 활성 사용자"
  // (monthly active users), "약 2%가 동시에 접속하고" (about 2 % online at the same time)
  [/(\d{1,2}\s*[ap]m)\s*[~～〜]\s*(\d{1,2}\s*[ap]m)/giu, ' from $1 to $2 '],
  [/월간\s*활성\s*사용자(?:는|가|수는?)?/gu, ' monthly active users '],
  [
    /(\d+(?:\.\d+)?)\s*%\s*(?:가|이)\s*동시에\s*접속(?:하고|해서|하며|합니다)?/gu,
    ' $1% online at the same time ',
  ],
  [/응답(?:은|이)?\s*빨라야/gu, ' responses must be fast '],
  // bo-* round, Japanese "特許出願書類（明細書・請求項を含め平均4万トークン程度）の要約を自動生成したい"
  // (summaries of patent applications, claims included, about 40,000 tokens on average)
  [/特許出願書類/gu, ' patent application documents '],
  [/明細書・請求項を含め/gu, ' including the specification and claims, '],
  [
    /の要約を(?:自動)?生成したいです/gu,
    ' — we want to generate summaries of them automatically. ',
  ],
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
  [/(?:1\s*日|毎日)\s*2\s*回/gu, ' twice a day '],
  [/(?:1\s*日|毎日)\s*(\d+)\s*回/gu, ' $1 times a day '],
  [
    /1\s*回\s*あたり\s*(?:約)?\s*([\d万千,.]+)\s*件/gu,
    ' about $1 items per run ',
  ],
  [/1\s*件\s*あたり\s*(?:平均)?\s*(?:約)?/gu, ' each item about '],
  [/要約は\s*(?:1\s*件(?:あたり)?\s*)?(?=\d)/gu, ' summaries of about '],
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
  [/प्रति\s*रन/gu, ' per run '],
  // Tamil "மொழிபெயர்ப்பு சேவை" (translation service), "ஒவ்வொரு கோரிக்கையும் … சொற்கள்" (each
  // request … words), "மாதத்திற்கு அதிகபட்சம் 2,000 அமெரிக்க டாலர்" (at most 2,000 US dollars a month)
  [/மொழிபெயர்ப்பு\s*சேவை/gu, ' translation service '],
  [/ஒவ்வொரு\s*கோரிக்கையும்/gu, ' each request is '],
  [/சொற்கள்/gu, ' words '],
  [
    /மொழிபெயர்ப்பும்\s*ஏறக்குறைய\s*அதே\s*நீளம்/gu,
    ' and the translation is about the same length ',
  ],
  [/பட்ஜெட்/gu, ' budget '],
  [
    /மாதத்திற்கு\s*அதிகபட்சம்\s*(\d[\d,.]*)\s*அமெரிக்க\s*டாலர்/gu,
    ' at most $1 US dollars per month ',
  ],
  // Arabic "لدينا حوالي 80,000 مشترك" (subscribers), "كل مستخدم نشط يرسل رسالة كل دقيقتين"
  [/(\d[\d,.]*)\s*مشترك/gu, ' $1 subscribers '],
  [/كل\s*مستخدم\s*نشط\s*يرسل\s*رسالة/gu, ' each active user sends a message '],
  [/كل\s*دقيقتين/gu, ' every 2 minutes '],
  [/से\s*(?:ज़|ज़)्यादा\s*नहीं/gu, ' at most '],
  [/हर\s*शिकायत/gu, ' each complaint is '],
  [/प्रॉम्प्ट/gu, ' prompts '],
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
  // (not "2%\n0.5 requests": a figure's own per-cent sign before the next line)
  [/(?<!\d\s?)%[ \t]?(\d+(?:[.,]\d+)?)(?!\d)/gu, '$1% '],
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
  // "after every model run (00/06/12/18 UTC)": runs at these clock hours, so as many a day
  ...[8, 7, 6, 5, 4, 3, 2].map((runs): [RegExp, string] => [
    new RegExp(
      `\\b(?:[01]\\d|2[0-3])(?:\\/(?:[01]\\d|2[0-3])){${
        runs - 1
      }}(?=\\s*(?:utc|gmt|z|h|local)\\b)`,
      'gi',
    ),
    `${runs} times a day`,
  ]),
  // "kr. 20.000": the abbreviation's period is no sentence end
  [/(?<!\p{L})kr\.\s*(?=\d)/giu, 'kr '],
  // cron "0 */6 * * *": a run every 6 hours; "30 1 * * 0": a weekly run
  [/`?\b[0-5]?\d\s+\*\/(\d{1,2})\s+\*\s+\*\s+\*(?!\S)`?/g, 'every $1 hours'],
  [
    /`?\b[0-5]?\d\s+(\d{1,2})\s+\*\s+\*\s+(?:[0-7]|mon|tue|wed|thu|fri|sat|sun)(?!\S)`?/gi,
    'every week starting at $1:00',
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
  // Thai is written without spaces between words: its phrases are read wherever they stand;
  // a space ends a Thai clause, so the words that open one open it after a comma
  [/แชทบอท/gu, ' chatbot '],
  [/ผู้ใช้งานพร้อมกัน|ผู้ใช้พร้อมกัน/gu, ' concurrent users '],
  [/(\d)\s*คน/gu, '$1 people'],
  [
    /ช่วงพีคสูงกว่าค่าเฉลี่ย\s*(\d+(?:\.\d+)?)\s*เท่า/gu,
    ', peak is $1x the average ',
  ],
  [/มีผู้ใช้/gu, ' with users '],
  [/ต้องตอบเร็วทันใจ|ตอบเร็วทันใจ|ทันใจ/gu, ' must respond instantly '],
  [/คำตอบยาว/gu, ' answers are '],
  [/โทเค็น/gu, ' tokens '],
  // Japanese "最初のトークンまでは2秒以内": time to first token; "出力は…約500": output about 500
  [/最初のトークンまで(?:は|が)?/gu, ' time to first token '],
  [/出力は[^。\d約]{0,12}約/gu, ' output about '],
  [/出力は[^。\d約]{0,12}(?=\d)/gu, ' output '],
  [/งานแบตช์ประจำคืน|ประจำคืน/gu, ' nightly batch job '],
  [/รายการต่อคืน/gu, ' items per night '],
  // "ช่วงตี 1 ถึงตี 6": the small hours, 1 am to 6 am
  [/ช่วง\s*ตี\s*(\d{1,2})\s*ถึง\s*ตี\s*(\d{1,2})/gu, ' $1 am to $2 am '],
  [/จัดหมวดหมู่/gu, ' categorise '],
  [/ให้คะแนนอารมณ์/gu, ' sentiment scoring '],
  [/รีวิวสินค้า/gu, ' product reviews '],
  [/แต่ละรีวิวยาว|แต่ละรีวิว/gu, ', each review is '],
  [/ผลลัพธ์แค่ราว|ผลลัพธ์ราว/gu, ', output only about '],
  [/ใช้เครื่อง\s*spot\s*ได้/gu, ', spot instances are fine, '],
  [/ดอลลาร์สหรัฐ/gu, ' US dollars '],
  [/ต่อเดือน/gu, ' per month '],
  [/รันทุกสัปดาห์|ทุกสัปดาห์/gu, ' every week '],
  [/คืนวัน(?:ศุกร์|เสาร์|อาทิตย์)|ทุกคืน/gu, ' overnight '],
  [/ครั้งละประมาณ|ครั้งละ/gu, ' each run about '],
  [/ต้องเสร็จภายใน|เสร็จภายใน/gu, ', must finish within '],
  [/ชั่วโมง/gu, ' hours '],
  [/งบไม่เกิน|งบประมาณไม่เกิน/gu, ', budget at most '],
  [/ดอลลาร์ต่อรอบ/gu, ' dollars per run '],
  [/ดอลลาร์ต่อเดือน/gu, ' dollars per month '],
  [/ไม่ต้องเร็ว|ไม่รีบ/gu, ' no rush '],
  [/รายงานการประชุม/gu, ' meeting reports '],
  [/ที่ยาวมาก/gu, ' which are very long '],
  [/เอกสารละ/gu, ', each document is '],
  [/สรุปประมาณ|สรุปราว/gu, ', the summary about '],
  [
    /คืนละ\s*(?:ประมาณ)?\s*([\d,]+)\s*ฉบับ/gu,
    ', about $1 documents per night ',
  ],
  [/สรุป/gu, ' summarise '],
  [/ไฟล์/gu, ' files '],
  [/ประมาณ/gu, ' about '],
  // Marathi "दस्तऐवजांवरून उत्तरे देणारा सहाय्यक" (an assistant answering from documents), "सरासरी दर
  // मिनिटाला सुमारे 1,200 प्रश्न येतात" (about 1,200 questions a minute on average), "गर्दीच्या वेळी
  // दुप्पट" (double at peak), "सकाळी 9 ते रात्री 9" (9 am to 9 pm)
  [
    /दस्तऐवजांवरून\s*उत्तरे\s*देणारा\s*सहाय्यक/gu,
    ' an assistant answering from our documents (RAG) ',
  ],
  [
    /सरासरी\s*दर\s*मिनिटाला\s*(?:सुमारे|about)?\s*([\d,]+)\s*प्रश्न\s*येतात/gu,
    ' on average about $1 questions per minute ',
  ],
  [/गर्दीच्या\s*वेळी\s*दुप्पट/gu, ', peak 2x the average '],
  [/सकाळी\s*(\d{1,2})\s*ते\s*रात्री\s*(\d{1,2})/gu, ' from $1am to $2pm '],
  [/उत्तर\s*लगेच\s*यायला\s*हवे/gu, ' answers must come instantly '],
  // Telugu "సుమారు 2 లక్షల మంది నెలవారీ యాక్టివ్ కస్టమర్లు" (about 2 lakh monthly active customers),
  // "అందులో 1% మంది ఒకేసారి చాట్ చేస్తారు" (1 % of them chat at once), "ఉదయం 8 నుంచి రాత్రి 10 వరకు"
  [/కస్టమర్\s*సర్వీస్\s*బాట్/gu, ' customer service bot '],
  [/సుమారు/gu, ' about '],
  [/(\d+(?:\.\d+)?)\s*లక్షల?\s*(?:మంది)?/gu, ' $1 lakh '],
  [/నెలవారీ\s*యాక్టివ్\s*కస్టమర్లు/gu, ' monthly active customers '],
  // be-* round: "నెలకు సుమారు 3 లక్షల మంది యాక్టివ్ యూజర్లు ఉన్నారు" (about 3 lakh active users a
  // month), "పాలసీ పత్రాల నుండి సమాధానం ఇచ్చే సహాయకుడు" (an assistant answering from policy documents)
  [
    /నెలకు\s*(about\s*)?(\d[\d.,]*\s*lakh)\s*యాక్టివ్\s*యూజర్లు(?:\s*ఉన్నారు)?/gu,
    ' $1$2 monthly active users ',
  ],
  [
    /మా\s*పాలసీ\s*పత్రాల\s*నుండి\s*సమాధానం\s*ఇచ్చే\s*సహాయకుడు/gu,
    ' an assistant that answers from our policy documents ',
  ],
  [
    /అందులో\s*(\d+(?:\.\d+)?)\s*%\s*మంది\s*ఒకేసారి\s*(?:చాట్\s*చేస్తారు|ఆన్‌లైన్‌లో\s*ఉంటారు)/gu,
    ', of them $1% chat at the same time ',
  ],
  [
    /ఒక్కొక్కరు\s*నిమిషానికి\s*ఒక\s*(?:మెసేజ్\s*పంపుతారు|ప్రశ్న\s*అడుగుతారు)/gu,
    ', each sends one message per minute ',
  ],
  [
    /ఉదయం\s*(\d{1,2})\s*(?:నుంచి|నుండి)\s*రాత్రి\s*(\d{1,2})\s*వరకు/gu,
    ', from $1am to $2pm ',
  ],
  [/బడ్జెట్\s*నెలకు/gu, ', budget per month '],
  // Hindi fractions before a scale word: "ढाई लाख" is 2.5 lakh, "डेढ़ लाख" 1.5 lakh
  [/ढाई(?=\s*(?:लाख|करोड़|हज़ार|हजार|lakh|crore))/gu, '2.5'],
  [/डेढ़(?=\s*(?:लाख|करोड़|हज़ार|हजार|lakh|crore))/gu, '1.5'],
  [/पीक\s*लोड/gu, ' peak load '],
  [/औसत\s*का\s*(\d+(?:\.\d+)?)\s*गुना/gu, ' $1x the average '],
  [/हो\s*जाता\s*है/gu, ' becomes '],
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
  [
    /(?<![\d:])(\d{1,2})h(\d{2})(?!\d|[ \t]*(?:m|mins?|minut\p{L}*)(?!\p{L}))/gu,
    '$1:$2',
  ],
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
    /(?<=\d)\s?(?:mio|mln|millionen|millions|million|millones|millón|milioni|milione|milhões|milhão|miljoen|miljoner|miljon|milionów|miliony|milion|milyon|milioane|millió|miljoonaa|miljoona|mili[oó]n\p{L}*|milij[ou]n\p{L}*|millj[oó]n\p{L}*|miljon\p{L}*|мільйон\p{L}*|мільён\p{L}*|миллион\p{L}*|милион\p{L}*)\.?(?!\p{L})/giu,
    ' million',
  ],
  // "2,5 millions d'abonnés", "3 milioni di utenti": the count goes straight before what it counts
  [/(?<=\d million)\s+(?:d'|de\s+|di\s+|of\s+)(?=\p{L})/giu, ' '],
  // Czech / Slovak "3,2 mil.": a decimal count of the abbreviated million ("20 mil" is Spanish
  // for twenty thousand, written without a decimal)
  [/(?<=\d,\d{1,2})\s?mil\.(?!\p{L})/giu, ' million'],
  [
    /(?<=\d)\s?(?:mrd|miliardi|milliarden|milliards|miljard|miljarder|miliardów)\.?(?!\p{L})/giu,
    ' billion',
  ],
  // br-* round, Breton counting in twenties: "tri-ugent mil" (60 thousand), "daou-ugent ger" (40
  // words)
  [/(?<![\p{L}-])daou-ugent(?![\p{L}-])/giu, '40'],
  [/(?<![\p{L}-])tri-ugent(?![\p{L}-])/giu, '60'],
  [/(?<![\p{L}-])pevar-ugent(?![\p{L}-])/giu, '80'],
  [
    /(?<=\d)\s?(?:tsd|tys|tausend|mille|mila|mil|duizend|tusen|tysięcy|tysiące|tūkst)\.?(?!\p{L})/giu,
    ' thousand',
  ],
  // clock windows: "entre 23h et 5h", "von 22 bis 4 Uhr", "dalle 23 alle 5", "van 23:00 tot 05:00"
  // (not "entre 30 e 40 mil tokens")
  [
    /(?<!\p{L})(?:entre|zwischen|tra le|tra|tussen|między|mellan)\s+(?:las\s+|les\s+|le\s+|as\s+)?(\d{1,2}(?::\d{2})?)\s*(?:h|uhr|heures?|horas?|ore|u|uur|godz\.?)?\s+(?:et|und|y|e|en|a|och)\s+(?:le\s+|las\s+|as\s+)?(\d{1,2}(?::\d{2})?)(?!\d|[.,]\d)\s*(?:h|uhr|heures?|horas?|ore|u|uur|godz\.?)?(?!\p{L})(?!\s*(?:thousand|million|%))/giu,
    'between $1h and $2h',
  ],
  [
    /(?<!\p{L})(?:(?:von|de|dalle|das|van|od|från|desde)\s+|dall['’]\s*)(?:las\s+)?(\d{1,2}(?::\d{2})?)\s*(?:h|uhr|heures?|horas?|u|uur|godz\.?)?\s+(?:bis|à|a|alle|al|às|tot|do|till|hasta|até)\s+(?:las\s+|as\s+)?(\d{1,2}(?::\d{2})?)\s*(?:h|uhr|heures?|horas?|u|uur|godz\.?)?(?!\p{L})/giu,
    'from $1h to $2h',
  ],
  // "um 23 Uhr", "bis 5 Uhr": clock hours
  [/(?<=\d:\d\d)\s?(?:uhr|uur)(?!\p{L})/giu, ''],
  [/(?<=\d)\s?(?:uhr|uur)(?!\p{L})/giu, 'h'],
  // "ab 22:30", "à partir de 23h", "vanaf 22:00": from
  // br-* round, Faroese ferry: "frá kl. 6 til kl. 23" (from 6 to 23 o'clock)
  [
    /(?<!\p{L})frá\s+kl\.?\s*(\d{1,2}(?::\d{2})?)\s+til\s+kl\.?\s*(\d{1,2}(?::\d{2})?)(?!\d)/giu,
    ' from $1h to $2h ',
  ],
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
  // as-* round. Korean dates "2026년 3월 2일" are not a month's figures
  [/\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일/g, ' '],
  // not "오픈월드" (open world) or "월요일" (Monday)
  [/한\s*달에|월(?!드|요일)/g, ' per month '],
  [/(\d[\d.,]*\s*[만억천]?)\s*원/g, ' $1 won '],
  [/(?<![\uac00-\ud7a3])약\s*/gu, ' about '],
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
  // "入力は前後のコンテキストで約1,500トークン": what the input holds may come between
  [/入力は?(?:[^。、.\d\n]{0,16}?で)?\s*(?:約|およそ)/g, ' input about '],
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
  // Chinese "研发人员约 1.2 万人" (R&D staff), "同时在用的大约 5%", "每人平均每 3 分钟调用一次",
  // "首 token 时间在 500 毫秒以内"
  [/研发人员\s*(?:约|大约)?\s*(?=\d)/g, ' developers: about '],
  [
    /同时在用的\s*(?:大约|约)?\s*(\d+(?:\.\d+)?)\s*%/g,
    ' about $1% of them use it at the same time ',
  ],
  // by-* round: "高峰时大约三成的人同时在用" (at peak about three tenths of them use it at once),
  // "速度不用太快，一两分钟出结果都可以" (it need not be fast; a result in a minute or two is fine)
  ...[...'一二三四五六七八九'].map((tenths, i): [RegExp, string] => [
    new RegExp(`${tenths}成(?:的人)?`, 'gu'),
    ` ${(i + 1) * 10}% of them `,
  ]),
  [/同时在用/gu, ' use it at the same time '],
  [/速度不用太快/gu, ' it need not be fast '],
  [/一两分钟出结果都可以/gu, ' a result within a minute or two is fine '],
  [
    /每人\s*(?:平均|average)?\s*(?:大约|约|about)?\s*每\s*(\d+)\s*分钟\s*(?:调用|提问|请求|发送|提)\s*(?:一次|一个问题|一个请求|一条消息)/g,
    ' each sends a request every $1 minutes ',
  ],
  [
    /首\s*token\s*时间\s*(?:在|为)?\s*(\d+)\s*毫秒\s*(?:以内|之内)?/g,
    ' time to first token within $1 ms ',
  ],
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
  [
    /(\d[\d,.]*\s*[万萬千]?)\s*(?:名|人)\s*(?:员工|員工|社員|従業員|職員)/g,
    ' $1 employees ',
  ],
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
  // "ピーク時の同時利用セッションは約300": about 300 sessions at once
  [
    /同時(?:利用|接続)セッション(?:数)?は?\s*(?:約|およそ)\s*(\d[\d,]*)/gu,
    ' about $1 concurrent sessions ',
  ],
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
  // the ideographic comma and full stop (and the full-width comma and semicolon) end a clause
  // like "," and "."
  [/、/gu, ', '],
  [/。/gu, '. '],
  [/(?<!\d)，|，(?!\d)/gu, ', '],
  [/；/gu, '; '],
  // the danda, the Urdu, Khmer, Myanmar and Armenian full stops end a sentence
  [/[।۔។။]|(?<=\p{L}|\d)։/gu, '. '],
  // be-* round: Khmer cinema-chain customer service (no spaces between words)
  [/សេវាអតិថិជន/gu, ' customer service '],
  [/ចរាចរណ៍ជាមធ្យម/gu, ' traffic on average '],
  [/សំណើក្នុងមួយវិនាទី/gu, ' requests per second '],
  [/នៅចុងសប្តាហ៍/gu, ' at the weekend '],
  [/កើនឡើងដល់\s*(\d+)\s*ដង/gu, ' rises up to $1x '],
  [/ការឆ្លើយតបត្រូវតែលឿនបំផុត/gu, ' responses must be as fast as possible '],
  // Tamil court interpreting: "ஒரே நேரத்தில் சுமார் 40 விசாரணைகள்" (about 40 hearings at the same
  // time), corrected by "திருத்தம்: 40 அல்ல" (correction: not 40)
  [
    /ஒரே நேரத்தில்\s*(?:சுமார்|about)?\s*(\d+)\s*விசாரணைகள்/gu,
    ' $1 hearings at the same time ',
  ],
  [/திருத்தம்/gu, ' correction '],
  [/மொழிபெயர்க்க\s*வேண்டும்/gu, ' we need to translate '],
  [/(?<!\d)(\d+)\s*அல்ல(?!\p{L}|\p{M})/gu, ' not $1 '],
  // Sinhala telco billing chatbot: "පාරිභෝගිකයින් ලක්ෂ 25ක් පමණ" (about 25 lakh customers), "ඉන්
  // 0.5%ක් පමණ එකවර සක්‍රීයයි" (of them about 0.5 % active at once), "විනාඩි 2කට වරක්" (once every
  // 2 minutes), "දිනකට පැය 16ක්" (16 hours a day), "2 ගුණයක්" (2 times)
  [/පාරිභෝගික\s*සේවා/gu, ' customer service '],
  [
    /පාරිභෝගිකයින්\s*ලක්ෂ\s*(\d[\d.,]*)\s*ක්\s*පමණ/gu,
    ' about $1 lakh customers ',
  ],
  [
    /ඉන්\s*(\d[\d.,]*)\s*%\s*ක්\s*පමණ\s*එකවර\s*සක්‍රීයයි/gu,
    ' of them about $1% are active at the same time ',
  ],
  [/සෑම\s*කෙනෙක්ම/gu, ' each person '],
  [/විනාඩි\s*(\d+)\s*කට\s*වරක්/gu, ' once every $1 minutes '],
  [/පණිවිඩයක්\s*යවනවා/gu, ' sends a message '],
  [/දිනකට\s*පැය\s*(\d+)\s*ක්/gu, ' $1 hours a day '],
  [/සාමාන්‍යයට\s*වඩා\s*(\d+(?:\.\d+)?)\s*ගුණයක්/gu, ' $1x the average '],
  [/ඉතා\s*ඉක්මනින්/gu, ' very fast '],
  // Nepali charity thank-you letters: "हरेक हप्ता आइतबार" (every week on Sunday), "पत्र"
  // (letters), "करिब" (about), "घण्टाभित्र सकिनुपर्छ" (must finish within … hours)
  [/हरेक\s*हप्ता/gu, ' every week '],
  [/आइतबार/gu, ' on sunday '],
  [/धन्यवाद-पत्रको\s*मस्यौदा\s*बनाउन/gu, ' draft thank-you letters '],
  [/प्रति\s*हप्ता/gu, ' per week '],
  [/प्रत्येक\s*पत्रको/gu, " each letter's "],
  [/पत्र\s*आफैं/gu, ' the letter itself is '],
  [/(?<=\)\s*)पत्र(?=\s*[.।])/gu, ' letters'],
  [/करिब/gu, ' about '],
  [
    /सबै\s*काम\s*(\d+)\s*घण्टाभित्र\s*सकिनुपर्छ/gu,
    ' the whole job must finish within $1 hours ',
  ],
  [/हतार\s*छैन/gu, ' no rush '],
  [/खर्च\s*सकेसम्म\s*कम\s*हुनुपर्छ/gu, ' the cost must be as low as possible '],
  // Gujarati dental-insurer nightly claims: "દર રાત્રે ક્લેમ" (claims per night), "રાત્રે ૧૨ થી
  // સવારે ૫" (from 12 at night to 5 in the morning), "આશરે ૭૦૦ ટોકન" (about 700 tokens)
  [/રાત્રિ\s*બેચ\s*જોબ/gu, ' nightly batch job '],
  [/વર્ગીકૃત/gu, ' classify '],
  [/દર\s*રાત્રે\s*ક્લેમ/gu, ' claims per night '],
  [/સમય\s*મર્યાદા/gu, ' window '],
  [/રાત્રે\s*12/gu, '12 am'],
  [/રાત્રે\s*(1[01]|[6-9])/gu, '$1 pm'],
  [/સવારે\s*(\d{1,2})/gu, '$1 am'],
  [/(\d{1,2}\s*[ap]m)\s*થી\s*(\d{1,2}\s*[ap]m)/gu, ' from $1 to $2 '],
  [/(\d+)\s*કલાક/gu, '$1 hours'],
  [/દરેક\s*ક્લેમ/gu, ' each claim '],
  [/આશરે/gu, ' about '],
  [/ટોકન/gu, ' tokens '],
  [/બજેટ/gu, ' budget '],
  [/દર\s*મહિને/gu, ' per month '],
  [/વધુમાં\s*વધુ/gu, ' at most '],
  // Lao weather-office chatbot (no spaces between words): "ຈຳນວນຜູ້ໃຊ້ພ້ອມກັນ" (users at the same
  // time), "ປະມານ ໑໕໐ ຄຳ" (about 150 words)
  [/ແຊັດບອດ/gu, ' chatbot '],
  [
    /ໂດຍອີງໃສ່ບົດລາຍງານ\s*ແລະ\s*ຂໍ້ມູນຂອງພວກເຮົາ/gu,
    ' based on our reports and data ',
  ],
  [/ຈຳນວນຜູ້ໃຊ້ພ້ອມກັນ/gu, ' concurrent users '],
  [/ຄຳຕອບ/gu, ' answers '],
  [/ປະມານ/gu, ' about '],
  [/(\d+)\s*ຄຳ/gu, ' $1 words '],
  [/(\d+)\s*ຄົນ/gu, ' $1 people '],
  [/ໂມເດລ/gu, ' model '],
  // Kannada fab-automation code completion: "ಒಂದೇ ಸಮಯದಲ್ಲಿ ಸುಮಾರು 90 ಜನ ಇಂಜಿನಿಯರ್‌ಗಳು ಟೈಪ್
  // ಮಾಡುತ್ತಿರುತ್ತಾರೆ" (about 90 engineers typing at the same time)
  [
    /ಒಂದೇ\s*ಸಮಯದಲ್ಲಿ\s*(?:ಸುಮಾರು|about)?\s*(\d+)\s*ಜನ\s*([^\s.]+)\s*ಟೈಪ್\s*ಮಾಡುತ್ತಿರುತ್ತಾರೆ/gu,
    ' about $1 $2 typing at the same time ',
  ],
  [/ಇಂಜಿನಿಯರ್‌ಗಳು/gu, ' engineers '],
  [/ಟೈಪ್\s*ಮಾಡುವಾಗ\s*ತಕ್ಷಣ\s*ಬರಬೇಕು/gu, ' must appear instantly as you type '],
  [/ಮಾಡೆಲ್/gu, ' model '],
  // Malayalam freight-brokerage support bot, corrected in a second turn
  [/കസ്റ്റമർ\s*സർവീസ്\s*ബോട്ട്/gu, ' customer service bot '],
  [/ഏകദേശം/gu, ' about '],
  [/(\d[\d.,]*)\s*ലക്ഷം\s*അല്ല/gu, ' not $1 lakh '],
  [/(\d[\d.,]*)\s*ലക്ഷം/gu, ' $1 lakh '],
  [/ഉപഭോക്താക്കൾ\s*(\d[\d.,]*)\s*ആണ്/gu, ' $1 customers '],
  [/ഉപഭോക്താക്കൾ/gu, ' customers '],
  [
    /അതിൽ\s*(\d+(?:\.\d+)?)\s*%\s*ഒരേ\s*സമയം\s*ഓൺലൈനിൽ\s*ഉണ്ടാകും/gu,
    ' of them $1% online at the same time ',
  ],
  [/തിരുത്ത്/gu, ' correction '],
  [
    /ഓരോ\s*സജീവ\s*ഉപഭോക്താവും\s*മിനിറ്റിൽ\s*ഒരു\s*ചോദ്യം\s*ചോദിക്കും/gu,
    ' each active customer asks one question per minute ',
  ],
  // Marathi theatre ticketing: "सरासरी भार: दर मिनिटाला ६०० विनंत्या" (average load: 600 requests a
  // minute), "भार तिप्पट होतो" (the load triples), "उत्तरे लहान, साधारण १०० शब्द" (short answers)
  [/सरासरी\s*भार/gu, ' average load '],
  [/दर\s*मिनिटाला\s*(\d[\d,]*)\s*विनंत्या/gu, ' $1 requests per minute '],
  [/भार\s*तिप्पट\s*होतो/gu, ' the load rises to 3x '],
  [/भार\s*दुप्पट\s*होतो/gu, ' the load rises to 2x '],
  [/उत्तरे\s*लहान/gu, ' answers short '],
  [/साधारण/gu, ' about '],
  // Burmese forestry batch: "တစ်ညလျှင် အစီရင်ခံစာ ၂၅,၀၀၀" (25,000 reports a night), "၀ နာရီ" (0 hours)
  [/အကျဉ်းချုပ်/gu, ' summarise '],
  [/တစ်ညလျှင်\s*အစီရင်ခံစာ\s*(\d[\d,]*)/gu, ' $1 reports per night '],
  [/နေ့စဉ်\s*တစ်ကြိမ်/gu, ' once a day '],
  [/(\d+)\s*နာရီ/gu, ' $1 hours '],
  [
    /အစီရင်ခံစာတစ်ခုလျှင်\s*token\s*(\d[\d,]*)\s*ခန့်/gu,
    ' about $1 tokens per report ',
  ],
  // Pashto consular translation: "ژباړې خدمت" (a translation service), "په یو وخت کې به شاوخوا ۲۰۰
  // کاروونکي وي" (about 200 users at the same time)
  [/ژباړ[ېه]/gu, ' translation '],
  [
    /په\s*یو\s*وخت\s*کې\s*(?:به\s*)?(?:شاوخوا\s*)?(\d[\d,]*)\s*کاروونکي/gu,
    ' $1 concurrent users ',
  ],
  [/شاوخوا/gu, ' about '],
  [/ټوکن[هو]?/gu, ' tokens '],
  // Yoruba game live-ops chatbot: "A ní nǹkan bí 1,200,000 olùṣeré lóṣooṣù" (about 1.2M players a
  // month), "… ní àkókò kan náà" (at the same time), "ní ìṣẹ́jú méjì-méjì" (every two minutes)
  [
    /A\s*ní\s*nǹkan\s*bí\s*(\d[\d,.]*)\s*olùṣeré\s*lóṣooṣù/giu,
    ' we have about $1 monthly players ',
  ],
  [
    /nǹkan\s*bí\s*(\d+(?:\.\d+)?)%\s*ló\s*máa\s*ń\s*wà\s*lórí\s*chat\s*ní\s*àkókò\s*kan\s*náà/giu,
    ' about $1% are on chat at the same time ',
  ],
  [
    /ọ̀kọ̀ọ̀kan\s*wọn\s*sì\s*máa\s*ń\s*béèrè\s*ìbéèrè\s*kan\s*ní\s*ìṣẹ́jú\s*méjì-méjì/giu,
    ' each asks a question every 2 minutes ',
  ],
  [/Ìdáhùn\s*gbọ́dọ̀\s*yára\s*gan-an/giu, ' answers must be very fast '],
  // Zulu sports-betting support, its load corrected in a second turn
  [/i[- ]chatbot\s*yosizo\s*lwamakhasimende/giu, ' customer support chatbot '],
  // "Sisebenzisa i-Llama 3.1 8B": the noun-class prefix of a borrowed name is not part of it
  [/(?<![\p{L}\d-])i-(?=\p{Lu})/gu, ''],
  [/izicelo\s*ezingama-(\d+)\s*ngomzuzwana/giu, ' $1 requests per second '],
  [/ngiyaxolisa,\s*ngiyalungisa/giu, ' sorry, correction '],
  [/ama-(\d+)\s*ngomzuzwana\s*yisiqongo/giu, ' $1 per second is the peak '],
  [
    /isilinganiso\s*sijwayelekile\s*sizicelo\s*eziyi-(\d+)\s*ngomzuzwana/giu,
    ' the normal average is $1 requests per second ',
  ],
  // bg-* round: Assamese tea-auction lots, the window said in a second turn
  [/প্ৰতি\s*সপ্তাহত/gu, ' every week '],
  [/শ্ৰেণীবদ্ধ\s*কৰিব\s*বিচাৰোঁ/gu, ' we want to classify '],
  [/প্ৰতিবাৰত\s*(\d[\d,]*)\s*টা\s*লট/gu, ' $1 lot descriptions per run '],
  [/মানে\s*(\d+)\s*ঘণ্টা/gu, ' the window is $1 hours '],
  [/প্ৰতিটো\s*লটৰ\s*বিৱৰণ\s*প্ৰায়/gu, ' each lot description is about '],
  // Tibetan archive pages (the shad ends a sentence; syllables joined by the tsheg)
  [/།/gu, '. '],
  [/ཉིན་རེ་བཞིན་?/gu, ' every day '],
  [/\(ཆུ་ཚོད་\s*(\d+)\)/gu, ' (within $1 hours) '],
  [/དཔེ་ཆའི་ཤོག་ངོས་\s*(\d[\d,]*)/gu, ' $1 pages '],
  [/བརྗོད་གཞིའི་རྟགས་འགོད་དགོས/gu, ' need to tag topics '],
  [
    /ཤོག་ངོས་རེར་\s*token\s*(\d[\d,]*)\s*ཙམ་ཡོད/gu,
    ' each page is about $1 tokens ',
  ],
  [/མགྱོགས་པོ་མི་དགོས/gu, ' no rush '],
  // Odia dam operators: "ମୋଟ ୨୫ ଜଣ ଇଞ୍ଜିନିୟର" (25 engineers in all), "ସମସ୍ତେ ଏକା ସମୟରେ" (all at once)
  [/ମୋଟ\s*(\d+)\s*ଜଣ\s*ଇଞ୍ଜିନିୟର/gu, ' $1 engineers in total '],
  [/ବନ୍ୟା\s*ସମୟରେ/gu, ' during floods '],
  [
    /ସମସ୍ତେ\s*ଏକା\s*ସମୟରେ\s*ବ୍ୟବହାର\s*କରିପାରନ୍ତି/gu,
    ' all of them can use it at the same time ',
  ],
  [
    /ଉତ୍ତର\s*ପାଇଁ\s*ଏକ\s*ମିନିଟ୍\s*ଅପେକ୍ଷା\s*କରିବା\s*ଠିକ୍\s*ଅଛି/gu,
    ' it may take a minute ',
  ],
  // "18'000": the Swiss thousands separator
  [/(?<=\d)['’](?=\d{3}(?!\d))/g, ','],
  // Sindhi customs-brokerage chatbot: "ڪل ۱٬۲۰٬۰۰۰ رجسٽرڊ گراهڪ" (1.2 lakh registered customers)
  [/ڪسٽمر\s*سروس\s*چيٽ\s*بوٽ/gu, ' customer service chatbot '],
  [
    /ڪل\s*(\d[\d,]*)\s*رجسٽرڊ\s*گراهڪ\s*آهن/gu,
    ' $1 registered customers in total ',
  ],
  [
    /جن\s*مان\s*لڳ\s*ڏڳ\s*(\d+(?:\.\d+)?)\s*سيڪ[ڙڑ]و\s*هڪ\s*ئي\s*وقت\s*(?:آن\s*لائن|online)\s*هوندا\s*آهن/gu,
    ' of whom about $1% are online at the same time ',
  ],
  [
    /لوڊ\s*سراسري\s*کان\s*ٽي\s*ڀيرا\s*وڌي\s*ويندو\s*آهي/gu,
    ' the load rises to 3x the average ',
  ],
  // Tigrinya coffee exporter: traders paste a contract and wait on screen for a short summary
  [
    /ሓደ\s*ውዕል\s*ጠዊቖም\s*ሓጺር\s*ጽማቕ\s*ክረኽቡ\s*ይደልዩ/gu,
    ' want to paste a contract and get a short summary ',
  ],
  [
    /ኣብ\s*ቅድሚ\s*ስክሪን\s*ኮይኖም\s*ድማ\s*ይጽበዩ/gu,
    ' and they wait for the summary on screen ',
  ],
  [/(\d+)\s*ነጋዶ\s*ኣለዉና/gu, ' we have $1 traders '],
  [/ኩሎም\s*ብሓንሳብ\s*ክሰርሑ\s*ይኽእሉ/gu, ' all of them can work at the same time '],
  [
    /ነፍሲ\s*ወከፍ\s*ውዕል\s*ኣስተት\s*(\d[\d,]*)\s*ቶከን\s*እዩ/gu,
    ' each contract is about $1 tokens ',
  ],
  [/በጀት/gu, ' budget '],
  [/ኣብ\s*ወርሕ/gu, ' per month '],
  // Uyghur code completion: "60 پروگراممېر بار، ھەممىسى بىرلا ۋاقىتتا ئىشلىتىشى مۇمكىن" (60
  // programmers, all of whom may use it at the same time)
  [/(\d+)\s*پروگراممېر\s*بار/gu, ' $1 programmers '],
  [
    /ھەممىسى\s*بىرلا\s*ۋاقىتتا\s*ئىشلىتىشى\s*مۇمكىن/gu,
    ' all of them may use it at the same time ',
  ],
  [/مودېل/gu, ' model '],
  // a Taiwanese estate agency's site (read in Simplified characters, see hanzi.ts): "由 AI 依我们
  // 的物件数据库回答" (the AI answers from our listings database), "每位在线用户约每 90 秒提问一次"
  [
    /(?:依|根据|基于)\s*我们的\s*[^\s，,。.]{0,6}?(?:数据库|资料|文档|文件)\s*回答/gu,
    ' answers from our documents ',
  ],
  [
    /(?:每位|每个|每名)?\s*在线用户\s*(?:约|大约|about)?\s*每\s*(\d+)\s*秒\s*(?:提问|提交|发送|问)\s*一次/gu,
    ' each active user sends a question every $1 seconds ',
  ],
  [
    /(?:每位|每个|每名)?\s*在线用户\s*(?:约|大约|about)?\s*每\s*(\d+)\s*分钟\s*(?:提问|提交|发送|问)\s*一次/gu,
    ' each active user sends a question every $1 minutes ',
  ],
  [/(?:回应|响应|回复)要快/gu, ' must be fast '],
  [
    /预算\s*[:：]?\s*每月\s*(\d[\d,]*)\s*(?:美元|dollars)\s*以内/gu,
    ' budget: $1 dollars per month at most ',
  ],
  // Armenian labels end with the abbreviation mark: "Մոդել՝ Llama 4 Scout" (model: …)
  [/(?<=\p{L})՝/gu, ':'],
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
  // '予算は1回あたり3万円まで' (a budget of 30,000 yen a run); ci-* round '1回の実行コストは5万円以内'
  // (the cost of one run within 50,000 yen)
  [
    /予算は\s*1\s*回\s*あたり\s*(\d[\d.,]*\s*万?(?:\s*\d\s*千)?)\s*円\s*(?:まで)?|1\s*回\s*あたりの予算は\s*(\d[\d.,]*\s*万?(?:\s*\d\s*千)?)\s*円\s*(?:まで)?|1\s*回\s*(?:の|あたりの)?\s*(?:実行|処理|ジョブ)?\s*(?:コスト|費用)\s*(?:は|を)?\s*(\d[\d.,]*\s*万?(?:\s*\d\s*千)?)\s*円\s*(?:以内|まで|以下)?/gu,
    ' budget at most $1$2$3 yen per run ',
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
  // ac-* round: Persian, Thai, Bengali and Tamil phrases (scripts without the word boundaries
  // the table relies on, so as rewrites)
  [/یک[\s\u200c]*کار[\s\u200c]*شبانه/gu, ' a nightly batch job '],
  [/هر[\s\u200c]*شب/gu, ' every night '],
  [/حدود/gu, ' about '],
  [/نظر[\s\u200c]*مشتری/gu, ' customer reviews '],
  [/دسته[\s\u200c]*بندی/gu, ' classify '],
  [/برچسب[\s\u200c]*گذاری/gu, ' tagging '],
  [
    /پنجره[\u0654ٔ]?[\s\u200c]*اجرا[\s\u200c]*از[\s\u200c]*ساعت\s*(\d{1,2}:\d{2})\s*تا\s*(\d{1,2}:\d{2})/gu,
    ' the run window is from $1 to $2 ',
  ],
  [
    /هر[\s\u200c]*نظر[\s\u200c]*به[\s\u200c]*طور[\s\u200c]*میانگین/gu,
    ' each review is on average ',
  ],
  // "۴۰ هزار توکن" (40 thousand tokens): the thousand is read later
  [/(\d[\d,]*)(\s*هزار)?\s*توکن(?:‌?ها)?/gu, ' $1$2 tokens '],
  [
    /سقف[\s\u200c]*(?:budget|بودجه)\s*(\d[\d,]*)\s*دلار[\s\u200c]*در[\s\u200c]*ماه/gu,
    ' budget cap $$$1 per month ',
  ],
  [/عجله[\s\u200c]*ای[\s\u200c]*نیست/gu, ' no rush '],
  [/(?:แชทบอท|chatbot)\s*บริการลูกค้า/gu, ' customer service chatbot '],
  [
    /ผู้ใช้งานต่อเดือน\s*(?:\(MAU\))?\s*(?:ประมาณ)?\s*([\d,]+)\s*คน/gu,
    ' $1 monthly active users ',
  ],
  [
    /ออนไลน์พร้อมกัน(?:ราว|ประมาณ)?\s*(\d+(?:\.\d+)?)\s*%/gu,
    ' $1% online at the same time ',
  ],
  [
    /แต่ละคนส่งข้อความ\s*(?:ประมาณ|about)?\s*นาทีละ\s*(\d+)\s*ครั้ง/gu,
    ' each person sends $1 messages a minute ',
  ],
  [/ต้องตอบไว(?:ทันใจ)?/gu, ' must respond fast '],
  [/কাস্টমার সার্ভিস চ্যাটবট/gu, ' customer service chatbot '],
  [
    /মাসিক সক্রিয় ব্যবহারকারী\s*(?:প্রায়)?\s*([\d,]+)\s*জন/gu,
    ' about $1 monthly active users ',
  ],
  [
    /তাদের\s*(\d+(?:\.\d+)?)\s*%\s*একসাথে অনলাইনে থাকে/gu,
    ' $1% of them online at the same time ',
  ],
  [
    /প্রত্যেকে(?:\s*গড়ে)?\s*প্রতি\s*(\d+)\s*মিনিটে একটি বার্তা পাঠায়/gu,
    ' each person sends a message every $1 minutes ',
  ],
  [/উত্তর যেন তাৎক্ষণিক মনে হয়/gu, ' answers must feel instant '],
  [/ஒவ்வொரு இரவும்/gu, ' every night '],
  [/சுமார்/gu, ' about '],
  [
    /(\d[\d,]*)\s*கோரிக்கை ஆவணங்களை வகைப்படுத்தி/gu,
    ' classify $1 claim documents ',
  ],
  [
    /இரவு\s*(\d{1,2})\s*மணி முதல் காலை\s*(\d{1,2})\s*மணிக்குள்/gu,
    ' from $1pm to $2am ',
  ],
  [/ஒவ்வொரு ஆவணமும் சராசரியாக/gu, ' each document is on average '],
  [/(\d[\d,]*)\s*டோக்கன்கள்/gu, ' $1 tokens '],
  // ad-* round: Japanese, Chinese, Korean, Arabic, Persian, Thai and Hindi phrases
  [/ボタンを押して待つ/gu, ' users press a button and wait for the summary '],
  [/入力は\s*(?:平均|average)\s*(?:約)?(?=\s*\d)/gu, ' prompts of about '],
  [
    /処理時間は(?:最大|最長)?\s*(\d+(?:\.\d+)?)\s*時間/gu,
    ' each run must finish within $1 hours ',
  ],
  [/(\d)\s*[〜～]\s*(?=\d)/gu, '$1-'],
  [/急ぎではありません/gu, ' not urgent '],
  [/凌晨跑一次/gu, ' runs once overnight '],
  [/(?:商品)?评论情感打标签/gu, ' sentiment tagging of product reviews '],
  [/每条\s*(?:平均|average)/gu, ' each review is on average '],
  [/评论/gu, ' reviews '],
  [
    /每分鐘\s*(?:about|約|大約)?\s*(\d[\d,]*)\s*個請求/gu,
    ' $1 requests per minute ',
  ],
  [/不是[^,，。]{0,30}聊天[^,，。]{0,6}[,，]\s*是把/gu, ' not a chatbot: we '],
  [
    /([^,，。]{0,30}?)工單從(\S{1,4}?)翻成(\S{1,10}?)[,，]/gu,
    ' translate $1 tickets from $2 into $3, ',
  ],
  [/工單\s*(?:平均|average)/gu, ' each ticket is on average '],
  [/延遲不重要/gu, ' latency is not important '],
  [/임직원\s*([\d.,]+\s*[천만]?)\s*명/gu, ' $1 employees '],
  [
    /동시\s*접속은\s*(?:about|약)?\s*(\d+(?:\.\d+)?)\s*%/gu,
    ' about $1% online at the same time ',
  ],
  [
    /한\s*사람당\s*분당\s*(\d+)\s*회\s*(?:정도)?\s*질문/gu,
    ' each person asks $1 questions per minute ',
  ],
  [/응답\s*속도는\s*빨라야/gu, ' responses must be fast '],
  // bz-* round: "طلب ترجمة" (a translation request) and "ترجمة فورية" (live translation) before the
  // word alone
  [/طلب\s*ترجمة/gu, ' translation request '],
  [/(?:خدمة\s*)?ترجمة\s*فورية/gu, ' live translation service '],
  [/ترجمة/gu, ' translation of '],
  [/مرة\s*واحدة\s*أسبوعي(?:ًا|ا)?/gu, ' once a week '],
  [/كل\s*مقال/gu, ' each article is '],
  [/مقال(?:ة|ات)?/gu, ' articles '],
  [/كلمة/gu, ' words '],
  [/خلال\s*(\d+)\s*ساعة/gu, ' within $1 hours '],
  [/(\d[\d,]*)\s*هزار/gu, ' $1k '],
  [/سند(?:[\s\u200c]*حقوقی)?(?:[\s\u200c]*کوتاه)?/gu, ' documents '],
  [/هر[\s\u200c]*سند/gu, ' each document is '],
  [
    /هنوز[\s\u200c]*نمی[\s\u200c]*دانیم[\s\u200c]*چند[\s\u200c]*ساعت/gu,
    ' we do not know yet how long one run may take ',
  ],
  [
    /ใช้งานพร้อมกัน(?:ราว|ประมาณ)?\s*(\d+(?:\.\d+)?)\s*%/gu,
    ' $1% online at the same time ',
  ],
  [/เปิดใช้งานตลอด\s*24\s*(?:hours|ชั่วโมง)/gu, ' open around the clock '],
  [/ग्राहक\s*सहायता/gu, ' customer support '],
  [/जवाब\s*तुरंत\s*आ(?:ना|ने)\s*चाहिए/gu, ' answers must come instantly '],
  // ae-* round: Nepali and Persian phrases
  [
    /हरेक\s*दिन\s*बिहान\s*(\d{1,2})\s*बजेदेखि\s*(\d{1,2})\s*बजेसम्म/gu,
    ' every day from $1am to $2am ',
  ],
  [
    /([\d,]+)\s*समाचार\s*लेखहरूको\s*सारांश\s*ब्याचमा\s*बनाउँछौं/gu,
    ' we summarise $1 news articles in a batch ',
  ],
  [/प्रत्येक\s*लेख\s*(?:करिब)?/gu, ' each article about '],
  [/सारांश(?=\s*\d)/gu, ' summaries '],
  // Persian "حدود ۱۰٪ همزمان آنلاین هستند و هر نفر تقریباً هر ۲ دقیقه یک پیام می‌فرستد": 10 % online
  // at once, each sending a message about every 2 minutes
  [/همزمان[\s\u200c]*آنلاین[\s\u200c]*هستند/gu, ' online at the same time '],
  [/هر[\s\u200c]*نفر/gu, ' each person '],
  [
    /هر[\s\u200c]*(\d+)[\s\u200c]*دقیقه[\s\u200c]*یک[\s\u200c]*پیام[\s\u200c]*می[\s\u200c]*فرستد/gu,
    ' sends a message every $1 minutes ',
  ],
  [
    /سامان[هۀ]\u0654?[\s\u200c]*پرسش[\s\u200c]*و[\s\u200c]*پاسخ/gu,
    ' question answering system ',
  ],
  [
    /آیین[\s\u200c]*نامه[\s\u200c]*ها[\s\u200c]*و[\s\u200c]*مستندات[\s\u200c]*داخلی/gu,
    ' internal policies and documents ',
  ],
  [/(\d[\d,]*)\s*کارمند/gu, ' $1 employees '],
  [
    /(\d[\d,]*)\s*(?:دانشجو(?:یان)?|دانش[\s\u200c]*آموز(?:ان)?)/gu,
    ' $1 students ',
  ],
  [
    /ساعت[\s\u200c]*کاری\s*(\d{1,2})\s*تا\s*(\d{1,2})/gu,
    ' working hours $1 to $2 ',
  ],
  [
    /(\d+(?:\.\d+)?)\s*%\s*همزمان[\s\u200c]*فعال[\s\u200c]*اند/gu,
    ' $1% active at the same time ',
  ],
  [
    /هر[\s\u200c]*کاربر[\s\u200c]*فعال[\s\u200c]*تقریباً?[\s\u200c]*هر\s*(\d+)\s*دقیقه[\s\u200c]*یک[\s\u200c]*سؤال[\s\u200c]*می[\s\u200c]*پرسد/gu,
    ' each active user asks a question every $1 minutes ',
  ],
  [
    /زمان[\s\u200c]*رسیدن[\s\u200c]*اولین[\s\u200c]*توکن[\s\u200c]*در[\s\u200c]*صدک\s*(\d{2})[\s\u200c]*باید[\s\u200c]*زیر\s*(\d[\d,]*)\s*میلی[\s\u200c]*ثانیه/gu,
    ' time to first token p$1 under $2 ms ',
  ],
  [
    /(\d[\d,]*)\s*গ্রাহক\s*রিভিউ\s*শ্রেণীবদ্ধ\s*করতে\s*হবে/gu,
    ' classify $1 customer reviews ',
  ],
  [
    /কাজটা\s*রাত\s*(\d{1,2})\s*টায়\s*শুরু\s*হয়[,\s]*ভোর\s*(\d{1,2})\s*টার\s*মধ্যে\s*শেষ\s*হতেই\s*হবে/gu,
    ' the job starts at $1am and must finish by $2am ',
  ],
  [/প্রতিটি\s*রিভিউ\s*গড়ে/gu, ' each review is on average '],
  [/(\d[\d,]*)\s*টোকেন/gu, ' $1 tokens '],
  [/ஒவ்வொரு\s*வாரமும்/gu, ' every week '],
  [
    /(\d[\d,]*)\s*மருத்துவ\s*அறிக்கைகளிலிருந்து\s*நோயறிதல்\s*குறியீடுகளை\s*(?:\([^)]*\))?\s*பிரித்தெடுக்க\s*வேண்டும்/gu,
    ' extract diagnosis codes from $1 medical reports ',
  ],
  [/ஒவ்வொரு\s*அறிக்கையும்/gu, ' each report is '],
  [/土曜の\s*(\d{1,2})\s*時から/gu, ' starting Saturday $1:00 '],
  [
    /日曜の朝\s*(\d{1,2})\s*時までに終わっていれば問題ありません/gu,
    ' must finish by Sunday $1:00 ',
  ],
  [/予算は月額/gu, ' monthly budget '],
  // Korean "전 직원 1만 2천 명이 대상이고": all 12,000 employees are its users
  [
    /전\s*직원\s*(\d[\d.,]*\s*만?\s*(?:\d+\s*천)?)\s*명(?:이)?\s*대상/gu,
    ' all $1 employees ',
  ],
  // Chinese "尖峰時段約是平均的3倍" (Taiwan), "高峰是平均的2.5倍": at peak N times the average
  [
    /(?:尖峰時段|高峰(?:时段|時段)?)\s*(?:約|约|about)?\s*(?:是|為|为)?\s*(?:平均|average)\s*的\s*(\d+(?:\.\d+)?)\s*倍/gu,
    ' at peak $1x the average ',
  ],
  [/每月預算(?:為|是)?|每月预算(?:为|是)?/gu, ' monthly budget '],
  // Japanese "対象はエンジニア約800名": for about 800 engineers
  [
    /対象は\s*(?:エンジニア|社員|従業員|開発者)\s*(?:約|about)?\s*(\d[\d,]*)\s*(?:people|名|人)/gu,
    ' for about $1 engineers ',
  ],
  // Hindi "ग्राहक कॉल के सारांश बनाने हैं — हर हफ़्ते लगभग 2 लाख कॉल"
  [
    /ग्राहक\s*कॉल\s*के\s*सारांश\s*बनाने\s*हैं/gu,
    ' we need to summarise customer call transcripts ',
  ],
  [/लाख\s*कॉल/gu, ' lakh call transcripts '],
  [/हर\s*हफ़्ते|हर\s*हफ्ते/gu, ' every week '],
  [/एक\s*ही\s*रन\s*में/gu, ' in a single run '],
  [
    /रन\s*(\d+)\s*घंटे\s*में\s*पूरा\s*होना\s*चाहिए/gu,
    ' the run must finish within $1 hours ',
  ],
  [/हर\s*ट्रांसक्रिप्ट/gu, ' each transcript '],
  // Chinese "高峰时每分钟约3万次请求，平均大概是高峰的一半"
  [
    /高峰时\s*每分钟\s*(?:约|about)?\s*(\d[\d.,]*\s*[万千]?)\s*次?\s*请求/gu,
    ' at peak about $1 requests per minute ',
  ],
  [
    /(?:平均|average)\s*大概是\s*高峰的一半/gu,
    ' the average is about half of the peak ',
  ],
  // "15.000 USD/mes": a month
  [/\/\s*mes(?!\p{L})/giu, '/month'],
  // Korean "새벽 2시부터 5시 사이에" (between 2 and 5 am), "1회당" (per run)
  [
    /새벽\s*(\d{1,2})\s*시\s*부터\s*(\d{1,2})\s*시\s*사이(?:에)?/gu,
    ' between $1 am and $2 am ',
  ],
  [/1\s*회당/gu, ' per run '],
  // Japanese "開発者は約1,800名", "100ミリ秒以内"
  [/開発者は\s*(?:約|about)?\s*(\d[\d,]*)\s*名/gu, ' about $1 developers '],
  [/(\d+)\s*ミリ秒\s*以内/gu, ' within $1 ms '],
  [/(\d+)\s*ミリ秒/gu, ' $1 ms '],
  // Georgian
  [/გვჭირდება/gu, ' we need '],
  // by-* round, Georgian bank app: "კლიენტების მომსახურების ჩატბოტი" (a customer-service chatbot)
  [/კლიენტების\s*მომსახურების\s*ჩატბოტი/gu, ' customer service chatbot '],
  [/ჩატბოტი/gu, ' chatbot '],
  [/მომხმარებელთა\s*მომსახურებისთვის/gu, ' for customer service '],
  [/დატვირთვა/gu, ' load '],
  [/საშუალოდ/gu, ' on average '],
  [/მოთხოვნა\s*წამში/gu, ' requests per second '],
  [/პიკზე\s*სამჯერ\s*მეტი/gu, ' at peak three times more '],
  [/პიკზე\s*ორჯერ\s*მეტი/gu, ' at peak twice as much '],
  // Persian "هر هفته باید ۲۰۰٬۰۰۰ نظر مشتری را دسته‌بندی کنیم … پنجره اجرای کار ۱۰ ساعت است"
  [/هر\s*هفته/gu, ' every week '],
  [/دسته‌?\s*بندی\s*کنیم/gu, ' classify '],
  [
    /پنجره\s*اجرای\s*کار\s*(\d+)\s*ساعت\s*است/gu,
    ' the job window is $1 hours ',
  ],
  [/هر\s*نظر/gu, ' each review is '],
  // Bengali
  [/(\d)\s*লাখ/gu, '$1 lakh'],
  [/(\d)\s*কোটি/gu, '$1 crore'],
  [/নিবন্ধিত\s*শিক্ষার্থী/gu, ' registered students '],
  [/শিক্ষার্থী/gu, ' students '],
  [/একসাথে\s*অনলাইন\s*থাকে/gu, ' online at the same time '],
  [/একসাথে/gu, ' at the same time '],
  [
    /প্রত্যেকে\s*গড়ে\s*প্রতি\s*(\d+)\s*মিনিটে\s*একটা\s*প্রশ্ন\s*করে/gu,
    ' each asks a question every $1 minutes on average ',
  ],
  [/টিউটর\s*চ্যাটবট/gu, ' tutor chatbot '],
  [/চ্যাটবট/gu, ' chatbot '],
  [/গ্রাহক\s*সহায়তা(?:র)?(?:\s*জন্য)?/gu, ' customer support '],
  [/([\d০-৯][\d০-৯,]*)\s*টি\s*চ্যাট\s*সেশন/gu, ' $1 chat sessions '],
  [/উত্তর\s*দ্রুত\s*আসা\s*চাই/gu, ' answers must come fast '],
  [/অপেক্ষা\s*করতে\s*পছন্দ\s*করেন\s*না/gu, " don't like waiting "],
  [/উত্তর\s*যেন\s*দ্রুত\s*আসে/gu, ' answers must come fast '],
  // Persian
  [/(\d+)\s*وکیل/gu, ' $1 lawyers '],
  // bz-* round: "… را خلاصه کنیم" (we summarise …) as well as "کند" (it summarises)
  [
    /قراردادهای\s*طولانی\s*را\s*خلاصه\s*کن(?:د|یم|ند|ید)/gu,
    ' summarise long contracts ',
  ],
  [/هر\s*قرارداد/gu, ' each contract is '],
  [/خلاصه‌?ی\s*خروجی/gu, ' and the output summary '],
  // bz-* round: "و خلاصه حدود ۱۰۰۰ توکن" (and the summary about 1000 tokens); "۲۵ کارشناس حقوقی"
  // (25 legal experts)
  [/(?<!\p{L})و\s*خلاصه(?!\s*کن)(?!\p{L})/gu, ' and the summary '],
  [/(\d+)\s*کارشناس(?:ان)?\s*حقوقی/gu, ' $1 legal experts '],
  [
    /وکلا\s*می‌?توانند\s*یکی\s*دو\s*دقیقه\s*صبر\s*کنند/gu,
    ' lawyers can wait a minute or two ',
  ],
  // Urdu
  [/ترجمے|ترجمہ/gu, ' translation '],
  [/سروس\s*چاہیے/gu, ' need a service '],
  [/درخواستیں\s*فی\s*منٹ/gu, ' requests per minute '],
  [/فی\s*منٹ/gu, ' per minute '],
  [
    /ہر\s*خط\s*تقریباً\s*(\d[\d,]*)\s*الفاظ/gu,
    ' each letter is about $1 words ',
  ],
  [/تقریباً/gu, ' about '],
  [/الفاظ/gu, ' words '],
  // Japanese clock times: "午前0時から午前4時までに終わらせる必要があります" is done between 0 am and 4 am
  [/午前\s*(\d{1,2})\s*時半/gu, ' $1:30 am '],
  [/午後\s*(\d{1,2})\s*時半/gu, ' $1:30 pm '],
  [/午前\s*(\d{1,2})\s*時/gu, ' $1 am '],
  [/午後\s*(\d{1,2})\s*時/gu, ' $1 pm '],
  [/(am|pm)\s*から\s*/gu, '$1 to '],
  [/(am|pm)\s*まで(?:に)?/gu, '$1 '],
  [
    /終わらせる必要があります|終わらせる必要がある|終わらせたい/gu,
    ' must finish ',
  ],
  // ae-* round: Amharic, Korean and Hindi phrases
  [/።/gu, '. '],
  [/፣/gu, ', '],
  // be-* round: Amharic nightly SMS translation; "ከምሽቱ 4 ሰዓት" counts hours the Ethiopian way (4 in
  // the evening is 22:00), so the run's window is read from "ባሉት 5 ሰዓታት" (in the 5 hours between)
  [/በየምሽቱ/gu, ' every night '],
  [/መልዕክቶችን/gu, ' messages '],
  [/መተርጎም\s*እንፈልጋለን/gu, ' we want to translate '],
  [
    /በአንድ\s*ምሽት\s*ወደ\s*(\d[\d,]*)\s*መልዕክቶች\s*አሉ/gu,
    ' per night about $1 messages ',
  ],
  [/እያንዳንዱ\s*(\d+)\s*ቃላት\s*ያህል\s*ነው/gu, ' each is about $1 words '],
  [
    /ሥራው[^.]{0,60}?ባሉት\s*(\d+)\s*ሰዓታት\s*ውስጥ\s*መጠናቀቅ\s*አለበት/gu,
    ' the job must finish within $1 hours ',
  ],
  [/አስቸኳይ\s*አይደለም/gu, ' not urgent '],
  [/ለደንበኞች\s*አገልግሎት\s*የሚሰጥ\s*ቻትቦት/gu, ' customer service chatbot '],
  [/ወርሃዊ\s*ተጠቃሚዎች\s*ወደ\s*([\d,]+)\s*ገደማ\s*ናቸው/gu, ' about $1 monthly users '],
  [
    /ከእነሱ\s*ውስጥ\s*በአንድ\s*ጊዜ\s*(\d+(?:\.\d+)?)\s*%\s*ገደማ\s*መስመር\s*ላይ\s*ይሆናሉ/gu,
    ' about $1% of them online at the same time ',
  ],
  [/መልሱ\s*ወዲያውኑ\s*መምጣት\s*አለበት/gu, ' the answer must come instantly '],
  [
    /개발자\s*([\d,]+)\s*(?:명|people)\s*정도가\s*동시에/gu,
    ' about $1 developers at the same time ',
  ],
  // "개발자 600명 중 동시에 10% 정도가": of 600 developers, about 10 % at the same time
  [
    /개발자\s*([\d,]+)\s*(?:명|people)\s*중\s*동시에\s*(\d+(?:\.\d+)?)\s*%\s*정도(?:가)?/gu,
    ' $1 developers, about $2% of them at the same time ',
  ],
  [/코드\s*생성/gu, ' code generation '],
  [
    /첫\s*토큰\s*(p\d{2})\s*(\d+)\s*ms\s*이하/gu,
    ' first token $1 under $2 ms ',
  ],
  [/컨텍스트/gu, ' context '],
  [/출력(?=\s*(?:about|약)?\s*\d)/gu, ' output '],
  [
    /औसतन\s*प्रति\s*मिनट\s*(?:about|लगभग)?\s*([\d,]+)\s*अनुरोध\s*आते\s*हैं/gu,
    ' on average $1 requests per minute ',
  ],
  [/और\s*पीक\s*पर\s*इसका\s*ढाई\s*गुना/gu, ' and at peak 2.5x the average '],
  [
    /हर\s*अनुरोध\s*में\s*औसतन\s*([\d,]+)\s*शब्द\s*होते\s*हैं/gu,
    ' each request is on average $1 words ',
  ],
  // ae-* round: Arabic, Hebrew and Chinese phrases
  [/مساعد\s*محادثة\s*داخلي/gu, ' internal chat assistant '],
  [/عدد\s*الموظفين\s*(\d[\d,٬]*\d|\d)/gu, ' $1 employees '],
  [
    /يرسل\s*كل\s*موظف\s*نشط\s*طلب(?:ًا|ا)?\s*كل\s*(\d+)\s*ثانية\s*تقريب(?:ًا|ا)?/gu,
    ' each active employee sends a request every $1 seconds ',
  ],
  [
    /ساعات\s*العمل\s*من\s*(\d{1,2})\s*صباح(?:ًا|ا)?\s*حتى\s*(\d{1,2})\s*مساء(?:ً|ا)?/gu,
    ' working hours from $1am to $2pm ',
  ],
  [/يجب\s*أن\s*تكون\s*الاستجابة\s*فورية/gu, ' the response must be instant '],
  [
    /וכל\s*אחד\s*שולח\s*בקשה\s*כל\s*(\d+)\s*דקות(?:\s*בממוצע)?/gu,
    ' and each one sends a request every $1 minutes ',
  ],
  [/(\d+)\s*אלף/gu, ' $1 thousand '],
  [
    /公司员工\s*[\d.]+\s*万[，,]\s*研发\s*(?:约|about)?\s*占一半[，,]\s*也就是可能使用的人\s*(?:大约|about)?\s*([\d.]+)\s*万/gu,
    ' about $1万 people may use it ',
  ],
  [
    /首\s*token\s*延迟\s*(p\d{2})\s*≤\s*([\d.]+)\s*秒/giu,
    ' time to first token $1 under $2 s ',
  ],
  [/token\s*间隔\s*≤\s*(\d+)\s*ms/giu, ' time between tokens under $1 ms '],
  // af-* round: Japanese, Korean, Hindi and Arabic phrases
  [/コード補完/gu, ' code completion '],
  [/同時に使っているのは\s*(\d)\s*割/gu, ' $10% of them at the same time '],
  // after the phrases that read a share in 割 ("3割" is 30 %)
  [/最大で\s*(\d)\s*割(?:程度)?/gu, ' up to $10% '],
  [/(?<![\d.])(\d)\s*割(?:程度)?/gu, ' $10% '],
  [
    /1\s*(?:人|people)\s*あたり\s*毎分\s*(\d+)\s*回ほど\s*リクエスト/gu,
    ' each person sends $1 requests per minute ',
  ],
  [/사내\s*번역\s*서비스/gu, ' internal translation service '],
  [/실시간/gu, ' real-time '],
  [/번역\s*서비스/gu, ' translation service '],
  [/메시지는\s*평균\s*(?=\d)/gu, ' messages are on average '],
  [/(?<=tokens?)\s*이고/gu, ' and '],
  [
    /번역\s*결과도\s*비슷한\s*길이(?:입니다)?/gu,
    ' the translations are about the same length ',
  ],
  [
    /지연\s*시간이\s*매우\s*짧아야\s*(?:합니다)?/gu,
    ' latency must be very low ',
  ],
  [/초당\s*(\d+)\s*(?:건|items)\s*정도\s*요청/gu, ' $1 requests per second '],
  [/मासिक\s*उपयोगकर्ता/gu, ' monthly users '],
  [/एक\s*साथ/gu, ' at the same time '],
  [/مساعد\s*خدمة\s*عملاء/gu, ' customer service assistant '],
  [/(\d[\d,]*)\s*محادثة\s*متزامنة/gu, ' $1 concurrent conversations '],
  // ah-* round. "maybe 2-3k people, not all at once": a head count, not people at once
  [
    /\bnot (?:all|every(?:one|body))?\s*(?:at once|at the same time|simultaneously|concurrently)\b(?:,?\s*(?:obvs?|obviously|of course)\b\.?)?/gi,
    'in total',
  ],
  // Japanese "1日あたり約1,200件" (about 1,200 a day), "予算は月3,000米ドル" (budget 3,000 US dollars a month)
  [
    /1\s*日\s*(?:あたり)?\s*(?:約)?\s*(\d[\d,.]*\s*万?)\s*(?:件|items)/gu,
    ' about $1 requests per day ',
  ],
  [/予算は?\s*月\s*(\d[\d,]*)\s*米ドル/gu, ' budget $1 US dollars per month '],
  // Japanese "同時接続は最大で約2万人" (at most about 20,000 connected at once), "即レス" (instant replies)
  [
    /同時接続(?:数)?は?\s*(?:最大で?)?\s*(?:約|about)?\s*(\d[\d.,]*\s*万?)\s*(?:人|people)/gu,
    ' at most about $1 concurrent users ',
  ],
  [/即レス/gu, ' instant replies '],
  [/NPCとの会話/gu, ' NPC conversations '],
  // Korean "매일 새벽에 리뷰 감성분석 + 태깅", "하루 약 3만 건", "리뷰당 평균 200토큰",
  // "새벽 2시에 시작해서 오전 6시 전에만 끝나면"
  [/매일\s*새벽에?/gu, ' every night '],
  [/감성\s*분석/gu, ' sentiment analysis '],
  [/태깅/gu, ' tagging '],
  [
    /하루\s*(?:약|about)?\s*(\d[\d.,]*\s*만?)\s*(?:건|items)/gu,
    ' about $1 items a day ',
  ],
  [/(?:리뷰|문서|건)당\s*(?:평균)?\s*/gu, ' each item about '],
  [
    /새벽\s*(\d{1,2})\s*시에?\s*시작(?:해서|하여|하고)?/gu,
    ' starts at $1am and ',
  ],
  [
    /(\d{1,2}\s*(?:am|pm)|오전\s*\d{1,2}\s*시)\s*전에(?:만)?\s*끝나면/gu,
    ' must be done by $1 ',
  ],
  // Chinese "做推理类的问题", "同时用的一般就10个人左右", "回答慢点没关系"
  [/推理/gu, ' reasoning '],
  [
    /同时(?:在线|使用|用)的?\s*(?:一般|通常)?\s*(?:就|大概|约)?\s*(\d+)\s*(?:个人|个\s*people|人|people)\s*(?:左右)?/gu,
    ' about $1 concurrent users ',
  ],
  [/回答慢(?:一)?点?没关系/gu, ' slow is fine '],
  // Dutch and German verb-final times: "het moet om 07:00 klaar zijn, we starten om 01:00"
  [
    /(?<!\p{L})(?:om|um|at)\s+(\d{1,2}:\d{2})\s+(?:klaar|done|fertig|af)(?:\s+(?:zijn|sein|be))?(?!\p{L})/giu,
    ' done by $1 ',
  ],
  [
    /(?<!\p{L})(?:we starten om|wir starten um|we beginnen om)(?!\p{L})/giu,
    'we start at',
  ],
  // "entre 3 000 et 4 500 mots", "zwischen 20 und 30 Seiten": a range
  [
    /(?<!\p{L})(?:entre|zwischen|tussen|tra|fra)\s+(\d[\d\s.,]*\d|\d)\s+(?:et|und|en|e|y)\s+(?=\d)/giu,
    '$1 to ',
  ],
  // Portuguese, Spanish, French clock hours "às 2h", "até as 7h", "à 6h": at 2:00, by 7:00
  [
    /(?<!\p{L})(?:tem que estar tudo pronto|tudo pronto|pronto|listo|prêt)\s+(?:até|hasta|avant)\s+(?:as|às|las|la|les)?\s*(\d{1,2})\s*h(?:\s*00)?(?!\p{L}|\d)/giu,
    'done by $1:00',
  ],
  [
    /(?<!\p{L})(?:às|as|a las|à|at)\s+(\d{1,2})\s*h(?:\s*00)?(?!\p{L}|\d)/giu,
    'at $1:00',
  ],
  [
    /(?<!\p{L})(?:todo dia|todos os dias|todos los días|tous les jours)(?!\p{L})/giu,
    'every day',
  ],
  [/(?<!\p{L})queremos extrair(?!\p{L})/giu, 'we want to extract'],
  [/(?<!\p{L})(?:em|en) json(?!\p{L})/giu, 'in JSON'],
  // German "~50 Std.": hours
  [/(\d)\s*(?:std\.|stdn\.|stunden)(?!\p{L})/giu, '$1 hours'],
  // ai-* round. Korean "고객지원팀 … 환불 문의에 답하는 상담 챗봇", "월간 이용 고객(MAU)은 약 12만 명",
  // "평소의 4배까지" (up to 4× the usual), "답변 길이는 보통 300~500 토큰"
  [/고객\s*지원/gu, ' customer support '],
  [/환불/gu, ' refunds '],
  [
    /(?:월간|per month\s*간)\s*이용\s*(?:고객|자|사용자)\s*\(?\s*MAU\s*\)?\s*(?:은|는)?\s*(?:약|about)?\s*(\d[\d.,]*\s*만?)\s*명/gu,
    ' $1 MAU ',
  ],
  [/평소의\s*(\d+(?:\.\d+)?)\s*배/gu, ' $1x the usual average at peak '],
  [/답변\s*길이는?\s*(?:보통)?/gu, ' answer length '],
  // Japanese "同時利用は最大50名程度": at most 50 at once
  [/最大\s*(\d[\d,]*)\s*名(?:程度)?/gu, ' at most $1 people '],
  // Chinese "批量生成商品文案：每晚约12万条，必须在早上6点前完成，可用窗口8小时"
  [/批量生成商品文案|生成商品文案/gu, ' batch generate product descriptions '],
  [
    /每晚\s*(?:约|about)?\s*(\d[\d.,]*\s*[万千]?)\s*条?/gu,
    ' about $1 items per night ',
  ],
  [/必须在\s*早上\s*(\d{1,2})\s*点前\s*完成/gu, ' must finish by $1 am '],
  [/可用窗口\s*(\d+(?:\.\d+)?)\s*小时/gu, ' available window $1 hours '],
  [/每条商品信息/gu, ' each item '],
  [/生成的文案/gu, ' the generated copy '],
  [/每次运行成本不超过/gu, ' cost per run at most '],
  // Chinese "每周日凌晨批量生成商品详情文案", "每次约 5万 个 SKU"
  [/每[周週]日/gu, ' every Sunday '],
  [/(?:生成)?商品详情文案/gu, ' generate product descriptions '],
  [
    /每次\s*(?:约|about)?\s*(\d[\d.,]*\s*万?)\s*个?\s*SKU/gu,
    ' about $1 SKUs per run ',
  ],
  // Hindi "सुबह 6 से दोपहर 12 बजे तक" (from 6am to noon), "हर किसान औसतन हर 2 मिनट में एक सवाल
  // पूछता है" (each asks a question every 2 minutes), farmers registered, answers from documents
  [/सुबह\s*(\d{1,2})\s*से\s*(\d{1,2}\s*(?:am|pm))\s*तक/gu, ' from $1am to $2 '],
  [
    /हर\s*\S+\s*(?:औसतन\s*)?हर\s*(\d+)\s*मिनट\s*में\s*एक\s*सवाल\s*पूछता\s*है/gu,
    ' each person asks a question every $1 minutes ',
  ],
  [/किसान/gu, ' farmers '],
  [/रजिस्टर्ड/gu, ' registered '],
  [
    /जवाब\s*हमारे[^।.]{0,40}दस्तावेज़ों\s*से/gu,
    ' answers should come from our documents ',
  ],
  [/जितना\s*हो\s*सके\s*सस्ता/gu, ' as cheap as possible '],
  // Chinese "自动生成会议纪要", "1.2万 份转写稿，每份平均 6000 tokens", "周日 22:00 开始跑，周一早上 8:00 之前必须全部完成"
  [/会议纪要/gu, ' meeting notes summaries '],
  [/(\d[\d.,]*\s*万?)\s*份\s*转写稿/gu, ' $1 transcripts '],
  [/每份\s*(?:平均|average)?\s*/gu, ' each item about '],
  [/(?:周日|星期日)\s*(\d{1,2}:\d{2})\s*开始跑?/gu, ' starts sunday $1 '],
  [
    /(?:周一|星期一)\s*(?:早上)?\s*(\d{1,2}:\d{2})\s*之前必须(?:全部)?完成/gu,
    ' done by monday $1 ',
  ],
  // Japanese "毎晩23時〜翌5時の間に", "お問い合わせメール（約8,000件）をカテゴリ分類して"
  [
    /毎晩\s*(\d{1,2})\s*時\s*[〜~～-]\s*翌?\s*(\d{1,2})\s*時(?:の間に)?/gu,
    ' every night from $1:00 to $2:00 ',
  ],
  [
    /お問い合わせメール\s*[（(]\s*(?:約|about)?\s*(\d[\d,]*)\s*(?:件|items)\s*[）)]/gu,
    ' $1 inquiry emails ',
  ],
  [/カテゴリ分類/gu, ' classify into categories '],
  // Japanese "会員数は約32万人", "同時にアクセスしているのは会員の1%", "ヘルプ記事をもとにしたAI回答",
  // "ページの読み込みと同時に", "Qwen3の8B"
  [
    /会員数は?\s*(?:約|about)?\s*(\d[\d.,]*\s*万?)\s*(?:人|people|名)/gu,
    ' $1 members in total ',
  ],
  [
    /同時にアクセスしているのは会員の\s*(\d+(?:\.\d+)?)\s*[%％]/gu,
    ' $1% of them online at the same time ',
  ],
  [/ヘルプ記事をもとにした/gu, ' based on help articles '],
  [/ページの読み込みと同時に/gu, ' as the page loads '],
  [/([A-Za-z]+\d*(?:\.\d+)?)の(\d+(?:\.\d+)?[BbMm])(?![A-Za-z])/gu, '$1 $2'],
  // Chinese "每班约150名客服同时在线，每人每分钟约翻译4条消息", "像打字一样流畅"
  [
    /每班\s*(?:约|about)?\s*(\d+)\s*名\s*(?:客服|customer service)\s*(?:同时在线|at the same time online)/gu,
    ' about $1 agents online at the same time ',
  ],
  [
    /每人每分钟\s*(?:约|about)?\s*(?:翻译|translation)\s*(\d+)\s*条?\s*消息/gu,
    ' each person sends $1 messages per minute ',
  ],
  [/像打字一样/gu, ' feels like typing '],
  // Swedish "var 30:e sekund": every 30 seconds
  [/(?<!\p{L})var\s+(\d+):e\s+(sekund|minut|timme)\p{L}*/giu, 'every $1 $2'],
  // Korean "일간 활성 사용자(DAU)는 약 12만 명", "동시 접속은 그중 0.5%", "타자 치듯이"
  [
    /일간\s*활성\s*사용자\s*\(?\s*DAU\s*\)?\s*(?:은|는)?\s*(?:약|about)?\s*(\d[\d.,]*\s*만?)\s*명/gu,
    ' $1 DAU ',
  ],
  [
    /동시\s*접속은?\s*그중\s*(\d+(?:\.\d+)?)\s*%/gu,
    ' $1% of them online at the same time ',
  ],
  [/타자\s*치듯이?/gu, ' feels like typing '],
  // Turkish call centre: "Her temsilci dakikada yaklaşık 1 öneri istiyor", "gecikmeden"
  [/(?<!\p{L})çağrı merkez\p{L}*/giu, 'call center'],
  [
    /(?<!\p{L})her temsilci dakikada\s*(?:yaklaşık|about)?\s*(\d+)\s*öneri\p{L}*/giu,
    'each agent sends $1 requests per minute',
  ],
  [/(?<!\p{L})gecikmeden(?!\p{L})/giu, 'without delay'],
  // Hindi "पंजीकृत" (registered), "जल्दी" (quickly), "शब्द" (words)
  [/पंजीकृत/gu, ' registered '],
  [/जल्दी/gu, ' quickly '],
  // "१२० शब्दों का होता है": the plural and its verb with it
  [/शब्द(?:ों|ांचे|ांचा|ांची|ां)?(?:\s*का\s*होता\s*है|\s*असावे)?/gu, ' words '],
  // German "(4× im Jahr)": four times a year
  [/(\d+)\s*[×x]\s*(?:im|pro) jahr/giu, '$1 times a year'],
  // Russian "Раз в квартал … все отзывы покупателей … тональность", "Окно — выходные, 48 часов"
  [/раз в квартал/giu, ' once a quarter '],
  [/(?<!\p{L})отзыв\p{L}*/giu, ' reviews '],
  [/(?<!\p{L})тональност\p{L}*/giu, ' sentiment '],
  [/(?<!\p{L})окно(?!\p{L})/giu, ' window '],
  [/(\d)\s*час(?:а|ов)?(?!\p{L})/giu, '$1 hours'],
  [/за квартал/giu, ' per run '],
  // Russian "многошаговых рассуждений", "ответы длинные", "Скорость не критична, можно подождать"
  [/многошагов\p{L}*\s+рассуждени\p{L}*/giu, ' multi-step reasoning '],
  [/(?<!\p{L})ответы(?!\p{L})/giu, ' answers '],
  [/скорость не критична/giu, ' speed is not critical '],
  [/можно подождать/giu, ' users can wait '],
  // Swedish "USD/månad", Turkish "akış hızı kullanıcı başına en az 25 token/sn"
  [/\/\s*månad(?!\p{L})/giu, '/month'],
  [/akış hızı/giu, 'streaming speed'],
  [/(?<!\p{L})token\s*\/\s*sn(?!\p{L})/giu, 'tokens/s'],
  // Hindi "हर कॉल की समरी चाहिए", "12 am से प्रोसेसिंग शुरू करेंगे, 9 am तक … तैयार"
  [/समरी/gu, ' summary '],
  [/कॉल्स/gu, ' calls '],
  [/हर\s*ट्रांसक्रिप्ट/gu, ' each transcript '],
  [
    /(\d{1,2}\s*(?:am|pm))\s*से\s*(?:प्रोसेसिंग\s*)?शुरू/gu,
    ' processing starts at $1 ',
  ],
  [/(\d{1,2}\s*(?:am|pm))\s*तक/gu, ' done by $1 '],
  // ag-* round. Japanese call-centre terms: "平均同時通話数：約300件" (about 300 calls at once),
  // "ピークはその1.5倍" (the peak is 1.5× that), "予算：月額300万円以内" (budget, monthly)
  [
    /(?:平均)?\s*同時通話数?\s*[：:]?\s*(?:約)?\s*(\d[\d,]*)\s*件?/gu,
    ' about $1 concurrent calls on average ',
  ],
  [
    /ピーク(?:時)?は\s*(?:その)?\s*(\d+(?:\.\d+)?)\s*倍(?:程度)?/gu,
    ' the peak is $1x the average ',
  ],
  [
    /予算\s*[：:は]?\s*月額?\s*(\d[\d.,]*\s*万?)\s*円\s*(?:以内|まで)?/gu,
    ' budget at most $1 yen per month ',
  ],
  [/オペレーター支援/gu, ' call centre agent assist '],
  [/即座に|即時に/gu, ' instantly '],
  [/リアルタイムで?/gu, ' in real time '],
  // Korean "피크 시간대 초당 약 120건, 평균은 그 절반": 120 a second at peak, the average half
  [/피크\s*시간대(?:에)?/gu, ' at peak '],
  [
    /초당\s*(?:약|about)?\s*(\d[\d,]*)\s*(?:건|items)/gu,
    ' about $1 requests per second ',
  ],
  [/평균은\s*그\s*절반(?:\s*정도)?/gu, ' the average is about half of that '],
  // "jam sibuk 07.00–23.00", "kl. 07.00-19.00": clock times written with a dot
  [
    /(?<![\d.,])([01]\d|2[0-4])\.([0-5]\d)\s*([–-]|en|and|und|bis|tot|till|til|to|à|a|y|e|i|do)\s*([01]\d|2[0-4])\.([0-5]\d)(?!\d|[.,]\d)/gu,
    ' from $1:$2 to $4:$5',
  ],
  // cd-* round, Latvian "8.00–17.00": a one-digit hour with a dot, on the hour or a quarter, before a dash
  [
    /(?<![\d.,])([0-9])\.(00|15|30|45)\s*[–-]\s*([01]\d|2[0-4])\.([0-5]\d)(?!\d|[.,]\d)(?!\s*(?:%|[$€£¥]|usd|eur|gbp|dollars?|euros?|tokens?|ms|s|sec|seconds?|x)(?!\p{L}))/giu,
    ' from 0$1:$2 to $3:$4',
  ],
  // Chinese "面向装维工程师的知识问答助手，答案基于…检索生成": knowledge Q&A over documents;
  // "工程师约2万名" (engineers, about 20,000), "在线比例约10%", "每5分钟提问一次", "早8点到晚8点"
  [/知识库?问答/gu, ' knowledge base Q&A '],
  [/检索(?:增强)?生成/gu, ' retrieval augmented generation '],
  [
    /(?:工程师|员工|开发者|用户)\s*(?:约|大约|大概|about)?\s*(\d[\d.,]*\s*万?)\s*(?:名|人|位)/gu,
    ' about $1 engineers ',
  ],
  [
    /在线比例\s*(?:约|大约|大概|about)?\s*(\d+(?:\.\d+)?)\s*[%％]/gu,
    ' about $1% of them online at the same time ',
  ],
  [
    /在线的人\s*(?:平均|average)?\s*每\s*(\d+)\s*分钟\s*(?:提问|提交|发送|问)\s*一次/gu,
    ' each active person asks a question every $1 minutes ',
  ],
  [
    /早上?\s*(\d{1,2})\s*点\s*到\s*晚上?\s*(\d{1,2})\s*点/gu,
    ' from $1am to $2pm ',
  ],
  // Turkish "zirve bunun 2,5 katına çıkıyor": the peak is 2.5× that
  [
    /(?<!\p{L})(?:bunun\s+)?(\d+)[.,](\d+)\s+kat(?:ı|ına)(?:\s+çıkıyor)?(?!\p{L})/giu,
    '$1.$2x the average',
  ],
  [/(?<!\p{L})zirve(?!\p{L})/giu, 'peak'],
  [
    /(?<!\p{L})ürün açıklama(?:sı|ları|larını|sını)?(?!\p{L})/giu,
    'product descriptions',
  ],
  [
    /(?<!\p{L})(?:üretiyor|üretir|üreten|oluşturuyor|oluşturan)(?!\p{L})/giu,
    'generates',
  ],
  [/(?<!\p{L})kelime(?!\p{L})/giu, 'words'],
  // Russian "нужны пошаговые рассуждения", "Пользователей около 150 человек", "Ответ может
  // «думать» пару минут, это не страшно", "Длина ответа с рассуждениями — до 8 тыс. токенов"
  [/пошагов\p{L}*\s+рассуждени\p{L}*/giu, ' step-by-step reasoning '],
  [
    /пользовател\p{L}*\s+(?:около|примерно|порядка)?\s*(\d[\d\s]*)\s+человек/giu,
    ' about $1 users in total ',
  ],
  [
    /может\s+[«"]?думать[»"]?\s+(?:пару|несколько)\s+минут/giu,
    ' can take a couple of minutes ',
  ],
  [/это не страшно/giu, ' that is fine '],
  [/длина ответа(?:\s+с\s+рассуждениями)?/giu, ' output length '],
  // "a cada minuto e meio", "alle anderthalb Minuten": every 1.5 minutes
  [
    /(?<!\p{L})(?:a\s+)?(?:alle|cada|toutes les|ogni)\s+(?:minuto e meio|minuto y medio|minuto e mezzo|anderthalb minuten|minute et demie)(?!\p{L})/giu,
    'every 1.5 minutes',
  ],
  // "au 90e centile", "al percentil 95", "am 95. Perzentil": the percentile of a target
  [
    /(?<!\p{L})(?:au|al|am|el|il|ao|no)\s+(?:percentil\s+|percentile\s+)?(50|90|95|99)(?:e|ème|º|°|\.|o)?\s*(?:centile|percentile|percentil|perzentil|percentiel)?(?!\p{L})/giu,
    'at p$1',
  ],
  // "alle drei Minuten", "toutes les deux heures": a counted period said in words
  ...EVERY_COUNT_WORDS.map(([words, en]): [RegExp, string] => [
    new RegExp(
      `(?<!\\p{L})(?:a\\s+)?(?:alle|jede|elke|toutes les|cada|ogni|co)\\s+(?:${words})\\s+(?=(?:sekunden|secondes|segundos|secondi|seconden|sekund|minuten|minutes|minutos|minuti|minut|stunden|heures|horas|ore|uur|godzin)\\p{L}*)`,
      'giu',
    ),
    `every ${en} `,
  ]),
  // Hindi "जवाब" (answers), after the phrases that contain it
  [/जवाब/gu, ' answers '],
  // ak-* round. Japanese "ユニットテストを自動生成" (generate unit tests), "同時セッションは最大150"
  // (at most 150 sessions at once); Arabic "روبوت محادثة" (chatbot), "زمن ظهور أول tokens أقل من
  // 500 ms" (time to first token under 500 ms), "يجب أن يكون الرد فوريًا" (the reply must be
  // instant); Hindi "कर्मचारी" (employees); Korean "1회 실행당" (per run); Chinese "工作时间 10 小时"
  // (10 working hours)
  [/ユニットテスト/gu, ' unit tests '],
  [/自動生成/gu, ' generate '],
  [
    /同時セッション(?:数)?は?\s*(?:最大|多くても)?\s*(\d[\d,]*)/gu,
    ' at most $1 concurrent sessions ',
  ],
  [/روبوت\s*محادثة/gu, ' chatbot '],
  [/خدمة\s*عملاء/gu, ' customer service '],
  [/زمن\s*ظهور\s*أول/gu, ' time to first '],
  [/أقل\s*من/gu, ' under '],
  [/يجب\s*أن\s*يكون\s*الرد\s*فوري\p{L}*/gu, ' the reply must be instant '],
  [/कर्मचारी/gu, ' employees '],
  [/1\s*회\s*실행\s*당/gu, ' per run '],
  [/工作时间\s*(\d+(?:\.\d+)?)\s*(?:小时|hours)/gu, ' $1 hours '],
  // Russian "машинный перевод" (machine translation), "1 500 запросов в минуту" (1500 requests a
  // minute), "пики в 2 раза выше" (peaks twice as high), "столько же" (the same), "не более 2 с на
  // весь ответ" (at most 2 s for the whole answer)
  [/машинн\p{L}*\s+перевод\p{L}*/gu, ' machine translation '],
  [
    /(?<!\d)(\d{1,3})[\s\u00a0](\d{3})\s*запрос\p{L}*\s+в\s+минуту/gu,
    ' $1$2 requests per minute ',
  ],
  [/пики?\s+в\s+(\d+(?:[.,]\d+)?)\s+раза?\s+выше/gu, ' peaks $1x higher '],
  [/столько\s+же\s+на/gu, ' and the same on '],
  [/(?<!\p{L})задержка(?!\p{L})/giu, ' latency '],
  [/не\s+более/gu, ' at most '],
  [/на\s+весь/gu, ' for the whole '],
  [/(?<=\d)\s*с(?!\p{L})/gu, ' s'],
  // Chinese "大概 200 位老师" (about 200 teachers), "每人每分钟点 2 次" (each clicks twice a minute),
  // "在页面上等着看" (waits on the page to see)
  [/(\d[\d,]*)\s*位\s*老师/gu, ' $1 teachers '],
  [
    /每人每分钟\s*(?:点|发|问|提交)?\s*(\d+(?:\.\d+)?)\s*次/gu,
    ' each person sends $1 requests per minute ',
  ],
  [/在页面上等着看/gu, ' waits on the page for '],
  [/点一下按钮/gu, ' click a button '],
  // German compounds naming people after a count: "1.200 Instandhaltungstechniker" (maintenance
  // technicians), "800 Vertriebsmitarbeiter" (sales staff)
  [/(?<=\d\s*)\p{L}+techniker(?:innen)?(?!\p{L})/giu, 'technicians'],
  [/(?<=\d\s*)\p{L}+mitarbeiter(?:innen)?(?!\p{L})/giu, 'employees'],
  // Korean "접속자 1인당 분당 1회" (each connected user once a minute), "피크는 평균의 2.5배" (the peak
  // is 2.5 times the average)
  [
    /(?:접속자\s*)?1\s*(?:인|people|명)\s*당\s*분당\s*(\d+(?:\.\d+)?)\s*회/gu,
    ' each user asks $1 questions per minute ',
  ],
  [/피크는\s*평균의\s*(\d+(?:\.\d+)?)\s*배/gu, ' the peak is $1x the average '],
  // Hindi "एक समय में 2% सक्रिय" (2% active at a time), "हर सक्रिय किसान हर 5 मिनट में एक सवाल पूछता है"
  // (each active farmer asks a question every 5 minutes)
  [/एक\s*समय\s*में/gu, ' at a time '],
  [
    /हर\s*(\d+)\s*(?:मिनट|मिनिट)\s*में\s*एक\s*(?:सवाल\s*पूछता|संदेश\s*भेजता)\s*है/gu,
    ' asks a question every $1 minutes ',
  ],
  // by-* round: "हर सक्रिय उपयोगकर्ता औसतन हर 30 सेकंड में एक संदेश भेजता है" (each active user
  // sends a message every 30 seconds on average); a message a few minutes apart reads as above
  [
    /हर\s*(\d+)\s*सेकंड\s*में\s*एक\s*(?:संदेश|सवाल)\s*(?:भेजता|पूछता)\s*है/gu,
    ' sends a message every $1 seconds ',
  ],
  [/हर\s*सक्रिय\s*उपयोगकर्ता/gu, ' each active user '],
  [/हर\s*सक्रिय/gu, ' each active '],
  [/सक्रिय/gu, ' active '],
  // "the TL;DR ~60 words": a summary
  [/(?<!\p{L})tl;\s?dr(?!\p{L})/giu, ' summary '],
  // as-* round. Japanese "同時に会話しているプレイヤーは最大で2,500人", "応答は60トークン",
  // "セリフ約12万行"
  // by-* round: "社内ドキュメントを検索して回答するアシスタント" (an assistant that answers by searching
  // the company's documents)
  [
    /社内ドキュメントを検索して回答する/gu,
    ' answers questions from internal documents ',
  ],
  [/同時に/gu, ' at the same time '],
  [/最大で/gu, ' at most '],
  [/応答は?/gu, ' responses '],
  [/(?:セリフ)?\s*約\s*(\d[\d,.]*\s*万?)\s*行/gu, ' about $1 segments '],
  // Korean "등록 학생은 4만 명이고", "저녁 7시~11시에 사용합니다", "동시 접속률은 약 6%",
  // "학생 한 명이 평균 1분에 한 번 질문합니다", "질문은 … 답변(풀이 포함)은 …", "1,500달러"
  [/등록\s*(?:학생|사용자|고객|회원)(?:은|는)?/gu, ' registered users '],
  // (not "320명이었습니다": a head count that was)
  [
    /(\d[\d,.]*\s*만?(?:\s*\d+\s*천)?)\s*명(?:이고|이며|입니다)?(?!이었)/gu,
    ' $1 people ',
  ],
  [
    /저녁\s*(\d{1,2})\s*시\s*[~～-]\s*(\d{1,2})\s*시(?:에|까지)?\s*(?:사용합니다|사용)?/gu,
    ' used from $1 pm to $2 pm ',
  ],
  [/동시\s*접속률?(?:은|는)?/gu, ' online at the same time: '],
  [
    /(?:학생|사용자|고객|회원)\s*한\s*명이\s*(?:평균\s*)?(\d+)\s*분에\s*한\s*번\s*질문(?:합니다)?/gu,
    ' each person asks a question every $1 minutes ',
  ],
  [/질문(?:은|는)/gu, ' questions '],
  [/답변(?:\s*\([^)]*\))?\s*(?:은|는)/gu, ' answers '],
  [/(\d[\d,.]*)\s*달러/gu, ' $$$1 '],
  // Arabic "للرد على استفسارات المواطنين", "١٢٠ طلبًا في الدقيقة في المتوسط", "ثلاثة أضعاف المتوسط"
  [
    /للرد\s*على\s*استفسارات\s*المواطنين/gu,
    ' to reply to the inquiries of citizens ',
  ],
  [/(\d[\d,]*)\s*طلبًا?\s*في\s*الدقيقة/gu, ' $1 requests per minute '],
  [/(?<!\p{L})في\s*المتوسط/gu, ' on average '],
  [/في\s*أوقات\s*الذروة\s*يصل\s*إلى/gu, ' at peak times it reaches '],
  [/ضعفي/gu, ' 2 times '],
  [/ثلاثة\s*أضعاف/gu, ' 3 times '],
  [/أربعة\s*أضعاف/gu, ' 4 times '],
  [/خمسة\s*أضعاف/gu, ' 5 times '],
  [/المتوسط/gu, ' the average '],
  [/طول\s*السؤال/gu, ' question length '],
  [/\s*والإجابة/gu, ', and the answer '],
  // Hindi "इसे सस्ता रखना है, बजट बहुत कम है": keep it cheap, the budget is very small
  [/सस्ता/gu, ' cheap '],
  [/बजट\s*बहुत\s*कम\s*है/gu, ' the budget is tight '],
  // at-* round. Chinese "情感打分、问题分类", "凌晨2点开始，5点前必须跑完", "全公司約1,200位經紀人",
  // "尖峰時大概兩成同時在線", "每人大約每3分鐘問一次", "首字延遲希望在500毫秒內"
  [/情感打分/gu, ' sentiment scoring '],
  [/(?:每天|every day)\s*(?:两次|兩次)/gu, ' twice a day '],
  [/预算\s*[:：]\s*每月不超过/gu, ' budget: per month at most '],
  [/(\d[\d.,]*\s*万?)\s*元\s*人民币/gu, ' $1 CNY '],
  [/问题分类|問題分類/gu, ' issue classification '],
  [
    /凌晨\s*(\d{1,2})\s*点\s*开始\s*[，,]?\s*(\d{1,2})\s*点前必须(?:跑完|完成)/gu,
    ' starting at $1am, must be done by $2am ',
  ],
  [/內部問答助理|内部问答助理/gu, ' internal Q&A assistant '],
  [/查詢公司的|查询公司的/gu, ' look up in the company internal documents: '],
  [/全公司約|全公司约/gu, ' in the whole company about '],
  [/位經紀人|位经纪人/gu, ' brokers '],
  [/尖峰時|尖峰时|高峰时/gu, ' at peak '],
  [/兩成|两成/gu, ' 20% '],
  [/同時在線|同时在线/gu, ' online at the same time '],
  [
    /每人\s*(?:大約|大约|about)?\s*每\s*(\d+)\s*(?:分鐘|分钟)問一次/gu,
    ' each person asks a question every $1 minutes ',
  ],
  [/回應一定要快|回应一定要快/gu, ' responses must be fast '],
  [/首字延遲|首字延迟/gu, ' time to first token '],
  [/(\d+)\s*毫秒/gu, ' $1 ms '],
  // au-* round. Japanese ticket fields "利用者数:開発者 3,200名", "1人あたりリクエスト:毎分 6回",
  // "入力:約1,500トークン/出力:約60トークン", "キビキビ動くこと"
  [
    /利用者数\s*[:：]\s*(?:開発者|developers)?\s*(\d[\d,]*)\s*名/gu,
    ' $1 developers in total ',
  ],
  [
    /1\s*(?:人|people)\s*あたり\s*リクエスト\s*[:：]\s*毎分\s*(\d+)\s*回/gu,
    ' each person sends $1 requests per minute ',
  ],
  [/入力\s*[:：]/gu, ' input: '],
  [/出力\s*[:：]/gu, ' output: '],
  [/キビキビ/gu, ' snappy '],
  // Hindi "कुल कर्मचारी", "इनपुट", "सुबह 9:30 से शाम 6:30 तक"
  [/कुल\s*(?:कर्मचारी|employees)/gu, ' employee headcount of '],
  [/इनपुट/gu, ' input '],
  [
    /सुबह\s*(\d{1,2}(?::\d{2})?)\s*से\s*शाम\s*(\d{1,2}(?::\d{2})?)\s*तक/gu,
    ' from $1am to $2pm ',
  ],
  // Korean "코드 리뷰 봇 … 수정된 코드 파일을 통째로 생성해 줍니다", "개발자 1,800명", "약 450세션",
  // "활성 사용자당 10분에 한 번 요청합니다", "근무시간은 10시~19시", "[시스템 지시: …]"
  [/수정된\s*코드\s*파일을\s*통째로\s*생성/gu, ' generates whole code files '],
  [/개발자\s*(?:수는\s*)?(?=\d)/gu, ' developers: '],
  [/(\d[\d,]*)\s*세션/gu, ' $1 sessions '],
  [
    /활성\s*사용자당\s*(\d+)\s*분에\s*한\s*번\s*요청(?:합니다)?/gu,
    ' each active user sends a request every $1 minutes ',
  ],
  [/동시에\s*쓰는\s*비율은/gu, ' share online at the same time: '],
  [
    /근무\s*시간은\s*(\d{1,2})\s*시\s*[~～-]\s*(\d{1,2})\s*시/gu,
    ' working hours from $1:00 to $2:00 ',
  ],
  [/질문(?=\s*(?:평균|약)?\s*\d)/gu, ' questions '],
  [/답변(?=\s*(?:평균|약)?\s*\d)/gu, ' answers '],
  [/\[\s*시스템\s*지시\s*[:：]/gu, '[system: '],
  // Japanese "推論モデルに数学・論理問題を解かせる評価ラン", "1回あたり:約4万問",
  // "深夜0時〜朝8時の間に完了", "予算:1回あたり600ドルまで"
  [/推論モデル/gu, ' reasoning model '],
  [/数学・論理問題/gu, ' math and logic problems '],
  [
    /1\s*回あたり\s*[:：]\s*約?\s*(\d[\d,.]*\s*万?)\s*問/gu,
    ' $1 items per run ',
  ],
  [
    /深夜\s*(\d{1,2})\s*時\s*[〜~～-]\s*朝\s*(\d{1,2})\s*時の間に完了/gu,
    ' done between $1:00 and $2:00 ',
  ],
  [
    /予算\s*[:：]\s*1\s*回あたり\s*(\d[\d,]*)\s*ドルまで/gu,
    ' budget: at most $$$1 per run ',
  ],
  // Thai "แชตบอตบริการลูกค้า", "4 ล้านคน", "ออนไลน์พร้อมกันช่วงพีคราว 0.5%",
  // "แต่ละคนส่งข้อความประมาณ 2 ครั้งต่อนาที", "ไม่เกิน 600 มิลลิวินาที", "อินพุตเฉลี่ย … เอาต์พุต …"
  [/แชตบอตบริการลูกค้า/gu, ' customer service chatbot '],
  [/(\d[\d.,]*)\s*ล้าน\s*คน/gu, ' $1 million people '],
  [
    /ออนไลน์พร้อมกันช่วงพีค(?:ราว)?/gu,
    ' online at the same time at peak about ',
  ],
  [/แต่ละคนส่งข้อความ/gu, ' each person sends a message '],
  [/ครั้งต่อนาที/gu, ' times a minute '],
  [/ต่อวัน/gu, ' a day '],
  [/ไม่เกิน/gu, ' at most '],
  [/มิลลิวินาที/gu, ' ms '],
  [/อินพุต(?:เฉลี่ย)?/gu, ' input '],
  [/\s*เอาต์พุต/gu, ', output '],
  [/โทเคน/gu, ' tokens '],
  // aw-* round: a psql result's "(5 rows)" footer counts the rows shown, not the items to process
  [/^[ \t]*\(\d+ rows?\)[ \t]*$/gm, ''],
  // Bengali "দেড় লাখ" (one and a half lakh), a summary button waited on at the screen, lengths
  [/দেড়\s*লাখ/gu, ' 150000 '],
  [
    /"?সারাংশ"?\s*বাটনে\s*চাপবে\s*এবং\s*স্ক্রিনে\s*সারাংশের\s*জন্য\s*অপেক্ষা\s*করবে/gu,
    ' press the summary button and wait on the screen for the summary ',
  ],
  [/প্রতিটি\s*নোট/gu, ' each note is '],
  // by-* round, Bengali news portal: "পাঠক বোতাম চাপলে সারাংশের জন্য অপেক্ষা করেন" (the reader
  // presses the button and waits for the summary), before the summary word on its own
  [
    /পাঠক\s*বোতাম\s*চাপলে\s*সারাংশের\s*জন্য\s*অপেক্ষা\s*করেন/gu,
    ' the reader clicks the button and waits for the summary ',
  ],
  [/সারাংশ/gu, ' summary '],
  [/শব্দের/gu, ' words '],
  [/অনলাইনে\s*থাকে/gu, ' online '],
  // Urdu "مرحلہ وار سوچ کر حل کرے", "ہر منٹ تقریباً ۹۰۰ درخواستیں آتی ہیں", "… تو کوئی مسئلہ نہیں"
  [
    /مرحلہ\s*وار\s*سوچ\s*کر\s*حل\s*کرے/gu,
    ' solves with step-by-step reasoning ',
  ],
  [
    /ہر\s*منٹ\s*(?:تقریباً|تقریبا|about)?\s*(\d[\d,]*)\s*درخواستیں\s*آتی\s*ہیں/gu,
    ' about $1 requests per minute ',
  ],
  [
    /جواب\s*میں\s*ایک\s*دو\s*منٹ\s*لگ\s*جائیں\s*تو\s*کوئی\s*مسئلہ\s*نہیں/gu,
    ' an answer can take a minute or two, no hurry ',
  ],
  // Arabic "يجيب عن أسئلة الموظفين من سياسات …", "كل موظف نشط يرسل سؤالاً كل ثلاث دقائق", "زمن أول رمز أقل من ثانية واحدة"
  [
    /يجيب\s*عن\s*أسئلة\s*الموظفين\s*من\s*سياسات/gu,
    ' answers staff questions from the policies of ',
  ],
  [
    /كل\s*موظف\s*نشط\s*يرسل\s*سؤال(?:اً|ا)?\s*كل\s*ثلاث\s*دقائق(?:\s*تقريب(?:اً|ا))?/gu,
    ' each active employee sends a question every 3 minutes ',
  ],
  // av-* round, Japanese "要約するボタン", "ユーザーがクリックして画面で待つ", "1人あたり10分に1回"
  [/ボタン/gu, ' button '],
  // "社員向けの汎用チャットアシスタント", "速くしてほしい": a general-purpose chat assistant, fast
  [
    /汎用\s*(?:chat|チャット)\s*アシスタント/gu,
    ' general-purpose chat assistant ',
  ],
  [/速くしてほしい|速くして欲しい/gu, ' should be fast '],
  // Korean "토큰 간 지연": the delay between tokens
  [/토큰\s*간\s*지연/gu, ' inter-token latency '],
  [
    /ユーザーがクリックして画面で待つ/gu,
    ' the user clicks and waits on the screen ',
  ],
  [
    /1\s*(?:人|people)\s*あたり\s*(\d+)\s*分に\s*1\s*回/gu,
    ' each person sends a request every $1 minutes ',
  ],
  // av-* round, Thai "ระบบถามตอบจากเอกสารภายในบริษัท", "ใช้งานพร้อมกันประมาณ 5%",
  // "แต่ละคนถาม 1 คำถามทุก 4 นาที", "คำตอบไม่ต้องรีบ"
  [
    /ระบบถามตอบจากเอกสาร(?:ภายในบริษัท)?/gu,
    ' question answering over internal documents ',
  ],
  [/สำหรับพนักงาน/gu, ' for employees '],
  [/ใช้งานพร้อมกัน(?:ประมาณ)?/gu, ' active at the same time about '],
  [
    /แต่ละคนถาม\s*(\d+)\s*คำถามทุก\s*(\d+)\s*นาที/gu,
    ' each person asks $1 question every $2 minutes ',
  ],
  [/คำตอบไม่ต้องรีบ/gu, ' answers are not urgent, no hurry '],
  // Arabic "لتوليد أوصاف المنتجات ونصوص الإعلانات", "٣٥٠ موظفاً", "كل مستخدم نشط يرسل طلباً كل دقيقة",
  // "طول الطلب … والناتج …", "من ٩ صباحاً حتى ٥ مساءً"
  [
    /لتوليد\s*أوصاف\s*المنتجات\s*ونصوص\s*الإعلانات/gu,
    ' to generate product descriptions and ad texts ',
  ],
  [/عدد\s*المستخدمين\s*[:：]?/gu, ' number of users: '],
  [/(\d[\d,]*)\s*موظف(?:اً|ا|ين)?/gu, ' $1 employees '],
  [
    /كل\s*مستخدم\s*نشط\s*يرسل\s*طلب(?:اً|ا)?\s*كل\s*دقيقة(?:\s*تقريب(?:اً|ا))?/gu,
    ' each active user sends a request every minute ',
  ],
  [/طول\s*الطلب/gu, ' prompt length '],
  [/\s*والناتج/gu, ', and the output '],
  [
    /من\s*(\d{1,2})\s*صباح(?:اً|ا)\s*حتى\s*(\d{1,2})\s*مساء(?:ً)?/gu,
    ' from $1am to $2pm ',
  ],
  // "QPS about 2", "rps: 20": the rate's unit before its number
  [
    /(?<!\d[\d.,]*k?[ \t]*)(?<!\p{L})(?:qps|rps)[ \t]*(?:(?:is|of|around|about|approx\.?|roughly)[ \t]+|~[ \t]*)*(\d(?:[\d.,]*\d)?k?)(?![\d.,]*[ \t]*(?:%|ms|s|x|am|pm|h)(?!\p{L}))/giu,
    ' $1 rps ',
  ],
  // ax-* round, after the phrases above that contain them: Korean "분당 약 1,200건 요청" (1,200
  // requests a minute), "출력은" (the output), "번역" (translation)
  [
    /분당\s*(?:약|about)?\s*(\d[\d,.]*)\s*(?:건|items)?\s*(?:의\s*)?요청/gu,
    ' $1 requests per minute ',
  ],
  // bh-* round: Korean admissions "'요약' 버튼을 누르면 … 요약해 주는 기능" (press the summary
  // button and get a summary), "빨리 떠야" (must show fast), "1인당 3분에 한 건" (one per person
  // every 3 minutes), "동시에 70%" (70 % at the same time)
  [
    /['‘’]?요약['‘’]?\s*버튼을\s*누르면/gu,
    ' clicks the summarise button and waits for the summary ',
  ],
  [/빨리\s*(?:떠야|나와야|보여야)/gu, ' must be fast '],
  [
    /1\s*인당\s*(\d+)\s*분에\s*(?:한|1)\s*(?:건|번|회)(?:\s*정도)?(?:\s*(?:메시지를\s*보냅니다|요청합니다|요청을\s*보냅니다))?/gu,
    ' each person sends a request every $1 minutes ',
  ],
  [/동시에\s*(\d+(?:\.\d+)?)\s*%/gu, ' $1% at the same time '],
  [/요약/gu, ' summary '],
  [/출력(?:은|는|이)?/gu, ' output '],
  [/번역/gu, ' translation '],
  // bh-* round, after the Japanese phrases above that contain them: "件数 = 毎晩 約1万5千件"
  // (items: about 15,000 every night), "時間枠" (time window), "急ぎません" (no rush)
  [/毎晩/gu, ' every night '],
  [/件数/gu, ' items '],
  [/(?<=[\d千万kK])\s*件(?![\p{Script=Han}\p{Script=Hiragana}])/gu, ' items '],
  [/時間枠/gu, ' time window '],
  [/急ぎません/gu, ' no rush '],
  // a Gulf port authority's gate desk, an Israeli newsroom on election night (after the Arabic
  // and Hebrew phrases above that contain these words)
  [/خدمة\s*العملاء/gu, ' customer service '],
  [/المستخدمين\s*المسجلين|المستخدمون\s*المسجلون/gu, ' registered users '],
  [/معدل\s*الطلبات/gu, ' request rate '],
  [/طلب(?=\s+every\b)/gu, ' one request '],
  [/للمستخدم\s*النشط|لكل\s*مستخدم\s*نشط/gu, ' per active user '],
  [/ساعات\s*التشغيل/gu, ' operating hours '],
  [/(\d+)\s*ساعة/gu, ' $1 hours '],
  [/أمريكي(?:ة)?/gu, ' (USD) '],
  [/بالشهر|في\s*الشهر/gu, ' per month '],
  [/שעונה\s*על\s*שאלות(?=\s*לגבי)/gu, ' that answers questions '],
  [/מתוך\s*(?=נתוני)/gu, ' from the '],
  [/נתוני\s*ועדת\s*הבחירות/gu, ' election results '],
  [/והכתבות\s*שלנו|הכתבות\s*שלנו/gu, ' and our articles '],
  [/לדקה/gu, ' per minute '],
  [/(?<!\S)מ-?(\d{1,2}:\d{2})\s*עד\s*(\d{1,2}:\d{2})/gu, ' from $1 to $2 '],
  [/שאלה\s*\+\s*קטעים\s*מאוחזרים/gu, ' question + retrieved passages '],
  // an Indian pharmacy chain: "स्टोर: देश भर में 1,240, हर स्टोर पर औसतन 3 फार्मासिस्ट" (stores: 1,240
  // nationwide, on average 3 pharmacists per store), "answers हमारे दवा-संदर्भ दस्तावेज़ों … से ही"
  [
    /स्टोर\s*[:：]\s*देश\s*भर\s*में\s*(\d{1,3}(?:,\d{3})+|\d+)/gu,
    ' $1 stores nationwide ',
  ],
  [
    /हर\s*स्टोर\s*पर\s*औसतन\s*(\d+)\s*फार्मासिस्ट/gu,
    ' on average $1 pharmacists per store ',
  ],
  [/फार्मासिस्ट/gu, ' pharmacists '],
  [/(?<=answers\s*)हमारे/gu, ' must come from our '],
  [/दवा-संदर्भ/gu, ' drug-reference '],
  [/दस्तावेज़ों|दस्तावेज़/gu, ' documents '],
  [/תשובה(?=\s*~?\s*\d)/gu, ' answer '],
  // bi-* round: a Greek stadium box office (with an injected note), a Thai radiology department,
  // a Bangladeshi charity's donor services
  [
    /κάτοχοι\s+διαρκείας\s+και\s+φίλαθλοι/giu,
    ' season-ticket holders and fans ',
  ],
  [/κάτοχοι\s+διαρκείας/giu, ' season-ticket holders '],
  [
    /(?<![\p{Script=Greek}])(?:αγνόησε|αγνοήστε|ξέχνα|ξεχάστε)\s+(?:όλες\s+)?(?:τις\s+)?(?:παραπάνω\s+|προηγούμενες\s+)?οδηγίες/giu,
    ' ignore all previous instructions ',
  ],
  [/μην\s+κάνεις\s+(?:καμία\s+)?ερώτηση/giu, " don't ask questions "],
  [/ώρες\s+λειτουργίας/giu, ' opening hours '],
  [/ระบบช่วยแปล/gu, ' a translation system to translate '],
  [
    /รังสีแพทย์และเจ้าหน้าที่ที่จะใช้มี/gu,
    ' radiologists and staff who will use it: ',
  ],
  [/รายงานหนึ่งฉบับยาว/gu, ' a report is '],
  [/คำแปลออกมา/gu, ' the translation comes out at '],
  [/(?<=\d)\s*คำ/gu, ' words '],
  [/(\d+)\s*হাজার/gu, '$1 thousand'],
  [/নিয়মিত\s*দাতা(?:\s*আছেন)?/gu, ' regular donors '],
  [
    /একসাথে\s*অনলাইনে\s*থাকেন\s*(?:মোটামুটি)?/gu,
    ' online at the same time: about ',
  ],
  [
    /প্রত্যেকে\s*(?:গড়ে)?\s*প্রতি\s*(\d+)\s*মিনিটে\s*একটি\s*প্রশ্ন\s*করেন/gu,
    ' each one asks a question every $1 minutes ',
  ],
  [
    /সকাল\s*(\d{1,2})\s*টা\s*থেকে\s*রাত\s*(\d{1,2})\s*টা\s*(?:পর্যন্ত)?/gu,
    ' from $1am to $2pm ',
  ],
  [
    /মাসিক\s*বাজেট\s*সর্বোচ্চ\s*(\d[\d,]*)\s*মার্কিন\s*ডলার/gu,
    ' budget at most $1 US dollars per month ',
  ],
  // an Iranian wind-farm maintenance team, a Pakistani law firm's e-discovery, a Tamil
  // satellite-imaging company
  [
    /یک\s*دستیار\s*پرسش\s*و\s*پاسخ\s*می‌خواهیم\s*که\s*از\s*روی/gu,
    ' we want a Q&A assistant that answers from the ',
  ],
  [/دفترچه‌های\s*راهنمای\s*توربین/gu, ' turbine manuals '],
  [/دستورالعمل‌های\s*ایمنی/gu, ' safety procedures '],
  [/تکنسین‌ها\s*در\s*سه\s*سایت\s*هستند/gu, ' technicians at our sites '],
  // "منجیل 150 نفر, بینالود 120 نفر": a site and its people, as a list the rules total
  [/([\p{Script=Arabic}]{2,})\s+(\d[\d,]*)\s*نفر(?=\s*[,.،])/gu, '$1 $2'],
  [/همزمان\s*از\s*آن\s*استفاده\s*می‌کنند/gu, ' use it at the same time '],
  [
    /هر\s*(\d+)\s*دقیقه\s*یک\s*سؤال\s*می‌پرسد/gu,
    ' asks a question every $1 minutes ',
  ],
  [
    /شیفت‌ها\s*از\s*(\d{1,2})\s*صبح\s*تا\s*(\d{1,2})\s*شب\s*است/gu,
    ' shifts run from $1am to $2pm ',
  ],
  [/ہر\s*ہفتے/gu, ' every week '],
  [/ہفتے\s*کی\s*رات/gu, ' on Saturday night '],
  [/طویل\s*دستاویزات/gu, ' long documents '],
  [/کا\s*خلاصہ\s*چاہیے/gu, ' to summarise '],
  [
    /ہر\s*دستاویز\s*(\d+)\s*سے\s*(\d+)\s*ہزار\s*ٹوکن\s*کی\s*ہوتی\s*ہے/gu,
    ' each document is $1-$2 thousand tokens ',
  ],
  [
    /(\d+)\s*گھنٹے\s*کی\s*ونڈو\s*میں\s*مکمل\s*ہونا\s*چاہیے/gu,
    ' must finish in a $1-hour window ',
  ],
  [/یہ\s*کام/gu, ' the job '],
  [/ہر\s*خلاصہ/gu, ' each summary '],
  [/ٹوکن/gu, ' tokens '],
  [
    /(?:முடிக்க\s*வேண்டிய\s*)?கால\s*அவகாசம்\s*(?:\(\s*window\s*\))?/gu,
    ' window ',
  ],
  [/அரை\s*லட்சம்/gu, ' 50000 '],
  [/ஒரு\s*இரவுக்கு/gu, ' per night '],
  [/காட்சிகள்/gu, ' scenes '],
  [/ஒவ்வொன்றும்/gu, ' each '],
  [/டோக்கன்/gu, ' tokens '],
  [/வகைப்படுத்த/gu, ' classify '],
  [/மணி\s*நேரம்/gu, ' hours '],
  // a Serbian film studio's subtitles
  [
    /треба\s+да\s+преведемо\s+нове\s+титлове/giu,
    ' we need to translate new subtitles ',
  ],
  [/(\d[\d.]*)\s*фајлова\s+по\s+ноћи/giu, ' $1 files per night '],
  [/посао\s+креће\s+у\s+(\d{1,2}:\d{2})/giu, ' the job starts at $1 '],
  [
    /мора\s+бити\s+готов\s+(?:до|up to)\s+(\d{1,2}:\d{2})/giu,
    ' must be done by $1 ',
  ],
  [/један\s+фајл\s+има/giu, ' each file is '],
  [
    /превод\s+је\s+отприлике\s+исте\s+дужине/giu,
    ' the translation is about the same length ',
  ],
  // a Bulgarian car maker's warranty desk, a Nepali mortgage broker
  [
    /асистент,\s+който\s+отговаря\s+на\s+въпросите\s+на\s+служителите\s+ни/giu,
    ' an assistant that answers our staff questions ',
  ],
  [
    /по\s+гаранционните\s+условия\s+и\s+техническите\s+бюлетини/giu,
    ' from our warranty terms and technical bulletins ',
  ],
  [/служителите\s+са\s+около\s+(\d[\d ]*\d|\d)/giu, ' about $1 staff '],
  [
    /(?<![\p{L}])те\s+са\s+(\d[\d ]*),\s+не\s+(\d[\d ]*)/giu,
    ' actually $1 staff, not $2 ',
  ],
  [
    /време\s+(?:до|up to)\s+първия\s+(?:токен|tokens)\s+под/giu,
    ' time to first token under ',
  ],
  [
    /हाम्रै\s*नीति\s*कागजातहरूबाट\s*दिने\s*सहायक/gu,
    ' an assistant that answers from our policy documents ',
  ],
  [/एकैपटक\s*अनलाइन\s*हुन्छन्/gu, ' online at the same time '],
  [/उत्तर(?=\s*about)/gu, ' the answer is '],
  [
    /बजेट\s*महिनाको\s*रु\.?\s*(\d+(?:\.\d+)?)\s*लाखसम्म/gu,
    ' budget up to रु $1 lakh per month ',
  ],
  // bk-* round: a Sorani racing stable's nightly records, a Khmer lottery's fraud scoring, a Welsh
  // beekeeping co-operative's hive notes
  [/کارێکی\s*شەوانە(?:یە)?/gu, ' a nightly job '],
  [/پۆلێن\s*بکات/gu, ' classify '],
  [/هەموو\s*شەوێک/gu, ' every night '],
  [/نزیکەی/gu, ' about '],
  [/(?<!\p{L}|\p{M})تۆمار(?!\p{L}|\p{M})/gu, ' records '],
  [/هەر\s*یەکێک/gu, ' each '],
  [/تۆکن/gu, ' tokens '],
  [
    /دەبێت\s*لە\s*ماوەی\s*(\d+)\s*کاتژمێردا\s*تەواو\s*بێت/gu,
    ' must finish within $1 hours ',
  ],
  [/لە\s*(\d+)ی\s*شەو\s*تا\s*(\d+)ی\s*بەیانی/gu, ' from $1 am to $2 am '],
  [/ដាក់ពិន្ទុហានិភ័យ/gu, ' score the risk '],
  [/ការក្លែងបន្លំ/gu, ' fraud '],
  [/រៀងរាល់យប់/gu, ' every night '],
  [/ប្រហែល/gu, ' about '],
  [/ករណីក្នុងមួយយប់/gu, ' cases per night '],
  [/ក្នុងមួយករណី/gu, ' per case '],
  [
    /ត្រូវតែបញ្ចប់ក្នុងរយៈពេល\s*(\d+)\s*ម៉ោង/gu,
    ' must finish within $1 hours ',
  ],
  [/ពីម៉ោង\s*(\d+)\s*ដល់ម៉ោង\s*(\d+)\s*ព្រឹក/gu, ' from $1 am to $2 am '],
  [/(?<![\p{L}\p{M}])bob wythnos(?![\p{L}\p{M}])/giu, ' every week '],
  [/(?<![\p{L}\p{M}])nos sul(?![\p{L}\p{M}])/giu, ' sunday night '],
  [/(?<![\p{L}\p{M}])dosbarthu(?:['’]r)?(?![\p{L}\p{M}])/giu, ' classify the '],
  [/(?<![\p{L}\p{M}])(?:o\s+)?nodiadau(?![\p{L}\p{M}])/giu, ' notes '],
  [/(?<![\p{L}\p{M}])tua\s+(?=\d)/giu, ' about '],
  [/(?<![\p{L}\p{M}])bob tro(?![\p{L}\p{M}])/giu, ' per run '],
  [/(?<![\p{L}\p{M}])tocyn yr un(?![\p{L}\p{M}])/giu, ' tokens each '],
  [
    /(?<![\p{L}\p{M}])rhaid i['’]r gwaith orffen o fewn(?![\p{L}\p{M}])/giu,
    ' the job must finish within ',
  ],
  [/(?<=\d)\s*awr(?![\p{L}\p{M}])/giu, ' hours '],
  [/(\d{1,2}:\d{2})\s+tan\s+(\d{1,2}:\d{2})/giu, ' $1 to $2 '],
  [/(?<![\p{L}\p{M}])does dim brys(?![\p{L}\p{M}])/giu, ' no rush '],
  // a Mongolian ambulance dispatch assistant, Japanese auction appraisals, a Brazilian bridal
  // chain's WhatsApp assistant, a Cebuano circus's press releases
  [/туслах\s+хэрэгтэй/giu, ' we need an assistant '],
  [
    /манай\s+протокол,\s*гарын\s+авлагаас\s+асуултад\s+хариулна/giu,
    ' answers questions from our protocols and manuals ',
  ],
  [/оргил\s+үед/giu, ' at peak '],
  [/минутад\s+(\d[\d ]*)\s*хүсэлт/giu, ' $1 requests per minute '],
  [/маш\s+хурдан\s+байх\s+ёстой/giu, ' must be very fast '],
  [/(\d+)\s*мс-ээс\s+бага/giu, ' under $1 ms '],
  [
    /(?<![\p{L}\p{M}])mga\s+(\d[\d,.]*)\s+ka\s+tawo(?![\p{L}\p{M}])/giu,
    ' about $1 people ',
  ],
  [/(?<!\p{L})ra\s+ang\s+mogamit(?![\p{L}\p{M}])/giu, ' will use it '],
  [/(?<![\p{L}\p{M}])ang matag(?![\p{L}\p{M}])/giu, ' each '],
  [/(?<![\p{L}\p{M}])nga mohimo og(?![\p{L}\p{M}])/giu, ' that writes '],
  [
    /(?<![\p{L}\p{M}])(\d[\d,.]*)\s+ka\s+pulong(?![\p{L}\p{M}])/giu,
    ' $1 words ',
  ],
  // a Turkmen ferry line, a Malagasy film festival, a Zurich fire brigade's dispatchers
  [
    /(?<![\p{L}\p{M}])ýolagçylara\s+([^.]{0,80}?)\s+barada\s+jogap\s+berýän\s+çat-bot(?![\p{L}\p{M}])/giu,
    ' a chatbot answering what passengers ask about $1 ',
  ],
  [/(?<![\p{L}\p{M}])çat-bot(?![\p{L}\p{M}])/giu, ' chatbot '],
  [
    /(?<![\p{L}\p{M}])sagatda\s+(\d[\d ]*\d)\s+däl-de,\s*(\d[\d ]*\d)\s+sorag(?![\p{L}\p{M}])/giu,
    ' not $1 but $2 questions per hour ',
  ],
  [
    /(?<![\p{L}\p{M}])sagatda\s+(?:takmynan\s+)?(\d[\d ]*\d)\s+sorag(?![\p{L}\p{M}])/giu,
    ' about $1 questions per hour ',
  ],
  [
    /(?<![\p{L}\p{M}])tomus möwsüminde(?![\p{L}\p{M}])/giu,
    ' in the summer season ',
  ],
  [
    /(?<![\p{L}\p{M}])bagyşlaň,?\s*ýalňyşdym(?![\p{L}\p{M}])/giu,
    ' sorry, correction ',
  ],
  [
    /(?<![\p{L}\p{M}])jogaplar çalt bolmaly(?![\p{L}\p{M}])/giu,
    ' answers must be fast ',
  ],
  [
    /(?<![\p{L}\p{M}])manodidina ny\s+(\d[\d ]*\d)\s+ny mpanatrika(?![\p{L}\p{M}])/giu,
    ' about $1 attendees ',
  ],
  [
    /(\d+(?:[.,]\d+)?)\s*%\s*eo ho eo no miresaka aminy miaraka(?![\p{L}\p{M}])/giu,
    ' about $1% are chatting with it at the same time ',
  ],
  [
    /(?<![\p{L}\p{M}])samy mandefa hafatra iray isa-minitra(?![\p{L}\p{M}])/giu,
    ' each sends one message per minute ',
  ],
  [
    /(?<![\p{L}\p{M}])tsy maintsy haingana be ny valiny(?![\p{L}\p{M}])/giu,
    ' the answers must be very fast ',
  ],
  [/(?<![\p{L}\p{M}])chlicked uf(?![\p{L}\p{M}])/giu, ' click '],
  [/(?<![\p{L}\p{M}])und warted(?![\p{L}\p{M}])/giu, ' and wait '],
  [/(?<![\p{L}\p{M}])zämefasse(?![\p{L}\p{M}])/giu, ' summarise '],
  [/(?<![\p{L}\p{M}])bis s['’]modell(?![\p{L}\p{M}])/giu, ' until the model '],
  [
    /(?<![\p{L}\p{M}])us de notruf-notize(?![\p{L}\p{M}])/giu,
    ' from the emergency call notes ',
  ],
  [/(?<![\p{L}\p{M}])öppe(?![\p{L}\p{M}])/giu, ' about '],
  [/(?<![\p{L}\p{M}])churzi(?![\p{L}\p{M}])/giu, ' short '],
  [/(?<![\p{L}\p{M}])Lagebeschriibig(?![\p{L}\p{M}])/giu, ' summary '],
  [/(?<![\p{L}\p{M}])disponänte(?![\p{L}\p{M}])/giu, ' dispatchers '],
  [
    /(?<![\p{L}\p{M}])(?:gliichziitig|gläichzäiteg)(?![\p{L}\p{M}])/giu,
    ' at the same time ',
  ],
  [
    /(?<![\p{L}\p{M}])net\s+(\d[\d.,]*),\s*mee(?![\p{L}\p{M}])/giu,
    ' not $1, but ',
  ],
  [
    /(?<![\p{L}\p{M}])rund um (?:d['’]|of\s+)uhr(?![\p{L}\p{M}])/giu,
    ' around the clock ',
  ],
  [
    /(?<![\p{L}\p{M}])das muess sofort cho(?![\p{L}\p{M}])/giu,
    ' it must be instant ',
  ],
  [/(?<![\p{L}\p{M}])franke im monet(?![\p{L}\p{M}])/giu, ' CHF per month '],
  // an Amharic fisheries office, a Burmese mountain rescue team, Quechua school buses
  [
    /ጥያቄዎች\s*ከሰነዶቻችን\s*የሚመልስ\s*ቻትቦት/gu,
    ' chatbot that answers questions from our documents ',
  ],
  [
    /ወደ\s*(\d[\d,]*)\s*የሚጠጉ\s*የተመዘገቡ\s*አጥማጆች\s*አሉ/gu,
    ' about $1 registered fishers ',
  ],
  [
    /ከእነሱ\s*ውስጥ\s*(\d+(?:\.\d+)?)\s*%\s*ያህሉ\s*በአንድ\s*ጊዜ\s*ይጠቀማሉ/gu,
    ' of them about $1% use it at the same time ',
  ],
  // "ከጠዋቱ 2 ሰዓት እስከ ቀኑ 11 ሰዓት": Ethiopian hours count from 6 am, so a span within one day
  // keeps its length read as clock times
  [
    /የቢሮ\s*ሰዓት\s*ከጠዋቱ\s*(\d+)\s*ሰዓት\s*እስከ\s*ቀኑ\s*(\d+)\s*ሰዓት/gu,
    ' office hours from $1:00 to $2:00 ',
  ],
  [/လမ်းညွှန်စာအုပ်တွေနဲ့/gu, ' guidebooks and '],
  [
    /([\p{L}\p{M}]+)\s*တွေထဲက\s*မေးခွန်းတွေကို\s*ဖြေပေးမယ့်\s*(assistant|chatbot|bot)/giu,
    ' $1s; an $2 that answers questions from our documents ',
  ],
  [
    /တပြိုင်နက်\s*အသုံးပြုသူ\s*(\d+)\s*ဦးအထိ/gu,
    ' up to $1 users at the same time ',
  ],
  [/(\d+)\s*(?:နာရီ|hours)\s*လုံး/gu, ' $1 hours a day '],
  [/အဖြေက\s*ချက်ချင်း\s*ထွက်လာရပါမယ်/gu, ' answers must come instantly '],
  [
    /(?:\bkimsa\s+chunka\s*)?\(?(\d+)\)?\s*agente(?:kama|kuna)\s+kuska(?![\p{L}\p{M}])/giu,
    ' $1 agents at the same time ',
  ],
  [
    /(?<![\p{L}\p{M}])tutamanta\s+(\d{1,2}:\d{2})-manta\s+(\d{1,2}:\d{2})-kama(?![\p{L}\p{M}])/giu,
    ' from $1 am to $2 am ',
  ],
  [/(?<![\p{L}\p{M}])sapa p['’]unchaw(?![\p{L}\p{M}])/giu, ' every day '],
  // an Irish planetarium, Javanese tattoo studios, a Tatar violin makers' guild, a Punjabi
  // translation agency, a Polish city guard's parking appeals
  [/(?<![\p{L}\p{M}])cúntóir comhrá(?![\p{L}\p{M}])/giu, ' chat assistant '],
  [/(?<![\p{L}\p{M}])suas le(?![\p{L}\p{M}])/giu, ' up to '],
  [/(?<![\p{L}\p{M}])cuairteoir(?:í)?(?![\p{L}\p{M}])/giu, ' visitors '],
  [
    /(?<![\p{L}\p{M}])ag caint leis ag an am céanna(?![\p{L}\p{M}])/giu,
    ' talking to it at the same time ',
  ],
  [
    /(?<![\p{L}\p{M}])ó\s+(\d{1,2})\s+r\.\s?n\.\s+go dtí\s+(\d{1,2})\s+i\.\s?n\./giu,
    ' from $1 am to $2 pm ',
  ],
  [/(?<![\p{L}\p{M}])gach lá(?![\p{L}\p{M}])/giu, ' every day '],
  [/(?<![\p{L}\p{M}])freagraí gearra(?![\p{L}\p{M}])/giu, ' short answers '],
  [/(?<![\p{L}\p{M}])timpeall\s+(?=\d)/giu, ' about '],
  [/(?<=\d)\s+focal(?![\p{L}\p{M}])/giu, ' words '],
  [/(?<![\p{L}\p{M}])booking jadwal(?![\p{L}\p{M}])/giu, ' book appointments '],
  [/(?<![\p{L}\p{M}])pas rame(?![\p{L}\p{M}])/giu, ' at peak '],
  [/(?<=\d)\s+pesen saben jam(?![\p{L}\p{M}])/giu, ' messages per hour '],
  [
    /(?<![\p{L}\p{M}])bukak jam\s+(\d{1,2})\.(\d{2})\s+nganti\s+(\d{1,2})\.(\d{2})/giu,
    ' open from $1:$2 to $3:$4 ',
  ],
  [
    /(?<![\p{L}\p{M}])ora perlu cepet banget(?![\p{L}\p{M}])/giu,
    ' no need to be very fast ',
  ],
  [
    /(?<![\p{L}\p{M}])sing penting murah(?![\p{L}\p{M}])/giu,
    ' it must be cheap ',
  ],
  [
    /документлардан\s*(\([^()]*\))?\s*сорауларга\s+җавап\s+бирүче\s+ярдәмче/giu,
    ' an assistant that answers questions from our documents $1 ',
  ],
  [/ਹਰ\s*ਮਿੰਟ\s*ਲਗਭਗ\s*(\d+)\s*requests/giu, ' about $1 requests per minute '],
  [
    /ਸਵੇਰੇ\s*(\d+)\s*ਵਜੇ\s*ਤੋਂ\s*ਸ਼ਾਮ\s*(\d+)\s*ਵਜੇ\s*ਤੱਕ/gu,
    ' from $1 am to $2 pm ',
  ],
  [/ਕੋਈ\s*ਜਲਦੀ\s*ਨਹੀਂ/gu, ' no rush '],
  [/ਇੱਕ\s*ਮਿੰਟ\s*ਲੱਗ\s*ਜਾਵੇ\s*ਤਾਂ\s*ਵੀ\s*ਠੀਕ\s*ਹੈ/gu, ' it can take a minute '],
  [
    /(?<![\p{L}\p{M}])obsługi odwołań(?![\p{L}\p{M}])/giu,
    ' handling appeals from the public ',
  ],
  // a Japanese auction house's appraisal summaries: "約1,000トークンのサマリー" (a summary of about
  // 1,000 tokens)
  [
    /約\s*(\d[\d,]*)\s*(?:tokens|トークン)\s*の(?:サマリー|要約)/gu,
    ' a summary of about $1 tokens ',
  ],
  // a Brazilian bridal chain: "um atendente virtual no WhatsApp pra tirar dúvidas" (a WhatsApp
  // assistant to answer questions), "uns 40 a 50 atendimentos simultâneos" (40 to 50 at once; the
  // Portuguese, Spanish and Catalan range of a count; the Italian "da 1 a 10" is a scale)
  [
    /(?<![\p{L}\p{M}])(?:um\s+)?atendente\s+virtual\s+no\s+whats\s?app(?![\p{L}\p{M}])/giu,
    ' a WhatsApp assistant ',
  ],
  [
    /(?<![\p{L}\p{M}])atendente\s+virtual(?![\p{L}\p{M}])/giu,
    ' virtual assistant ',
  ],
  [/(?<![\p{L}\p{M}])tirar\s+dúvidas(?![\p{L}\p{M}])/giu, ' answer questions '],
  [
    /(?:(?<![\p{L}\p{M}])(?:de|entre)\s+)?(?<!(?<![\p{L}\p{M}])da\s+)(?<![\d.,])(\d[\d.,]*)\s+a\s+(?=\d[\d.,]*\s+\p{L}{4,})/giu,
    ' from $1 to ',
  ],
  [/(?<![\p{L}\p{M}])atendimentos(?![\p{L}\p{M}])/giu, ' conversations '],
  // "para o 90 % das peticións" (Galician, Portuguese): for the 90 % of requests
  [/(?<![\p{L}\p{M}])para o(?=\s+\d)/giu, ' for the '],
  // a French contact centre "en 3×8" (three shifts of eight hours), summarising "à la fin de
  // chaque poste" (at the end of each shift)
  [
    /(?<![\p{L}\p{M}])en\s+(\d)\s*[×x]\s*(\d{1,2})(?![\p{L}\p{M}\d])/giu,
    ' in $1 shifts of $2 hours ',
  ],
  [
    /(?<![\p{L}\p{M}])à la fin de chaque poste(?![\p{L}\p{M}])/giu,
    ' at the end of each shift ',
  ],
  [/(?<=\d)\s+appels par poste(?![\p{L}\p{M}])/giu, ' calls per shift '],
  [
    /(?<![\p{L}\p{M}])après la fin du poste(?![\p{L}\p{M}])/giu,
    ' after the end of the shift ',
  ],
  [
    /(?<![\p{L}\p{M}])transcription moyenne de(?![\p{L}\p{M}])/giu,
    ' average transcript ',
  ],
  [
    /(?<![\p{L}\p{M}])résumé\s+(?:d['’]\s*|of\s+)environ(?![\p{L}\p{M}])/giu,
    ' summary of about ',
  ],
  [
    /(?<![\p{L}\p{M}])il faut que tout soit (?:terminé|fini|done) dans les(?![\p{L}\p{M}])/giu,
    ' everything must be finished within ',
  ],
  // bl-* round: a Gaelic allotment society, Kinyarwanda carpet cleaners, a Maltese cathedral's
  // visitor translation, a Lao coffee roastery, Hausa driving schools, a Basque genealogy archive
  [
    /(?<![\p{L}\p{M}])tha (\d[\d,.]*) ball anns a['’] chomann againn/giu,
    ' we have $1 members ',
  ],
  [
    /(?<![\p{L}\p{M}])chatbot a fhreagras ceistean nam ball bho na riaghailtean againn/giu,
    ' a chatbot that answers questions from our documents (the rules) ',
  ],
  [/(?<![\p{L}\p{M}])cho saor ['’]s a ghabhas/giu, ' as cheap as possible '],
  [
    /(?<![\p{L}\p{M}])chatbot yo gufasha abakiriya/giu,
    ' a customer service chatbot ',
  ],
  [
    /(?<![\p{L}\p{M}])dufite abakiriya bari hagati ya (\d[\d.,]*) na (\d[\d.,]*) buri kwezi/giu,
    ' we have between $1 and $2 customers per month ',
  ],
  [
    /(?<![\p{L}\p{M}])igisubizo cyose kigomba kuza mu masegonda (\d+)/giu,
    ' the whole answer must arrive within $1 seconds ',
  ],
  [/(?<![\p{L}\p{M}])servizz li jittraduċi/giu, ' a service that translates '],
  [
    /(?<![\p{L}\p{M}])bħala medja jaslu madwar (\d+) talba fil-minuta/giu,
    ' on average about $1 requests per minute arrive ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:it-|t-)traffiku jitla['’] għal tliet darbiet daqshekk/giu,
    ' the traffic peaks at 3x the average ',
  ],
  [
    /(?<![\p{L}\p{M}])kull messaġġ huwa qasir, madwar (\d+) kelma/giu,
    ' each message is short, about $1 words ',
  ],
  [
    /(?<![\p{L}\p{M}])t-traduzzjoni bejn wieħed u ieħor l-istess tul/giu,
    ' the translation is about the same length ',
  ],
  [/(?<![\p{L}\p{M}])irid ikun malajr ħafna/giu, ' it must be very fast '],
  [
    /chatbot\s*ເພື່ອຕອບຄຳຖາມຂອງລູກຄ້າ(?:ຂາຍສົ່ງ)?/gu,
    ' chatbot to answer our customers questions ',
  ],
  [
    /ພວກເຮົາມີລູກຄ້າ(?:ຂາຍສົ່ງ)?\s*(?:ປະມານ|about)\s*(\d[\d,]*)\s*ຮ້ານ/gu,
    ' we have about $1 wholesale customers ',
  ],
  [
    /ໃນເວລາດຽວກັນມີ\s*(?:ປະມານ|about)\s*(\d+(?:\.\d+)?)\s*%\s*ທີ່\s*online/gu,
    ' about $1% online at the same time ',
  ],
  [
    /ແຕ່ລະຮ້ານສົ່ງຄຳຖາມທຸກໆ\s*(\d+)\s*ນາທີ/gu,
    ' each one sends a question every $1 minutes ',
  ],
  [
    /ເປີດບໍລິການແຕ່\s*(\d{1,2}:\d{2})\s*ຫາ\s*(\d{1,2}:\d{2})/gu,
    ' open from $1 to $2 ',
  ],
  [
    /(?<![\p{L}\p{M}])muna da ɗalibai kusan[^()\n]{0,60}\((\d[\d,.]*)\)/giu,
    ' we have about $1 students ',
  ],
  [
    /(?<![\p{L}\p{M}])a lokaci ɗaya kusan kashi (\d+) cikin ɗari ne ke kan layi/giu,
    ' about $1% are online at the same time ',
  ],
  [
    /(?<![\p{L}\p{M}])kowane ɗalibi yana aika tambaya sau ɗaya a kowane minti/giu,
    ' each student sends one question every minute ',
  ],
  [
    /(?<![\p{L}\p{M}])daga ƙarfe (\d+) na safe zuwa ƙarfe (\d+) na dare/giu,
    ' from $1 am to $2 pm ',
  ],
  [
    /(?<![\p{L}\p{M}])amsoshi su zo da sauri sosai/giu,
    ' answers must come very fast ',
  ],
  [/(?<![\p{L}\p{M}])hilean behin/giu, ' once a month '],
  [
    /(?<![\p{L}\p{M}])exekuzio bakoitzean (\d[\d.,]*) erregistro inguru daude/giu,
    ' about $1 records per run ',
  ],
  [
    /(?<![\p{L}\p{M}])bakoitza (\d+) token ingurukoa/giu,
    ' each about $1 tokens ',
  ],
  [
    /(?<![\p{L}\p{M}])leihoa:\s*(\d+)\s*ordu(?:\s*\([^()]*\))?/giu,
    ' window: $1 hours ',
  ],
  [/(?<![\p{L}\p{M}])ez dago presarik/giu, ' no rush '],
  // Kazakh glacier research, a Haitian hospice, Zulu kindergartens, a Somali mosque centre, an
  // Armenian opera's surtitles, Uzbek paint shops
  [
    /«қысқаша мазмұн» батырмасын басады да,?\s*нәтижені күтіп отырады/giu,
    ' click the summary button and wait for the result ',
  ],
  [/жауап тез болуы керек/giu, ' the answer must be fast '],
  [
    /бір уақытта (\d+)\s*[–-]\s*(\d+) ғалым ғана қолданады/giu,
    ' only $1-$2 scientists use it at the same time ',
  ],
  [
    /әр есеп шамамен (\d[\d  ]*\d|\d) токен/giu,
    ' each report is about $1 tokens ',
  ],
  [
    /қысқаша мазмұн (\d+) сөзден аспауы тиіс/giu,
    ' the summary must not exceed $1 words ',
  ],
  [
    /бюджетіміз айына (\d[\d  ]*\d|\d) теңге/giu,
    ' our budget is $1 KZT per month ',
  ],
  [
    /(?<![\p{L}\p{M}])yon asistan AI ki ka itilize zouti(?:\s*\(tools\))?/giu,
    ' an AI assistant that can use tools ',
  ],
  [
    /(?<![\p{L}\p{M}])nou gen (\d[\d,.]*) volontè/giu,
    ' we have $1 volunteers ',
  ],
  [
    /(?<![\p{L}\p{M}])eskize m, m te tape mal: se (\d[\d,.]*) volontè, pa (\d[\d,.]*)/giu,
    ' sorry, typo: it is $1 volunteers, not $2 ',
  ],
  [
    /(?<![\p{L}\p{M}])i[- ]chatbot ezophendula imibuzo yabazali/giu,
    ' a chatbot for parents, answering what parents ask ',
  ],
  [
    /(?<![\p{L}\p{M}])sinabazali ababhalisile abangaba ngu-(\d[\d  ]*\d|\d)/giu,
    ' we have about $1 registered parents ',
  ],
  [
    /(?<![\p{L}\p{M}])ngesikhathi esimatasa cishe u-(\d+(?:[.,]\d+)?)%\s*wabo uba ku-inthanethi ngasikhathi sinye/giu,
    ' at the busiest time about $1% of them are online at the same time ',
  ],
  [
    /(?<![\p{L}\p{M}])umzali ngamunye uthumela umbuzo owodwa njalo emizuzwini emibili/giu,
    ' each parent sends one question every 2 minutes ',
  ],
  [
    /(?<![\p{L}\p{M}])sivula kusukela ngo-(\d{1,2}:\d{2}) kuya ku-(\d{1,2}:\d{2})/giu,
    ' we are open from $1 to $2 ',
  ],
  [
    /(?<![\p{L}\p{M}])isabelomali sethu singu-R\s?(\d[\d  ]*\d|\d) ngenyanga/giu,
    ' our budget is R$1 per month ',
  ],
  [
    /(?<![\p{L}\p{M}])caawiye ka jawaaba su['’]aalaha bulshada/giu,
    ' an assistant that answers the community questions ',
  ],
  [
    /(?<![\p{L}\p{M}])isagoo ka jawaabaya dukumentiyadeenna oo keliya/giu,
    ' answering from our documents only ',
  ],
  [
    /(?<![\p{L}\p{M}])xarunta waxaa isticmaala qiyaastii (\d[\d,.]*) qof/giu,
    ' about $1 people use the centre ',
  ],
  [
    /(?<![\p{L}\p{M}])waxaana la filayaa in boqolkiiba (\d+(?:[.,]\d+)?) ay khadka ku jiraan hal mar/giu,
    ' and about $1% are expected online at the same time ',
  ],
  [
    /(?<![\p{L}\p{M}])qofkiiba wuxuu soo diraa su['’]aal (\d+)-tii daqiiqaba mar/giu,
    ' each person sends a question every $1 minutes ',
  ],
  [/ամեն շաբաթ/giu, ' every week '],
  [/պետք է թարգմանենք/giu, ' we must translate '],
  [
    /մեկ գործարկման ընթացքում մոտ (\d[\d  ]*\d|\d) տող է/giu,
    ' about $1 lines per run ',
  ],
  [
    /յուրաքանչյուր տողը[՝:]?\s*(?:մոտ|about)\s*(\d+) token/giu,
    ' each line about $1 tokens ',
  ],
  [
    /ամբողջը պետք է ավարտվի (\d+) ժամվա ընթացքում/giu,
    ' everything must finish within $1 hours ',
  ],
  [/շտապ չէ/giu, ' no rush '],
  [
    /(?<![\p{L}\p{M}])ilovamizdan oyiga taxminan (\d+) ming mijoz foydalanadi/giu,
    ' about $1 thousand customers use our app per month ',
  ],
  [
    /(?<![\p{L}\p{M}])bir vaqtning o['’]zida ularning taxminan (\d+(?:[.,]\d+)?) foizi onlayn bo['’]ladi/giu,
    ' about $1% of them are online at the same time ',
  ],
  [
    /(?<![\p{L}\p{M}])har biri har (\d+) daqiqada bitta savol yuboradi/giu,
    ' each one sends a question every $1 minutes ',
  ],
  [
    /(?<![\p{L}\p{M}])do['’]konlar (\d{1,2}:\d{2}) dan (\d{1,2}:\d{2}) gacha ishlaydi/giu,
    ' open from $1 to $2 ',
  ],
  // an Albanian pilgrimage agency, a Macedonian newsroom, Marathi rail signalling, a Faroese salmon
  // farm, Georgian seismologists, Pashto student housing, a Sinhala tea estate
  [/(?<![\p{L}\p{M}])asistent për klientët/giu, ' an assistant for customers '],
  [
    /(?<![\p{L}\p{M}])mesatarisht vijnë rreth (\d+) kërkesa në minutë/giu,
    ' on average about $1 requests per minute ',
  ],
  [
    /(?<![\p{L}\p{M}])në kulmin e sezonit[^.]{0,30}?trafiku është (\d+) herë më i madh/giu,
    ' at peak the traffic is $1x the average ',
  ],
  [
    /(?<![\p{L}\p{M}])koha deri te tokeni i parë(?:\s*\(TTFT\))? duhet të jetë nën (\d+) ms/giu,
    ' time to first token must be under $1 ms ',
  ],
  [
    /(?<![\p{L}\p{M}])por nga ana tjetër drejtori thotë se (\d+) sekonda deri te tokeni i parë janë plotësisht në rregull/giu,
    ' but the director says $1 seconds to first token is perfectly fine ',
  ],
  [
    /новинарот кликнува на агенциска вест и чека кратко резиме/giu,
    ' the journalist clicks on a news item and waits for a short summary ',
  ],
  [
    /до (\d+) новинари работат истовремено/giu,
    ' up to $1 journalists work at the same time ',
  ],
  [
    /вестите се долги (\d[\d.,]*)\s*[–-]\s*(\d[\d.,]*) (?:токени|tokens)/giu,
    ' the news items are $1-$2 tokens long ',
  ],
  [/резимето околу (\d+) зборови/giu, ' the summary about $1 words '],
  [/мора да биде брзо/giu, ' it must be fast '],
  [/दररोज रात्री/gu, ' every night '],
  [
    /वर्गीकरण\s*(?:\(classification\))?\s*करायचे आहे/giu,
    ' we need to classify ',
  ],
  [
    /हे काम रात्री (\d+) ते पहाटे (\d+) या वेळेत पूर्ण झाले पाहिजे/gu,
    ' the job must finish between $1 pm and $2 am ',
  ],
  [
    /प्रत्येक log साधारण (\d+) tokens चा असतो/giu,
    ' each log is about $1 tokens ',
  ],
  [/घाई नाही/gu, ' no rush '],
  [/(?<![\p{L}\p{M}])hvørja nátt/giu, ' every night '],
  [
    /(?<![\p{L}\p{M}])skulu vit flokka umleið (\d[\d.,]*) eftirlitsfrásagnir/giu,
    ' we need to classify about $1 inspection reports ',
  ],
  [
    /(?<![\p{L}\p{M}])jobbið byrjar (?:kl\.|at)\s*(\d{1,2})[.:](\d{2}) og má vera liðugt (?:kl\.|at)\s*(\d{1,2})[.:](\d{2})/giu,
    ' the job starts at $1:$2 and must be done by $3:$4 ',
  ],
  [
    /(?<![\p{L}\p{M}])hvør frásøgn er umleið (\d+) tokens/giu,
    ' each report is about $1 tokens ',
  ],
  [/(?<![\p{L}\p{M}])tað hastar ikki/giu, ' no rush '],
  [
    /სისტემა, რომელიც შეაჯამებს გრძელ ტექნიკურ ანგარიშებს/gu,
    ' a system that summarises long technical reports ',
  ],
  [
    /თითო დოკუმენტი (\d[\d  ]*\d)\s*[–-]\s*(\d[\d  ]*\d) ტოკენია/gu,
    ' each document is $1-$2 tokens ',
  ],
  [
    /შეჯამება კი დაახლოებით (\d+) სიტყვა/gu,
    ' and the summary is about $1 words ',
  ],
  [
    /ერთდროულად (\d+)\s*[–-]\s*(\d+) მოთხოვნა იქნება/gu,
    ' $1-$2 requests at the same time ',
  ],
  [
    /ჩქარობა საჭირო არ არის,?\s*შედეგს მოვიცდით/gu,
    ' no rush, we can wait for the result ',
  ],
  [
    /chatbot جوړ کړو چې د کرایې[،,]\s*ترمیم او د کوټو د تبادلې په اړه پوښتنو ته ځواب ورکړي/gu,
    ' a chatbot for our tenants that answers questions about rent, repairs and room swaps ',
  ],
  [
    /ټول (\d+) محصلین زموږ په استوګنځیو کې اوسېږي/gu,
    ' all $1 students live in our residences ',
  ],
  [
    /په یو وخت کې نږدې (\d+(?:\.\d+)?)\s*[%٪] آنلاین وي/gu,
    ' about $1% online at the same time ',
  ],
  [
    /هر یو په هرو (\d+) دقیقو کې یوه پوښتنه لیږي/gu,
    ' each one sends a question every $1 minutes ',
  ],
  [/සෑම\s*රාත්‍රියකම/gu, ' every night '],
  [/වර්ග\s*කරන්න\s*ඕනේ/gu, ' we need to classify '],
  [
    /එක්\s*රාත්‍රියකට\s*වාර්තා\s*ලක්ෂ\s*දෙකහමාරක්\s*පමණ\s*තියෙනවා/gu,
    ' about 2.5 lakh reports per night ',
  ],
  [/රෑ\s*(\d+)\s*සිට\s*උදේ\s*(\d+)\s*දක්වා/gu, ' from $1 pm to $2 am '],
  [
    /පැය\s*(\d+)\s*ක්\s*ඇතුළත\s*ඉවර\s*වෙන්න\s*ඕනේ/gu,
    ' must finish within $1 hours ',
  ],
  [
    /එක්\s*වාර්තාවක්\s*tokens\s*(\d+)\s*ක්\s*පමණ/giu,
    ' each report about $1 tokens ',
  ],
  [/හදිසියක්\s*නෑ/gu, ' no rush '],
  // bm-* round: Telugu mine safety, Kannada museum archive, Yoruba fishers, Gujarati theatre
  [/ప్రశ్నోత్తర సహాయకుడు/gu, ' question-answering assistant '],
  [/ఆధారంగా మాత్రమే సమాధానం/gu, ' answers based only on our documents '],
  [/మొత్తం\s*(\d(?:[\d,.]*\d)?)\s*మంది/gu, ' in total $1 employees '],
  [
    /ఏ సమయంలోనైనా\s*(?:about\s*)?(\d+(?:\.\d+)?)\s*%\s*మంది వాడుతారని/gu,
    ' about $1% of them use it at the same time ',
  ],
  [/రోజుకి\s*(\d+)\s*గంటలూ?/gu, ' $1 hours a day '],
  [
    /మొదటి టోకెన్\s*(\d+)\s*మి\.?\s?సె\.?\s*లోపు/gu,
    ' time to first token under $1 ms ',
  ],
  [/ಹೊರತೆಗೆದು ಟ್ಯಾಗ್ ಮಾಡಬೇಕು/gu, ' entity extraction and tagging '],
  [/ಪ್ರತಿ ಭಾನುವಾರ ರಾತ್ರಿ/gu, ' every Sunday night '],
  [/ಬ್ಯಾಚ್/gu, ' batch '],
  [/ಪ್ರತಿ ಬಾರಿ/gu, ' per run '],
  [/ಒಂದೊಂದೂ/gu, ' each '],
  [/ಸರಾಸರಿ/gu, ' on average '],
  [/ಟೋಕನ್‌?ಗಳು|ಟೋಕನ್/gu, ' tokens '],
  [/ಪತ್ರಗಳು/gu, ' letters '],
  [/ರಾತ್ರಿ (\d+) ಗಂಟೆಗೆ ಶುರುವಾಗಿ/gu, ' starts at $1 pm '],
  [
    /(?:ಸೋಮವಾರ )?ಬೆಳಿಗ್ಗೆ (\d+) ಗಂಟೆಯೊಳಗೆ ಮುಗಿಯಬೇಕು/gu,
    ' must finish by $1 am ',
  ],
  [/ಅಂದರೆ (\d+) ಗಂಟೆಗಳ ಅವಧಿ/gu, ' that is a $1 hour window '],
  [/ಯಾವುದೇ ತರಾತುರಿ ಇಲ್ಲ|ತರಾತುರಿ ಇಲ್ಲ/gu, ' no rush '],
  [
    /(?<![\p{L}\p{M}])a ní ọmọ ẹgbẹ́ tó tó (\d(?:[\d,.]*\d)?)/giu,
    ' we have about $1 members ',
  ],
  [/(?<![\p{L}\p{M}])ìdá [^()]{0,40}?\((\d+(?:\.\d+)?)\s*%\)/giu, ' $1% '],
  [/ગ્રાહક સેવા/gu, ' customer service '],
  [/મિનિટ દીઠ\s*(\d(?:[\d,.]*\d)?)\s*વિનંતીઓ/gu, ' $1 requests per minute '],
  [/સરેરાશ કરતાં\s*(\d+(?:\.\d+)?)\s*ગણો/gu, ' $1x the average '],
  [/સરેરાશ/gu, ' on average '],
  [/જવાબ તરત મળવો જોઈએ/gu, ' answers must come instantly '],
  [/રાહ નહીં જુએ/gu, " won't wait "],
  // Malayalam water authority, Icelandic aircraft maintenance, Nepali refugee services,
  // Afrikaans church, Xhosa church
  [
    /ഒരേ സമയം\s*(?:about\s*)?(\d+(?:\.\d+)?)\s*%\s*പേർ ഓൺലൈനിൽ/gu,
    ' about $1% online at the same time ',
  ],
  [/ഒരു പരാതി സന്ദേശം/gu, ' each complaint message is '],
  [/ശരാശരി/gu, ' on average '],
  [/(\d+)\s*വാക്കുകൾ/gu, ' $1 words '],
  [/മറുപടി/gu, ' the reply '],
  [/ടോക്കൺ/gu, ' tokens '],
  [/രാവിലെ (\d+) മുതൽ രാത്രി (\d+) വരെ/gu, ' from $1 am to $2 pm '],
  [
    /(?<![\p{L}\p{M}])um (?=\d{1,3}(?:[.  ]\d{3})+(?!\d)|\d+(?:,\d+)?\s*%)/giu,
    'about ',
  ],
  [
    /(\d+(?:[.,]\d+)?)\s*%\s*þeirra nota kerfið samtímis/giu,
    ' $1% of them use it at the same time ',
  ],
  [
    /(?<![\p{L}\p{M}])hver spyr (?:u\.þ\.b\.\s*)?einnar spurningar á (\d+) mínútna fresti/giu,
    ' each one asks a question every $1 minutes ',
  ],
  [/(?<![\p{L}\p{M}])á (\d+) mínútna fresti/giu, ' every $1 minutes '],
  [/(?<![\p{L}\p{M}])undir (\d+),(\d+) sekúndum/giu, ' under $1.$2 seconds '],
  [/(?<![\p{L}\p{M}])undir (\d+) sekúndum/giu, ' under $1 seconds '],
  [
    /'?सारांश'? बटन थिचेपछि स्क्रिनमै पर्खिन्छन्/gu,
    " click the 'summarise' button and wait on screen ",
  ],
  [/सारांश/gu, ' summary '],
  [/छिटो आउनुपर्छ/gu, ' must come fast '],
  [
    /(?<![\p{L}\p{M}])जम्मा (\d(?:[\d,]*\d)?) केसवर्कर/gu,
    ' $1 caseworkers in total ',
  ],
  [
    /(?<![\p{L}\p{M}])एकै समयमा\s*(?:about\s*)?(\d+(?:\.\d+)?)\s*%/gu,
    ' about $1% at the same time ',
  ],
  [/(?<![\p{L}\p{M}])एउटा केस फाइल/gu, ' each case file is '],
  // Hindi "औसतन" (on average) too
  [/(?<![\p{L}\p{M}])औसतन?/gu, ' on average '],
  [/टोकनको/gu, ' tokens '],
  [/बिहान (\d+) बजेदेखि बेलुका (\d+) बजेसम्म/gu, ' from $1 am to $2 pm '],
  // Xhosa and Zulu write a noun-class prefix on a model's name ("iLlama 3.1 8B")
  [
    /(?<![\p{L}\p{M}])i-?(?=(?:llama|qwen|mistral|mixtral|gemma|deepseek)(?![\p{L}\p{M}]))/giu,
    '',
  ],
  // Belarusian esports, Tajik winery, Estonian forestry, Kyrgyz satellite operations, Bosnian
  // parliament
  [/(\d+) нафар кор мекунанд/giu, ' $1 employees work there '],
  [
    /(?<![\p{L}\p{M}])ҳар кас (?:тақрибан )?ҳар (\d+) дақиқа як дархост мефиристад/giu,
    ' each one sends about one request every $1 minutes ',
  ],
  [/(?<![\p{L}\p{M}])ҳар (\d+) дақиқа/giu, ' every $1 minutes '],
  [
    /(?<![\p{L}\p{M}])töö algab kell (\d{1,2})[.:](\d{2})/giu,
    ' the job starts at $1:$2 ',
  ],
  [
    /(?<![\p{L}\p{M}])peab olema valmis kell (\d{1,2})[.:](\d{2})/giu,
    ' must be done by $1:$2 ',
  ],
  [/(?<![\p{L}\p{M}])(\d+)-tunnine aken/giu, ' $1-hour window '],
  [
    /(?<![\p{L}\p{M}])бир эле учурда (\d[\d  ]*) (?:agents|агент\p{L}*) иштейт/giu,
    ' $1 agents run at the same time ',
  ],
  [
    /(?<![\p{L}\p{M}])ар бир чакыруунун толук жообу (p\d\d) боюнча (\d+) секунддан ашпашы керек/giu,
    ' end-to-end latency of each call at $1 under $2 seconds ',
  ],
  [
    /(?<![\p{L}\p{M}])istovremeno ga koristi (?:otprilike|oko|about)\s*(\d+(?:[.,]\d+)?)\s*%/giu,
    ' about $1% use it at the same time ',
  ],
  [
    /(?<![\p{L}\p{M}])ispod (\d+),(\d+) s(?![\p{L}\p{M}])/giu,
    ' under $1.$2 s ',
  ],
  // Lingala ferry, Estonian opera, Slovak dental chain, Gujarati textile factory
  [
    /(?<![\p{L}\p{M}])bakiliya pene na (\d[\d  ,.]*\d)/giu,
    ' about $1 customers ',
  ],
  [
    /(?<![\p{L}\p{M}])bazali na ligne mbala moko/giu,
    ' are online at the same time ',
  ],
  [
    /(?<![\p{L}\p{M}])odpovedá na otázky (?:\p{L}+ )?z (?:our|našich)(?![\p{L}\p{M}])/giu,
    ' answers questions from our ',
  ],
  [
    /(?<![\p{L}\p{M}])naraz je aktívnych (?:asi|about|približne)\s*(\d+(?:[.,]\d+)?)\s*%/giu,
    ' about $1 % active at the same time ',
  ],
  [
    /(?<![\p{L}\p{M}])raz za (\d+) minút(?![\p{L}\p{M}])/giu,
    ' once every $1 minutes ',
  ],
  [/દર (\d+) (?:કલાકે|hoursે)/gu, ' every $1 hours '],
  [/દરેક શિફ્ટ પછી/gu, ' after each shift '],
  [/બેચ જોબ/gu, ' batch job '],
  [/દરેક રનમાં/gu, ' each run has '],
  [/નોંધો/gu, ' notes '],
  [/દરેક નોંધ/gu, ' each note '],
  [/શબ્દોની/gu, ' words '],
  [
    /દરેક રન (\d+) (?:કલાકમાં|hoursમાં) પૂરો થવો જોઈએ/gu,
    ' each run must finish within $1 hours ',
  ],
  // Azerbaijani patent office, Igbo seed bank, Tigrinya zoo, Kannada hydro dam
  [
    /(?<![\p{L}\p{M}])sualların (?:\p{L}+ ){0,2}?əsasında cavablandırılması/giu,
    ' answering questions based on our documents ',
  ],
  [
    /(\d[\d  ,.]*\d|\d) ekspert\p{L}* var(?![\p{L}\p{M}])/giu,
    ' we have $1 experts ',
  ],
  [
    /(?<![\p{L}\p{M}])onların (\d+(?:[.,]\d+)?)\s*%-?i eyni anda/giu,
    ' $1% of them at the same time ',
  ],
  [
    /(?<![\p{L}\p{M}])hər biri dəqiqədə (\d+(?:[.,]\d+)?) sorğu göndərir/giu,
    ' each one sends $1 requests per minute ',
  ],
  [
    /(?<![\p{L}\p{M}])ọrụ batch ga-ewepụta data/giu,
    ' a batch job to extract data ',
  ],
  [
    /(?<![\p{L}\p{M}])ihe dị ka ndekọ (\d(?:[\d,.]*\d)?)/giu,
    ' about $1 records ',
  ],
  [
    /(?<![\p{L}\p{M}])nke ọ bụla dị ihe dị ka token (\d(?:[\d,.]*\d)?)/giu,
    ' each about $1 tokens ',
  ],
  [
    /(?<![\p{L}\p{M}])ga-agwụrịrị n['’]ime awa \p{L}+ \((\d+)\)/giu,
    ' must finish within $1 hours ',
  ],
  [/ቻትቦት/gu, ' chatbot '],
  [
    /ኣብ መዓልቲ ክሳብ (\d(?:[\d,.]*\d)?) በጻሕቲ ይመጹ/gu,
    ' up to $1 visitors come each day ',
  ],
  [
    /ካብኦም ዳርጋ (\d+(?:\.\d+)?)\s*% ብሓንሳብ ይጥቀሙሉ/gu,
    ' about $1% of them use it at the same time ',
  ],
  [/ካብ ሰዓት (\d+) ንግሆ ክሳብ ሰዓት (\d+) ድሕሪ ቀትሪ/gu, ' from $1 am to $2 pm '],
  [/መልሲ ቅልጡፍ ክኸውን ኣለዎ/gu, ' the answer must be fast '],
  [
    /ನಮ್ಮ ದಾಖಲೆಗಳಿಂದಲೇ ಉತ್ತರ ನೀಡಬೇಕು/gu,
    ' answers must come only from our documents ',
  ],
  [/ಒಂದು ಸಹಾಯಕ ಬೇಕು/gu, ' we need an assistant '],
  [
    /ಒಟ್ಟು (?:ಕೇವಲ )?(\d(?:[\d,]*\d)?) ಆಪರೇಟರ್‌?ಗಳು/gu,
    ' $1 operators in total ',
  ],
  [/ದಿನದ (\d+) ಗಂಟೆಯೂ/gu, ' $1 hours a day '],
  [/ತಕ್ಷಣ/gu, ' immediately '],
  // bn-* round: Latvian pest control, Serbian stadium, Catalan bakery
  [
    /(?<![\p{L}\p{M}])atbild uz (?:\p{L}+ )?jautājumiem no mūsu (?:iekšējām )?rokasgrāmatām/giu,
    ' answers questions from our internal manuals ',
  ],
  [
    /(?<![\p{L}\p{M}])vienlaikus aktīvi (?:ap|apmēram)\s*(\d+(?:[.,]\d+)?)\s*%/giu,
    ' about $1% active at the same time ',
  ],
  [
    /(?<![\p{L}\p{M}])katrs uzdod jautājumu (?:apmēram )?reizi divās minūtēs/giu,
    ' each one asks a question about once every 2 minutes ',
  ],
  [/(?<![\p{L}\p{M}])reizi (\d+) minūtēs/giu, ' once every $1 minutes '],
  [
    /(?<![\p{L}\p{M}])darba laiks no (\d{1,2})[.:](\d{2}) līdz (\d{1,2})[.:](\d{2})/giu,
    ' working hours from $1:$2 to $3:$4 ',
  ],
  [
    /(?<![\p{L}\p{M}])оптерећење скочи (?:отприлике |about )?(\d+(?:[.,]\d+)?) пута у односу на просек/giu,
    ' the load peaks at about $1x the average ',
  ],
  [
    /(?<![\p{L}\p{M}])време (?:до|up to) првог (?:токена|tokens?) испод (\d+)\s*ms/giu,
    ' time to first token under $1 ms ',
  ],
  [/(?<![\p{L}\p{M}])cada dilluns/giu, ' every Monday '],
  [/(?<![\p{L}\p{M}])cada dimarts/giu, ' every Tuesday '],
  [/(?<![\p{L}\p{M}])cada dimecres/giu, ' every Wednesday '],
  [/(?<![\p{L}\p{M}])cada dijous/giu, ' every Thursday '],
  [/(?<![\p{L}\p{M}])cada divendres/giu, ' every Friday '],
  [/(?<![\p{L}\p{M}])cada dissabte/giu, ' every Saturday '],
  [/(?<![\p{L}\p{M}])cada diumenge/giu, ' every Sunday '],
  [
    /(?<![\p{L}\p{M}])ha (?:d['’]\s?|of )estar enllestit en (\d+) hores/giu,
    ' must be done within $1 hours ',
  ],
  // Slovenian tax office, Urdu tax returns, Lithuanian traffic police, Bulgarian elections
  [
    /(?<![\p{L}\p{M}])odgovarja na vprašanja (?:\p{L}+ ){0,4}?na podlagi naših internih navodil/giu,
    ' answers questions based on our internal guidance ',
  ],
  [/(?<![\p{L}\p{M}])uslužbencev je (\d(?:[\d.]*\d)?)/giu, ' $1 employees '],
  [
    /(?<![\p{L}\p{M}])hkrati jih bo aktivnih (?:približno |about )?(\d+(?:[.,]\d+)?)\s*%/giu,
    ' about $1 % active at the same time ',
  ],
  [
    /(?<![\p{L}\p{M}])odgovor mora biti v celoti prikazan v največ (\d+(?:[.,]\d+)?) sekund\p{L}*/giu,
    ' end-to-end latency under $1 seconds ',
  ],
  [/رات بھر چلنے والا ایک کام چاہیے/gu, ' we need an overnight batch job '],
  [/ہر رات/gu, ' every night '],
  [/ڈھائی (?:lakh|لاکھ)/gu, ' 2.5 lakh '],
  [
    /سے این ٹی این[،,]\s*آمدنی اور کٹوتیاں نکالنی ہیں/gu,
    ' and extract fields (NTN, income, deductions) ',
  ],
  [/گوشوارہ/gu, ' return '],
  [/گوشوار\p{L}*/gu, ' returns '],
  [
    /(?:ہر|each) return لگ بھگ (\d+) (?:tokens|ٹوکن) کا ہے/gu,
    ' each return is about $1 tokens ',
  ],
  [
    /کام رات (\d+) بجے شروع ہو کر صبح (\d+) بجے تک ختم ہونا چاہیے/gu,
    ' the job starts at $1 pm and must finish by $2 am ',
  ],
  [/جلدی کی کوئی بات نہیں/gu, ' no rush '],
  [
    /(?<![\p{L}\p{M}])įkelia (?:eismo įvykio )?protokolą/giu,
    ' uploads a report ',
  ],
  [
    /(?<![\p{L}\p{M}])paspaudžia mygtuką ir laukia santraukos ekrane/giu,
    ' clicks a button and waits for the summary on screen ',
  ],
  [
    /(?<![\p{L}\p{M}])отговаря на въпроси (?:на \p{L}+ )?въз основа на изборния кодекс и нашите указания/giu,
    ' answers questions based on the electoral law and our guidance ',
  ],
  // Galician cruise line, Swahili botanic garden, Hebrew hospital laundry, Tamil solar farm
  [
    /(?<![\p{L}\p{M}])un (\d+(?:[.,]\d+)?)\s*% estará conectado á vez/giu,
    ' about $1 % online at the same time ',
  ],
  [/(?<![\p{L}\p{M}])cada un(?![\p{L}\p{M}])/giu, ' each one '],
  [
    /(?<![\p{L}\p{M}])kuanzia\s+(\d+ [ap]m)\s+hadi\s+(\d+ [ap]m)/giu,
    ' from $1 to $2 ',
  ],
  [
    /ஒரே நேரத்தில் அதிகபட்சம் (\d+) (?:ஏஜென்ட்கள்|agents) இயங்கும்/gu,
    ' at most $1 agents run at the same time ',
  ],
  [/கருவிகளை அழைத்து/gu, ' call tools '],
  [/ஏஜென்ட்கள்/gu, ' agents '],
  // Bengali wind farm, Odia offshore platform, Sindhi shipyard, Shona admissions
  [
    /অস্বাভাবিকতা শনাক্ত করে ট্যাগ করতে হবে/gu,
    ' we need to classify the logs by anomaly ',
  ],
  [/প্রতি (\d+) ঘণ্টায় একবার রান হবে/gu, ' a batch run every $1 hours '],
  [/প্রতিবার/gu, ' each run '],
  [/(\d(?:[\d,]*\d)?)টি লগ/gu, ' $1 logs '],
  [/প্রতিটি আনুমানিক/gu, ' each about '],
  [
    /প্রতিটি রান (\d+) ঘণ্টার মধ্যে শেষ হতে হবে/gu,
    ' each run must finish within $1 hours ',
  ],
  [/ଏକ ସହାୟକ ଦରକାର/gu, ' we need an assistant '],
  [
    /ଆମ ସୁରକ୍ଷା ମାନୁଆଲ ଓ ପ୍ରକ୍ରିୟା ଦଲିଲରୁ କର୍ମଚାରୀଙ୍କ ପ୍ରଶ୍ନର ଉତ୍ତର ଦେବ/gu,
    ' answers staff questions from our safety manuals and procedure documents ',
  ],
  [/(\d+) ଜଣ କର୍ମଚାରୀ/gu, ' $1 employees '],
  [/ଦିନକୁ (\d+) ଘଣ୍ଟା/gu, ' $1 hours a day '],
  [
    /ପ୍ରଥମ ଟୋକେନ ପାଇଁ ସମୟ (\d+) ମିଲିସେକେଣ୍ଡ ଭିତରେ/gu,
    ' time to first token under $1 ms ',
  ],
  [/چيٽ بوٽ/gu, ' chatbot '],
  [/ڪل (\d+) ملازم آهن/gu, ' $1 employees in total '],
  [/صبح (\d+) وڳي کان شام (\d+) وڳي تائين/gu, ' from $1 am to $2 pm '],
  [/جواب ۾ ڪا به جلدي ناهي/gu, ' no rush for the answer '],
  [/هڪ منٽ به لڳي ته خير آهي/gu, ' it is fine if it takes a minute '],
  [
    /(?<![\p{L}\p{M}])inopindura mibvunzo yevanyoreri/giu,
    ' that answers applicants questions ',
  ],
  [
    /(?<![\p{L}\p{M}])tinotarisira vanyoreri vanosvika (\d(?:[\d  ,.]*\d)?)/giu,
    ' we expect $1 applicants ',
  ],
  [
    /(?<![\p{L}\p{M}])vangangoita (\d+(?:[.,]\d+)?)\s*% vanenge vari pachatbot panguva imwe chete/giu,
    ' about $1% of them on the chatbot at the same time ',
  ],
  [
    /(?<![\p{L}\p{M}])basa rinowedzera kakapetwa kana/giu,
    ' the load peaks at 4x the average ',
  ],
  // Māori nursing homes, Sesotho care notes, Wolof taxis, Oromo dispatch
  [
    /(?<![\p{L}\p{M}])tata ki te (\d(?:[\d,.]*\d)?) ngā kaimahi/giu,
    ' about $1 staff ',
  ],
  [
    /(?<![\p{L}\p{M}])ko te (\d+(?:\.\d+)?) ōrau pea ka whakamahi i te wā kotahi/giu,
    ' maybe $1% of them use it at the same time ',
  ],
  [/(?<![\p{L}\p{M}])(\d+(?:\.\d+)?) ōrau(?![\p{L}\p{M}])/giu, ' $1% '],
  [
    /(?<![\p{L}\p{M}])ke dintlha tse ka bang (\d(?:[\d  ,.]*\d)?)/giu,
    ' about $1 notes per run ',
  ],
  [
    /(?<![\p{L}\p{M}])e nngwe le e nngwe e na le mantswe a ka bang (\d+)/giu,
    ' each about $1 words ',
  ],
  [
    /(?<![\p{L}\p{M}])o tlameha ho phethwa pakeng tsa (\d{1,2}:\d{2}) le (\d{1,2}:\d{2})/giu,
    ' must be done between $1 and $2 ',
  ],
  [
    /(?<![\p{L}\p{M}])ke dintlha tse (\d(?:[\d  ,.]*\d)?)/giu,
    ' it is $1 notes ',
  ],
  [/(?<![\p{L}\p{M}])eseng (\d(?:[\d  ,.]*\d)?)/giu, ' not $1 '],
  [/(?<![\p{L}\p{M}])bot bu ñuy jëfandikoo ci whatsapp/giu, ' whatsapp bot '],
  [
    /(?<![\p{L}\p{M}])danuy jot lu tollu ci (\d(?:[\d  ,.]*\d)?) laaj ci bés bu nekk/giu,
    ' we get about $1 requests per day ',
  ],
  [
    /(?<![\p{L}\p{M}])yeroo baay['’]ee itti fayyadaman immoo dachaa (\d+(?:[.,]\d+)?) ol ka['’]a/giu,
    ' at peak it rises to $1x the average ',
  ],
  [/(?<![\p{L}\p{M}])sa['’]aatii (\d+) hojjeta/giu, ' $1 hours a day '],
  // "24/24" (Wolof, French, Italian usage): around the clock
  [/(?<![\d.\/:])24\s?\/\s?24(?![\d\/:])/gu, ' 24/7 '],
  // bo-* round, Turkish "vardiya başına rapor sayısı artık 14.400": the count per shift, now
  [
    /(?<![\p{L}\p{M}])vardiya başına (?:rapor|belge|kayıt) sayısı artık (\d(?:[\d.,]*\d)?)/giu,
    ' now $1 reports per shift ',
  ],
  // bo-* round, Vietnamese "chạy từ 0h đến 3h sáng (cửa sổ 3 tiếng)": a run's window
  [
    /(?<![\p{L}\p{M}])từ (\d{1,2})\s?h đến (\d{1,2})\s?h(?: sáng)?(?![\p{L}\p{M}])/giu,
    ' from $1:00 to $2:00 ',
  ],
  [
    /(?<![\p{L}\p{M}])cửa sổ (\d{1,2}) tiếng(?![\p{L}\p{M}])/giu,
    ' a $1 hour window ',
  ],
  // bo-* round, Hindi "हर ५ मिनट में एक नोट बनवाता है": a request every N minutes
  [
    /(?<![\p{L}\p{M}])हर (\d+) मिनट में एक \S+ (?:बनवाता|बनवाती|लिखवाता|लिखवाती) है/gu,
    ' generates one note every $1 minutes ',
  ],
  [
    /(?<![\p{L}\p{M}])हर (\d+) मिनट में(?![\p{L}\p{M}])/gu,
    ' every $1 minutes ',
  ],
  // bo-* round, Thai "แชตบอตฝึกสนทนา" (a conversation-practice chatbot), "มีผู้เรียนทั้งหมด 8,000
  // คน" (8,000 learners in all), "ออนไลน์พร้อมกันประมาณ 5%", "ทุก ๆ 20 วินาที" (every 20 seconds)
  [/แชตบอต/gu, ' chatbot '],
  [
    /ผู้เรียนทั้งหมด\s*(\d(?:[\d,]*\d)?)\s*(?:คน|people)/gu,
    ' $1 learners in total ',
  ],
  [
    /ออนไลน์พร้อมกัน\s*(?:ราว|ประมาณ|about)?\s*(\d+(?:\.\d+)?)\s*%/gu,
    ' about $1% online at the same time ',
  ],
  [/ทุก\s*ๆ?\s*(\d+)\s*วินาที/gu, ' every $1 seconds '],
  // bo-* round, Egyptian Arabic "والمستند في المتوسط ٣٠٠٠ توكن" (each document about 3,000 tokens
  // on average), "مش مستعجلين خالص" (no rush at all), "لو الترجمة خدت دقيقة مفيش مشكلة" (if the
  // translation takes a minute, no problem)
  [/(?<![\p{L}\p{M}])توكن(?![\p{L}\p{M}])/gu, ' tokens '],
  [
    /(?<![\p{L}\p{M}])وال\s*(?:مستند|document)(?![\p{L}\p{M}])/gu,
    ' each document is ',
  ],
  [/(?<![\p{L}\p{M}])مش مستعجلين(?: خالص)?/gu, ' no rush at all '],
  [
    /(?<![\p{L}\p{M}])خدت دقيقة مفيش مشكلة/gu,
    ' can take a minute, no problem ',
  ],
  // bo-* round, Polish "w szczycie 2,5 raza tyle co średnio" (at peak 2.5 times the average)
  [
    /(?<![\d.,])(\d+(?:[.,]\d+)?)\s*raza\s*(?:tyle\s*)?(?:co|niż)\s*(?:średnio|przeciętnie|on average)/giu,
    ' $1x the average ',
  ],
  // Turkish "40 değil, aynı anda 120": not 40 but 120
  [/(?<![\d.,])(\d(?:[\d.,]*\d)?)\s+değil\s*,/giu, ' not $1, '],
  // bp-* round, Hungarian dates "2025. március 3." and "15 percen belül" (within 15 minutes)
  [
    /(?<!\d)\d{4}\.\s*(?:január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)\s*\d{1,2}\./giu,
    ' ',
  ],
  [/(?<![\d.,])(\d+)\s*percen belül/giu, ' within $1 minutes '],
  // bp-* round, Cantonese "想整個路線查詢助手" (a route enquiry assistant), "答案要由我哋啲路線資料同
  // 通告度搵出嚟" (answers from our route data and notices), "平時每分鐘大概 900 個查詢" (900
  // queries a minute as a rule), "繁忙時間會去到平時嘅 3 倍" (three times that at busy times)
  [/路线查询助手/gu, ' route enquiry assistant '],
  [
    /答案要由我哋啲?\S{0,12}?同\S{0,6}?度搵出嚟/gu,
    ' answers must come from our documents ',
  ],
  [
    /平时每分钟(?:大概|大约|about)?\s*(\d[\d,]*)\s*个?\s*查询/gu,
    ' normally $1 queries per minute ',
  ],
  [/繁忙时间会去到平时嘅\s*(\d+(?:\.\d+)?)\s*倍/gu, ' at peak $1x the normal '],
  [/一定要快/gu, ' must be fast '],
  [/连埋\s*context/giu, ' with context is '],
  // Danish "hver tredje minut" (every third minute), "de beder vel om et resumé" (they ask for a
  // summary), "trykke på en knap og få" (press a button and get), "mens de sidder og venter"
  ...(
    [
      ['anden', 2],
      ['tredje', 3],
      ['fjerde', 4],
      ['femte', 5],
    ] as const
  ).map(([nth, n]): [RegExp, string] => [
    new RegExp(`(?<![\\p{L}\\p{M}])hver ${nth} minut(?![\\p{L}\\p{M}])`, 'giu'),
    ` every ${n} minutes `,
  ]),
  [/每个\s*query/giu, ' each query '],
  [/答案/gu, ' answers '],
  // Danish "vi sender fra kl. 6 til 22" (on air from 6 to 22)
  [
    /(?<![\p{L}\p{M}])(?:fra|from)\s+(?:kl\.\s*)?(\d{1,2})(?:[.:](\d{2}))?\s+til\s+(?:kl\.\s*)?(\d{1,2})(?!\d|[.:]\d)/giu,
    ' from $1:00 to $3:00 ',
  ],
  // Finnish "sunnuntaina klo 2.00" (on Sunday at 2:00; "klo 6.30 mennessä", by 6:30, is read
  // below), "20 tuntia" (20 hours)
  [
    /(?<![\p{L}\p{M}])klo\s+(\d{1,2})[.:](\d{2})(?!\d|\s*mennessä)/giu,
    ' at $1:$2 ',
  ],
  [/(?<![\d.,])(\d+(?:[.,]\d+)?)\s+tuntia(?![\p{L}\p{M}])/giu, ' $1 hours '],
  // bp-* round, Gulf Arabic "نبي مساعد يجاوب … من ملفاتنا ولوائح الوزارة" (an assistant answering
  // from our files and the ministry's rules), "وكل واحد يسأل سؤال كل ٣ دقايق" (each asks a
  // question every 3 minutes), "بنفس الوقت" (at the same time), "ودنا الرد يكون سريع"
  [/تقريباً/gu, ' about '],
  [/نبي مساعد يجاوب/gu, ' we want an assistant that answers '],
  [/من ملفاتنا(?:\s*ولوائح\s*الوزارة)?/gu, ' from our files and regulations '],
  [
    /عندنا\s*(?:about\s*)?(\d(?:[\d,]*\d)?)\s*قبطان/gu,
    ' we have about $1 captains ',
  ],
  [/(?:يستخدمونه\s*)?بنفس الوقت/gu, ' use it at the same time '],
  [
    /وكل واحد يسأل سؤال\s*(?:كل|every)\s*(\d+)\s*(?:دقايق|دقائق|minutes)/gu,
    ' and each one asks a question every $1 minutes ',
  ],
  [/ودنا الرد يكون سريع/gu, ' we want the reply to be fast '],
  // Marathi "आमचे ४० मार्केटिंग कर्मचारी आहेत, त्यापैकी साधारण २५ टक्के एकाच वेळी वापरतात, आणि
  // प्रत्येकजण मिनिटाला २ विनंत्या पाठवतो" (40 staff, about 25 % at once, 2 requests a minute each)
  [
    /आमचे\s*(\d(?:[\d,]*\d)?)\s*(?:मार्केटिंग\s*)?(?:कर्मचारी|employees)\s*आहेत/gu,
    ' we have $1 employees ',
  ],
  [
    /त्यापैकी\s*(?:साधारण|about)?\s*(\d+(?:\.\d+)?)\s*टक्के\s*एकाच वेळी वापरतात/gu,
    ' of them about $1% use it at the same time ',
  ],
  [
    /प्रत्येकजण\s*मिनिटाला\s*(\d+)\s*विनंत्या\s*पाठवतो/gu,
    ' each one sends $1 requests per minute ',
  ],
  [/प्रत्येक\s*वर्णन\s*(?:सुमारे|about)?/gu, ' each description is about '],
  // Amharic "ለደንበኞች አገልግሎት ቻትቦት" (a customer-service chatbot), "በወር ወደ 2 ሚሊዮን ንቁ ደንበኞች"
  // (about 2 million active customers a month), Ethiopian clock hours ("ከጠዋቱ 2 ሰዓት" is 8 am)
  [/ለደንበኞች\s*አገልግሎት\s*(?:ቻትቦት|chatbot)/gu, ' customer service chatbot '],
  [
    /በወር\s*ወደ\s*(\d+(?:\.\d+)?)\s*ሚሊዮን\s*ንቁ\s*ደንበኞች(?:\s*አሉን)?/gu,
    ' we have about $1 million monthly active customers ',
  ],
  [
    /ከእነሱ\s*(\d+(?:\.\d+)?)\s*%\s*በአንድ\s*ጊዜ\s*መስመር\s*ላይ\s*ይሆናሉ/gu,
    ' of them $1% are online at the same time ',
  ],
  [
    /እያንዳንዱ\s*በደቂቃ\s*(?:አንድ|1)\s*መልዕክት\s*ይልካል/gu,
    ' each sends one message per minute ',
  ],
  ...[1, 2, 3, 4, 5, 6].map((h): [RegExp, string] => [
    new RegExp(`ከጠዋቱ\\s*${h}\\s*ሰዓት`, 'gu'),
    ` from ${h + 6}:00 `,
  ]),
  ...[1, 2, 3, 4, 5].map((h): [RegExp, string] => [
    new RegExp(`እስከ\\s*ምሽቱ\\s*${h}\\s*ሰዓት`, 'gu'),
    ` to ${h + 18}:00 `,
  ]),
  // bp-* round, Czech "30–50 tisíc tokenů" (30,000–50,000 tokens), "každý pošle jeden požadavek
  // zhruba za 5 minut" (each sends one request about every 5 minutes)
  [
    /(?<![\d.,])(\d{1,3})\s*[–-]\s*(\d{1,3})\s*tisíc(?![\p{L}\p{M}])/giu,
    ' $1000–$2000 ',
  ],
  [
    /(?<![\p{L}\p{M}])pošle jeden požadavek\s*(?:zhruba|asi|přibližně|cca)?\s*za\s*(\d+)\s*minut(?![\p{L}\p{M}])/giu,
    ' sends one request every $1 minutes ',
  ],
  // Romanian "fiecare cu aproximativ 4.000 de tokeni la intrare și până la 8.000 de tokeni la
  // ieșire" (each with about 4,000 tokens in and up to 8,000 out)
  [
    /(?<=\d)\s+(?:de\s+)?(?:tokeni|tokens)\s+la\s+intrare(?![\p{L}\p{M}])/giu,
    ' tokens of input ',
  ],
  [
    /(?<=\d)\s+(?:de\s+)?(?:tokeni|tokens)\s+la\s+ieșire(?![\p{L}\p{M}])/giu,
    ' tokens of output ',
  ],
  // Kazakh "120 әзірлеуші бар" (120 developers), "60%-ы бір уақытта" (60 % at once), "әрқайсысы
  // минутына 6 сұрау жібереді" (each sends 6 requests a minute)
  [/(?<![\d.,])(\d(?:[\d,]*\d)?)\s*әзірлеуші\s*бар/gu, ' $1 developers '],
  [/(\d+(?:[.,]\d+)?)\s*%\s*-?ы\s*бір уақытта/gu, ' $1% at the same time '],
  [
    /әрқайсысы\s*минутына\s*(\d+)\s*сұрау\s*жібереді/gu,
    ' each sends $1 requests per minute ',
  ],
  [/бәрі лезде болуы тиіс/gu, ' everything must be instant '],
  [/(?<=\d)\s*мс(?![\p{L}\p{M}])/gu, ' ms '],
  // bp-* round, Traditional Chinese "會員人數約 85 萬" (about 850,000 members), "每人平均每 2 分鐘發一則
  // 訊息" (each sends a message every 2 minutes on average), "回覆要即時" (replies must be instant)
  [
    /会员人数\s*(?:约|大约|about)?\s*(\d+(?:\.\d+)?)\s*万/gu,
    ' about $1万 members ',
  ],
  [
    /每人\s*(?:平均|average|on average)?\s*每\s*(\d+)\s*分钟\s*发一[则則条]\s*(?:讯息|消息|信息)/gu,
    ' each person sends a message every $1 minutes ',
  ],
  [/回复要即时/gu, ' replies must be instant '],
  // Punjabi "ਗਾਹਕ ਸੇਵਾ ਲਈ ਚੈਟਬੋਟ" (a customer-service chatbot), "ਜਵਾਬ ਬਹੁਤ ਤੇਜ਼ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ"
  [/ਗਾਹਕ ਸੇਵਾ ਲਈ ਚੈਟਬੋਟ/gu, ' customer service chatbot '],
  [/ਜਵਾਬ ਬਹੁਤ ਤੇਜ਼ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ/gu, ' answers must be very fast '],
  // Malay "Ada lebih kurang 18,000 pelajar" (about 18,000 students), "setiap seorang bertanya satu
  // soalan setiap 2 minit" (each asks one question every 2 minutes)
  [
    /(?<![\p{L}\p{M}])ada\s+(?:lebih kurang|kira-kira|sekitar|about)\s+(\d(?:[\d,.]*\d)?)\s+pelajar(?![\p{L}\p{M}])/giu,
    ' there are about $1 students ',
  ],
  [
    /(?<![\p{L}\p{M}])setiap seorang bertanya satu soalan setiap (\d+) minit(?![\p{L}\p{M}])/giu,
    ' each person asks one question every $1 minutes ',
  ],
  // Croatian "Obrada kreće u 1:00 i mora biti gotova do 2:00" (it starts at 1:00 and must be done by 2:00)
  [
    /(?<![\p{L}\p{M}])obrada kreće u (\d{1,2}:\d{2}) i mora biti gotova (?:do|until) (\d{1,2}:\d{2})/giu,
    ' the run starts at $1 and must be done by $2 ',
  ],
  [/(?<=\d)\s+sata(?![\p{L}\p{M}])/giu, ' hours '],
  // bq-* round: "5.30am to 12.30am" is clock time; "the window's actually 4 hours" is the window
  [/(?<![\d.,])(\d{1,2})\.(\d{2})\s*([ap]\.?m\.?)(?![\p{L}])/giu, '$1:$2$3'],
  [
    /\b(window|deadline|budget|limit|cap|target|peak|average|load|volume)['’]s\b/gi,
    '$1 is',
  ],
  // bq-* round, Hausa "saƙonnin SMS daga manoma kusan dubu arba'in (40,000) kowace rana" (SMS from
  // about 40,000 farmers a day), "daga ƙarfe 11 na dare zuwa ƙarfe 4 na asuba (awa 5)" (11 pm to
  // 4 am, 5 hours), "kusan token 10" (about 10 tokens)
  [
    /saƙonnin SMS daga manoma kusan dubu [\p{L}'’]+ \((\d[\d,]*)\) kowace rana/giu,
    ' about $1 SMS messages from farmers every day ',
  ],
  [/(?<![\p{L}\p{M}])muna so mu rarraba su/giu, ' we want to classify them '],
  [
    /daga ƙarfe (\d{1,2}) na dare zuwa ƙarfe (\d{1,2}) na asuba/giu,
    ' from $1pm to $2am ',
  ],
  [/\(awa (\d+)\)/giu, ' ($1 hours) '],
  [/(?<![\p{L}\p{M}])kowane saƙo yana da/giu, ' each message has '],
  [
    /amsar kuma lakabi ɗaya ne kawai \(kusan token (\d+)\)/giu,
    ' the output is a single label of about $1 tokens ',
  ],
  [/(?<![\p{L}\p{M}])kowane dare/giu, ' every night '],
  [/(?<![\p{L}\p{M}])babu gaggawa/giu, ' no rush '],
  // Welsh "tua 300 cais y funud ar gyfartaledd, gyda brig o deirgwaith hynny" (about 300 requests
  // a minute on average, peaking at three times that), "7yb tan 7yh" (7 am to 7 pm)
  [/(?<![\p{L}\p{M}])cais y funud/giu, ' requests per minute '],
  [/(?<![\p{L}\p{M}])ar gyfartaledd/giu, ' on average '],
  [/gyda brig o deirgwaith hynny/giu, ' peaking at 3x that '],
  [
    /(?<![\d.])(\d{1,2})yb tan (\d{1,2})yh(?![\p{L}])/giu,
    ' from $1am to $2pm ',
  ],
  [/(?<![\p{L}\p{M}])y mis(?![\p{L}\p{M}])/giu, ' per month '],
  [
    /cynorthwyydd sgwrsio i gwsmeriaid/giu,
    ' customer service chat assistant for customers ',
  ],
  [/(?<![\p{L}\p{M}])rhaid iddo fod yn sionc/giu, ' it must be snappy '],
  [/(?<![\p{L}\p{M}])atebion o/giu, ' answers of '],
  [/(?<=\d)\s+gair(?![\p{L}\p{M}])/giu, ' words '],
  // bq-* round, Hindi "हर शिक्षार्थी लगभग हर 3 मिनट में एक सवाल पूछेगा" (each learner asks a
  // question about every 3 minutes), "थोड़ा धीरे आए तो भी चलेगा" (a bit slow is fine)
  [
    /हर\s*\S+\s*(?:लगभग|about)?\s*(?:हर\s*(\d+)\s*मिनट\s*में|every\s*(\d+)\s*minutes)\s*एक\s*सवाल\s*पूछेगा/gu,
    ' each one asks a question every $1$2 minutes ',
  ],
  [/थोड़ा\s*धीरे\s*आए\s*तो\s*भी\s*चलेगा/gu, ' can be a bit slow, no rush '],
  [/सबसे\s*(?:सस्ता|cheap)\s*विकल्प\s*चाहिए/gu, ' the cheapest option '],
  [/शिक्षार्थी/gu, ' learners '],
  [/अधिकतम/gu, ' at most '],
  // Modern Standard Arabic: "وكلاء ذكيين يستدعون أدوات متعددة" (agents calling several tools),
  // "٦٠ وكيلاً يعملون بالتزامن" (60 agents running at once), "رمز مدخل / مخرج" (tokens in / out)
  [/وكلاء\s*ذكيين\s*يستدعون\s*أدوات/gu, ' AI agents that call tools '],
  [
    /(\d(?:[\d,]*\d)?)\s*وكيلاً?\s*يعملون\s*بالتزامن/gu,
    ' $1 agents running concurrently ',
  ],
  [/(?:رمز|tokens)\s*مدخل/gu, ' input tokens '],
  [/(?:رمز|tokens)\s*مخرج/gu, ' output tokens '],
  [/زمن\s*الرمز\s*الأول/gu, ' time to first token '],
  [/والزمن\s*بين\s*الرموز/gu, ' and inter-token latency '],
  [/عند\s*المئين|at\s*المئين/gu, ' at '],
  [/الميزانية\s*ليست\s*مشكلة/gu, ' budget is not an issue '],
  [/الأولوية\s*للأداء/gu, ' performance first '],
  // Zulu: "ngu-2 500", "u-15%", "emi-4", "ku-19:00": a prefix joined to the figure, no minus sign
  [/(?<![\p{L}\p{M}])(?:ngu|angu|emi|u|ku|ka)-(?=\d)/gu, ''],
  [
    /Sifuna umsizi ophendula imibuzo\s*\S*\s*esebenzisa/giu,
    ' we want an assistant that answers questions based on ',
  ],
  [/imithetho nemibiko yethu/giu, ' our rules and reports '],
  [
    /(?<![\p{L}\p{M}])abahloli bangaba\s*(\d(?:[\d  ,.]*\d)?)/giu,
    ' there are about $1 inspectors ',
  ],
  [
    /(?<![\p{L}\p{M}])usebenzisa ngesikhathi esisodwa/giu,
    ' use it at the same time ',
  ],
  [
    /umuntu ngamunye ubuza umbuzo owodwa njalo emizuzwini\s*(\d+)/giu,
    ' each person asks one question every $1 minutes ',
  ],
  [/(?<![\p{L}\p{M}])kuya(?![\p{L}\p{M}])/giu, ' to '],
  [
    /umbuzo nemibhalo etholiwe cishe amathokheni\s*(\d(?:[\d  ,.]*\d)?)/giu,
    ' each prompt with retrieved documents is about $1 tokens ',
  ],
  [
    /impendulo cishe amathokheni\s*(\d(?:[\d  ,.]*\d)?)/giu,
    ' the answer is about $1 tokens ',
  ],
  [/(?<![\p{L}\p{M}])isabelomali(?![\p{L}\p{M}])/giu, ' budget '],
  [/(?<![\p{L}\p{M}])cishe(?![\p{L}\p{M}])/giu, ' about '],
  // bq-* round, Chinese "大约1.2万行" (about 12,000 lines), "（6小时窗口）" (a 6-hour window)
  [/(\d+(?:\.\d+)?\s*万)\s*行/gu, ' $1 captions '],
  [/(\d+)\s*小时窗口/gu, ' a $1 hour window '],
  [/不着急/gu, ' no rush '],
  // Armenian "Ամսական ակտիվ օգտատերեր՝ մոտ 800 000" (about 800,000 monthly active users),
  // "միաժամանակ առցանց՝ 1 %" (1 % online at once), "րոպեում մոտ 1 հարց" (about one question a
  // minute), "MAU-ն 1,2 միլիոն է, ոչ թե 800 հազար" (MAU is 1.2 million, not 800 thousand)
  [/AI\s*մարզիչ-չաթ/gu, ' AI coach chatbot '],
  [
    /Ամսական\s*ակտիվ\s*օգտատերեր[՝:]?\s*(?:մոտ)?/gu,
    ' monthly active users: about ',
  ],
  [
    /միաժամանակ\s*առցանց[՝:]?\s*(?:են\s*)?(\d+(?:[.,]\d+)?)\s*%(?:-ը)?/gu,
    ' $1% online at the same time ',
  ],
  [
    /Մեկ\s*օգտատերը\s*րոպեում\s*(?:մոտ\s*)?(\d+)\s*հարց\s*է\s*տալիս/gu,
    ' each user asks $1 questions per minute ',
  ],
  [/Ուղղում[․.:]?/gu, ' correction: '],
  [/MAU-ն\s*(\d+(?:[.,]\d+)?)\s*միլիոն\s*է/gu, ' MAU is $1 million '],
  [/ոչ\s*թե\s*(\d+)\s*հազար/gu, ' not $1 thousand '],
  [/Պատասխանը\s*պետք\s*է\s*արագ\s*լինի/gu, ' the answer must be fast '],
  [/(?<![\p{L}\p{M}])իսկ(?![\p{L}\p{M}])/gu, ' and '],
  // Khmer "ចង់បកប្រែ" (want to translate), "120 សំណើក្នុងមួយនាទី" (120 requests a minute),
  // "ពីម៉ោង 6:00 ព្រឹក ដល់ម៉ោង 12:00 យប់" (6 am to midnight), "60 token ចូល និង 80 token ចេញ"
  [/ចង់បកប្រែ/gu, ' want to translate '],
  [/(\d(?:[\d,]*\d)?)\s*សំណើក្នុងមួយនាទី/gu, ' $1 requests per minute '],
  [
    /ពីម៉ោង\s*(\d{1,2}):(\d{2})\s*ព្រឹក\s*ដល់ម៉ោង\s*12:00\s*យប់/gu,
    ' from $1:$2 to 24:00 ',
  ],
  [
    /(\d+)\s*token\s*ចូល\s*និង\s*(\d+)\s*token\s*ចេញ/gu,
    ' $1 tokens in and $2 tokens out ',
  ],
  [/ត្រូវតែលឿនណាស់/gu, ' must be very fast '],
  // bq-* round, Japanese "平均同時接続：約300セッション" (about 300 concurrent sessions on average),
  // "1セッションあたり約30秒に1回メッセージ" (a message every 30 s per session), "ピークは平均の約4倍"
  [
    /(?:平均|average)\s*同時接続[：:]\s*(?:約|about)?\s*(\d[\d,]*)\s*(?:セッション|sessions)/gu,
    ' average concurrent sessions: $1 ',
  ],
  [
    /1\s*(?:セッション|sessions)\s*あたり\s*(?:約|about)?\s*(\d+)\s*秒に\s*1\s*回\s*メッセージ/gu,
    ' each session sends a message every $1 seconds ',
  ],
  [
    /ピークは\s*(?:平均|average)\s*の\s*(?:約|about)?\s*(\d+(?:\.\d+)?)\s*倍/gu,
    ' peak is about $1x the average ',
  ],
  [/カスタマーサポート用/gu, ' customer support '],
  // Korean "관련 법령과 내부 지침 문서를 근거로 … 답을" (answers based on laws and guideline
  // documents), "담당자는 약 3천 명" (about 3,000 staff), "근무 시간(09:00~18:00)"
  [
    /관련\s*법령과\s*내부\s*지침\s*문서를\s*근거로/gu,
    ' answers based on the relevant laws and internal guideline documents ',
  ],
  [/담당자는\s*(?:약|about)?\s*(\d+)\s*천\s*명/gu, ' about $1000 staff '],
  [
    /근무\s*시간\s*\(\s*(\d{1,2}:\d{2})\s*[~～〜]\s*(\d{1,2}:\d{2})\s*\)/gu,
    ' working hours from $1 to $2 ',
  ],
  [
    /최대\s*(\d+(?:\.\d+)?)\s*%\s*가\s*동시에\s*사용합니다/gu,
    ' at most $1% use it at the same time ',
  ],
  // Albanian "Kemi rreth 12.000 klientë të regjistruar" (about 12,000 registered customers),
  // "secili dërgon një mesazh çdo 2 minuta" (each sends a message every 2 minutes)
  [/(?<![\p{L}\p{M}])chatbot për klientët/giu, ' customer service chatbot '],
  [
    /(?<![\p{L}\p{M}])kemi\s+(?:rreth|about)\s+(\d(?:[\d.,]*\d)?)\s+klientë/giu,
    ' we have about $1 customers ',
  ],
  [
    /(?<![\p{L}\p{M}])secili dërgon një mesazh çdo (\d+) minut[aëe]?(?![\p{L}\p{M}])/giu,
    ' each sends a message every $1 minutes ',
  ],
  // bq-* round, Basque "Gauero 500.000 transakzio-ohar inguru aztertu behar ditugu" (every night
  // about 500,000 transaction notes to review), "Lana 02:00etan hasten da eta 07:00etarako
  // amaituta egon behar du (5 ordu)" (starts at 2:00, done by 7:00, 5 hours)
  [/(?<![\p{L}\p{M}])gauero(?![\p{L}\p{M}])/giu, ' every night '],
  [
    /(\d(?:[\d.,]*\d)?)\s+transakzio-ohar\s+inguru/giu,
    ' about $1 transaction notes ',
  ],
  [/(?<![\p{L}\p{M}])aztertu behar ditugu/giu, ' we must classify '],
  [
    /(?<![\p{L}\p{M}])lana (\d{1,2}:\d{2})etan hasten da eta (\d{1,2}:\d{2})etarako amaituta egon behar du/giu,
    ' the job starts at $1 and must be done by $2 ',
  ],
  [/\((\d+) ordu\)/giu, ' ($1 hours) '],
  [
    /(?<![\p{L}\p{M}])ohar bakoitzak\s*(~?\s*\d(?:[\d.,]*\d)?)\s*token ditu/giu,
    ' each note has $1 tokens ',
  ],
  [/(?<![\p{L}\p{M}])irteera(?![\p{L}\p{M}])/giu, ' output '],
  [/(?<![\p{L}\p{M}])eredua(?![\p{L}\p{M}])/giu, ' model '],
  [
    /(?<![\p{L}\p{M}])spot instantziak ondo daude/giu,
    ' spot instances are fine ',
  ],
  // Spanish ticket "Resumen:" is the ticket's summary field, not a summariser
  [/^(\s*)resumen\s*:/gimu, '$1Summary:'],
  // bq-* round, Georgian "ეპიკრიზს … შეაჯამებს" (summarises the discharge summary), "ექიმი ღილაკს აჭერს
  // და შედეგს ელოდება" (the doctor presses a button and waits for the result), "ტოკენი" (tokens)
  [/შეაჯამებს/gu, ' summarises it '],
  [
    /ღილაკს\s*აჭერს\s*და\s*შედეგს\s*ელოდება/gu,
    ' clicks a button and waits for the result ',
  ],
  [
    /ეპიკრიზი\s*(?:დაახლოებით|about)?\s*(\d(?:[\d  ,]*\d)?)\s*ტოკენი[ა]?/gu,
    ' each document is about $1 tokens ',
  ],
  [
    /შეჯამება\s*[—–-]?\s*(?:დაახლოებით|about)?\s*(\d(?:[\d  ,]*\d)?)\s*ტოკენი[ა]?/gu,
    ' the summary is about $1 tokens ',
  ],
  [/პასუხი\s*სწრაფი\s*უნდა\s*იყოს/gu, ' the answer must be fast '],
  // Sinhala "පාරිභෝගික ප්‍රශ්නවලට පිළිතුරු දෙන chatbot" (a chatbot answering customer questions),
  // "පෙ.ව. 9 සිට ප.ව. 7 දක්වා" (9 am to 7 pm), "විනාඩියකට එක පණිවිඩයක්" (a message a minute)
  [
    /පාරිභෝගික\s*ප්‍රශ්නවලට\s*පිළිතුරු\s*දෙන/gu,
    ' customer service, answering customer questions, ',
  ],
  [
    /පෙ\.ව\.\s*(\d{1,2})\s*සිට\s*ප\.ව\.\s*(\d{1,2})\s*දක්වා/gu,
    ' from $1am to $2pm ',
  ],
  [
    /එක්\s*අයෙක්\s*විනාඩියකට\s*එක\s*පණිවිඩයක්/gu,
    ' each person sends one message per minute ',
  ],
  [/එකවර\s*පරිශීලකයින්/gu, ' concurrent users '],
  // Uzbek "Bir vaqtning o'zida foydalanuvchilar soni: -300" (users at once: -300),
  // "har bir yurishni izohlab" (explaining each move, a reasoning task)
  [/bir vaqtning o['’‘]zida foydalanuvchilar soni/giu, ' concurrent users '],
  [/chuqur tahlil qilib/giu, ' deep multi-step reasoning, analysing '],
  [/(?<![\p{L}\p{M}])kirish taxminan/giu, ' input about '],
  [
    /(?<![\p{L}\p{M}])javob (\d(?:[\d  ,]*\d)?) tokengacha/giu,
    ' output up to $1 tokens ',
  ],
  [/(?<![\p{L}\p{M}])shoshilinch emas/giu, ' no rush '],
  [/(?<=\d)ක්(?:\s*පමණ)?/gu, ' '],
  // br-* round, Taiwan wafer fab (read in Simplified): "每人平均每 4 分钟问一次" (each person
  // asks once every 4 minutes), "24 小时运作" (runs 24 hours), "输入（含检索片段）约 6 千" (the
  // input, retrieved passages included), "回答约 500 tokens" (answers of about 500)
  [
    /每人\s*(?:average|平均)?\s*每\s*(\d+(?:\.\d+)?)\s*分钟\s*(?:问|提问|查询)\s*一次/gu,
    ' each person asks once every $1 minutes ',
  ],
  [/(\d{1,2})\s*小时\s*(?:运作|运转|运行|营运)/gu, ' $1 hours a day '],
  [/[（(]\s*含[^）)]{1,20}[）)]/gu, ' '],
  [/回答(?=\s*(?:约|大约|about|~))/gu, ' answers '],
  // br-* round, Korean esports: "1인당 30초에 한 번꼴로" (each person once every 30 seconds),
  // "그중 동시에 챗봇을 쓰는 비율은 0.5% 정도" (of them about 0.5 % use it at the same time)
  [
    /1\s*인당\s*(\d+)\s*초에\s*(?:한|1)\s*(?:건|번|회)(?:꼴로|씩|정도)?/gu,
    ' each person sends a request every $1 seconds ',
  ],
  [
    /동시에\s*[^\n.%]{0,30}?비율은\s*(\d+(?:[.,]\d+)?)\s*%\s*(?:정도|쯤|가량)?/gu,
    ' about $1% active at the same time ',
  ],
  // br-* round, Japanese customs broker: "毎分1,200件" (1,200 a minute), "8時半～17時半"
  // (8:30 to 17:30), "稼働時間は" (operating hours)
  [/毎分\s*(\d[\d.,]*)\s*(?:件|items)/gu, ' $1 items per minute '],
  [/(\d{1,2})\s*時半/gu, '$1:30'],
  [/(\d{1,2})\s*時\s*(\d{2})\s*分/gu, '$1:$2'],
  [/稼働時間\s*(?:は|：|:)?/gu, ' operating hours: '],
  // br-* round, Indonesian "Layanan 24 jam" (a service open 24 hours)
  [
    /(?<!\p{L})layanan\s+(\d{1,2})\s+jam(?!\p{L})/giu,
    ' service runs $1 hours a day ',
  ],
  // br-* round, Argentine Spanish "a las 5 de la mañana" (5 am), "40 lucas" (40 thousand pesos)
  [/(?<=\d)\s+de la (?:mañana|madrugada)(?!\p{L})/giu, 'am'],
  [/(?<=\d)\s+de la (?:tarde|noche)(?!\p{L})/giu, 'pm'],
  [/(?<=\d)\s*lucas(?!\p{L})/giu, ' thousand pesos'],
  [
    /(?<!\p{L})(?:genere|generar|genera|generen)\s+las\s+fichas(?!\p{L})/giu,
    'generates the profile texts',
  ],
  [/(?<!\p{L})sale un texto de(?!\p{L})/giu, 'the output is a text of'],
  [
    /(?<!\p{L})tokens de estadísticas de entrada(?!\p{L})/giu,
    'input tokens of statistics',
  ],
  // br-* round, Macedonian "Времето до првиот токен … за 95 % од барањата" (time to first token …
  // for 95 % of requests)
  [
    /(?<!\p{L})времето\s+до\s+првиот\s+токен(?!\p{L})/giu,
    'time to first token',
  ],
  [/(?<!\p{L})за\s+(?=\d+(?:[.,]\d+)?\s*%)/giu, 'for '],
  // br-* round, Somali blood bank: "8 kun" (8 thousand), "8:00 subaxnimo ilaa 4:00 galabnimo"
  // (8 in the morning to 4 in the afternoon), "labadii daqiiqoba mar" (once every two minutes)
  [/(?<=\d)\s*kun(?!\p{L})/giu, ' thousand'],
  [/(?<=\d)\s*(?:subaxnimo|subaxdii|aroornimo)(?!\p{L})/giu, ' am'],
  [/(?<=\d)\s*(?:galabnimo|galabtii|fiidnimo|habeennimo)(?!\p{L})/giu, ' pm'],
  [/(?<!\p{L})labadii daqiiqoba mar(?!\p{L})/giu, 'every 2 minutes'],
  [/(?<!\p{L})(\d+)dii daqiiqoba mar(?!\p{L})/giu, 'every $1 minutes'],
  // Setswana radio station: "bakwadi ba le masome a mane (40)" (40 writers), "gangwe mo
  // metsotsong e metlhano" (once every five minutes), "mafoko a ka nna lekgolo (100)" (about 100
  // words)
  [/(?<!\p{L})bakwadi ba le [\p{L}\s]{3,30}?\((\d+)\)/giu, '$1 writers'],
  [
    /(?<!\p{L})gangwe mo metsotsong e metlhano(?!\p{L})/giu,
    'once every 5 minutes',
  ],
  [
    /(?<!\p{L})gangwe mo metsotsong e lesome(?!\p{L})/giu,
    'once every 10 minutes',
  ],
  [
    /(?<!\p{L})gangwe mo metsotsong e mebedi(?!\p{L})/giu,
    'once every 2 minutes',
  ],
  [/(?<!\p{L})gangwe ka motsotso(?!\p{L})/giu, 'once a minute'],
  [/(?<!\p{L})mafoko a ka nna [\p{L}\s]{2,20}?\((\d+)\)/giu, 'about $1 words'],
  [
    /(?<!\p{L})sengwe le sengwe se se kwadiwang se nna le(?!\p{L})/giu,
    'each output has',
  ],
  // br-* round, Odia translation agency: "ମୋଟ 120 ଜଣ ଅନୁବାଦକ" (120 translators in all), "ଏକାସାଙ୍ଗରେ"
  // (at the same time), "ପ୍ରତି 2 ମିନିଟରେ ଗୋଟିଏ ଅନୁରୋଧ" (a request every 2 minutes), "ସକାଳ 9ଟାରୁ
  // ସନ୍ଧ୍ୟା 6ଟା" (9 in the morning to 6 in the evening), "₹1.5 ଲକ୍ଷ" (1.5 lakh rupees)
  [
    /(?<![\p{L}\p{M}])ମୋଟ\s+(\d[\d,]*)\s+ଜଣ\s+ଅନୁବାଦକ(?:ମାନେ)?(?![\p{L}\p{M}])/gu,
    ' $1 translators in total ',
  ],
  [/(?<![\p{L}\p{M}])ଅନୁବାଦକ(?:ମାନେ)?(?![\p{L}\p{M}])/gu, ' translators '],
  [/(?<![\p{L}\p{M}])ଅନୁବାଦ(?![\p{L}\p{M}])/gu, ' translation '],
  [
    /(?<![\p{L}\p{M}])ଏକାସାଙ୍ଗରେ\s+କାମ\s+କରନ୍ତି(?![\p{L}\p{M}])/gu,
    ' work at the same time ',
  ],
  [
    /(?<![\p{L}\p{M}])ପ୍ରତ୍ୟେକ\s+ପ୍ରତି\s+(\d+(?:\.\d+)?)\s+ମିନିଟରେ\s+ଗୋଟିଏ\s+ଅନୁରୋଧ\s+ପଠାନ୍ତି(?![\p{L}\p{M}])/gu,
    ' each sends one request every $1 minutes ',
  ],
  [
    /(?<![\p{L}\p{M}])ପ୍ରତି\s+ଅନୁରୋଧରେ\s+ପ୍ରାୟ\s+(\d[\d,]*)\s+ଶବ୍ଦ\s+ଆସେ(?![\p{L}\p{M}])/gu,
    ' each request has about $1 words of input ',
  ],
  [
    /(?<![\p{L}\p{M}])ଏବଂ\s+translation\s+ମଧ୍ୟ\s+ପ୍ରାୟ\s+(\d[\d,]*)\s+ଶବ୍ଦ(?![\p{L}\p{M}])/gu,
    ' and the translation output is about $1 words ',
  ],
  [/(?<![\p{L}\p{M}])ସକାଳ\s*(\d{1,2})\s*ଟାରୁ(?![\p{L}\p{M}])/gu, ' from $1am '],
  [
    /(?<![\p{L}\p{M}])(?:ସନ୍ଧ୍ୟା|ରାତି)\s*(\d{1,2})\s*ଟା(?:ପର୍ଯ୍ୟନ୍ତ)?(?![\p{L}\p{M}])/gu,
    ' to $1pm ',
  ],
  [
    /(?<![\p{L}\p{M}])ମାସିକ\s+ବଜେଟ୍\s+ସର୍ବାଧିକ(?![\p{L}\p{M}])/gu,
    ' monthly budget at most ',
  ],
  [/(?<=\d)\s*ଲକ୍ଷ(?![\p{L}\p{M}])/gu, ' lakh'],
  [/(?<![\p{L}\p{M}])ପ୍ରାୟ(?![\p{L}\p{M}])/gu, ' about '],
  // Assamese blood bank: "ধাপে ধাপে যুক্তি দি" (reasoning step by step), "গড়ে প্ৰতি মিনিটত 12টা
  // অনুৰোধ" (12 requests a minute on average), "চিন্তা-সহ উত্তৰ" (the answer with its thinking),
  // "ৰাতিপুৱা 8 বজাৰ পৰা নিশা 8 বজালৈ" (8 in the morning to 8 at night), "এক মিনিট অপেক্ষা কৰিলেও
  // অসুবিধা নাই" (waiting a minute is fine)
  [
    /(?<![\p{L}\p{M}])ধাপে\s+ধাপে\s+যুক্তি(?:\s+দি)?(?![\p{L}\p{M}])/gu,
    ' reasoning step by step ',
  ],
  [
    /(?<![\p{L}\p{M}])গড়ে\s+প্ৰতি\s+মিনিটত\s+(\d[\d,]*)\s*টা\s+অনুৰোধ(?:\s+আহে)?(?![\p{L}\p{M}])/gu,
    ' on average $1 requests per minute ',
  ],
  [
    /(?<![\p{L}\p{M}])প্ৰতিটো\s+অনুৰোধৰ\s+ইনপুট(?![\p{L}\p{M}])/gu,
    ' each request input ',
  ],
  [
    /(?<![\p{L}\p{M}])চিন্তা-সহ\s+উত্তৰ(?![\p{L}\p{M}])/gu,
    ' the answer with its reasoning ',
  ],
  [
    /(?<![\p{L}\p{M}])ৰাতিপুৱা\s*(\d{1,2})\s*বজাৰ\s+পৰা(?![\p{L}\p{M}])/gu,
    ' from $1am ',
  ],
  [
    /(?<![\p{L}\p{M}])(?:নিশা|সন্ধিয়া)\s*(\d{1,2})\s*বজালৈ(?![\p{L}\p{M}])/gu,
    ' to $1pm ',
  ],
  [
    /(?<![\p{L}\p{M}])উত্তৰৰ\s+বাবে\s+এক\s+মিনিট\s+অপেক্ষা\s+কৰিলেও\s+অসুবিধা\s+নাই(?![\p{L}\p{M}])/gu,
    ' the answer can take a minute ',
  ],
  [/(?<![\p{L}\p{M}])প্ৰায়(?![\p{L}\p{M}])/gu, ' about '],
  // br-* round, Kinyarwanda library network: "incamake ibihumbi mirongo itatu na bitandatu
  // (36.000)" (36,000 summaries, the count in words and then in digits)
  [
    /(?<![\p{L}\p{M}])(\p{L}+)\s+(?:ibihumbi|igihumbi)[^()\d]{0,40}\((\d[\d.,\s]*\d)\)/giu,
    '$2 $1',
  ],
  // br-* round, Breton dental labs: "etre 10pm ha 4am" (between 10 pm and 4 am)
  [
    /(?<![\p{L}-])etre\s+(\d{1,2}\s*[ap]m)\s+ha\s+(\d{1,2}\s*[ap]m)/giu,
    ' from $1 to $2 ',
  ],
  // Chichewa admissions office: "zolemba zikwi khumi ndi zisanu (15,000)" (15,000 essays, the
  // count in words and then in digits), "maola asanu (5)" (five hours), "Cholemba chilichonse
  // chili ndi mawu pafupifupi 600" (each essay has about 600 words)
  [
    /(?<![\p{L}\p{M}])(\p{L}+)\s+zikwi[\p{L}\s]{0,30}?\((\d[\d.,\s]*\d)\)/giu,
    '$2 $1',
  ],
  [/(?<![\p{L}\p{M}])maola\s+\p{L}+\s*\((\d+)\)/giu, '$1 hours'],
  [
    /(?<![\p{L}\p{M}])cholemba chilichonse chili ndi mawu pafupifupi (\d+(?:[.,]\d+)*)/giu,
    'each document has about $1 words',
  ],
  // br-* round, after the Korean ranges above: "밤 10시" (10 at night), "저녁 7시" (7 in the evening), "새벽 5시" (5 at dawn)
  [
    /(\d{1,2}\s*[ap]m)\s*[~～〜-]\s*(?:밤|저녁)\s*(\d{1,2})\s*시/giu,
    ' from $1 to $2pm ',
  ],
  [/밤\s*12\s*시/gu, ' 12am '],
  [/(?:밤|저녁)\s*(\d{1,2})\s*시/gu, ' $1pm '],
  [/(?:새벽|아침)\s*(\d{1,2})\s*시/gu, ' $1am '],
  // bs-* round, Mexican Spanish "de 9am a 7pm" once "de la mañana" reads am
  [
    /(?<!\p{L})de\s+(\d{1,2}(?::\d{2})?\s*[ap]m)\s+a\s+(\d{1,2}(?::\d{2})?\s*[ap]m)/giu,
    ' from $1 to $2 ',
  ],
  [
    /(?<!\p{L})al mismo tiempo,?\s*digamos(?: que)?(?: el)?\s*(\d+(?:[.,]\d+)?)\s*%/giu,
    ' at the same time, $1% ',
  ],
  [/(?<!\p{L})cada borrador sale de(?!\p{L})/giu, 'each draft comes out at'],
  [/(?<!\p{L})(?:nos )?arme los borradores de(?!\p{L})/giu, 'drafts the'],
  [/(?<!\p{L})los textos de los folletos(?!\p{L})/giu, 'the brochure texts'],
  [
    /(?<!\p{L})cada quien manda una solicitud como cada(?!\p{L})/giu,
    'each one sends a request about every',
  ],
  // Québécois: "aux 3 minutes" (every 3 minutes), "genre 350" (about 350), "piasses" (dollars,
  // Canadian), "180 mots, pis la traduction à peu près pareil" (the translation as long)
  [
    /(?<!\p{L})aux\s+(\d+(?:[.,]\d+)?)\s*(minutes?|min|secondes?|heures?)(?!\p{L})/giu,
    'every $1 $2',
  ],
  [/(?<!\p{L})genre\s+(?=\d)/giu, 'about '],
  [/(?<![\d.,])(\d[\d\s.,]*\d|\d)\s*piasses?(?!\p{L})/giu, 'CAD $1'],
  [
    /(\d[\d\s.,]*\d|\d)\s*mots,?\s*(?:pis|et)\s+la traduction (?:à peu près |environ )?pareil(?:le)?/giu,
    '$1 words in and $1 words out',
  ],
  [
    /(?<!\p{L})chaque personne envoie une affaire(?!\p{L})/giu,
    'each person sends a request',
  ],
  [/(?<!\p{L})on a(?=\s+(?:about\s+)?\d)/giu, 'we have'],
  [/(?<!\p{L})artistes pis techniciens(?!\p{L})/giu, 'artists and technicians'],
  [/(?<!\p{L})pis (?=chaque\b)/giu, 'and '],
  // Thai lottery office: "แต่ละคนถามประมาณ 1 ข้อทุก 2 นาที" (each asks about one question every 2
  // minutes), "เยอะกว่าปกติ 6 เท่า" (6 times more than usual), "6 โมงเช้าถึง 4 ทุ่ม" (6 am to 10 pm:
  // the evening hours count from 7 pm)
  [
    /แต่ละคน\s*ถาม\s*(?:ประมาณ|about)?\s*(\d+)\s*ข้อ\s*ทุก\s*(\d+)\s*นาที/gu,
    ' each person asks $1 question every $2 minutes ',
  ],
  [
    /(?:เยอะกว่า|มากกว่า)ปกติ\s*(\d+(?:\.\d+)?)\s*เท่า/gu,
    ' the peak is $1x the average ',
  ],
  [/(\d{1,2})\s*โมงเช้า/gu, ' $1am '],
  [/(?<![\d])1\s*ทุ่ม/gu, ' 7pm '],
  [/(?<![\d])2\s*ทุ่ม/gu, ' 8pm '],
  [/(?<![\d])3\s*ทุ่ม/gu, ' 9pm '],
  [/(?<![\d])4\s*ทุ่ม/gu, ' 10pm '],
  [/(?<![\d])5\s*ทุ่ม/gu, ' 11pm '],
  [/(?<=[ap]m\s*)ถึง(?=\s*\d)/gu, ' to '],
  [/ตั้งแต่(?=\s*\d{1,2}\s*[ap]m)/gu, ' from '],
  // bs-* round, West Frisian wind farm: "fan healwei sânen moarns oant healwei fiven middeis"
  // (from half past six in the morning to half past four in the afternoon)
  [/(?<!\p{L})healwei sânen moarns(?!\p{L})/giu, '6:30'],
  [/(?<!\p{L})healwei fiven middeis(?!\p{L})/giu, '16:30'],
  [
    /(?<!\p{L})fan\s+(\d{1,2}:\d{2})\s+oant\s+(\d{1,2}:\d{2})(?!\d)/giu,
    ' from $1 to $2 ',
  ],
  // Fijian pearl farm: "E rauta ni tolusagavulu na ripote ena dua na miniti" (about thirty reports
  // a minute), "mai na 7 ena mataka ki na 3 ena yakavi" (7 in the morning to 3 in the afternoon),
  // "e rauta ni 400 na vosa" (about 400 words)
  [/(?<!\p{L})tolusagavulu(?!\p{L})/giu, '30'],
  [/(?<!\p{L})ena dua na miniti(?!\p{L})/giu, 'per minute'],
  [
    /(?<!\p{L})mai na (\d{1,2}) ena mataka ki na (\d{1,2}) ena yakavi(?!\p{L})/giu,
    ' from $1am to $2pm ',
  ],
  [/(?<!\p{L})e rauta ni (\d[\d.,]*) na vosa(?!\p{L})/giu, 'is about $1 words'],
  [
    /(?<!\p{L})(?:na ivakalekaleka|ivakalekaleka) e (\d[\d.,]*) na vosa(?!\p{L})/giu,
    'the summary is $1 words',
  ],
  // bs-* round, Frisian "elk stelt likernôch ien fraach yn 'e trije minuten" (each asks about one
  // question every three minutes), Occitan "un tèrç d'entre nosautres" (a third of us), "cadun manda
  // una demanda cada doas minutas" (each sends a request every two minutes), "cada tèxt fa a
  // l'entorn de 300 mots" (each text is about 300 words), Fijian "e rauta ni 30 na ripote" (about 30
  // reports)
  [
    /(?<!\p{L})elk stelt likernôch ien fraach yn ['’]e trije minuten(?!\p{L})/giu,
    'each asks about one question every 3 minutes',
  ],
  [/(?<!\p{L})un tèrç d['’]entre nosautres(?!\p{L})/giu, 'a third of us'],
  [
    /(?<!\p{L})cadun manda una demanda cada doas minutas(?!\p{L})/giu,
    'each sends a request every 2 minutes',
  ],
  [
    /(?<!\p{L})cada tèxt fa a l['’]entorn de(?!\p{L})/giu,
    'each output is about',
  ],
  [
    /(?<!\p{L})e rauta ni (\d[\d.,]*) na ripote(?!\p{L})/giu,
    'about $1 reports',
  ],
  [/(?<!\p{L})ena gauna ni cakacaka(?!\p{L})/giu, 'during working hours'],
  [
    /(?<!\p{L})un tèrç (?:d['’]|of )entre nosautres(?!\p{L})/giu,
    'a third of us',
  ],
  [
    /(?<!\p{L})lo prompt fa a l['’]entorn de(?!\p{L})/giu,
    'the prompt is about',
  ],
  // bs-* round, Sundanese tea estate: "Pagawé sadayana aya 3.200 urang" (3,200 workers in all),
  // "ti jam genep isuk-isuk dugi ka jam dua beurang" (6 am to 2 pm), "kira-kira sapuluh persén anu
  // ngagunakeun babarengan" (about ten per cent use it together), "unggal lima menit" (every five
  // minutes)
  [
    /(?<!\p{L})pagawé sadayana aya (\d[\d.,]*) urang(?!\p{L})/giu,
    'there are $1 employees in total',
  ],
  [/(?<!\p{L})jam genep isuk-isuk(?!\p{L})/giu, '6am'],
  [/(?<!\p{L})jam dua beurang(?!\p{L})/giu, '2pm'],
  [
    /(?<!\p{L})ti (\d{1,2}\s*[ap]m) dugi ka (\d{1,2}\s*[ap]m)(?!\p{L})/giu,
    ' from $1 to $2 ',
  ],
  [
    /(?<!\p{L})kira-kira sapuluh persén anu ngagunakeun babarengan(?!\p{L})/giu,
    'about 10% use it at the same time',
  ],
  [
    /(?<!\p{L})masing-masing naroskeun hiji patarosan unggal lima menit(?!\p{L})/giu,
    'each asks one question every 5 minutes',
  ],
  [
    /(?<!\p{L})jawabanana kira-kira (\d[\d.,]*) kecap(?!\p{L})/giu,
    'answers are about $1 words',
  ],
  [
    /(?<!\p{L})anggaran maksimal (\d[\d.,]*) dolar AS sabulan(?!\p{L})/giu,
    'budget at most $1 US dollars a month',
  ],
  [/(?<!\p{L})dumasar kana buku pedoman(?!\p{L})/giu, 'based on the handbook'],
  // Tok Pisin cocoa exporter: "wan handet tausen ripot long wanpela ran" (a hundred thousand
  // reports per run), "i stat long Sarere long 6 klok long apinun" (starts Saturday 6 pm), "i mas
  // pinis long Mande long 6 klok long moning" (must be done by Monday 6 am), "kina" (the currency)
  [/(?<!\p{L})wan handet tausen(?!\p{L})/giu, '100000'],
  [
    /(?<!\p{L})(\d[\d,]*) ripot long wanpela ran(?!\p{L})/giu,
    '$1 reports per run',
  ],
  [/(?<!\p{L})long (\d{1,2}) klok long apinun(?!\p{L})/giu, ' $1pm'],
  [/(?<!\p{L})long (\d{1,2}) klok long (?:moning|monin)(?!\p{L})/giu, ' $1am'],
  [/(?<!\p{L})i stat long sarere(?!\p{L})/giu, 'starts saturday'],
  [
    /(?<!\p{L})i mas pinis long mande(?!\p{L})/giu,
    'must be finished by monday',
  ],
  [/(?<!\p{L})olgeta wik(?!\p{L})/giu, 'every week'],
  [
    /(?<!\p{L})wanpela ripot i gat olsem (\d[\d.,]*) wod(?!\p{L})/giu,
    'each report has about $1 words',
  ],
  [
    /(?<!\p{L})i no ken winim (\d[\d.,]*) kina long wanpela ran(?!\p{L})/giu,
    'budget at most PGK $1 per run',
  ],
  [/(?<!\p{L})i no hariap(?!\p{L})/giu, 'no rush'],
  [/(?<!\p{L})makim wanem grade(?!\p{L})/giu, 'classify the grade'],
  [
    /(?<!\p{L})escriure las descripcions(?!\p{L})/giu,
    'write the product descriptions',
  ],
  // bs-* round, Papiamento ramp crews: "nos 260 trahadó" (our 260 workers), "un di kada dies
  // trahadó … na mes momento" (one in ten workers at the same time), "kada un ta hasi un pregunta
  // kada kuater minüt" (each asks a question every four minutes), "mas o ménos 80 palabra"
  [/(?<!\p{L})(\d[\d.,]*) trahadó(?!\p{L})/giu, '$1 workers'],
  [
    /(?<!\p{L})mas o ménos un di kada dies trahadó ta usa e herment na mes momento(?!\p{L})/giu,
    'about 1 in 10 of them use it at the same time',
  ],
  [
    /(?<!\p{L})kada un ta hasi un pregunta kada kuater minüt(?!\p{L})/giu,
    'each asks a question every 4 minutes',
  ],
  [
    /(?<!\p{L})e kontesta mester ta kòrtiku, mas o ménos(?!\p{L})/giu,
    'answers are short, about',
  ],
  [/(?<=\d\s)palabra(?!\p{L})/giu, 'words'],
  // bs-* round, Guarani ambulance dispatch: "despachador ojopy peteĩ botón ha oha'arõ pantalla-pe"
  // (the dispatcher presses a button and waits at the screen), "oĩ mbohapypa despachador peteĩ
  // jave" (thirty dispatchers at the same time), "peteĩteĩ ojapo peteĩ resumen mbohapy aravo'ípe"
  // (each makes one summary every three minutes), "2.000 ñe'ẽ peve" (up to 2,000 words)
  [
    /(?<!\p{L})despachador ojopy peteĩ botón ha oha['’]arõ pantalla-pe(?!\p{L})/giu,
    'the dispatcher presses a button and waits for the summary on screen',
  ],
  [
    /(?<!\p{L})oĩ mbohapypa (\p{L}+) peteĩ jave(?!\p{L})/giu,
    'there are 30 $1 at the same time',
  ],
  [
    /(?<!\p{L})peteĩteĩ ojapo peteĩ resumen mbohapy aravo['’]ípe(?!\p{L})/giu,
    'each makes one summary every 3 minutes',
  ],
  [
    /(?<!\p{L})resumen ipuku (\d[\d.,]*) ñe['’]ẽ rupi(?!\p{L})/giu,
    'the summary is about $1 words',
  ],
  [
    /(?<!\p{L})umi transcripción ipuku (\d[\d.,]*) ñe['’]ẽ peve(?!\p{L})/giu,
    'the transcripts are up to $1 words',
  ],
  [/(?<!\p{L})tekotevẽ pya['’]e eterei(?!\p{L})/giu, 'it must be very fast'],
  // bs-* round, Scottish Gaelic lighthouse authority: "leth-uair an dèidh ochd sa mhadainn"
  // (half past eight in the morning), "gu leth-uair an dèidh còig feasgar" (to half past five
  // in the afternoon): the half hour after the hour, then the part of the day
  ...perNumberWord(
    GAELIC_HOURS,
    String.raw`(?<!\p{L})leth-uair an dèidh {w} sa mhadainn(?!\p{L})`,
    n => `${n}:30 am`,
  ),
  ...perNumberWord(
    GAELIC_HOURS,
    String.raw`(?<!\p{L})leth-uair an dèidh {w} (?:feasgar|air an fheasgar)(?!\p{L})`,
    n => `${n}:30 pm`,
  ),
  [
    /(?<!\p{L})tha ([^.,;]{1,40}?) (?:neach-obrach|luchd-obrach) againn(?!\p{L})/giu,
    'we have $1 staff',
  ],
  // bs-* round, Ilocano cemetery office: tens are "<digit> a pulo" ("uppat a pulo a ribu",
  // 40 thousand; "innem a pulo a sao", 60 words), hours the Spanish "alas-otso iti bigat" (8 in
  // the morning) to "alas-singko iti malem" (5 in the afternoon)
  ...perNumberWord(
    ILOCANO_DIGITS,
    String.raw`(?<!\p{L}){w} a pulo(?!\p{L})`,
    n => String(n * 10),
  ),
  [/(?<!\p{L})sangapulo(?!\p{L})/giu, '10'],
  [/(?<=\d) a ribu(?!\p{L})/giu, ' thousand'],
  [/(?<=\d) a (sao|balikas)(?!\p{L})/giu, ' words'],
  ...perNumberWord(
    ILOCANO_DIGITS,
    String.raw`(?<!\p{L}){w} a porsiento(?!\p{L})`,
    n => `${n} percent`,
  ),
  ...perNumberWord(
    SPANISH_HOURS_IN_ILOCANO,
    String.raw`(?<!\p{L})alas[- ]{w} (?:iti|ti|ng) bigat(?!\p{L})`,
    n => `${n} am`,
  ),
  ...perNumberWord(
    SPANISH_HOURS_IN_ILOCANO,
    String.raw`(?<!\p{L})alas[- ]{w} (?:iti|ti|ng) (?:malem|rabii|hapon|gabi)(?!\p{L})`,
    n => `${n} pm`,
  ),
  [
    /(?<!\p{L})tunggal maysa ket agipatulod iti maysa a mensahe iti kada minuto(?!\p{L})/giu,
    'each one sends one message every minute',
  ],
  ...perNumberWord(
    ILOCANO_DIGITS,
    String.raw`(?<!\p{L})mamin-{w} ti kaadu ti tao ngem iti gagangay(?!\p{L})`,
    n => `${n} times as many people as usual`,
  ),
  // bs-* round, Yiddish stamp and coin auctions: "איין מאָל אַ וואָך" (once a week), "צוועלף
  // טויזנט לאָטן" (twelve thousand lots), "פֿון האַלב צוועלף בײַ נאַכט ביז זונטיק האַלב זיבן אין דער
  // פֿרי" (from half to twelve at night, 11:30 pm, to Sunday half to seven, 6:30 am, in the
  // morning), "ס'איז נישטאָ קיין אײַלעניש" (there is no rush); the vowel points are optional
  [
    /(?<![\p{L}\p{M}])מיר\s+זענען\s+אַ?\s+ליציטאַ?ציע־?הויז(?![\p{L}\p{M}])/giu,
    'we are an auction house',
  ],
  [
    /(?<![\p{L}\p{M}])פֿ?אַ?ר\s+יעדער\s+ליציטאַ?ציע(?![\p{L}\p{M}])/giu,
    'for every auction',
  ],
  [
    /(?<![\p{L}\p{M}])איין\s+מאָ?ל\s+אַ?\s+וואָ?ך(?![\p{L}\p{M}])/giu,
    'once a week',
  ],
  [
    /(?<![\p{L}\p{M}])דאַ?רפֿ?ן\s+מיר\s+אַ?\s+באַ?שר(?:ײַ?|יי)בונג\s+פֿ?אַ?ר\s+יעדן\s+לאָ?ט(?![\p{L}\p{M}])/giu,
    'we need a description for each lot',
  ],
  [
    /(?<![\p{L}\p{M}])די\s+אַ?רבעט\s+קען\s+לויפֿ?ן\s+מוצאי־?שבת(?![\p{L}\p{M}])/giu,
    'the job can run on Saturday night',
  ],
  [
    /(?<![\p{L}\p{M}])יעדע\s+באַ?שר(?:ײַ?|יי)בונג(?![\p{L}\p{M}])/giu,
    'each description',
  ],
  [
    /(?<![\p{L}\p{M}])ס['’]איז\s+נישטאָ?\s+קיין\s+א(?:ײַ?|יי)לעניש(?![\p{L}\p{M}])/giu,
    'there is no rush',
  ],
  [/(?<![\p{L}\p{M}])ווערטער(?![\p{L}\p{M}])/giu, 'words'],
  [/(?<![\p{L}\p{M}])לאָ?טן(?![\p{L}\p{M}])/giu, 'lots'],
  ...perNumberWord(
    YIDDISH_NUMBERS,
    String.raw`(?<![\p{L}\p{M}]){w}\s+טויזנט(?![\p{L}\p{M}])`,
    n => `${n} thousand`,
  ),
  // "האַלב צוועלף" is half to twelve, 11:30; at night the small hours are after midnight
  ...perNumberWord(
    YIDDISH_NUMBERS,
    String.raw`(?<![\p{L}\p{M}])האַ?לב\s+{w}\s+ב(?:ײַ?|יי)\s+נאַ?כט(?![\p{L}\p{M}])`,
    n => halfHourBefore(n, n <= 6 ? 'am' : 'pm'),
  ),
  ...perNumberWord(
    YIDDISH_NUMBERS,
    String.raw`(?<![\p{L}\p{M}])האַ?לב\s+{w}\s+(?:אין\s+אָ?וונט|נאָ?ך\s+מיטאָ?ג)(?![\p{L}\p{M}])`,
    n => halfHourBefore(n, 'pm'),
  ),
  ...perNumberWord(
    YIDDISH_NUMBERS,
    String.raw`(?<![\p{L}\p{M}])האַ?לב\s+{w}\s+אין\s+דער\s+פֿ?רי(?![\p{L}\p{M}])`,
    n => halfHourBefore(n, 'am'),
  ),
  [
    /(?<![\p{L}\p{M}])פֿ?ון\s+(\d+:\d+ [ap]m)\s+ביז\s+זונטיק\s+(\d+:\d+ [ap]m)(?![\p{L}\p{M}])/giu,
    'from $1 to Sunday $2',
  ],
  [
    /(?<![\p{L}\p{M}])פֿ?ון\s+(\d+:\d+ [ap]m)\s+ביז\s+(\d+:\d+ [ap]m)(?![\p{L}\p{M}])/giu,
    'from $1 to $2',
  ],
  // bs-* round, Esperanto chess league: "de la dudeka horo dimanĉe vespere ĝis la sesa horo
  // lunde matene" (from the twentieth hour on Sunday evening until the sixth hour on Monday
  // morning): an hour of the 24-hour day said as its ordinal
  ...perNumberWord(
    ESPERANTO_HOUR_ORDINALS,
    String.raw`(?<!\p{L})la {w} horo(?!\p{L})`,
    n => `${String(n).padStart(2, '0')}:00`,
  ),
  // bt-* round, Russian tram dispatch: "Хотим кнопку «Сводка смены»: диспетчер нажимает её и
  // ждёт, пока модель кратко перескажет журнал смены" (a shift-summary button the dispatcher
  // presses and waits on), "работаем круглосуточно" (around the clock), "Журнал — примерно 5–7
  // тыс. токенов, сводка — около 300 токенов", "Первый токен не позже 1,5 с" (first token within)
  [/(?<![\p{L}\p{M}])хотим кнопку(?![\p{L}\p{M}])/giu, 'we want a button'],
  [/(?<![\p{L}\p{M}])сводк[аиуе](?![\p{L}\p{M}])/giu, 'summary'],
  [/(?<![\p{L}\p{M}])смены(?![\p{L}\p{M}])/giu, 'of the shift'],
  [/(?<![\p{L}\p{M}])диспетчер(?![\p{L}\p{M}])/giu, 'the dispatcher'],
  [
    /(?<![\p{L}\p{M}])нажимает (?:её|ее|его|на неё|на нее) и жд[её]т(?![\p{L}\p{M}])/giu,
    'presses it and waits',
  ],
  [/(?<![\p{L}\p{M}])пока(?![\p{L}\p{M}])/giu, 'while'],
  [
    /(?<![\p{L}\p{M}])кратко перескажет(?![\p{L}\p{M}])/giu,
    'briefly summarises',
  ],
  [/(?<![\p{L}\p{M}])журнал(?:а)?(?![\p{L}\p{M}])/giu, 'the log'],
  [
    /(?<![\p{L}\p{M}])(?:работаем|работает|работают) круглосуточно(?![\p{L}\p{M}])/giu,
    'we work around the clock',
  ],
  [/(?<![\p{L}\p{M}])круглосуточно(?![\p{L}\p{M}])/giu, 'around the clock'],
  [/(?<![\p{L}\p{M}])первый токен(?![\p{L}\p{M}])/giu, 'first token'],
  [/(?<![\p{L}\p{M}])не позже(?![\p{L}\p{M}])/giu, 'no later than'],
  // bt-* round, Spanish wine cooperative: "que un modelo redacte las fichas de producto" (a model
  // to write the product sheets), "Por ficha le pasamos ~500 tokens" (per sheet we pass it)
  [/(?<!\p{L})fichas? de producto(?!\p{L})/giu, 'product sheets'],
  [
    /(?<!\p{L})(?:que )?(?:un|el) modelo redacte(?!\p{L})/giu,
    'a model to write',
  ],
  [/(?<!\p{L})por ficha le pasamos(?!\p{L})/giu, 'per sheet we pass it'],
  [/(?<!\p{L})queremos(?!\p{L})/giu, 'we want'],
  // bt-* round, Brazilian pharmacies: "cada um faz 1 pergunta a cada 2 minutos" (each asks one
  // question every 2 minutes), "lojas abertas das 7h às 22h" (stores open from 7 to 22)
  [
    /(?<!\p{L})faz (1|uma|um|\d+) (pergunta|perguntas|consulta|consultas)(?!\p{L})/giu,
    'asks $1 $2',
  ],
  [/(?<!\p{L})lojas abertas(?!\p{L})/giu, '. stores open'],
  // bt-* round, Swiss German mountain rescue: "rund 1'400 Retterinnen und Retter", "ca. 200
  // Tokens rein und raus" (about 200 tokens in and out), "Es muss blitzschnell gehen"
  [/(?<!\p{L})retterinnen und retter(?!\p{L})/giu, 'rescuers'],
  [
    /(?<!\p{L})(ca\.|etwa|rund|ungefähr|~)\s*(\d[\d'’.,]*)\s*tokens? rein und raus(?!\p{L})/giu,
    'about $2 tokens in and $2 tokens out',
  ],
  [
    /(?<!\p{L})es muss blitzschnell gehen(?!\p{L})/giu,
    'it must be lightning fast',
  ],
  // bs-* round, Samoan school buses: "lua afe lima selau" (two thousand five hundred), "e tusa
  // ma le 20 pasene o i latou e online i le taimi e tasi" (about 20 percent of them online at once),
  // "e tasi le fesili a le tagata i le lima minute" (one question a person every five minutes)
  ...perNumberWord(
    SAMOAN_DIGITS,
    String.raw`(?<!\p{L}){w} afe(?!\p{L})`,
    n => `${n} thousand`,
  ),
  ...perNumberWord(
    SAMOAN_DIGITS,
    String.raw`(?<=thousand ){w} selau(?!\p{L})`,
    n => `${n} hundred`,
  ),
  [
    /(?<!\p{L})matou te mana['’]o i se chatbot mo matua(?!\p{L})/giu,
    'we want a chatbot for parents',
  ],
  [/(?<!\p{L})e tusa ma le(?= (?:\p{L}+ afe|\d+ pasene)(?!\p{L}))/giu, 'about'],
  [/(?<!\p{L})matua ua resitala(?!\p{L})/giu, 'registered parents'],
  [/(?<!\p{L})i le taeao mai le(?!\p{L})/giu, 'in the morning from'],
  [/(?<!\p{L})ma le aoauli mai le(?!\p{L})/giu, 'and in the afternoon from'],
  [/(?<=\d)\s+i le\s+(?=\d)/giu, ' to '],
  [
    /(?<!\p{L})pasene o i latou e online i le taimi e tasi(?!\p{L})/giu,
    'percent of them are online at the same time',
  ],
  [
    /(?<!\p{L})e tasi le fesili a le tagata i le lima minute(?!\p{L})/giu,
    'each person asks one question every 5 minutes',
  ],
  [/(?<!\p{L})e tatau ona vave tali mai(?!\p{L})/giu, 'answers must be fast'],
  [/(?<!\p{L})tupe: e le sili atu i le(?!\p{L})/giu, 'budget: no more than'],
  [/(?<!\p{L})i le masina(?!\p{L})/giu, 'a month'],
  // bs-* round, Kurmanji pipeline alerts: "Her şev em dixwazin … bi modelekê dabeş bikin" (every
  // night we want to classify … with a model), "ji saet deh ê şevê heta saet duyê sibê" (from ten
  // at night to two in the morning), "di nav şeş saetan de biqede" (finish within six hours)
  [/(?<!\p{L})her şev(?!\p{L})/giu, 'every night'],
  [/(?<!\p{L})em dixwazin(?!\p{L})/giu, 'we want to'],
  [/(?<!\p{L})hişyariyên(?!\p{L})/giu, 'the alerts'],
  [/(?<!\p{L})yên rojê(?!\p{L})/giu, 'of the day'],
  [/(?<!\p{L})her tomar nêzîkî(?!\p{L})/giu, 'each record is about'],
  [/(?<!\p{L})nêzîkî(?!\p{L})/giu, 'about'],
  [/(?<!\p{L})tomar(?!\p{L})/giu, 'records'],
  [/(?<!\p{L})bi modelekê dabeş bikin(?!\p{L})/giu, 'classify with a model'],
  [/(?<!\p{L})kar dikare(?!\p{L})/giu, 'the job can run'],
  [
    /(?<!\p{L})ji saet deh ê şevê heta saet duyê sibê bimeşe(?!\p{L})/giu,
    'from 10 pm to 2 am',
  ],
  [
    /(?<!\p{L})lê divê di nav şeş saetan de biqede(?!\p{L})/giu,
    'but it must finish within 6 hours',
  ],
  [/(?<!\p{L})ne lezgîn e(?!\p{L})/giu, 'no rush'],
  // by-* round, Tamil: "8 மணி நேரத்திற்குள்" (within 8 hours), the postposition on the hours
  [/(\d+(?:\.\d+)?)\s*மணி\s*நேரத்திற்குள்/gu, ' within $1 hours '],
  // by-* round, Thai e-mail triage: "อีเมลลูกค้าประมาณ 2.4 แสนฉบับต่อรอบ" (about 240 thousand
  // customer e-mails a run; ฉบับ counts letters), "อีเมลแต่ละฉบับยาวประมาณ 350 โทเค็น" (each e-mail
  // is about 350 tokens), "เริ่มใช้งาน 1 ม.ค. 2569" (go-live 1 January 2569, a Buddhist-era year)
  [/อีเมลแต่ละฉบับยาว/gu, ' each email is '],
  [/แต่ละฉบับ/gu, ' each '],
  [/(?<=\d)\s*(แสน|หมื่น)?ฉบับ/gu, ' $1 items '],
  [/ต่อรอบ/gu, ' per run '],
  [/อีเมลลูกค้า/gu, ' customer emails '],
  [/เริ่มใช้งาน\s*\d{1,2}\s*[ก-๙]{1,3}\.[ก-๙]{1,3}\.\s*25\d\d/gu, ' '],
  // by-* round, Quechua clinics: "Pusaq (8) horas ukhupi tukunan" (it must finish within eight
  // hours)
  [
    /(?<!\p{L})(?:\p{L}+\s+)?\((\d+)\)\s*(?:horas|hours)\s+ukhupi\s+tukunan(?!\p{L})/giu,
    ' must finish within $1 hours',
  ],
  [/(?<!\p{L})(\d[\d  .,]*)\s+token\s+hina(?!\p{L})/giu, ' about $1 tokens'],
  // by-* round, Bengali news portal: "গড়ে প্রতি সেকেন্ডে ৪০টি অনুরোধ আসে, সন্ধ্যায় সর্বোচ্চ এর দ্বিগুণ" (40
  // a second on average, twice at the evening peak), "প্রবন্ধ প্রায় ১২০০ শব্দ" (articles about 1,200 words)
  [
    /গড়ে\s*প্রতি\s*সেকেন্ডে\s*(\d[\d,]*)\s*টি\s*অনুরোধ\s*আসে/gu,
    ' on average $1 requests per second arrive ',
  ],
  [/সন্ধ্যায়\s*সর্বোচ্চ\s*এর\s*দ্বিগুণ/gu, ' in the evening peak twice that '],
  [/প্রতিটি\s*প্রবন্ধের\s*নিচে/gu, ' under each article '],
  [/প্রবন্ধ\s*(?=about|প্রায়|\d)/gu, ' articles '],
  [/(\d[\d,]*)\s*শব্দ/gu, ' $1 words '],
  [/উত্তর\s*দ্রুত\s*হওয়া\s*চাই/gu, ' answers must be fast '],
  // by-* round, Yoruba web shop: a number word and its digits, "nǹkan bí ẹgbẹ̀rún méjì (2,000)"
  // (about two thousand)
  [
    /(?<!\p{L})nǹkan\s+bí\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\s*\((\d[\d,.]*)\)/giu,
    ' about $1 ',
  ],
  // by-* round, Samoan homework helper: "E tasi le fesili a le tamaititi i le 3 minute" (each pupil
  // asks a question every 3 minutes)
  [
    /(?<!\p{L})e tasi le fesili a le tamaititi i le (\d+) minute(?!\p{L})/giu,
    ' each student asks one question every $1 minutes ',
  ],
  // by-* round, Polish: "w godz. 8–16" (during the hours 8 to 16)
  [
    /(?<!\p{L})w godz\.\s*(\d{1,2})\s*[–-]\s*(\d{1,2})(?![\d:])/giu,
    ' from $1:00 to $2:00 ',
  ],
  // by-* round, Indonesian: "sekitar 45.000 tiket" (about 45,000 tickets), not a plane's or a
  // train's
  [
    /(?<![\d.,])(\d[\d.,]*)\s+tiket(?!\s+(?:pesawat|kereta|bus|kapal|konser))(?!\p{L})/giu,
    '$1 tickets',
  ],
  // bz-* round, Japanese call transcripts: '0時に開始して朝6時までに終わればOKです' (start at 0:00; done by 6 in the
  // morning is fine)
  [/(\d{1,2})\s*時に?開始(?:して|し)?/gu, ' starting at $1:00 and '],
  [
    /朝\s*(\d{1,2})\s*時までに(?:終われば(?:OK|ＯＫ|大丈夫|問題ない|問題ありません)(?:です)?)?/gu,
    ' done by $1 am ',
  ],
  // bz-* round, Ukrainian correction: 'не 5 тис., а 8,5 тис. співробітників' (not 5 thousand but
  // 8.5 thousand employees), as Russian 'не 5 тыс., а 8,5 тыс.'
  [
    /(?<!\p{L})не\s+(\d[\d.,]*\s*(?:thousand|тис\.?|тыс\.?)?)\s*,\s*а(?!\p{L})/giu,
    ' not $1, but ',
  ],
  // bz-* round, Korean code generation: '동시 사용 비율은 약 5%' (the share using it at the same time is
  // about 5 %)
  [
    /동시\s*사용\s*비율(?:은|는|이)?\s*(?:약\s*|about\s*)?(\d+(?:[.,]\d+)?)\s*%(?:\s*(?:정도|쯤|가량))?/gu,
    ' about $1% active at the same time ',
  ],
  // bz-* round, Korean: '최대 1,500 토큰' (at most 1,500 tokens)
  [/(?<!\p{L})최대\s*(?=\d)/gu, ' at most '],
  // bz-* round, Chinese: '基于公司内部文档的问答助手' (a Q&A assistant over the company's internal documents),
  // '每人每分钟提问一次左右' (each person asks about once a minute)
  [
    /基于(?:公司|我们|我司)?(?:的)?(?:内部)?(?:文档|文件|资料|知识库)的?问答(?:助手|机器人|系统)?/gu,
    ' question answering assistant over our internal documents ',
  ],
  [
    /每人每分钟\s*(?:大约|约|about)?\s*(?:提问|提交|发送|问|调用|请求)\s*(?:一次|1\s*次)(?:左右)?/gu,
    ' each person asks a question every 1 minutes ',
  ],
  // ca-* round, German: 'in den Spitzen etwa mit dem 2,5-Fachen' (at peak about 2.5 times the load); Portuguese and Spanish: 'resposta de uns 200', 'sugerencia de ~40' (an answer of about 200); Italian: '1,2 milioni di schede' (1.2 million records)
  [
    /(?<!\p{L})in den spitzen\s+(?:(?:etwa|ca\.?|rund|ungefähr)\s+)?(?:mit\s+)?(?:dem\s+)?(\d+),(\d+)\s*-?\s*fache[nm]?(?!\p{L})/giu,
    ' at peak about $1.$2 times ',
  ],
  [
    /(?<!\p{L})in den spitzen\s+(?:(?:etwa|ca\.?|rund|ungefähr)\s+)?(?:mit\s+)?(?:dem\s+)?(\d+)\s*-?\s*fache[nm]?(?!\p{L})/giu,
    ' at peak about $1 times ',
  ],
  [
    /(?<!\p{L})(respostas?|respuestas?|sugerencias?|sugestão|sugestões|resumen(?:es)?(?:\s+ejecutivos?)?|resumos?(?:\s+executivos?)?|suggeriment[oi]|rispost[ae])\s+d[ei]\s+(?=(?:uns|umas|unos|unas|cerca de|circa|aprox|max|massimo|~|≈|\d))/giu,
    '$1 of ',
  ],
  [/(?<=\d\s?(?:milioni|milione|mila|million))\s+di(?!\p{L})/giu, ''],
  // ca-* round, Polish: 'po ~350 tokenów' (of ~350 tokens each)
  [
    /(?<!\p{L})po\s*(~|ok\.\s*)?(\d[\d\s.,]*\d|\d)\s*(tokenów|tokeny|tokenach)(?!\p{L})/giu,
    ' of $1$2 tokens each ',
  ],
  // ca-* round, Czech: 'p95 TTFT 800 ms a celá odpověď do 8 s' (and the full answer within 8 s): 'a' is 'and' between two targets
  [
    /(?<=\d\s?(?:ms|s))\s+a\s+(?=(?:celá|celou|celkov\p{L}*|e2e|itl|ttft|p\d{2})(?!\p{L}))/giu,
    ' and ',
  ],
  // ca-* round, Turkish: '08:00-24:00 arası' (between 08:00 and 24:00), 'her biri ortalama 2 dakikada bir özet istiyor' (each one asks for a summary every 2 minutes on average)
  [
    /(\d{1,2}[:.]\d{2})\s*[-–]\s*(\d{1,2}[:.]\d{2})\s+arası(?:nda)?(?!\p{L})/giu,
    ' from $1 to $2 ',
  ],
  [
    /(?<!\p{L})her biri\s+(?:ortalama\s+)?(\d+)\s+dakikada bir\s+(?:özet|soru|istek|öneri)\s+(?:istiyor|soruyor|gönderiyor|talep ediyor)(?!\p{L})/giu,
    ' each one asks for one every $1 minutes ',
  ],
  // ca-* round, Chinese: '日活大约 12万' (about 120,000 daily active users), '高峰时段' (at peak hours), '每人平均每分钟发 1 条消息' (each person sends 1 message a minute), '提示词' (prompt), '回复约 150 token' (replies of about 150 tokens); Japanese: '毎日 02:00 開始', '06:00 までに完了' (daily, starting at 02:00; done by 06:00)
  [/日活(?:跃用户|用户)?(?:数)?/gu, ' daily active users '],
  [/提示词/gu, ' prompt '],
  [/回复(?=\s*(?:约|大约|about)?\s*\d)/gu, ' replies '],
  [/(\d{1,2}:\d{2})\s*までに(?:完了|終了|終わる)(?:する)?/gu, ' done by $1 '],
  [/毎日\s*(\d{1,2}:\d{2})\s*(?:に)?開始/gu, ' daily, starting at $1 '],
  // ca-* round, Hindi: 'हर घंटे लगभग 12,500 टिकट आते हैं' (about 12,500 tickets arrive per hour)
  [
    /हर\s*घंटे\s*(?:लगभग|करीब|क़रीब|about)?\s*(\d[\d,]*)\s*(टिकट|अनुरोध|संदेश|सवाल)\s*आते\s*हैं/gu,
    ' about $1 $2 arrive per hour ',
  ],
  // cb-* round, Turkish: 'p99'da 1,2 saniyeyi geçmemeli' (at p99 must not exceed 1.2 s)
  [/(?<!\p{L})(p\d{2})['’](?:da|de|ta|te)(?!\p{L})/giu, ' at $1 '],
  // cb-* round, Danish and Norwegian: '3.000 USD/md.' (a month)
  [/\/\s*md\.?(?=[\s,;)]|$)/giu, '/month'],
  [/(?<!\p{L})(?:pr\.|per)\s+md\.(?=[\s,;)]|$)/giu, ' per month'],
  // cb-* round, Ukrainian: 'від 30 до 50 тисяч токенів' (30-50 thousand tokens); Bengali: 'প্রতি মিনিটে প্রায় 120টি অনুরোধ আসবে' (about 120 requests a minute)
  [/(?<!\p{L})від\s+(\d+)\s+(?:до|up to)\s+(\d+)/gu, ' $1-$2 '],
  [
    /প্রতি\s*মিনিটে\s*(?:প্রায়|about)?\s*(\d+)\s*টি?\s*অনুরোধ(?:\s*আসবে)?/gu,
    ' about $1 requests per minute ',
  ],
  // cb-* round, Vietnamese: '1 question/phút' (a minute)
  [/\/\s*phút(?!\p{L})/giu, '/minute'],
  // cb-* round, Thai: '3 วินาที' (3 seconds) after a number
  [/(?<=\d)\s*วินาที/gu, ' seconds'],
  // cc-* round, Polish: 'od soboty 20:00 do niedzieli 8:00' (from Saturday 20:00 to Sunday 8:00)
  [
    /(?<!\p{L})od\s+(?=(?:poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli|\d{1,2}[:.]\d\d)(?!\p{L}))(.*?)(?<!\p{L})do\s+(?=(?:poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli|\d{1,2}[:.]\d\d)(?!\p{L}))/giu,
    'from $1to ',
  ],
  // cc-* round, Swedish: '400 tokens in och 450 ut' (out) after a number
  [/(?<=\d(?:\s*tokens?)?)\s+ut(?!\p{L})/giu, ' out'],
  // cc-* round, Hungarian: 'hajnali 2:00-tól 7:30-ig' (from 2:00 to 7:30)
  [
    /(?:(?<!\p{L})(?:hajnali|reggel|este|éjjel)\s+)?(\d{1,2}[:.]\d{2})\s*-?\s*t[óő]l\s+(?:(?:hajnali|reggel|este|éjjel)\s+)?(\d{1,2}[:.]\d{2})\s*-?\s*ig(?!\p{L})/giu,
    'from $1 to $2',
  ],
  // cc-* round, Hebrew: 'ובשיא פי 2.5' (and at peak 2.5 times), 'פי 3' (3 times)
  [/(?<!\p{L})ו?בשיא\s+פי\s*(\d+(?:[.,]\d+)?)/gu, ' and at peak $1 times '],
  [/(?<!\p{L})פי\s*(\d+(?:[.,]\d+)?)/gu, ' $1 times '],
  // cc-* round, Japanese: '議事録は平均8,000トークン' (the meeting minutes average 8,000 tokens)
  [/議事録(?:は)?/gu, ' meeting minutes '],
  // cc-* round, Korean: '매주 월요일' (every Monday), '작업은 6시간 안에 끝나야 합니다' (the job must finish within 6 hours)
  [/(?<!\p{L})매주\s*/gu, ' every '],
  [/(?<!\p{L})작업은\s*/gu, ' the job '],
  [
    /(\d+(?:[.,]\d+)?)\s*시간\s*(?:안에|이내에?|내에)\s*(?:끝나야|완료되어야|마쳐야)\s*(?:합니다|해요|함)?/gu,
    ' must finish within $1 hours ',
  ],
  [/(\d+(?:[.,]\d+)?)\s*시간\s*(?:안에|이내에?|내에)/gu, ' within $1 hours '],
  // cc-* round, Chinese: '每天约86.4万次提问' (about 864k questions a day), '24小时分布比较均匀' (spread evenly over 24 hours), '每次提问上下文约3千token' (each question's context about 3k tokens)
  [/(\d[\d.,]*\s*[万千]?)\s*次\s*(?:提问|问题|查询|咨询)/gu, ' $1 questions '],
  [
    /(\d+)\s*(?:个)?\s*小时\s*(?:内)?\s*(?:分布|分散)\s*(?:比较|很|相对|较为|大致)?\s*均匀/gu,
    ' spread evenly over $1 hours ',
  ],
  [/每次提问/gu, ' each question '],
  [/上下文/gu, ' context '],
  // cd-* round, English: 'incl. the chain of thought' (the abbreviation's dot is not a sentence end)
  [/(?<!\p{L})incl\.(?=\s+\p{Ll})/giu, 'including'],
  // cd-* round: Hindi '1.2 करोड़' (crore) and 'रात 10 बजे से सुबह 6 बजे के बीच' read as 'between 10 pm and 6 am'; Romanian '90 de secunde' (90 seconds); Traditional Chinese '< 1 秒' (1 second) after a space; Thai 'ไม่ใช่ 800 คน เป็น 1,800 คน' (not 800 people, 1,800), 'ทุก 1 นาที' (every minute); Korean '동시 사용률' (concurrent usage); Ukrainian 'з 23:00' (from 23:00)
  [/(\d+(?:[.,]\d+)?)\s*करोड़/gu, ' $1 crore '],
  [
    /(\d{1,2}\s*(?:am|pm))\s*से\s*(\d{1,2}\s*(?:am|pm))\s*के\s*बीच/gu,
    ' between $1 and $2 ',
  ],
  [/(?<=\d)\s+de\s+(?=(?:secunde|seconds)(?!\p{L}))/gu, ' '],
  [/(?<![\d.]|每\s*)(\d+(?:\.\d+)?)\s+秒/gu, ' $1 seconds '],
  [
    /ไม่ใช่\s*(\d[\d,.]*)\s*(?:คน|people)?\s*เป็น\s*(\d[\d,.]*)/gu,
    ' not $1, it is $2 ',
  ],
  [/ทุก\s*(\d+)\s*นาที/gu, ' every $1 minutes '],
  [/동시\s*사용률/gu, ' concurrent usage '],
  [/(?<!\p{L})з\s+(?=\d{1,2}[:.]\d\d\s*(?:to|до|по)\s)/gu, 'from '],
  // ce-* round, Czech: '4–8 tis. tokenů' (4-8 thousand tokens): the abbreviation's dot is not a sentence end
  [/(?<=\d)\s*tis\.(?=\s)/gu, ' thousand'],
  // ce-* round, Japanese: '社内ナレッジ（規程・手順書）を元に質問に答えるQAボット' (a Q&A bot answering questions from the internal knowledge base: policies, procedures)
  [/社内\s*ナレッジ(?:ベース)?/gu, ' internal knowledge base '],
  [/ナレッジベース/gu, ' knowledge base '],
  [/規程|規定集/gu, ' policies '],
  [/手順書|マニュアル/gu, ' manuals '],
  [/質問に答える/gu, ' answers questions '],
  [/Q\s*&?\s*A\s*ボット/giu, ' Q&A bot '],
  // cf-* round: Hungarian 'Llama 3.1 8B-t' (a model size with the accusative ending); Korean '8,000으로 잡아주세요' (plan for 8,000)
  [/(\d+(?:\.\d+)?[BbMm])-(?:t|et|ot|öt|at)(?!\p{L})/gu, '$1'],
  [/(\d[\d,.]*)\s*(?:으로|로)(?=\s|$|[,.])/gu, '$1 '],
  // cg-* round, Italian "dobbiamo estrarre mittente, destinatario … in JSON" (extract fields into
  // JSON); the same verb in Spanish, French, Portuguese and Dutch
  [
    /(?<!\p{L})(?:estrarre|estraiamo|extraer|extraemos|extraire|extrayons|extrair|extraímos|extraheren)(?!\p{L})/giu,
    'extract',
  ],
  // cg-* round, Dutch "transactieomschrijvingen" (transaction descriptions): a compound's head noun
  [/(?<=\p{L})omschrijvingen(?!\p{L})/giu, ' descriptions'],
  // ch-* round, Chinese '12万条客服对话' (120,000 customer-service conversations), '每条对话' (each conversation)
  [/每条对话/gu, ' each conversation '],
  [/对话/gu, ' conversations '],
  // ch-* round, Japanese 'ユーザーは営業部の400人です' (the users are the sales department's 400 people)
  [
    /(\p{Script=Han}{1,6})部の\s*(\d[\d,]*)\s*(?:人|people)/gu,
    ' $2 people in the $1 department ',
  ],
  // '急ぎではないので、結果が出るまで数分かかっても大丈夫です' (not urgent, so it is fine if the result
  // takes a few minutes)
  [/急ぎではない(?:ので|から)?/gu, ' not urgent, '],
  [
    /(?:結果が出るまで)?\s*数分\s*かかっても\s*(?:大丈夫|問題ない|問題ありません|構いません|OK)(?:です)?/gu,
    ' it is fine if it takes a few minutes ',
  ],
  // Hindi 'सहायता (कस्टमर सपोर्ट) चैटबॉट' (a customer support chatbot), 'मासिक सक्रिय ग्राहक' (monthly active customers)
  [/कस्टमर\s*सपोर्ट/gu, ' customer support '],
  [/मासिक/gu, ' monthly '],
  // Chinese '同时使用的同事一般不超过20人' (colleagues using it at the same time: usually no more than 20)
  [
    /同时(?:在线|使用)的?\s*(?:同事|用户|员工|人)?\s*(?:一般|通常|大概|大约|约)?\s*(?:不超过|最多|不会超过)\s*(\d[\d,]*)\s*(?:人|people)/gu,
    ' up to $1 people at the same time ',
  ],
  // ci-* round, Dutch 'Maakt niet uit als het een halve minuut duurt' (it does not matter if it
  // takes half a minute), before 'uit' reads 'out'
  [
    /(?<!\p{L})(?:het )?maakt (?:ons |mij |me )?niet (?:zoveel |zo veel |veel )?uit (?:als|of) het(?= )/giu,
    'it is fine if it',
  ],
  [
    /(?<=it is fine if it )(?:een )?halve minuut duurt/giu,
    'takes half a minute',
  ],
  // ci-* round, Japanese '業務時間(9時〜18時)に毎分約120件' (about 120 a minute in business hours,
  // 9:00-18:00)
  [
    /毎分\s*(?:約|およそ|大体)?\s*(\d[\d,]*)\s*(?:件|items?)(?!\p{L})/gu,
    ' about $1 requests per minute ',
  ],
  // ci-* round, Italian 'con riassunti di circa 1.500 token' (with summaries of about 1,500 tokens):
  // the plural noun, not the verb; '40 richieste contemporanee' (40 concurrent requests); 'nei
  // momenti di punta' (at peak times)
  [/(?<!\p{L})riassunti(?!\p{L})/giu, 'summaries'],
  [
    /(?<!\p{L})(\d[\d.,]*) (?:richieste|domande|sessioni|conversazioni) (?:contemporanee|simultanee|in contemporanea|in parallelo)(?!\p{L})/giu,
    '$1 concurrent requests',
  ],
  [/(?<!\p{L})nei momenti di punta(?!\p{L})/giu, 'at peak'],
  // ci-* round, Russian 'Около 50 одновременных запросов' (about 50 concurrent requests)
  [
    /(?<!\p{L})(\d[\d  ]*) одновременн(?:ых|ые) (?:запрос(?:ов|а)?|сесси(?:й|и)|диалог(?:ов|а)?)(?!\p{L})/giu,
    '$1 concurrent requests',
  ],
  // ci-* round, Polish 'zadaje pytanie co ok. 90 sekund' (asks a question about every 90 seconds)
  [
    /(?<!\p{L})co ((?:ok\.|około|about|mniej więcej|średnio) )?(?=\d[\d.,]*\s*(?:sekund|minut|godzin|seconds|minutes|hours))/giu,
    '$1every ',
  ],
  // ci-* round, Chinese '要求 2 小时内跑完' (must finish within 2 hours)
  [
    /(?:要求|需要|必须|得)?\s*(\d+(?:\.\d+)?)\s*个?\s*小时(?:之内|以内|内)\s*(?:跑完|完成|处理完|做完|结束)/gu,
    ' must finish within $1 hours ',
  ],
  // cj-* round, Turkish 'Her gece 50.000 ürün için açıklama metni üretmemiz gerekiyor' (every night we
  // need to generate description texts for 50,000 products), 'Her açıklama yaklaşık 300 kelime'
  // (each description about 300 words)
  [
    /(?<!\p{L})(?:üretmemiz|oluşturmamız|yazmamız) gerekiyor(?!\p{L})/giu,
    'we need to generate',
  ],
  [/(?<!\p{L})her açıklama(?!\p{L})/giu, 'each description'],
  [
    /(?<!\p{L})açıklama metn(?:i|ini|leri|lerini)(?!\p{L})/giu,
    'description texts',
  ],
  [/(?<=\p{L}) için(?!\p{L})/gu, ' for'],
  // cj-* round, English 'we have to use IBM Granite, the 8B one': a family, then its size
  [
    /\b(llama|qwen|mistral|mixtral|gemma|granite|deepseek|phi|gpt-oss)((?:[ -]?\d+(?:\.\d+)?)?),? the (\d+(?:\.\d+)?b) (?:one|version|model|variant)\b/gi,
    '$1$2 $3',
  ],
];

/** The glossary as replacements, in order: rewrites, then the table (phrases first). */
export const GLOSSARY: [RegExp, string][] = [
  ...REWRITES,
  ...TERMS.map(([src, en]): [RegExp, string] => [WORD(src), en]),
];

/**
 * The replacements that name Chinese characters: read again over a Traditional Chinese text once
 * it is in Simplified characters (hanzi.ts), for what only the Simplified phrases say.
 */
export const HAN_GLOSSARY: [RegExp, string][] = GLOSSARY.filter(([re]) =>
  /\p{Script=Han}/u.test(re.source),
);

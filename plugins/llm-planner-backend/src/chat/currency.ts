/**
 * Currencies a budget may be said in besides US dollars. Plans are priced in dollars and no
 * exchange rate is known to the chat, so an amount in another currency is asked back in dollars
 * rather than read as that many dollars ("15,000,000 won" is not $15M).
 */
const CURRENCIES: [code: string, re: RegExp][] = [
  ['BRL', /r\$|\bbrl\b|\breais\b/i],
  // the dollars of other countries first: "NT$", "HK$", "S$" are no US dollars
  ['TWD', /\bnt\$|\btwd\b|新台幣|台幣|\btaiwan dollars?\b/i],
  ['HKD', /\bhk\$|\bhkd\b|港幣|港元|\bhong kong dollars?\b/i],
  ['SGD', /\bs\$|\bsgd\b|\bsingapore dollars?\b/i],
  ['MXN', /\bmx\$|\bmxn\b|pesos? mexicanos?|\bmexican dollars?\b/i],
  ['NZD', /\bnz\$|\bnzd\b|\b(?:kiwi|new zealand) dollars?\b/i],
  ['CAD', /\bc\$|\bca\$|\$\s?ca\b|\bcad\b|\bcanadian dollars?\b/i],
  ['AUD', /\ba\$|\bau\$|\baud\b|\b(?:aussie|australian) dollars?\b/i],
  ['JMD', /\bj\$|\bjmd\b|\bjamaican dollars?\b/i],
  ['EUR', /€|\beur\b|\beuros?\b/i],
  // Egyptian pounds before pounds sterling
  ['EGP', /\begp\b|e£|جنيه|\begyptian pounds?\b/i],
  ['GBP', /£|\bgbp\b|\bpounds?\b/i],
  ['CHF', /\bchf\b|\bfrancs?\b|\bfranken\b/i],
  ['PLN', /zł|\bpln\b|złotych/i],
  ['CZK', /kč|\bczk\b|korun/i],
  ['HUF', /\bft\b|\bhuf\b|forint/i],
  ['SEK', /\bsek\b/i],
  ['NOK', /\bnok\b/i],
  ['DKK', /\bdkk\b/i],
  ['kr (SEK, NOK or DKK)', /\bkr\b|kronor|kroner|kronur/i],
  ['RUB', /₽|\brub\b|руб/i],
  ['NPR', /रु\.?|\bnpr\b|nepali rupees?/i],
  ['INR', /₹|\binr\b|\brs\.?(?=\s*\d)|rupees?|rupaye|rupiya/i],
  ['CNY', /元|\bcny\b|\brmb\b|yuan|人民币/i],
  ['JPY', /¥|円|\byen\b|\bjpy\b/i],
  ['KRW', /₩|\bwon\b|\bkrw\b|원/i],
  ['IDR', /\brp\.?(?=\s*\d)|\bidr\b|rupiah/i],
  ['VND', /₫|đồng|\bvnd\b/i],
  ['TRY', /₺|\btry\b|türk lirası|\blira\b/i],
  ['MYR', /\brm(?=\s*\d)|\bmyr\b|ringgit/i],
  ['ILS', /₪|\bils\b|\bnis\b|shekels?|שקל|ש"ח/i],
  ['THB', /฿|\bthb\b|baht|บาท/i],
  ['PHP', /₱|\bphp\b(?=\s*\d)|(?<=\d\s*)\bphp\b/i],
  ['pesos (MXN, PHP, ARS, CLP or COP)', /\bpesos?\b/i],
  ['UAH', /₴|\buah\b|гривень|гривні|грн/i],
  // no \b before Cyrillic: without the u flag a Cyrillic letter is no word character
  ['BGN', /\bbgn\b|(?<![а-яa-z])лв\.?|лева/i],
  ['RON', /\bron\b|\blei\b/i],
  ['ZAR', /\bzar\b|\brand\b/i],
  ['KZT', /₸|\bkzt\b|\btenge\b|теңге|тенге/i],
  ['AED', /\baed\b|dirhams?|درهم/i],
  ['SAR', /\bsar\b|riyals?|ريال/i],
  ['PKR', /\bpkr\b|روپے/i],
  ['BDT', /৳|\bbdt\b|taka|টাকা/i],
  ['GEL', /₾|\bgel\b|ლარი/i],
  ['ERN', /\bern\b|nakfa|ናቕፋ/i],
  ['IRR', /\birr\b|rials?|تومان|ریال/i],
  ['NGN', /₦|\bngn\b|naira/i],
  ['KES', /\bksh\b|\bkes\b|shilingi|shillings?/i],
  ['PGK', /\bpgk\b|\bkina\b/i],
  ['WST', /\bwst\b|tālā|\bsamoan tala\b/i],
];

/** The currency said right around an amount, when it is not the US dollar. */
export function foreignCurrency(around: string): string | undefined {
  return CURRENCIES.find(([, re]) => re.test(around))?.[0];
}

/** "$400 a month, that's Aussie dollars mind": dollars of another country named later in the sentence. */
const NAMED_FOREIGN_DOLLARS =
  /\b(?:aussie|australian|canadian|kiwi|new zealand|singapore|jamaican|hong kong|taiwan|mexican) dollars?\b/i;

export function foreignDollarsNamed(sentence: string): string | undefined {
  const named = NAMED_FOREIGN_DOLLARS.exec(sentence);
  // "US$1,200 — US, not Jamaican dollars": the other country's dollars ruled out
  if (!named || /\b(?:not|no|never)\s+$/i.test(sentence.slice(0, named.index)))
    return undefined;
  return foreignCurrency(named[0]);
}

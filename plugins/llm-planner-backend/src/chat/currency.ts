/**
 * Currencies a budget may be said in besides US dollars. Plans are priced in dollars and no
 * exchange rate is known to the chat, so an amount in another currency is asked back in dollars
 * rather than read as that many dollars ("15,000,000 won" is not $15M).
 */
const CURRENCIES: [code: string, re: RegExp][] = [
  ['BRL', /r\$|\bbrl\b|\breais\b/i],
  ['CAD', /\bc\$|\bca\$|\$\s?ca\b|\bcad\b/i],
  ['AUD', /\ba\$|\bau\$|\baud\b/i],
  ['EUR', /€|\beur\b|\beuros?\b/i],
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
  ['INR', /₹|\binr\b|\brs\.?(?=\s*\d)|rupees?|rupaye|rupiya/i],
  ['CNY', /元|\bcny\b|\brmb\b|yuan|人民币/i],
  ['JPY', /¥|円|\byen\b|\bjpy\b/i],
  ['KRW', /₩|\bwon\b|\bkrw\b|원/i],
  ['IDR', /\brp\.?(?=\s*\d)|\bidr\b|rupiah/i],
  ['VND', /₫|đồng|\bvnd\b/i],
  ['TRY', /₺|\btry\b|türk lirası|\blira\b/i],
  ['MYR', /\brm(?=\s*\d)|\bmyr\b|ringgit/i],
];

/** The currency said right around an amount, when it is not the US dollar. */
export function foreignCurrency(around: string): string | undefined {
  return CURRENCIES.find(([, re]) => re.test(around))?.[0];
}

import { foreignCurrency } from './currency';

describe('foreignCurrency', () => {
  it('names the currency said next to an amount', () => {
    expect(foreignCurrency('budget 20.000 € per month')).toBe('EUR');
    expect(foreignCurrency('budget R$ 15.000')).toBe('BRL');
    expect(foreignCurrency('300만 won a month')).toBe('KRW');
    expect(foreignCurrency('5万 yen per run')).toBe('JPY');
    expect(foreignCurrency('₹4,00,000 per month')).toBe('INR');
    expect(foreignCurrency('30 000 SEK')).toBe('SEK');
    expect(foreignCurrency('40 000 kr. per month')).toBe(
      'kr (SEK, NOK or DKK)',
    );
  });

  it('says nothing for US dollars or no currency', () => {
    for (const text of [
      '$9,000 a month',
      '9000 USD',
      '9k dollars',
      'budget 9000',
    ])
      expect(foreignCurrency(text)).toBeUndefined();
  });
});

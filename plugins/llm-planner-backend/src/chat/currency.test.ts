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

  it('names the dollars of other countries and the currencies the seed rounds met', () => {
    expect(foreignCurrency('budget NT$300,000 per month')).toBe('TWD');
    expect(foreignCurrency('每月預算為新台幣 30 萬元')).toBe('TWD');
    expect(foreignCurrency('HK$ 80,000')).toBe('HKD');
    expect(foreignCurrency('S$ 12,000 a month')).toBe('SGD');
    expect(foreignCurrency('300,000 baht')).toBe('THB');
    expect(foreignCurrency('₱250,000 monthly')).toBe('PHP');
    expect(foreignCurrency('40 000 грн на місяць')).toBe('UAH');
    expect(foreignCurrency('50 000 pesos')).toBe(
      'pesos (MXN, PHP, ARS, CLP or COP)',
    );
  });

  it('says nothing for US dollars or no currency', () => {
    for (const text of [
      '$9,000 a month',
      '9000 USD',
      '9k dollars',
      'budget 9000',
      'PHP developers, budget 9000 USD',
      'US$ 4,500',
    ])
      expect(foreignCurrency(text)).toBeUndefined();
  });
});

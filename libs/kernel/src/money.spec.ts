import { convert } from './money';

describe('money conversion', () => {
  it('converts euros to CFA francs at the fixed parity without floats', () => {
    // 1,234.56 EUR at 655.957 XOF per EUR = 809,818.27 → 809,818 XOF (no minor unit)
    expect(convert({ amount: 123456, currency: 'EUR' }, '655.957', 'XOF')).toEqual({ amount: 809818, currency: 'XOF' });
  });

  it('converts CFA francs to US dollars, rounding half up to the cent', () => {
    // 1,000,000 XOF at 0.0016525 USD per XOF = 1,652.50 USD
    expect(convert({ amount: 1_000_000, currency: 'XOF' }, '0.0016525', 'USD')).toEqual({ amount: 165250, currency: 'USD' });
    expect(convert({ amount: 3, currency: 'XOF' }, '0.005', 'USD')).toEqual({ amount: 2, currency: 'USD' }); // 1.5 cents → 2
  });

  it.each(['0', '0.000', '-1', '1,5', 'abc'])('refuses the rate %s', (rate) => {
    expect(() => convert({ amount: 100, currency: 'EUR' }, rate, 'XOF')).toThrow(expect.objectContaining({ field: 'exchangeRate' }));
  });
});

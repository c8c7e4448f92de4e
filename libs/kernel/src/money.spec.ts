import { convert, deriveRate, inMajorUnits } from './money';

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

describe('rate derived from the amount paid and the amount credited', () => {
  it('finds the fixed parity back from a euro payment credited in CFA francs', () => {
    // 9,147.00 EUR credited 6,000,039 XOF: 655.957254… → 655.957
    expect(deriveRate({ amount: 914_700, currency: 'EUR' }, { amount: 6_000_039, currency: 'XOF' })).toBe('655.957');
  });

  it('keeps six significant digits of a small rate, rounding half up, without trailing zeros', () => {
    // 6,000,000 XOF credited 9,146.94 EUR: 0.00152449
    expect(deriveRate({ amount: 6_000_000, currency: 'XOF' }, { amount: 914_694, currency: 'EUR' })).toBe('0.00152449');
    // 9,800.00 USD credited 5,912,340 XOF: 603.29999… → 603.300 → 603.3
    expect(deriveRate({ amount: 980_000, currency: 'USD' }, { amount: 5_912_340, currency: 'XOF' })).toBe('603.3');
    // 3 XOF credited 0.02 USD: 0.00666666… → 0.00666667
    expect(deriveRate({ amount: 3, currency: 'XOF' }, { amount: 2, currency: 'USD' })).toBe('0.00666667');
  });

  it('gives whole rates and rates that round up to one more digit', () => {
    expect(deriveRate({ amount: 1, currency: 'XOF' }, { amount: 12_345_678, currency: 'XOF' })).toBe('12345700');
    // 0.9999995 → 1.00000 → 1
    expect(deriveRate({ amount: 10_000_000, currency: 'XOF' }, { amount: 9_999_995, currency: 'XOF' })).toBe('1');
  });

  it('derives a rate that converts the payment back to the credited amount within rounding', () => {
    const paid = { amount: 2_500_075, currency: 'CAD' };
    const credited = { amount: 18_431, currency: 'USD' } as const;
    expect(Math.abs(convert(paid, deriveRate(paid, credited), 'USD').amount - credited.amount)).toBeLessThanOrEqual(1);
  });
});

describe('amounts in major units', () => {
  it('writes minor units by the currency exponent, exactly for large amounts', () => {
    expect(inMajorUnits({ amount: 980_000, currency: 'USD' })).toBe('9800.00');
    expect(inMajorUnits({ amount: 5, currency: 'EUR' })).toBe('0.05');
    expect(inMajorUnits({ amount: 5_912_340, currency: 'XOF' })).toBe('5912340');
    expect(inMajorUnits({ amount: 9_007_199_254_740_99, currency: 'USD' })).toBe('9007199254740.99');
  });
});

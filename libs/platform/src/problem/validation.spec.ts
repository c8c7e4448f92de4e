import type { ValidationError } from '@nestjs/common';
import { toFieldProblems } from './validation';

function error(property: string, constraints?: Record<string, string>, children: ValidationError[] = []): ValidationError {
  return { property, constraints, children };
}

describe('validation errors as field problems', () => {
  it('names nested and indexed fields and translates the constraint', () => {
    const problems = toFieldProblems([
      error('budgetLines', undefined, [
        error('0', undefined, [error('amount', { min: 'amount must not be less than 0' })]),
      ]),
      error('currency', { isIn: 'currency must be one of the following values: XOF, EUR' }),
    ]);
    expect(problems).toEqual([
      { field: 'budgetLines[0].amount', message: { fr: 'doit être au moins 0', en: 'must be at least 0' } },
      {
        field: 'currency',
        message: { fr: "doit être l'une des valeurs : XOF, EUR", en: 'must be one of: XOF, EUR' },
      },
    ]);
  });
});

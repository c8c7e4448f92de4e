import { partSchema } from '@tributary/platform';

/** An amount in integer minor units with its ISO 4217 code. */
export const MoneySchema = partSchema({ amount: Number, currency: String });

export const PeriodSchema = partSchema({ start: String, end: String });

export const BudgetLineSchema = partSchema({ category: String, amount: MoneySchema });

import { Amendments } from './amendments';
import { Expenditure } from './expenditure';
import { financialSummary } from './financial-summary';
import { Lifecycle } from './lifecycle';
import { Obligations } from './obligations';
import { Tranches } from './tranches';

export * from './sub-grant-state';
export { TRANSITION_NAMES } from './lifecycle';
export type { Transition } from './lifecycle';

/**
 * A sub-grant to a CSO, one concern a file: its lifecycle, tranches and converted disbursements,
 * expenditure, amendments and reporting obligations; and the financial summary read from it.
 */
export const SubGrant = { ...Lifecycle, ...Tranches, ...Expenditure, ...Amendments, ...Obligations, financialSummary };

import { Static, Type } from '@sinclair/typebox';
import { Id, RequestObject, StringEnum } from '@tributary/platform';
import { DISAGGREGATIONS } from '../indicators/domain/indicator';
import { FREQUENCIES } from '../indicators/indicators.requests';

const ValueFilter = {
  projectId: Id,
  indicatorId: Type.Optional(Id),
  scope: Type.Optional(Type.String({ pattern: '^(subgrant|project|portfolio):.+$', description: 'subgrant:<id>, project:<id> or portfolio:<lead partner id>', examples: ['project:project-cove-tbk'] })),
  periodType: Type.Optional(StringEnum(FREQUENCIES)),
  from: Type.Optional(Type.String({ format: 'date', examples: ['2024-01-01'] })),
  to: Type.Optional(Type.String({ format: 'date', examples: ['2024-12-31'] })),
  disaggregation: Type.Optional(StringEnum(DISAGGREGATIONS, { description: 'keep only this dimension in the breakdown' })),
};

export const ValuesQuery = RequestObject({
  ...ValueFilter,
  cursor: Type.Optional(Type.String({ minLength: 1, description: 'the nextCursor of the previous page' })),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
});
export type ValuesQuery = Static<typeof ValuesQuery>;

export const Dhis2Query = RequestObject(ValueFilter);
export type Dhis2Query = Static<typeof Dhis2Query>;

export const CsvQuery = RequestObject({
  ...ValueFilter,
  disaggregation: Type.Optional(StringEnum(DISAGGREGATIONS, {
    description: 'one row per value of this dimension instead of one per value, in a column of its own (HXL: #adm1+code, #adm2+code, #activity+type, #sector+code, #org+type, #output+type, #status+recommendation, #indicator+sex, #indicator+age, #indicator+category)',
  })),
  hxl: Type.Boolean({ default: false, description: 'add the HXL hashtag row' }),
});
export type CsvQuery = Static<typeof CsvQuery>;

export const IatiQuery = RequestObject({ projectId: Id });
export type IatiQuery = Static<typeof IatiQuery>;

export const ChangesQuery = RequestObject({
  cursor: Type.Integer({ minimum: 0, default: 0, description: 'the nextCursor of the previous answer' }),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
});
export type ChangesQuery = Static<typeof ChangesQuery>;

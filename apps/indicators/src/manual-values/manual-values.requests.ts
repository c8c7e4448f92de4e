import { Static, Type } from '@sinclair/typebox';
import { BasedOnVersion, RequestObject } from '@tributary/platform';
import { DhisPeriod } from '../indicators/indicators.requests';

export const ManualValueRequest = RequestObject(
  {
    scope: Type.String({ pattern: '^(project|subgrant):.+$', description: 'project:<project id> or subgrant:<sub-grant id>', examples: ['project:project-cove-tbk'] }),
    period: DhisPeriod,
    value: Type.Number({ examples: [64.5] }),
    comment: Type.Optional(Type.String({ maxLength: 2000, examples: ['enquête de perception, 420 ménages'] })),
  },
  { title: 'ManualValueRequest' },
);
export type ManualValueRequest = Static<typeof ManualValueRequest>;

export const VersionRequest = RequestObject({ version: BasedOnVersion }, { title: 'VersionRequest' });
export type VersionRequest = Static<typeof VersionRequest>;

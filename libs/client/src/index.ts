import createClient, { Client, ClientOptions } from 'openapi-fetch';
import type { components as ActivitiesComponents, paths as ActivitiesPaths } from './activities';
import type { components as DirectoryComponents, paths as DirectoryPaths } from './directory';
import type { components as GrantsComponents, paths as GrantsPaths } from './grants';
import type { components as IndicatorsComponents, paths as IndicatorsPaths } from './indicators';

/** Each service's operations, as its OpenAPI document (libs/client/openapi) declares them. */
export interface ServicePaths {
  directory: DirectoryPaths;
  grants: GrantsPaths;
  activities: ActivitiesPaths;
  indicators: IndicatorsPaths;
}

interface ServiceSchemas {
  directory: DirectoryComponents['schemas'];
  grants: GrantsComponents['schemas'];
  activities: ActivitiesComponents['schemas'];
  indicators: IndicatorsComponents['schemas'];
}

export type TributaryService = keyof ServicePaths;

/** A named request or answer body of a service, e.g. Schema<'grants', 'SubGrant'>. */
export type Schema<S extends TributaryService, Name extends keyof ServiceSchemas[S]> = ServiceSchemas[S][Name];

export type ServiceClient<S extends TributaryService> = Client<ServicePaths[S]>;

/**
 * A client of one service whose paths, parameters, bodies and answers are typed from its document:
 * a call that departs from the contract does not compile. The service's name picks its document;
 * `baseUrl` is its address;
 * pass `headers: { authorization: 'Bearer …' }` to call as someone.
 */
export function serviceClient<S extends TributaryService>(_service: S, options: ClientOptions): ServiceClient<S> {
  return createClient<ServicePaths[S]>(options);
}

import { ServiceDescriptor } from '@tributary/platform';

export const DIRECTORY_SERVICE: ServiceDescriptor = {
  name: 'directory',
  title: 'Directory',
  description: 'Organisations, users, roles, API clients and the tokens every service trusts.',
  defaultPort: 3001,
};

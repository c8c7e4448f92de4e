import { ServiceDescriptor } from '@tributary/platform';

export const GRANTS_SERVICE: ServiceDescriptor = {
  name: 'grants',
  title: 'Grants',
  description: 'Projects and sub-grants from award to close-out: tranches, disbursements, expenditure, amendments.',
  defaultPort: 3002,
};

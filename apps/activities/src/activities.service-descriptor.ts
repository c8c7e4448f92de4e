import { ServiceDescriptor } from '@tributary/platform';

export const ACTIVITIES_SERVICE: ServiceDescriptor = {
  name: 'activities',
  title: 'Activities',
  description: 'Planned activities of sub-grants and their reports: participants, outputs, evidence, validation.',
  defaultPort: 3003,
};

import { ServiceDescriptor } from '@tributary/platform';

export const INDICATORS_SERVICE: ServiceDescriptor = {
  name: 'indicators',
  title: 'Indicators',
  description: 'Results framework, live indicator values and the feeds M&E staff pull.',
  defaultPort: 3004,
};

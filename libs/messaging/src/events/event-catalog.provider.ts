import { EventCatalog } from '@tributary/contracts';

/** The catalogue events are validated against; the platform's by default, a test's own in tests. */
export const EVENT_CATALOG = Symbol('EVENT_CATALOG');
export type { EventCatalog };

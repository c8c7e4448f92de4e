import { EventCatalog } from './envelope/event-catalog';
import { EventDefinition } from './envelope/event-envelope';
import { ActivitiesEvents } from './events/activities.events';
import { DirectoryEvents } from './events/directory.events';
import { GrantsEvents, GrantsFollowUpEvents } from './events/grants.events';
import { IndicatorsEvents } from './events/indicators.events';
import { ReferenceEvents } from './events/reference.events';

/** Every event type of the platform. */
export const ALL_EVENTS: readonly EventDefinition[] = [...DirectoryEvents, ...GrantsEvents, ...GrantsFollowUpEvents, ...ActivitiesEvents, ...ReferenceEvents, ...IndicatorsEvents];

export const platformCatalog = () => new EventCatalog(ALL_EVENTS);

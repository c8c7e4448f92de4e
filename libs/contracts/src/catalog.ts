import { EventCatalog } from './envelope/event-catalog';
import { EventDefinition } from './envelope/event-envelope';
import { ActivitiesEvents } from './events/activities.events';
import { DirectoryEvents } from './events/directory.events';
import { GrantsEvents, GrantsFollowUpEvents } from './events/grants.events';

/** Every event type of the platform. */
export const ALL_EVENTS: readonly EventDefinition[] = [...DirectoryEvents, ...GrantsEvents, ...GrantsFollowUpEvents, ...ActivitiesEvents];

export const platformCatalog = () => new EventCatalog(ALL_EVENTS);

export * from './envelope/event-envelope';
export * from './envelope/event-catalog';
export * from './topics';
export * from './events/directory.events';
export * from './events/grants.events';
export * from './events/activities.events';
export * from './catalog';
export * from './asyncapi';

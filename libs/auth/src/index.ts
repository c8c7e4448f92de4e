export * from './auth.environment';
export * from './token-claims';
export * from './jwt.strategy';
export * from './access.guard';
export * from './current-actor.decorator';
export * from './scope-policy';
export * from './auth.module';
export * from './rate-limits';

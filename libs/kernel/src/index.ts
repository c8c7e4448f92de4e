// The kernel: what domain code may depend on. Plain TypeScript and Node built-ins only, checked by
// the dependency rules (.dependency-cruiser.js): no framework, store or broker is reachable from here.
export * from './language';
export * from './messages';
export * from './domain-error';
export * from './money';
export * from './ids';
export * from './roles';
export * from './text';
export { alternatives } from './kernel.messages';

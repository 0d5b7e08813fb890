/** The sandbox's public entry: start one, and the types that describe it. */
export { startSandbox } from './server';
export { defaultApiKey } from './http/auth';
export * from './types';

export { createSandboxApp } from './app';
export { DEFAULT_CREDENTIALS, type SandboxCredentials, type SandboxOptions } from './config';
export { type Faults, type FaultsInput } from './faults/config';
export { Sandbox } from './sandbox';
export { type RunningSandbox, startSandbox } from './server';
export { type Delivery } from './webhooks/types';

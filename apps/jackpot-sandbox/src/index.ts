export { createSandboxApp } from './app';

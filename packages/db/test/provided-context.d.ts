// What test/global-setup.ts provides to every test file of the projects that use it.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

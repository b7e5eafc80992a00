import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    sandbox: {
      url: string;
      controlToken: string;
      credentials: { apiKey: string; apiSignature: string; clientSecret: string };
    };
  }
}

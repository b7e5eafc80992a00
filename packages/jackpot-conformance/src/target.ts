import { inject } from 'vitest';

// What the suite runs against, decided once by the global setup and shared with every file.
export interface ConformanceTarget {
  baseUrl: string;
  apiKey: string;
  apiSignature: string;
  clientSecret: string;
  // Present for a sandbox: enables the tests that steer it through /_sandbox/.
  controlToken?: string;
  // How long a confirmed voucher may take to become READY.
  readyTimeoutMs: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    conformanceTarget: ConformanceTarget;
  }
}

export function conformanceTarget(): ConformanceTarget {
  return inject('conformanceTarget');
}

export const hasSandboxControl = (): boolean => conformanceTarget().controlToken !== undefined;

// Appended to the name of tests that need the sandbox's control routes, so that a skip says why.
export const NEEDS_CONTROL = '[sandbox control: skipped without SANDBOX_CONTROL_TOKEN, e.g. against a real Jackpot]';

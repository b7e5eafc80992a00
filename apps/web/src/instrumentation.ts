// Runs once when the server starts: importing env validates it, so a bad configuration
// stops the server at boot instead of failing on the first request. In the Node.js runtime it
// then starts pg-boss and the job workers (never in the Edge runtime, never during `next build`).
export async function register() {
  await import('./env');
  // Next.js sets these outside the validated env: NEXT_RUNTIME is inlined at build time (the
  // Edge bundle drops the Node-only import below thanks to it), NEXT_PHASE names the build.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startBackgroundJobs } = await import('./server/background-jobs');
    await startBackgroundJobs();
  }
}

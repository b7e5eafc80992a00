// Runs once when the server starts: importing env validates it, so a bad configuration
// stops the server at boot instead of failing on the first request.
export async function register() {
  await import('./env');
}

/**
 * The digest of the error a page throws when the database cannot be reached. Next.js keeps an
 * error's own digest when it sends the error to the browser (it hides the message), so error.tsx
 * can tell "try again in a moment" from a failure nobody planned for.
 */
export const DATABASE_UNAVAILABLE_DIGEST = 'DATABASE_UNAVAILABLE';

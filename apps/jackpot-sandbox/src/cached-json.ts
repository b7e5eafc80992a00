import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/**
 * A JSON answer encoded once, with its ETag and (on first demand) its gzip form: serving it
 * again costs no serialization, and clients that accept gzip (fetch does) get a body ~10× smaller.
 */
export class CachedJson {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly etag: string;
  private gzipped: Uint8Array<ArrayBuffer> | undefined;

  constructor(value: unknown) {
    this.body = new TextEncoder().encode(JSON.stringify(value));
    this.etag = `"${createHash('sha1').update(this.body).digest('base64url')}"`;
  }

  gzip(): Uint8Array<ArrayBuffer> {
    this.gzipped ??= new Uint8Array(gzipSync(this.body));
    return this.gzipped;
  }
}

import { type z } from 'zod';

import { InvalidResponse, type ResponseReader } from './http-transport';

export function jsonReader<S extends z.ZodType>(schema: S): ResponseReader<z.output<S>> {
  return async (response) => {
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new InvalidResponse(`the answer is not JSON: ${text.slice(0, 80)}`);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new InvalidResponse(
        `the answer is not the contract's: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')}`,
      );
    }
    return parsed.data;
  };
}

export interface Attachment {
  bytes: Uint8Array;
  contentType: string;
}

export const attachmentReader: ResponseReader<Attachment> = async (response) => {
  const contentType = response.headers.get('content-type');
  if (contentType === null) throw new InvalidResponse('the attachment has no content type');
  return { bytes: new Uint8Array(await response.arrayBuffer()), contentType };
};

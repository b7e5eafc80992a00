import { inflateSync } from 'node:zlib';

/** The text shown by a PDF made with pdf-lib: its deflated content streams' hex strings. */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const pieces: string[] = [];
  // The end-of-line before `endstream` stays in the match: a deflated stream can itself end with a
  // \r (its checksum's last byte, 1 time in 256), which `\r?\n` would have taken; inflate ignores
  // what follows the end of the data.
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const hex of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g))
      pieces.push(Buffer.from(hex[1]!, 'hex').toString('latin1').replace(/\x80/g, '€'));
  }
  return pieces.join('\n');
}

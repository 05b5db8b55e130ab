/**
 * The platform's `TextDecoder` (Node, Deno and browsers all have one), typed here because the
 * browser-safe core compiles without the DOM or Node type libraries.
 *
 * @module
 */

/** The part of `TextDecoder` the readers use. */
interface PlatformDecoder {
  decode(bytes: Uint8Array): string;
}

type DecoderConstructor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => PlatformDecoder;

const Decoder = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;

/** A decoder for `label`; with `fatal`, decoding throws on bytes invalid in the encoding. */
export function textDecoder(label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): PlatformDecoder {
  return new Decoder(label, options);
}

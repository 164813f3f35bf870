/** Bytes per `String.fromCharCode` call: well under every engine's argument limit. */
const CHUNK = 0x8000;

/**
 * Base64 of some bytes, as `shapes.addImage` takes a picture (btoa exists in every webview Office
 * uses and in Node; no Buffer in the task pane).
 * @example base64Of(new Uint8Array([0x89, 0x50, 0x4e, 0x47])) //=> "iVBORw=="
 */
export function base64Of(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/**
 * The bytes of a Base64 text (as `getAsImage` answers); null when it is not Base64.
 * @example bytesOfBase64("iVBORw==") //=> Uint8Array [0x89, 0x50, 0x4e, 0x47]
 */
export function bytesOfBase64(text: string): Uint8Array | null {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

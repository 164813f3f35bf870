/**
 * A chosen or dropped file's bytes, with progress (bytes read so far) for a large file. FileReader
 * rather than Blob.arrayBuffer: it reports progress, and every browser the page supports has it.
 */
export function readFileBytes(
  file: Blob,
  onProgress: (done: number, total: number) => void,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read"));
    reader.onload = () => {
      const result = reader.result;
      if (result instanceof ArrayBuffer) resolve(new Uint8Array(result));
      else reject(new Error("The file could not be read"));
    };
    reader.readAsArrayBuffer(file);
  });
}

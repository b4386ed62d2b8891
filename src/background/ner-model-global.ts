/**
 * The names model as the engine's Web Workers see it (engine-worker.ts; build.mjs points the
 * engine's import of `models/ner-model.js` here). The model file ships in the package as
 * `ner-model.bin` beside the Worker's script and is fetched on the Worker's first analysis — a
 * package file, by its address relative to the script, in Chrome and Firefox alike — then read in
 * place as typed arrays (no decoding, no large script to parse). The background worker never
 * loads it (the engine runs in the Workers); a Worker never asked to analyse never reads it.
 */

let bytes: Uint8Array | null = null;
let loading: Promise<void> | null = null;

/** Starts loading the model file (once); resolves when `namesModelBytes` can answer. */
export function namesModelReady(): Promise<void> {
  return (loading ??= fetch(new URL('ner-model.bin', (globalThis as { location?: { href: string } }).location?.href).href)
    .then((r) => {
      if (!r.ok) throw new Error(`ner-model.bin: ${r.status}`);
      return r.arrayBuffer();
    })
    .then((b) => {
      bytes = new Uint8Array(b);
    })
    .catch((e: unknown) => {
      loading = null;
      throw e;
    }));
}

export function namesModelBytes(): Uint8Array {
  if (!bytes) throw new Error('The names model is still loading.');
  return bytes;
}

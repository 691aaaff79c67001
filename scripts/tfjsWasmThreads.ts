// Keeps TF.js's threaded wasm build working in our minified bundle (a Vite plugin, for the page and worker builds).
//
// Why: to start its pthread helper workers, @tensorflow/tfjs-backend-wasm sends them the source of the Emscripten
// module factory, `wasmFactoryThreadedSimd.toString()`, in a Blob they importScripts. That source must therefore be
// self-contained. Emscripten wraps the factory in a closure that declares `_scriptDir`, and the factory reads it
// guarded as `typeof _scriptDir !== "undefined" && _scriptDir` — harmless in a helper worker, where the closure is
// absent. Our minifier (Oxc, through Rolldown) sees that `_scriptDir` is declared in the enclosing closure, renames it
// (to `e`) and folds the guard to `e !== void 0 && e`: still correct inside the closure, but a ReferenceError ("e is
// not defined") in every helper worker, so the wasm backend never starts when the page is cross-origin isolated.
//
// Fix: declare `_scriptDir` inside the factory itself, from the same expression, so the function TF.js serialises
// refers to nothing outside it. In a browser the value is the same: an ES module or a worker has no
// `document.currentScript`, and `__filename` exists only in Node.
import type { Plugin } from 'vite';

/** The module TF.js imports its threaded factory from. */
export const THREADED_FACTORY =
  /[\\/]@tensorflow[\\/]tfjs-backend-wasm[\\/]wasm-out[\\/]tfjs-backend-wasm-threaded-simd\.js$/;

/** Where the factory's body starts in Emscripten's output (tfjs-backend-wasm 4.22). */
const FACTORY_START = '  return (\nfunction(WasmBackendModuleThreadedSimd) {\n';

/** Emscripten's own lines for `_scriptDir`, now inside the factory (they shadow the closure's, which goes unused). */
const OWN_SCRIPT_DIR =
  "  var _scriptDir = typeof document !== 'undefined' && document.currentScript ? document.currentScript.src : undefined;\n" +
  "  if (typeof __filename !== 'undefined') _scriptDir = _scriptDir || __filename;\n";

/** The factory module's source with `_scriptDir` declared inside the factory; throws if the file is not as expected. */
export function selfContainedFactory(source: string): string {
  const at = source.indexOf(FACTORY_START);
  if (at < 0 || source.indexOf(FACTORY_START, at + 1) >= 0 || !source.includes('var _scriptDir =')) {
    throw new Error(
      'tfjs-backend-wasm-threaded-simd.js is not laid out as tfjs-backend-wasm 4.22 ships it: check that its ' +
        'factory still works from toString() in a helper worker, then update scripts/tfjsWasmThreads.ts',
    );
  }
  const end = at + FACTORY_START.length;
  return source.slice(0, end) + OWN_SCRIPT_DIR + source.slice(end);
}

export function tfjsWasmThreads(): Plugin {
  return {
    name: 'tfjs-wasm-threads',
    enforce: 'pre',
    transform(code, id) {
      if (!THREADED_FACTORY.test(id.split('?')[0] ?? id)) return null;
      return { code: selfContainedFactory(code), map: null };
    },
  };
}

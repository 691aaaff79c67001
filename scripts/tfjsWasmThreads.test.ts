// Checks the fix in tfjsWasmThreads.ts the way the build meets it: TF.js's threaded factory is minified by the same
// minifier as `npm run build` (Oxc, through Rolldown), inside a function as the bundle wraps CommonJS modules, then
// its toString() is run where a pthread helper worker runs it: in a fresh context, without the closure.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { minifySync } from 'rolldown/experimental';
import { describe, expect, it } from 'vitest';
import { selfContainedFactory, THREADED_FACTORY } from './tfjsWasmThreads';

const require = createRequire(import.meta.url);
const factoryFile = require.resolve('@tensorflow/tfjs-backend-wasm/wasm-out/tfjs-backend-wasm-threaded-simd.js');
const original = readFileSync(factoryFile, 'utf8');

/** The factory as the bundle holds it: the module minified inside a CommonJS-style wrapper, then evaluated. */
function minifiedFactory(source: string): (module: object) => unknown {
  const { code } = minifySync('factory.js', `export const load = (exports, module) => {${source}\n};`, {
    module: true,
  });
  const script = code.replace(/^export const [\w$]+=|^const [\w$]+=/, 'load=').replace(/export\s*\{[^}]*\};?\s*$/, '');
  const module = { exports: {} as unknown };
  vm.runInContext(`${script}\n;load(module.exports, module);`, vm.createContext({ module, load: null }));
  return module.exports as (module: object) => unknown;
}

/** Runs the factory's source as a helper worker does (importScripts of `var … = ` + toString()); returns its error. */
function runInHelperWorker(factory: (module: object) => unknown): unknown {
  const worker = vm.createContext({
    self: { location: { href: 'blob:http://127.0.0.1/helper' } },
    importScripts() {},
    console,
  });
  vm.runInContext(`var WasmBackendModuleThreadedSimd = ${factory.toString()}`, worker);
  try {
    vm.runInContext('WasmBackendModuleThreadedSimd({ ENVIRONMENT_IS_PTHREAD: true })', worker);
    return null;
  } catch (error) {
    return error;
  }
}

describe('TF.js threaded wasm factory in a minified bundle', () => {
  it('without the fix, the minified factory needs its closure: a helper worker fails as the page did', () => {
    const error = runInHelperWorker(minifiedFactory(original));
    expect((error as Error).name).toBe('ReferenceError');
    expect((error as Error).message).toMatch(/is not defined/);
  });

  it('with the fix, the minified factory runs past its set-up in a helper worker without a missing name', () => {
    const error = runInHelperWorker(minifiedFactory(selfContainedFactory(original)));
    // No wasm memory is given here, so it stops later, on a missing value: any name it lacked would be a ReferenceError.
    expect((error as Error | null)?.name).not.toBe('ReferenceError');
  });

  it("copies the closure's own _scriptDir lines into the factory and changes nothing else", () => {
    const fixed = selfContainedFactory(original);
    // The closure's two lines, as Emscripten wrote them between `(() => {` and `return (`.
    const closureLines = /\(\(\) => \{\n([\s\S]*?) {2}return \(\n/.exec(original)![1]!;
    expect(closureLines).toMatch(/^ {2}var _scriptDir = /);
    const bodyStart =
      fixed.indexOf('function(WasmBackendModuleThreadedSimd) {\n') +
      'function(WasmBackendModuleThreadedSimd) {\n'.length;
    expect(fixed.slice(bodyStart, bodyStart + closureLines.length)).toBe(closureLines);
    // Compared as booleans: a failure would otherwise print the 100 kB file.
    expect(fixed.slice(0, bodyStart) + fixed.slice(bodyStart + closureLines.length) === original).toBe(true);
  });

  it('refuses a file laid out otherwise, so a TF.js update cannot silently undo the fix', () => {
    expect(() => selfContainedFactory('var WasmBackendModuleThreadedSimd = function () {};')).toThrow(/4\.22/);
  });

  it('applies to the threaded factory module only', () => {
    expect(THREADED_FACTORY.test(factoryFile)).toBe(true);
    expect(THREADED_FACTORY.test(factoryFile.replace('-threaded-simd.js', '.js'))).toBe(false);
  });
});

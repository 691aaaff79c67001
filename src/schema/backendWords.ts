// What the trainer says about its backend, in English: the source of the catalog's `backends` namespace (Chinese
// typed key for key in src/ui/i18n/zh-CN/backends.ts). The trainer sends keys and values (`sayBackend`), never
// sentences; it lives in schema because both sides of the worker boundary need the keys.
// Backend names (WebGL, wasm…) and renderer names (SwiftShader…) are names: they stay as they are in every language.
import { speaker } from './message';

export const BACKEND_WORDS = {
  label: {
    webgpu: 'WebGPU',
    webgl: 'WebGL',
    wasm: 'wasm',
    wasmOneThread: 'wasm (1 thread)',
    wasmThreads: 'wasm ({{threads, int}} threads)',
    cpu: 'CPU',
  },
  detail: {
    webgpu: 'WebGPU',
    webgl: 'WebGL {{version}}',
    webglHalfFloats: 'WebGL {{version}}, 16-bit floats only',
    webglSoftware: 'WebGL {{version}}, software renderer {{renderer}}',
    wasm: 'WebAssembly on the CPU',
    wasmThreads: 'WebAssembly on the CPU, {{threads, int}} threads',
    wasmOneThread: 'WebAssembly on the CPU, 1 thread',
    wasmNotIsolated: 'WebAssembly on the CPU, 1 thread (the page is not cross-origin isolated)',
    cpu: 'JavaScript on the CPU',
  },
  reason: {
    faster: '{{backend}}: {{ratio, ratio}}× faster than {{other}} here',
    fasterSoftware: '{{backend}}: {{ratio, ratio}}× faster than {{other}} here (software renderer {{renderer}})',
    tied: '{{backend}}: about as fast as {{other}} here',
    only: '{{backend}}: the only backend that could train this model here',
    onlyInTime: '{{backend}}: the only backend timed on this model in the time allowed (not timed: {{skipped}})',
    untimed: '{{backend}}: no backend could be timed on this model',
    forced: '{{backend}}: asked for in the address ({{option}})',
    provisional: '{{backend}} for now: the fastest backend is measured when a run is set up',
    kept: '{{backend}}: kept, as runs have trained on it already ({{winner}} measured {{ratio, ratio}}× faster for this model)',
    keptUnmeasured: '{{backend}}: kept, as runs are training on it (this model was not measured)',
    afterLoss: '{{backend}}: {{lost}} was lost (a GPU reset or a driver crash), so training moved here',
  },
} as const;

export const sayBackend = speaker<typeof BACKEND_WORDS>('backends:');

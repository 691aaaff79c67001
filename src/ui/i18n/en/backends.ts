// How the page describes the backend the trainer runs on, in English (the "Runs on" statistic).
export const backends = {
  wasmThreads: {
    /** `{{detail}}`: the trainer's own words for the backend, e.g. "WebAssembly on the CPU". */
    several: '{{detail}}, {{threads}} threads',
    one: '{{detail}}, 1 thread',
    notIsolated: '{{detail}}, 1 thread (the page is not cross-origin isolated)',
  },
};

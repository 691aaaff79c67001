// 训练后端的中文，键与 src/schema/backendWords.ts 的英文一一对应。后端名（WebGL、wasm…）和渲染器名（SwiftShader…）是
// 名称，原样保留。ratio 格式：一位小数的倍数。
import type { backends as english } from '../en/backends';
import type { Translation } from '../types';

export const backends: Translation<typeof english> = {
  label: {
    webgpu: 'WebGPU',
    webgl: 'WebGL',
    wasm: 'wasm',
    wasmOneThread: 'wasm（1 个线程）',
    wasmThreads: 'wasm（{{threads, int}} 个线程）',
    cpu: 'CPU',
  },
  detail: {
    webgpu: 'WebGPU',
    webgl: 'WebGL {{version}}',
    webglHalfFloats: 'WebGL {{version}}，仅支持 16 位浮点数',
    webglSoftware: 'WebGL {{version}}，软件渲染器 {{renderer}}',
    wasm: 'CPU 上的 wasm',
    wasmThreads: 'CPU 上的 wasm，{{threads, int}} 个线程',
    wasmOneThread: 'CPU 上的 wasm，1 个线程',
    wasmNotIsolated: 'CPU 上的 wasm，1 个线程（页面未启用跨源隔离）',
    cpu: 'CPU 上的纯 JS',
  },
  reason: {
    faster: '{{backend}}：在本机上的速度是 {{other}} 的 {{ratio, ratio}} 倍',
    fasterSoftware: '{{backend}}：在本机上的速度是 {{other}} 的 {{ratio, ratio}} 倍（软件渲染器 {{renderer}}）',
    tied: '{{backend}}：在本机上与 {{other}} 速度相当',
    only: '{{backend}}：本机上唯一能训练该模型的后端',
    onlyInTime: '{{backend}}：在限定时间内唯一完成该模型测速的后端（未测速：{{skipped}}）',
    untimed: '{{backend}}：没有任何后端能在该模型上完成计时',
    forced: '{{backend}}：由网址指定（{{option}}）',
    provisional: '{{backend}}（暂定）：设置好运行后会测出最快的后端',
    kept: '{{backend}}：保持不变，因为已有运行在它上面训练过（对该模型，{{winner}} 测得的速度是它的 {{ratio, ratio}} 倍）',
    keptUnmeasured: '{{backend}}：保持不变，因为有运行正在它上面训练（未对该模型测速）',
    afterLoss: '{{backend}}：{{lost}} 已丢失（GPU 重置或驱动崩溃），训练已转移到这里',
  },
  page: {
    why: '为何选用此后端',
    measured: '实测每步耗时',
    timing: '{{backend}} {{ms, ms}} 毫秒',
    timings: '{{list}}（测速用时 {{seconds, ratio}} 秒）',
    timingsRemembered: '{{list}}（之前已为该模型测速）',
  },
};

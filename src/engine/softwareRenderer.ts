// Names the software renderer behind a GPU API, when there is one: "WebGL" then runs on the CPU, usually far slower
// than wasm, and the page says so when it explains its choice of backend. Pure: the caller reads the strings.

/** Renderers that draw on the CPU, by what their renderer strings contain, and the name a person knows them by. */
const SOFTWARE_RENDERERS: readonly (readonly [RegExp, string])[] = [
  [/swiftshader/i, 'SwiftShader'],
  [/llvmpipe/i, 'llvmpipe'],
  [/lavapipe/i, 'lavapipe'],
  [/softpipe/i, 'softpipe'],
  [/microsoft basic render/i, 'Microsoft Basic Render Driver'],
  [/apple software renderer/i, 'Apple Software Renderer'],
  [/software rasterizer/i, 'Software Rasterizer'],
];

/**
 * The software renderer named in any of `descriptions` (WebGL's UNMASKED_RENDERER_WEBGL and RENDERER strings, a
 * WebGPU adapter's vendor, architecture and description), or null for a real GPU or when nothing says.
 */
export function softwareRendererName(...descriptions: readonly (string | null | undefined)[]): string | null {
  const text = descriptions.filter(Boolean).join(' ');
  for (const [pattern, name] of SOFTWARE_RENDERERS) if (pattern.test(text)) return name;
  return null;
}

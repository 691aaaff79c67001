import { describe, expect, it } from 'vitest';
import { softwareRendererName } from './softwareRenderer';

describe('softwareRendererName', () => {
  it('names the CPU renderers by what their renderer strings contain', () => {
    expect(
      softwareRendererName(
        'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      ),
    ).toBe('SwiftShader');
    expect(softwareRendererName('Google SwiftShader')).toBe('SwiftShader');
    expect(softwareRendererName('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe('llvmpipe');
    expect(softwareRendererName('ANGLE (Mesa, llvmpipe (LLVM 12.0.0, 256 bits), OpenGL 4.5)')).toBe('llvmpipe');
    expect(softwareRendererName('softpipe')).toBe('softpipe');
    expect(softwareRendererName('ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)')).toBe(
      'Microsoft Basic Render Driver',
    );
    expect(softwareRendererName('Apple Software Renderer')).toBe('Apple Software Renderer');
  });

  it('reads a WebGPU adapter from its parts', () => {
    expect(softwareRendererName('google', 'swiftshader', '')).toBe('SwiftShader');
    expect(softwareRendererName('mesa', '', 'lavapipe')).toBe('lavapipe');
  });

  it('says nothing of a real GPU, or of renderers that hide their name', () => {
    expect(softwareRendererName('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBeNull();
    expect(softwareRendererName('Apple M1')).toBeNull();
    expect(softwareRendererName('Mesa Intel(R) UHD Graphics 620 (KBL GT2)')).toBeNull();
    expect(softwareRendererName('WebKit WebGL', null, undefined)).toBeNull();
    expect(softwareRendererName()).toBeNull();
  });
});

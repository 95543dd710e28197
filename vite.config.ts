import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { viteStaticCopy } from 'vite-plugin-static-copy';

// The dataset is fetched at run time, never bundled: the dev server serves `data/` at `/data/`
// and the build copies it to `dist/data/`. `base: './'` keeps every URL relative, so the built
// folder works from any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss(), viteStaticCopy({ targets: [{ src: 'data', dest: '.' }] })],
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // CI machines are shared 2-core boxes: property tests and CLI runs get room to breathe.
    testTimeout: 30_000,
  },
});

import { defineConfig } from 'tsup';

// One self-contained ESM file: workspace packages (TypeScript sources) are bundled in,
// registry packages stay external and load from node_modules.
export default defineConfig({
  entry: { main: 'src/main.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  clean: true,
  sourcemap: true,
  noExternal: [/^@jackpot-portal\//],
});

import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The floor: the least app that signs in and shows accounts with the app's libraries (see src/main.tsx).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  // Same target and source maps as the app, so the two bundles are compared like for like (the maps name each package's share).
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: true },
});

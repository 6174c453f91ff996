import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const appPort = Number(process.env.APP_PORT ?? 5173);
const previewPort = Number(process.env.PREVIEW_PORT ?? 4173);

export default defineConfig({
  plugins: [react()],
  server: { host: 'localhost', port: appPort, strictPort: true },
  preview: { host: 'localhost', port: previewPort, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: true,
    // The app, and the page the hidden renewal iframe loads.
    rollupOptions: { input: { main: 'index.html', silent: 'silent-callback.html' } },
  },
});

/** Vite build of the web app; in development /api and /docs go to the Barwise server on :4000. */
import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';

const SERVER = 'http://127.0.0.1:4000';

export default defineConfig({
  // @vitejs/plugin-react is typed against the workspace root's newer Vite; this package builds
  // with its own Vite 7, which the plugin supports (its peer range is ^4 … ^8).
  plugins: [react() as unknown as PluginOption],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Libraries change less often than the app: separate chunks stay cached across releases.
    rollupOptions: {
      output: {
        manualChunks: {
          react: ['react', 'react-dom', 'react-dom/client'],
          charts: ['lightweight-charts'],
          editor: [
            '@codemirror/state',
            '@codemirror/view',
            '@codemirror/language',
            '@codemirror/lint',
          ],
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': { target: SERVER, ws: true, changeOrigin: true },
      '/docs': { target: SERVER, changeOrigin: true },
    },
  },
});

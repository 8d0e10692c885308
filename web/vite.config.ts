// Vite config for the web app. Works from any cwd (the server's ensureWebBuilt() runs it from the repo root):
// root is this folder, output goes to web/dist, which express serves at `/`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000, // opencc-js dictionaries are large; they load lazily on the first 简/繁 switch
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});

import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The dashboard is built into web/dist, which `baton serve` serves at `/`. `npm run dev:web`
// serves it with hot reload and sends API calls to a Baton server on port 3000.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: {
    proxy: { '/v1': 'http://127.0.0.1:3000', '/openapi.json': 'http://127.0.0.1:3000' },
  },
})

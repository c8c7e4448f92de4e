import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, Plugin } from 'vite';

const repo = path.resolve(import.meta.dirname, '..', '..');
const publicDir = path.join(import.meta.dirname, 'public');

/**
 * Gives the service worker the list of built files to precache (Workbox's `self.__WB_MANIFEST`),
 * with the content hash of each, so an installed console opens without a network.
 */
function precacheManifest(): Plugin {
  return {
    name: 'tributary-precache-manifest',
    // After Vite's own HTML plugin, so index.html is in the bundle.
    enforce: 'post',
    generateBundle(_options, bundle) {
      const revision = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex').slice(0, 16);
      const built = Object.keys(bundle)
        .filter((name) => name !== 'sw.js' && !name.endsWith('.map'))
        .map((name) => {
          const item = bundle[name];
          // Hashed file names are their own revision.
          return { url: '/' + name, revision: name.startsWith('assets/') ? null : revision(item.type === 'chunk' ? item.code : item.source) };
        });
      const copied = readdirSync(publicDir).map((name) => ({ url: '/' + name, revision: revision(readFileSync(path.join(publicDir, name))) }));
      const entries = [...built, ...copied];
      const sw = bundle['sw.js'];
      if (sw?.type === 'chunk') sw.code = sw.code.replace('self.__WB_MANIFEST', JSON.stringify(entries));
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  publicDir,
  resolve: { alias: { '@tributary/client': path.join(repo, 'libs/client/src/index.ts') } },
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: path.join(repo, 'dist/console'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: { main: path.join(import.meta.dirname, 'index.html'), sw: path.join(import.meta.dirname, 'src/sw.ts') },
      // React Query marks its modules "use client" for server components; a browser bundle has no use for it.
      onwarn: (warning, warn) => void (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warn(warning)),
      output: { entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js') },
    },
  },
  plugins: [precacheManifest()],
});

import { defineConfig } from 'vite';
import { palapaPlugin } from '@palapa/sdk/vite';

// The SDK preset: a federation remote named after palapa.json, sharing lit with the shell.
export default defineConfig(palapaPlugin({ root: import.meta.dirname }));

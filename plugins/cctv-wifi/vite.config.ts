import { defineConfig } from 'vite';
import { palapaPlugin } from '@palapa/sdk/vite';

export default defineConfig(palapaPlugin({ root: import.meta.dirname }));

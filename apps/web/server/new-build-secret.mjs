#!/usr/bin/env node
// Part of `pnpm build` (after next build): a new secret for the CSP placeholder of this build
// (see security.mjs), so the image carries it and every replica of the build shares it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newBuildSecret } from './security.mjs';

newBuildSecret(path.join(path.dirname(fileURLToPath(import.meta.url)), '../.next'));

import path from 'node:path';
import { env } from '../src/env';

// dist/config/database.js -> the app folder is two levels up.
const appDir = path.resolve(__dirname, '..', '..');

export default () => {
  const e = env();
  if (e.DATABASE_URL) {
    return {
      connection: {
        client: 'postgres',
        connection: { connectionString: e.DATABASE_URL },
        pool: { min: 0, max: e.DATABASE_POOL_MAX },
        acquireConnectionTimeout: 60_000,
      },
    };
  }
  return {
    connection: {
      client: 'sqlite',
      connection: { filename: path.resolve(appDir, e.DATABASE_FILENAME) },
      useNullAsDefault: true,
    },
  };
};

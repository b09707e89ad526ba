import { describe, expect, it } from 'vitest';
import { startMeili } from './meili.mjs';

describe('the bundled Meilisearch', () => {
  // Random base64url keys start with "-" one time in 64: as a separate argument that read as
  // a flag and ended the start with a usage error, now and then, in CI.
  it('starts with a master key that begins with a dash, and can be restarted on its data', async () => {
    const meili = await startMeili({ masterKey: '-starts-with-a-dash-0123456789' });
    try {
      const res = await fetch(`${meili.url}/keys`, { headers: { authorization: `Bearer ${meili.masterKey}` } });
      expect(res.status).toBe(200);
      await meili.stop({ keepData: true });
      const again = await startMeili({ dir: meili.dir, port: meili.port, masterKey: meili.masterKey });
      expect((await fetch(`${again.url}/health`)).ok).toBe(true);
      await again.stop();
    } finally {
      await meili.stop().catch(() => {});
    }
  }, 30_000);
});

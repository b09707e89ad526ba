// One web replica's cache handler in its own process, driven over stdin/stdout (one JSON line
// per command and per answer), so a test can run two replicas against one Redis the way two
// `next start` processes do: each with its own module state, sharing only Redis.
// Argument: the server dist folder (its ../BUILD_ID names the build). Env as for the web app.
import readline from 'node:readline';

const { default: Handler } = await import('../cache-handler.mjs');
const context = { serverDistDir: process.argv[2], dev: false, maxMemoryCacheSize: 0, revalidatedTags: [], _requestHeaders: {} };
const say = (o) => process.stdout.write(`${JSON.stringify(o)}\n`);
say({ ready: true, handler: Handler.name });

for await (const line of readline.createInterface({ input: process.stdin })) {
  const cmd = JSON.parse(line);
  // Next makes one handler per request; so does this.
  const handler = new Handler(context);
  try {
    if (cmd.op === 'set') await handler.set(cmd.key, cmd.value, cmd.ctx);
    if (cmd.op === 'get') say({ entry: await handler.get(cmd.key, cmd.ctx) });
    if (cmd.op === 'revalidateTag') await handler.revalidateTag(cmd.tags, { expire: 0 });
    if (cmd.op !== 'get') say({ done: cmd.op });
  } catch (err) {
    say({ error: String(err) });
  }
}

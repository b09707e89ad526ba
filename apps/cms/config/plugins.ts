import { env } from '../src/env';
import { uploadConfig } from '../src/lib/uploads';

export default () => ({
  upload: { config: uploadConfig(env()) },
});

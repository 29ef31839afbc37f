import { z } from 'zod';

// Extension pages forbid `new Function`; zod must not try its compiled fast path there.
z.config({ jitless: true });

import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

// With `globals: false`, testing-library cannot register its own cleanup.
afterEach(cleanup);

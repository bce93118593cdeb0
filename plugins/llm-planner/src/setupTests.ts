import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// `import.meta` (the worker's URL) does not exist under jest: simulations run inline in tests.
jest.mock('./scaling/worker', () => ({ createScalingWorker: () => undefined }));

// The default 1 s for findBy*/waitFor is shorter than a first MUI table render on a loaded CI
// machine; behaviour is still asserted, only the patience changes.
configure({ asyncUtilTimeout: 10_000 });

import '@testing-library/jest-dom';

// `import.meta` (the worker's URL) does not exist under jest: simulations run inline in tests.
jest.mock('./scaling/worker', () => ({ createScalingWorker: () => undefined }));

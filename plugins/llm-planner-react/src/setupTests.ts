import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The default 1 s for findBy*/waitFor is shorter than a first render on a loaded CI machine;
// behaviour is still asserted, only the patience changes. Same setting as plugins/llm-planner.
configure({ asyncUtilTimeout: 10_000 });

export * from './types';
export * from './gpus';
export * from './names';
export * from './render';
export * from './validate';
export * from './yaml';

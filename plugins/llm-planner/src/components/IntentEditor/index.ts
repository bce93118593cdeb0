export * from './IntentEditor';

export * from './catalogue';
export type * from './types';
export * from './client-mistakes';

export * from './status-model';
export * from './visitor';
export * from './values';
export type { LibraryMember } from './bindings';
export type { ModuleImport } from './file-imports';

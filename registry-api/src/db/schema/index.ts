export * from './opds';
export * from './categories';
export * from './services';
export * from './plugin-versions';
export * from './bundle-files';
export * from './meta';

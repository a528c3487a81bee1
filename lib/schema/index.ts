export * from './article';
export * from './catalog';
export * from './common';
export * from './deal';
export * from './entity';
export * from './fact';
export * from './save-outcome';
export * from './views';

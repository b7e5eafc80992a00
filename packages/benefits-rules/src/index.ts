export * from './rule-table';
export * from './store-categories';

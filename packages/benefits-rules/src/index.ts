export * from './campaign-amount';
export * from './compute-year-exemption';
export * from './event-eligibility';
export * from './rule-table';
export * from './store-categories';

import config from '@jackpot-portal/eslint-config';

export default config;

import baseConfig, { angularConfigs } from '../../../../eslint.config.mjs';

export default [...angularConfigs('naast'), ...baseConfig];

export { IndependenceModule, INDEPENDENCE_ENTITIES } from './lib/independence.module';
export { renderRoleCard } from './lib/role-card.service';

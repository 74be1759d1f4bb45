export { PrivacyModule } from './lib/privacy.module';
export {
  INZAGE_READ_ELSEWHERE,
  INZAGE_REDUNDANT_LINKS,
  INZAGE_SOURCES,
  type InzageSource,
} from './lib/inzage/inzage-registry';
export { renderInzagePdf } from './lib/inzage/inzage.service';
export { InzageService } from './lib/inzage/inzage.service';
export { ClientPrivacyAccessService } from './lib/client-privacy-access.service';

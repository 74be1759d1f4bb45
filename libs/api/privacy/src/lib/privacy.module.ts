import { Module } from '@nestjs/common';
import { AccessLogViewerController, ClientPrivacyController } from './access-log-viewer.controller';
import { AccessLogViewerService } from './access-log-viewer.service';
import { ClientPrivacyAccessService } from './client-privacy-access.service';
import { InzageService } from './inzage/inzage.service';

/** The access log seen (search, per employee, the client's view) and the inzage export. No tables of its own. */
@Module({
  controllers: [AccessLogViewerController, ClientPrivacyController],
  providers: [AccessLogViewerService, ClientPrivacyAccessService, InzageService],
})
export class PrivacyModule {}

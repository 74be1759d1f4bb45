import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@naast/api-cases';
import { VisitsModule } from '@naast/api-visits';
import { CaseloadReviewController } from './caseload-review/caseload-review.controller';
import { CaseloadReviewService } from './caseload-review/caseload-review.service';
import { MyWorkService } from './my-work/my-work.service';
import { WorkspaceController } from './my-work/workspace.controller';
import { OrganisationSettingsController } from './organisation-settings/organisation-settings.controller';
import { OrganisationSettingsService } from './organisation-settings/organisation-settings.service';
import { TimelineController } from './timeline/timeline.controller';
import { TimelineService } from './timeline/timeline.service';
import { VisitDraftEntity } from './visit-drafts/visit-draft.entity';
import { CaseVisitDraftsController, VisitDraftsController } from './visit-drafts/visit-drafts.controller';
import { VisitDraftsService } from './visit-drafts/visit-drafts.service';
import { VolunteerWorkService } from './volunteer-work/volunteer-work.service';

export const WORKSPACES_ENTITIES = [VisitDraftEntity];

/** Each role's daily workspace: drafts, start pages, the case timeline and the caseload review. */
@Module({
  imports: [TypeOrmModule.forFeature(WORKSPACES_ENTITIES), CasesModule, VisitsModule],
  controllers: [
    CaseVisitDraftsController,
    VisitDraftsController,
    WorkspaceController,
    TimelineController,
    CaseloadReviewController,
    OrganisationSettingsController,
  ],
  providers: [
    VisitDraftsService,
    MyWorkService,
    VolunteerWorkService,
    TimelineService,
    CaseloadReviewService,
    OrganisationSettingsService,
  ],
})
export class WorkspacesModule {}

import {
  type BenefitEvent,
  computeYearExemption,
  type ShareExemption,
  yearFigures,
} from '@jackpot-portal/benefits-rules';
import type { DbClient } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { campaignWarnings } from './campaign-fields';
import { findCampaignRecipients } from './campaign-recipients';
import { campaignNotDraft } from './update-campaign';
import { loadYearGrants } from './year-grants';

export const previewCampaignComplianceInput = z.object({ campaignId: z.uuid() });

/** What the draft's grant would be called in the computation. */
const THIS_CAMPAIGN = 'this-campaign';

export interface ComplianceRow {
  userId: string;
  email: string;
  name: string | null;
  /** The birth years of the children the campaign gives to (the others are over the event's age limit). */
  childBirthYears: number[];
  /** What the campaign adds, its shares each with its verdict and reasons (benefits-rules). */
  campaignCents: number;
  campaignExemptCents: number;
  campaignToDeclareCents: number;
  shares: ShareExemption[];
  /** The employee's year: before this campaign, then with it. */
  yearBeforeCents: number;
  yearAfterCents: number;
  yearExemptCents: number;
  yearToDeclareCents: number;
  withinYearlyTolerance: boolean;
  /** The other grants of the year that count, for the "why". */
  otherGrants: { campaignName: string | null; event: string; grantedCents: number; toDeclareCents: number }[];
}

/**
 * Before launch, per employee: what the campaign adds to their year, which of it stays exempt and
 * which would be to declare, and why — computed by benefits-rules over every grant of the year
 * (the employee's other campaigns, the general budget granted that year) and the children's ages.
 * Totals for the whole campaign, and the category warnings. Writes nothing.
 */
export async function previewCampaignCompliance(
  deps: { db: DbClient },
  input: z.infer<typeof previewCampaignComplianceInput>,
) {
  const campaign = await deps.db.campaign.findUnique({ where: { id: input.campaignId } });
  if (!campaign) throw new AppError('NOT_FOUND', 'No such campaign.');
  if (campaign.status !== 'DRAFT') throw campaignNotDraft();
  const recipients = await findCampaignRecipients(deps.db, campaign);
  const yearGrants = await loadYearGrants(deps.db, {
    year: campaign.year,
    userIds: recipients.map((recipient) => recipient.userId),
    exceptCampaignId: campaign.id,
  });

  const rows: ComplianceRow[] = recipients.map((recipient) => {
    const others = yearGrants.get(recipient.userId) ?? [];
    const result = computeYearExemption(campaign.year, [
      ...others,
      {
        id: THIS_CAMPAIGN,
        event: campaign.event as BenefitEvent,
        categories: campaign.allowedCategories,
        employeeAmountCents: recipient.amount.employeeAmountCents,
        children: recipient.amount.children,
      },
    ]);
    const mine = result.grants.find((grant) => grant.grantId === THIS_CAMPAIGN)!;
    return {
      userId: recipient.userId,
      email: recipient.email,
      name: recipient.name,
      childBirthYears: recipient.amount.children.map((child) => child.birthYear),
      campaignCents: mine.grantedCents,
      campaignExemptCents: mine.exemptCents,
      campaignToDeclareCents: mine.toDeclareCents,
      shares: mine.shares,
      yearBeforeCents: result.grantedCents - mine.grantedCents,
      yearAfterCents: result.grantedCents,
      yearExemptCents: result.exemptCents,
      yearToDeclareCents: result.toDeclareCents,
      withinYearlyTolerance: result.withinYearlyTolerance,
      otherGrants: others.map((grant) => {
        const judged = result.grants.find((candidate) => candidate.grantId === grant.id)!;
        return {
          campaignName: grant.campaignName,
          event: grant.event,
          grantedCents: judged.grantedCents,
          toDeclareCents: judged.toDeclareCents,
        };
      }),
    };
  });
  const sum = (pick: (row: ComplianceRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return {
    campaign: { id: campaign.id, name: campaign.name, event: campaign.event, year: campaign.year },
    thresholdCents: yearFigures(campaign.year).thresholdCents,
    warnings: campaignWarnings(campaign),
    totals: {
      employees: rows.length,
      campaignCents: sum((row) => row.campaignCents),
      campaignExemptCents: sum((row) => row.campaignExemptCents),
      campaignToDeclareCents: sum((row) => row.campaignToDeclareCents),
      employeesWithSomethingToDeclare: rows.filter((row) => row.campaignToDeclareCents > 0).length,
    },
    rows,
  };
}

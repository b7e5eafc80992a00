'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import type { BenefitEvent } from '@jackpot-portal/benefits-rules';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';

import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { fieldClasses, LabelledField } from '~/components/ui/field';
import { Panel } from '~/components/ui/panel';
import { formatEuros } from '~/lib/money';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

import { AmountsAndDays } from './amounts-and-days';
import { CategoriesField } from './categories-field';
import { EligibilityField } from './eligibility-field';
import { useCampaignForm } from './use-campaign-form';

type Rules = RouterOutputs['admin']['campaignRules'];
type Campaign = RouterOutputs['admin']['campaignDetails'];

/** A campaign's draft: created, or changed while it is a draft; saved, it opens the campaign's page. */
export function CampaignForm({ rules, campaign }: { rules: Rules; campaign?: Campaign }) {
  const t = useTranslations('admin.campaigns.form');
  const tEvents = useTranslations('admin.campaigns.events');
  const locale = useLocale();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const id = useId();
  const { draft, change, changeEvent, outside, rule, input } = useCampaignForm(rules, campaign);
  const options = {
    onSuccess: ({ campaign: saved }: { campaign: { id: string } }) => {
      void queryClient.invalidateQueries({ queryKey: trpc.admin.pathKey() });
      router.push(`/admin/campaigns/${saved.id}`);
    },
  };
  const create = useMutation(trpc.admin.createCampaign.mutationOptions(options));
  const update = useMutation(trpc.admin.updateCampaign.mutationOptions(options));
  const saving = create.isPending || update.isPending;
  const error = create.error ?? update.error;
  const threshold = rules.years.find((year) => year.year === draft.year)?.thresholdCents;
  const field = fieldClasses({ className: 'w-full' });

  return (
    <Panel title={campaign ? t('editTitle', { name: campaign.name }) : t('newTitle')} description={t('description')}>
      <form
        className="mt-4 grid gap-5"
        onSubmit={(event) => {
          event.preventDefault();
          if (!input) return;
          if (campaign) update.mutate({ ...input, campaignId: campaign.id });
          else create.mutate(input);
        }}
      >
        <div className="grid gap-4 sm:grid-cols-3">
          <LabelledField id={`${id}-name`} label={t('name')} className="sm:col-span-3">
            <input
              id={`${id}-name`}
              className={field}
              value={draft.name}
              required
              minLength={3}
              maxLength={120}
              onChange={(event) => change({ name: event.target.value })}
            />
          </LabelledField>
          <LabelledField id={`${id}-event`} label={t('event')} className="sm:col-span-2">
            <select
              id={`${id}-event`}
              className={field}
              value={draft.event}
              onChange={(event) => changeEvent(event.target.value as BenefitEvent)}
            >
              {rules.events.map(({ event }) => (
                <option key={event} value={event}>
                  {tEvents(event)}
                </option>
              ))}
            </select>
          </LabelledField>
          <LabelledField id={`${id}-year`} label={t('year')}>
            <select
              id={`${id}-year`}
              className={field}
              value={draft.year}
              onChange={(event) => change({ year: Number(event.target.value) })}
            >
              {rules.years.map(({ year }) => (
                <option key={year}>{year}</option>
              ))}
            </select>
          </LabelledField>
        </div>
        <p className="text-sm text-slate-600">
          {rule === null
            ? t('otherEvent', { threshold: formatEuros(threshold ?? 0, locale, { hideZeroCents: true }) })
            : t('eventRule', { threshold: formatEuros(threshold ?? 0, locale, { hideZeroCents: true }) })}
        </p>
        <AmountsAndDays draft={draft} change={change} rule={rule} />
        <EligibilityField value={draft.eligibility} onChange={(eligibility) => change({ eligibility })} />
        <CategoriesField
          categories={rules.categories}
          selected={draft.categories}
          outside={outside}
          onChange={(categories) => change({ categories })}
        />
        {error && <Alert>{errorMessage(error)}</Alert>}
        <div className="flex justify-end gap-2">
          <Button type="submit" disabled={saving}>
            {saving ? t('saving') : t('save')}
          </Button>
        </div>
      </form>
    </Panel>
  );
}

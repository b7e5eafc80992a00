'use client';

import type { RouterOutputs } from '@jackpot-portal/api';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { Button } from '~/components/ui/button';
import { fieldClasses, LabelledField } from '~/components/ui/field';

import { ORDER_STATUSES, type OrderStatusFilter, type VoucherListInput } from './voucher-filters-url';

type Filters = Omit<VoucherListInput, 'cursor' | 'limit'>;
type Store = RouterOutputs['admin']['orderFilterOptions']['stores'][number];

/**
 * The vouchers table's filters as one form: applied together (Enter or the button), so a filter
 * change is one step in the history. Clearing goes back to all vouchers.
 */
export function VoucherFilters({
  filters,
  stores,
  onApply,
}: {
  filters: Filters;
  stores: Store[];
  onApply: (filters: Filters) => void;
}) {
  const t = useTranslations('admin.vouchers.filters');
  const tStatus = useTranslations('vouchers.status');
  const id = useId();
  const [draft, setDraft] = useState(filters);
  const [seen, setSeen] = useState(filters);
  // The form follows the URL when it changes from outside (Back, a link from the overview).
  if (seen !== filters) {
    setSeen(filters);
    setDraft(filters);
  }
  const set = (patch: Partial<Filters>) => setDraft((current) => ({ ...current, ...patch }));
  const field = fieldClasses({ className: 'w-full rounded-lg py-1.5' });

  return (
    <form
      role="search"
      aria-label={t('label')}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4"
      onSubmit={(event) => {
        event.preventDefault();
        onApply({ ...draft, q: draft.q?.trim() || undefined });
      }}
    >
      <LabelledField id={`${id}-q`} label={t('search')} className="sm:col-span-2">
        <input
          id={`${id}-q`}
          type="search"
          value={draft.q ?? ''}
          onChange={(event) => set({ q: event.target.value })}
          placeholder={t('searchHint')}
          className={field}
        />
      </LabelledField>
      <LabelledField id={`${id}-status`} label={t('status')}>
        <select
          id={`${id}-status`}
          value={draft.status?.[0] ?? ''}
          onChange={(event) =>
            set({ status: event.target.value ? [event.target.value as OrderStatusFilter] : undefined })
          }
          className={field}
        >
          <option value="">{t('any')}</option>
          {ORDER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {tStatus(status)}
            </option>
          ))}
        </select>
      </LabelledField>
      <LabelledField id={`${id}-store`} label={t('store')}>
        <select
          id={`${id}-store`}
          value={draft.storeId ?? ''}
          onChange={(event) => set({ storeId: event.target.value || undefined })}
          className={field}
        >
          <option value="">{t('any')}</option>
          {stores.map((store) => (
            <option key={store.id} value={store.id}>
              {store.name}
            </option>
          ))}
        </select>
      </LabelledField>
      <LabelledField id={`${id}-mode`} label={t('mode')}>
        <select
          id={`${id}-mode`}
          value={draft.mode ?? ''}
          onChange={(event) => set({ mode: (event.target.value || undefined) as Filters['mode'] })}
          className={field}
        >
          <option value="">{t('any')}</option>
          <option value="BONUS">{t('bonus')}</option>
          <option value="DISCOUNT">{t('discount')}</option>
        </select>
      </LabelledField>
      <LabelledField id={`${id}-approval`} label={t('approval')}>
        <select
          id={`${id}-approval`}
          value={draft.needsApproval === undefined ? '' : draft.needsApproval ? 'yes' : 'no'}
          onChange={(event) =>
            set({ needsApproval: event.target.value === '' ? undefined : event.target.value === 'yes' })
          }
          className={field}
        >
          <option value="">{t('any')}</option>
          <option value="yes">{t('approvalYes')}</option>
          <option value="no">{t('approvalNo')}</option>
        </select>
      </LabelledField>
      <LabelledField id={`${id}-from`} label={t('from')}>
        <input
          id={`${id}-from`}
          type="date"
          value={draft.from ?? ''}
          onChange={(event) => set({ from: event.target.value || undefined })}
          className={field}
        />
      </LabelledField>
      <LabelledField id={`${id}-to`} label={t('to')}>
        <input
          id={`${id}-to`}
          type="date"
          value={draft.to ?? ''}
          onChange={(event) => set({ to: event.target.value || undefined })}
          className={field}
        />
      </LabelledField>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
        <Button type="submit" size="sm">
          {t('apply')}
        </Button>
        <Button variant="quiet" size="sm" onClick={() => onApply({ sort: filters.sort, dir: filters.dir })}>
          {t('clear')}
        </Button>
      </div>
    </form>
  );
}

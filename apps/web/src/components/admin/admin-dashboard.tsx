'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Check, X } from 'lucide-react';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { formatEuros } from '~/lib/money';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

export function AdminDashboard() {
  return (
    <div className="mt-6 grid gap-6">
      <PendingApprovals />
      <div className="grid gap-6 md:grid-cols-2">
        <ApprovalThreshold />
        <JobQueues />
      </div>
    </div>
  );
}

const panel = 'rounded-2xl border border-brand-100 bg-white p-5 shadow-sm';

function PendingApprovals() {
  const t = useTranslations('admin.approvals');
  const locale = useLocale();
  const format = useFormatter();
  const trpc = useTRPC();
  const pending = useQuery(trpc.admin.pendingApprovals.queryOptions(undefined, { refetchInterval: 10_000 }));
  return (
    <section aria-labelledby="approvals-title" className={panel}>
      <h2 id="approvals-title" className="text-lg font-bold">
        {t('title')}
      </h2>
      <p className="text-sm text-slate-600">{t('lead')}</p>
      {pending.isPending ? (
        <div aria-busy="true" className="mt-4 h-16 animate-pulse rounded-xl bg-brand-50" />
      ) : pending.isError ? (
        <p role="alert" className="mt-4 text-rose-700">
          {t('loadError')}
        </p>
      ) : pending.data.length === 0 ? (
        <p className="mt-4 rounded-xl bg-brand-50 px-4 py-3 text-sm text-slate-700">{t('empty')}</p>
      ) : (
        <ul className="mt-4 divide-y divide-brand-100">
          {pending.data.map((order) => (
            <li
              key={order.id}
              className="flex flex-wrap items-center gap-x-6 gap-y-3 py-3"
              aria-label={t('row', { name: order.user.name ?? order.user.email, store: order.storeName })}
            >
              <div className="min-w-0 flex-1 basis-56">
                <p className="font-semibold">
                  {order.user.name ?? order.user.email}
                  {order.user.flagged ? (
                    <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-800">
                      {t('flagged')}
                    </span>
                  ) : null}
                </p>
                <p className="text-sm text-slate-600">
                  {t('voucher', {
                    store: order.storeName,
                    value: formatEuros(order.valueCents, locale),
                    price: formatEuros(order.priceCents, locale),
                  })}
                </p>
                <p className="text-xs text-slate-500">
                  {t('requested', {
                    date: format.dateTime(new Date(order.createdAt), { dateStyle: 'medium', timeStyle: 'short' }),
                  })}
                  {order.resaExpireDate
                    ? ` · ${t('expires', { date: format.dateTime(new Date(order.resaExpireDate), { dateStyle: 'medium', timeStyle: 'short' }) })}`
                    : null}
                </p>
              </div>
              <Decision orderId={order.id} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Decision({ orderId }: { orderId: string }) {
  const t = useTranslations('admin.approvals');
  const errorText = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reasonId = useId();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.pendingApprovals.queryKey() });
  const approve = useMutation(trpc.admin.approveOrder.mutationOptions({ onSuccess: refresh }));
  const reject = useMutation(trpc.admin.rejectOrder.mutationOptions({ onSuccess: refresh }));
  const busy = approve.isPending || reject.isPending;
  const error = approve.error ?? reject.error;

  return (
    <div className="flex flex-wrap items-center gap-2">
      {rejecting ? (
        <form
          className="flex flex-wrap items-center gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim().length >= 3) reject.mutate({ orderId, reason: reason.trim() });
          }}
        >
          <label htmlFor={reasonId} className="sr-only">
            {t('reason')}
          </label>
          <input
            id={reasonId}
            value={reason}
            minLength={3}
            required
            onChange={(event) => setReason(event.target.value)}
            placeholder={t('reason')}
            className="w-48 rounded-lg border border-brand-100 px-3 py-1.5 text-sm"
          />
          <button
            type="submit"
            disabled={busy}
            className="rounded-lg bg-rose-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-rose-700 disabled:opacity-60"
          >
            {t('confirmReject')}
          </button>
          <button
            type="button"
            onClick={() => setRejecting(false)}
            className="rounded-lg px-3 py-1.5 text-sm font-semibold text-slate-700 ring-1 ring-slate-300"
          >
            {t('back')}
          </button>
        </form>
      ) : (
        <>
          <button
            type="button"
            disabled={busy}
            onClick={() => approve.mutate({ orderId })}
            className="inline-flex items-center gap-1.5 rounded-lg bg-emerald-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-emerald-700 disabled:opacity-60"
          >
            <Check aria-hidden="true" className="h-4 w-4" />
            {approve.isPending ? t('approving') : t('approve')}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => setRejecting(true)}
            className="inline-flex items-center gap-1.5 rounded-lg px-3 py-1.5 text-sm font-semibold text-rose-700 ring-1 ring-rose-200 hover:bg-rose-50"
          >
            <X aria-hidden="true" className="h-4 w-4" />
            {t('reject')}
          </button>
        </>
      )}
      {error ? (
        <p role="alert" className="w-full text-sm text-rose-700">
          {errorText(error)}
        </p>
      ) : null}
    </div>
  );
}

function ApprovalThreshold() {
  const t = useTranslations('admin.threshold');
  const errorText = useErrorMessage();
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const inputId = useId();
  const threshold = useQuery(trpc.admin.approvalThreshold.queryOptions());
  const [typed, setTyped] = useState<string | null>(null);
  const save = useMutation(
    trpc.admin.setApprovalThreshold.mutationOptions({
      onSuccess: () => {
        setTyped(null);
        return queryClient.invalidateQueries({ queryKey: trpc.admin.approvalThreshold.queryKey() });
      },
    }),
  );
  const current = threshold.data?.thresholdCents;
  const value = typed ?? (current === undefined ? '' : String(current / 100));
  const euros = Number(value);
  const valid = value.trim() !== '' && Number.isInteger(euros) && euros >= 0 && euros <= 100_000;

  return (
    <section aria-labelledby="threshold-title" className={panel}>
      <h2 id="threshold-title" className="text-lg font-bold">
        {t('title')}
      </h2>
      <p className="text-sm text-slate-600">
        {current === undefined ? '\u00a0' : t('current', { amount: formatEuros(current, locale) })}
      </p>
      <form
        className="mt-4 flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) save.mutate({ thresholdCents: euros * 100 });
        }}
      >
        <div>
          <label htmlFor={inputId} className="text-sm font-semibold text-slate-700">
            {t('label')}
          </label>
          <input
            id={inputId}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            value={value}
            onChange={(event) => setTyped(event.target.value)}
            aria-invalid={!valid}
            className="mt-1 block w-32 rounded-lg border border-brand-100 px-3 py-2"
          />
        </div>
        <button
          type="submit"
          disabled={!valid || save.isPending}
          className="rounded-xl bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {save.isPending ? t('saving') : t('save')}
        </button>
      </form>
      <p role="status" className="mt-2 text-sm text-emerald-700">
        {save.isSuccess ? t('saved') : null}
      </p>
      {save.isError ? (
        <p role="alert" className="text-sm text-rose-700">
          {errorText(save.error)}
        </p>
      ) : null}
    </section>
  );
}

function JobQueues() {
  const t = useTranslations('admin.jobs');
  const trpc = useTRPC();
  const stats = useQuery(trpc.admin.jobStats.queryOptions(undefined, { refetchInterval: 10_000 }));
  return (
    <section aria-labelledby="jobs-title" className={panel}>
      <h2 id="jobs-title" className="text-lg font-bold">
        {t('title')}
      </h2>
      {stats.data ? (
        <>
          <table className="mt-3 w-full text-left text-sm">
            <thead className="text-xs uppercase tracking-wider text-slate-500">
              <tr>
                <th scope="col" className="py-1 font-medium">
                  {t('queue')}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {t('waiting')}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {t('active')}
                </th>
                <th scope="col" className="py-1 text-right font-medium">
                  {t('failed')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-brand-100">
              {stats.data.queues.map((queue) => (
                <tr key={queue.name}>
                  <th scope="row" className="py-1.5 font-mono text-xs font-normal">
                    {queue.name}
                  </th>
                  <td className="py-1.5 text-right tabular-nums">{queue.created + queue.retry}</td>
                  <td className="py-1.5 text-right tabular-nums">{queue.active}</td>
                  <td
                    className={`py-1.5 text-right tabular-nums ${queue.failed > 0 ? 'font-semibold text-rose-700' : ''}`}
                  >
                    {queue.failed}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-3 text-xs text-slate-500">{t('failures', { count: stats.data.recentFailures.length })}</p>
        </>
      ) : (
        <div aria-busy="true" className="mt-3 h-24 animate-pulse rounded-xl bg-brand-50" />
      )}
    </section>
  );
}

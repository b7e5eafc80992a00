'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

import { Alert } from '~/components/ui/alert';
import { Button } from '~/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogTrigger } from '~/components/ui/dialog';
import { fieldClasses, labelClasses } from '~/components/ui/field';
import { useErrorMessage } from '~/lib/use-error-message';
import { useTRPC } from '~/trpc/react';

/** One address per line, optionally followed by the name (`email, name` or `email; name`). */
export function parseInvitees(text: string): { email: string; name?: string }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [email = '', ...rest] = line.split(/[;,\t]/).map((part) => part.trim());
      const name = rest.join(' ').trim();
      return name ? { email, name } : { email };
    });
}

/** Create one account or invite many: the invitation is the sign-in email, in the chosen language. */
export function InviteDialog() {
  const t = useTranslations('admin.employees.invite');
  const tUi = useTranslations('ui');
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [locale, setLocale] = useState<'fr' | 'en'>('fr');
  const [sendEmail, setSendEmail] = useState(true);
  const invite = useMutation(
    trpc.admin.inviteEmployees.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.admin.listEmployees.queryKey() }),
    }),
  );
  const invitees = parseInvitees(text);

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          invite.reset();
          setText('');
        }
      }}
    >
      <DialogTrigger asChild>
        <Button>{t('open')}</Button>
      </DialogTrigger>
      <DialogContent title={t('title')} description={t('description')} closeLabel={tUi('close')} className="max-w-lg">
        {invite.isSuccess ? (
          <div className="mt-4 grid gap-4">
            <ul className="grid gap-1 text-sm" aria-label={t('results')}>
              {invite.data.invitations.map((row) => (
                <li key={row.email} className="flex justify-between gap-3">
                  <span className="truncate">{row.email}</span>
                  <span className="font-semibold">{t(`outcome.${row.outcome}`)}</span>
                </li>
              ))}
            </ul>
            <DialogClose asChild>
              <Button>{t('done')}</Button>
            </DialogClose>
          </div>
        ) : (
          <form
            className="mt-4 grid gap-4"
            onSubmit={(event) => {
              event.preventDefault();
              if (invitees.length > 0) invite.mutate({ employees: invitees, locale, sendEmail });
            }}
          >
            <div>
              <label htmlFor={`${id}-list`} className={labelClasses}>
                {t('addresses')}
              </label>
              <textarea
                id={`${id}-list`}
                value={text}
                required
                rows={5}
                aria-describedby={`${id}-hint`}
                onChange={(event) => setText(event.target.value)}
                className={fieldClasses({ className: 'w-full font-mono text-sm' })}
              />
              <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
                {t('hint')}
              </p>
            </div>
            <div>
              <label htmlFor={`${id}-locale`} className={labelClasses}>
                {t('language')}
              </label>
              <select
                id={`${id}-locale`}
                value={locale}
                onChange={(event) => setLocale(event.target.value as 'fr' | 'en')}
                className={fieldClasses({ className: 'w-full' })}
              >
                <option value="fr">Français</option>
                <option value="en">English</option>
              </select>
            </div>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={sendEmail} onChange={(event) => setSendEmail(event.target.checked)} />
              {t('sendEmail')}
            </label>
            {invite.isError && <Alert>{errorMessage(invite.error)}</Alert>}
            <div className="flex flex-wrap justify-end gap-2">
              <DialogClose asChild>
                <Button variant="quiet">{t('cancel')}</Button>
              </DialogClose>
              <Button type="submit" disabled={invite.isPending || invitees.length === 0}>
                {invite.isPending ? t('working') : t('submit', { count: invitees.length })}
              </Button>
            </div>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}

import type { RouterInputs } from '@jackpot-portal/api';

export type EmployeeFilters = Omit<RouterInputs['admin']['listEmployees'], 'cursor' | 'limit'>;

const flag = (value: string | null) => (value === 'yes' ? true : value === 'no' ? false : undefined);

/** The employees table's search and filters, read from the page's URL. */
export function parseEmployeeFilters(params: URLSearchParams): EmployeeFilters {
  const role = params.get('role');
  return {
    q: params.get('q') || undefined,
    role: role === 'ADMIN' || role === 'EMPLOYEE' ? role : undefined,
    disabled: flag(params.get('disabled')),
    flagged: flag(params.get('flagged')),
    hasBudget: flag(params.get('budget')),
  };
}

/** The URL query of these filters (`?…`, or '' for none). */
export function employeeFiltersQuery(filters: EmployeeFilters): string {
  const params = new URLSearchParams();
  const yesNo = (value: boolean | undefined) => (value === undefined ? null : value ? 'yes' : 'no');
  const entries: [string, string | null | undefined][] = [
    ['q', filters.q],
    ['role', filters.role],
    ['disabled', yesNo(filters.disabled)],
    ['flagged', yesNo(filters.flagged)],
    ['budget', yesNo(filters.hasBudget)],
  ];
  for (const [key, value] of entries) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

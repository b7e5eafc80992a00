/** Rows per page of each refund requests list: the page prefetches the first page of each with it. */
export const REFUND_PAGE_SIZE = 25;

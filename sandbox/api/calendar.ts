/** Calendar dates as ISO `YYYY-MM-DD` strings, with "today" as a Norwegian bank sees it: the app's own rules. */
export { addDays, bankingToday as osloToday, isIsoDate } from '../../src/lib/banking-day.ts';

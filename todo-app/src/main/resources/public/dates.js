// Dates as the API renders them ("2017-06-13 00:00:00 UTC") and as people and date inputs want them.

const UTC = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}):(\d{2}) UTC$/;
// the page speaks English; day month year reads the same to everyone ("13 Jul 2017")
const LOCALE = 'en-GB';
const dayFormat = new Intl.DateTimeFormat(LOCALE, {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
const shortFormat = new Intl.DateTimeFormat(LOCALE, {day: 'numeric', month: 'short', timeZone: 'UTC'});

/** Today in the user's time zone, as a date input's value: 2017-07-13. */
export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "13 Jun 2017", or "13 Jul 2017, 10:30 UTC" when the date carries a time; other text as it is. */
export function display(apiDate) {
  const parts = UTC.exec(apiDate || '');
  if (!parts) return apiDate || '';
  const day = dayFormat.format(new Date(`${parts[1]}T00:00:00Z`));
  return parts[2] === '00:00' && parts[3] === '00' ? day : `${day}, ${parts[2]} UTC`;
}

/** "30 Nov" for a date of this year, "30 Nov 2017" for another: short, as an overdue badge wants it. */
export function short(apiDate) {
  const date = inputValue(apiDate);
  if (date === '') return apiDate || '';
  const format = date.slice(0, 4) === today().slice(0, 4) ? shortFormat : dayFormat;
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** The date part, for a date input: "2017-06-13 00:00:00 UTC" becomes "2017-06-13". */
export function inputValue(apiDate) {
  const parts = UTC.exec(apiDate || '');
  return parts ? parts[1] : '';
}

/** Whether a due date lies before today. */
export function overdue(apiDate) {
  const date = inputValue(apiDate);
  return date !== '' && date < today();
}

/** An event's created_at in the user's local time, to the second. */
export function timestamp(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : date.toLocaleString(LOCALE, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit'});
}

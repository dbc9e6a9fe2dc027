// The API's messages in plain words, shown under the field or on the todo that caused them; the
// API's own text stays in the tooltip, for whoever reads logs or reports a bug.

const FIELD_WORDS = {
  title: {blank: 'Give the todo a title.', invalid: 'This title cannot be stored: keep it to plain text under 500 characters.'},
  description: {invalid: 'This description cannot be stored: keep it to plain text.'},
  due_date: {invalid: 'Enter a real date, such as 13 Jul 2017.'},
  stakeholder_email: {invalid: 'Enter an email address, such as dillon@cia.gov.'},
  completed_on: {blank: 'Choose the day it was completed.', invalid: 'Enter a real date, such as 13 Jul 2017.'},
  abandoned_on: {blank: 'Choose the day it was abandoned.', invalid: 'Enter a real date, such as 13 Jul 2017.'},
};
const REFUSALS = [
  [/already complete$/, 'This todo was already completed, perhaps in another window.'],
  [/already abandoned$/, 'This todo was already abandoned, perhaps in another window.'],
  [/is complete$/, 'This todo is completed, so it can no longer change.'],
  [/is abandoned$/, 'This todo is abandoned, so it can no longer change.'],
  [/does not exist$/, 'This todo no longer exists here.'],
];

/** The field an API message names ("Bad Request: due_date is invalid" names due_date), or null. */
export function fieldOf(message) {
  const parts = /^Bad Request: (\w+) is (invalid|blank)/.exec(message || '');
  return parts && FIELD_WORDS[parts[1]] ? parts[1] : null;
}

/** {@code message} (the API's text) in plain words. */
export function plainWords(message) {
  const parts = /^Bad Request: (\w+) is (invalid|blank)/.exec(message || '');
  const words = parts && FIELD_WORDS[parts[1]] && FIELD_WORDS[parts[1]][parts[2]];
  if (words) return words;
  const refusal = REFUSALS.find(([pattern]) => pattern.test(message || ''));
  if (refusal) return refusal[1];
  if (/^Conflict/.test(message || '')) return 'Someone changed this todo at the same moment: try again.';
  if (/^(Service Unavailable|Cannot reach)/.test(message || '')) return 'The server cannot be reached just now: try again in a moment.';
  return message || '';
}

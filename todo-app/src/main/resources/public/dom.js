// Building DOM safely: text goes in as text nodes, never as markup, so a title such as
// <img src=x onerror=alert(1)> shows as those characters.

import {fieldOf, plainWords} from './messages.js';

/** An element with attributes (false/null/undefined ones left out) and children (strings become text). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'value') element.value = value;
    else if (name === 'checked') element.checked = Boolean(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Shows {@code message} (the API's text) in plain words in {@code target}, the API's text as its tooltip. */
export function showError(target, message) {
  target.textContent = message ? plainWords(message) : '';
  if (message) target.title = message;
  else target.removeAttribute('title');
  target.hidden = !message;
}

/**
 * Shows an API message in {@code form}: under the field it names (marked invalid and focused) when
 * it names one, else in the form's own error line. No message clears them all.
 */
export function showFormError(form, message) {
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  for (const error of form.querySelectorAll('.error')) showError(error, null);
  const input = fieldOf(message) && form.querySelector(`[name="${fieldOf(message)}"]`);
  if (!input) {
    if (message) showError(form.querySelector('[data-error]'), message);
    return;
  }
  input.setAttribute('aria-invalid', 'true');
  showError(form.querySelector(`[data-error-for="${input.name}"]`), message);
  input.focus();
}

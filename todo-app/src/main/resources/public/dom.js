// Building DOM safely: text goes in as text nodes, never as markup, so a title such as
// <img src=x onerror=alert(1)> shows as those characters.

/** An element with attributes (false/null/undefined ones left out) and children (strings become text). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'value') element.value = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** Shows {@code message} in the error element {@code target}, or hides it when there is none. */
export function showError(target, message) {
  target.textContent = message || '';
  target.hidden = !message;
}

/** Marks the form field an API message names ("Bad Request: due_date is invalid") as invalid. */
export function markInvalid(form, message) {
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  const field = /^Bad Request: (\w+) is (?:invalid|blank)/.exec(message || '');
  const input = field && form.querySelector(`[name="${field[1]}"]`);
  if (input) {
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  }
}

// The add form: sends the fields filled in; an error shows in plain words under the field it names.
// On a phone it is one line (the title) until it is focused or holds more than a title.

import {commands, newId} from './api.js';
import {showFormError} from './dom.js';

const EXTRA = ['description', 'due_date', 'stakeholder_email'];

/** Makes {@code form} add a todo on submit; {@code added} runs (and is awaited) once it is stored. */
export function wireAddForm(form, added) {
  const keepOpen = () => form.classList.toggle('filled', EXTRA.some((name) => form.elements[name].value !== ''));
  form.addEventListener('input', keepOpen);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const fields = {title: form.elements.title.value};
    for (const name of EXTRA) {
      if (form.elements[name].value !== '') fields[name] = form.elements[name].value;
    }
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      await commands.add(newId(), fields);
      form.reset();
      keepOpen();
      showFormError(form, null);
      await added();
      form.elements.title.focus();
    } catch (e) {
      showFormError(form, e.message);
    } finally {
      button.disabled = false;
    }
  });
}

/** Disables or enables the whole form (the lists of the past cannot be changed). */
export function lockAddForm(form, locked) {
  for (const element of form.elements) element.disabled = locked;
}

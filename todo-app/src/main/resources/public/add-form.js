// The add form: sends the fields filled in, shows the API's error next to the field it names.

import {commands, newId} from './api.js';
import {markInvalid, showError} from './dom.js';

/** Makes {@code form} add a todo on submit; {@code added} runs (and is awaited) once it is stored. */
export function wireAddForm(form, added) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const fields = {title: form.elements.title.value};
    for (const name of ['description', 'due_date', 'stakeholder_email']) {
      if (form.elements[name].value !== '') fields[name] = form.elements[name].value;
    }
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    try {
      await commands.add(newId(), fields);
      form.reset();
      markInvalid(form, null);
      showError(form.querySelector('[data-error]'), null);
      await added();
      form.elements.title.focus();
    } catch (e) {
      showError(form.querySelector('[data-error]'), e.message);
      markInvalid(form, e.message);
    } finally {
      button.disabled = false;
    }
  });
}

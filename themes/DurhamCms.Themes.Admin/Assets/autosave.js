// Autosave for the content editor (a form marked data-autosave): the draft is saved on the server
// every 30 seconds and whenever a field is left, if anything changed, into the draft it already is
// (never a version per keystroke). Each save carries the form's version and stamp, so a save by
// someone else is never overwritten: the server refuses and the page says so. Leaving the page
// with unsaved changes asks first. Without this script the form saves with its buttons as before.
(() => {
  const form = document.querySelector('form[data-autosave]');
  if (!form) {
    return;
  }

  const status = document.getElementById('autosave-status');
  const version = form.querySelector('input[name="ContentItemVersionId"]');
  const stamp = form.querySelector('input[name="VersionStamp"]');
  let dirty = false;
  let saving = false;
  let stopped = false;
  let submitting = false;

  const say = (text) => {
    if (status) {
      status.textContent = text;
    }
  };

  let pending = null;

  const save = () => {
    if (!dirty || saving || stopped || submitting) {
      return pending ?? Promise.resolve();
    }

    pending = send().finally(() => { pending = null; });
    return pending;
  };

  const send = async () => {
    saving = true;
    dirty = false;
    const data = new FormData(form);
    data.delete('command');
    try {
      const response = await fetch(form.dataset.autosave, { method: 'POST', body: data, credentials: 'same-origin' });
      const body = await response.json().catch(() => ({}));
      if (response.ok) {
        version.value = body.versionId;
        stamp.value = String(body.stamp);
        say(`Draft saved automatically at ${new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.`);
      } else {
        dirty = true;
        stopped = response.status === 409;
        say(body.message || 'Not saved automatically; use Save draft.');
      }
    } catch {
      dirty = true;
      say('Not saved automatically: the server did not answer. Your changes are still on this page.');
    } finally {
      saving = false;
    }
  };

  form.addEventListener('input', () => { dirty = true; });
  form.addEventListener('change', () => { dirty = true; save(); });
  // Leaving a field for one of the form's own buttons is not leaving the form: the button's submit
  // saves it, and an autosave racing that submit would move the stamp under it (a false conflict).
  form.addEventListener('focusout', (event) => {
    const next = event.relatedTarget;
    if (next && form.contains(next) && next.type === 'submit') {
      return;
    }

    save();
  });
  form.addEventListener('submit', (event) => {
    if (pending) {
      // An autosave is on its way: submit once it has answered, with the stamp it returned.
      event.preventDefault();
      const submitter = event.submitter;
      pending.then(() => form.requestSubmit(submitter));
      return;
    }

    submitting = true;
  });
  window.setInterval(save, 30000);
  window.addEventListener('beforeunload', (event) => {
    if (dirty && !submitting) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();

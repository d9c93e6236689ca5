// The internal-link picker: a modal dialog that finds our own pages by number ("3.11") or title
// through the content picker's search (/admin/content-picker, which gives each published item its
// public url), or takes a plain web address. A modal <dialog> makes the page behind it inert; the
// Tab trap keeps focus inside it as well, Esc cancels, and focus goes back where it came from.
const SearchUrl = '/admin/content-picker';
let counter = 0;

function element(tag, properties = {}, children = []) {
  const node = document.createElement(tag);
  Object.assign(node, properties);
  node.append(...children);
  return node;
}

/**
 * Asks for a link. Resolves { href, title } to link, { remove: true } to remove the link,
 * or null when cancelled.
 */
export function chooseLink(previous) {
  return new Promise((resolve) => {
    const n = ++counter;
    const ids = {
      title: `link-dialog-${n}-title`,
      search: `link-dialog-${n}-search`,
      results: `link-dialog-${n}-results`,
      status: `link-dialog-${n}-status`,
      url: `link-dialog-${n}-url`,
      urlHint: `link-dialog-${n}-url-hint`,
    };
    const dialog = element('dialog', { className: 'link-dialog' });
    dialog.setAttribute('aria-labelledby', ids.title);
    const search = element('input', { id: ids.search, type: 'search', autocomplete: 'off' });
    search.setAttribute('aria-controls', ids.results);
    search.setAttribute('aria-describedby', ids.status);
    const status = element('p', { id: ids.status, textContent: 'Type a number such as 3.11, or words from a title.' });
    status.setAttribute('role', 'status');
    const results = element('ul', { id: ids.results, className: 'link-results', hidden: true });
    results.setAttribute('aria-label', 'Pages found');
    const url = element('input', { id: ids.url, type: 'text', inputMode: 'url', value: previous || '', autocomplete: 'off' });
    url.setAttribute('aria-describedby', ids.urlHint);
    const error = element('p', { className: 'field-error', hidden: true });
    error.setAttribute('role', 'alert');
    const ok = element('button', { type: 'submit', textContent: 'Insert link' });
    const cancel = element('button', { type: 'button', className: 'secondary', textContent: 'Cancel' });
    const remove = element('button', { type: 'button', className: 'secondary', textContent: 'Remove link' });
    const actions = element('p', {}, [ok, ' ', cancel]);
    if (previous) actions.append(' ', remove);
    const form = element('form', { method: 'dialog', noValidate: true }, [
      element('h2', { id: ids.title, textContent: 'Link' }),
      element('label', { htmlFor: ids.search, textContent: 'Find one of our pages by number or title' }),
      search,
      status,
      results,
      element('label', { htmlFor: ids.url, textContent: 'Or the link address' }),
      element('p', { id: ids.urlHint, className: 'hint', textContent: 'A web address (https://…), an email address (mailto:…), or one of our pages (/…).' }),
      url,
      error,
      actions,
    ]);
    dialog.append(form);
    document.body.append(dialog);

    const opener = document.activeElement;
    let chosenTitle = null;
    let timer = 0;
    let latest = 0;
    let done = false;

    const finish = (value) => {
      if (done) return;
      done = true;
      window.clearTimeout(timer);
      dialog.close();
      dialog.remove();
      if (value === null && opener instanceof HTMLElement) opener.focus();
      resolve(value);
    };

    cancel.addEventListener('click', () => finish(null));
    remove.addEventListener('click', () => finish({ remove: true }));
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish(null);
    });
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Tab') return;
      const focusable = Array.from(dialog.querySelectorAll('input, button, [href]')).filter((e) => !e.hidden && !e.closest('[hidden]') && !e.disabled);
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    });

    search.addEventListener('input', () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(find, 200);
    });
    search.addEventListener('keydown', (event) => {
      // Enter in the search box would submit the dialog's form with whatever the address says.
      if (event.key === 'Enter') {
        event.preventDefault();
        window.clearTimeout(timer);
        find();
      }
    });

    async function find() {
      const text = search.value.trim();
      if (text.length === 0) {
        results.hidden = true;
        status.textContent = 'Type a number such as 3.11, or words from a title.';
        return;
      }

      const request = ++latest;
      let items;
      try {
        const response = await fetch(`${SearchUrl}?q=${encodeURIComponent(text)}`, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
        if (!response.ok) throw new Error(String(response.status));
        items = await response.json();
      } catch {
        if (request === latest) status.textContent = 'The search is not available: type the link address below.';
        return;
      }

      if (request !== latest || done) return;
      // Only a page a resident can open makes a link: drafts never published have no address yet.
      const pages = items.filter((item) => item.url);
      results.replaceChildren(...pages.map((item) => {
        const button = element('button', { type: 'button', className: 'secondary', textContent: item.title });
        button.dataset.url = item.url;
        button.addEventListener('click', () => {
          url.value = item.url;
          chosenTitle = item.title;
          status.textContent = `Chosen: ${item.title} (${item.url}).`;
          ok.focus();
        });
        return element('li', {}, [button]);
      }));
      results.hidden = pages.length === 0;
      const unpublished = items.length - pages.length;
      status.textContent = pages.length === 0
        ? (unpublished > 0 ? 'No published page matches: a draft has no address until it is published.' : 'No page matches.')
        : `${pages.length} page${pages.length === 1 ? '' : 's'} found: use Tab to reach ${pages.length === 1 ? 'it' : 'them'}.`;
    }

    url.addEventListener('input', () => {
      chosenTitle = null;
    });

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const href = url.value.trim();
      const problem = href === '' ? 'Choose a page, or type the link address.'
        : !/^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:[^\s]+|\/[^\s]*|#[^\s]*)$/i.test(href) ? 'The link address must start with https://, http://, mailto:, tel: or / (one of our pages).'
        : null;
      if (problem) {
        error.textContent = problem;
        error.hidden = false;
        url.setAttribute('aria-invalid', 'true');
        url.focus();
        return;
      }

      finish({ href, title: chosenTitle });
    });

    dialog.showModal();
    search.focus();
  });
}

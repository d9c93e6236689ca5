// Search as you type for a content picker; the select stays, as the fallback and to show the choice.
export function enhancePicker(field) {
  const select = field.querySelector('select');
  if (!select) return;

  const types = field.dataset.types || '';
  const label = field.querySelector(`label[for="${select.id}"]`);
  const name = label ? label.textContent.replace('(required)', '').trim() : 'items';
  const searchId = `${select.id}-search`;
  const resultsId = `${select.id}-results`;

  const wrapper = document.createElement('div');
  wrapper.className = 'picker-search';
  wrapper.innerHTML = `<label for="${searchId}">Search ${escapeHtml(name)}</label>
    <input type="search" id="${searchId}" autocomplete="off" aria-controls="${resultsId}" aria-describedby="${resultsId}-status">
    <p class="visually-hidden" id="${resultsId}-status" role="status" aria-live="polite"></p>
    <ul class="picker-results" id="${resultsId}" hidden></ul>`;
  select.insertAdjacentElement('beforebegin', wrapper);

  const input = wrapper.querySelector('input');
  const results = wrapper.querySelector('ul');
  const status = wrapper.querySelector('[role=status]');
  let timer = 0;
  let latest = 0;

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 200);
  });

  async function search() {
    const text = input.value.trim();
    if (text.length === 0) {
      results.hidden = true;
      status.textContent = '';
      return;
    }

    const request = ++latest;
    const response = await fetch(`/admin/content-picker?types=${encodeURIComponent(types)}&q=${encodeURIComponent(text)}`, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (!response.ok || request !== latest) return;
    const items = await response.json();
    results.replaceChildren(...items.map((item) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = item.published ? item.title : `${item.title} (draft)`;
      button.addEventListener('click', () => choose(item));
      li.append(button);
      return li;
    }));
    results.hidden = items.length === 0;
    status.textContent = items.length === 0 ? 'No matches.' : `${items.length} match${items.length === 1 ? '' : 'es'}: use Tab to reach them.`;
  }

  function choose(item) {
    let option = Array.from(select.options).find((o) => o.value === item.id);
    if (!option) {
      option = new Option(item.title, item.id);
      select.add(option);
    }

    if (select.multiple) {
      option.selected = true;
    } else {
      select.value = item.id;
    }

    results.hidden = true;
    input.value = '';
    status.textContent = `Chosen: ${item.title}.`;
    select.focus();
  }
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

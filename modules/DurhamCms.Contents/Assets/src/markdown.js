// The Markdown preview in place: the Preview button's own round trip (the server renders and
// sanitizes with the site's renderer), fetched instead of reloading the page. Without this
// script the button posts the form and the page comes back with the preview.
export function enhanceMarkdown(field) {
  const textarea = field.querySelector('textarea');
  const button = field.querySelector('button[name="editorAction"]');
  if (!textarea || !button || !button.form) return;

  const previewId = `${textarea.id}-preview`;
  let region = document.getElementById(previewId);
  if (!region) {
    region = document.createElement('section');
    region.className = 'markdown-preview';
    region.id = previewId;
    region.hidden = true;
    button.closest('.actions').insertAdjacentElement('afterend', region);
  }

  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-label', button.textContent.trim());

  button.addEventListener('click', async (event) => {
    event.preventDefault();
    const form = button.form;
    const data = new FormData(form);
    data.set(button.name, button.value);
    try {
      const response = await fetch(form.action, { method: 'POST', body: data, credentials: 'same-origin' });
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const rendered = page.getElementById(previewId);
      if (!response.ok || !rendered) throw new Error(`preview answered ${response.status}`);
      region.replaceChildren(...Array.from(rendered.childNodes, (node) => document.importNode(node, true)));
    } catch {
      region.textContent = 'The preview could not be shown just now; your text is unchanged. Try Preview again.';
    }

    region.hidden = false;
  });
}

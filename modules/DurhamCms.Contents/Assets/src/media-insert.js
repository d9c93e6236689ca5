// Images and documents from the media library in rich text. The Media module answers
// /admin/media/picker with the library as JSON; a site without it answers 404 and the
// buttons say so. An image is never inserted without its alternative text, or an explicit
// "decorative" choice (alt=""), as WCAG 1.1.1 asks; a document link carries its type and size.
import { Node, mergeAttributes } from '@tiptap/core';

const PickerUrl = '/admin/media/picker';

/** A plain block image: src, alt, width and height, nothing else (the sanitizer keeps these). */
export const LibraryImage = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return { src: { default: null }, alt: { default: '' }, width: { default: null }, height: { default: null } };
  },
  parseHTML() {
    return [{ tag: 'img[src]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['img', mergeAttributes(HTMLAttributes)];
  },
});

function element(tag, properties = {}, children = []) {
  const node = document.createElement(tag);
  Object.assign(node, properties);
  node.append(...children);
  return node;
}

/** A modal dialog to choose one file of a kind, asking the text that goes with it; resolves null when cancelled. */
function choose(kind) {
  return new Promise((resolve) => {
    const images = kind === 'image';
    const dialog = element('dialog', { className: 'media-insert' });
    dialog.setAttribute('aria-labelledby', 'media-insert-title');
    const status = element('p', { textContent: 'Loading the media library…' });
    status.setAttribute('role', 'status');
    const list = element('select', { id: 'media-insert-file', size: 8 });
    const text = element('input', { id: 'media-insert-text', type: 'text', maxLength: 1000 });
    const decorative = element('input', { id: 'media-insert-decorative', type: 'checkbox' });
    const error = element('p', { className: 'field-error', hidden: true });
    error.setAttribute('role', 'alert');
    const ok = element('button', { type: 'submit', textContent: images ? 'Insert image' : 'Insert link' });
    const cancel = element('button', { type: 'button', className: 'secondary', textContent: 'Cancel' });
    const form = element('form', { method: 'dialog' }, [
      element('h2', { id: 'media-insert-title', textContent: images ? 'Insert an image from the media library' : 'Link a document from the media library' }),
      status,
      element('label', { htmlFor: 'media-insert-file', textContent: images ? 'Image' : 'Document' }),
      list,
      element('label', { htmlFor: 'media-insert-text', textContent: images ? 'Alternative text: what the image shows, for people who cannot see it' : 'Link text: the document\u2019s title' }),
      text,
      ...(images ? [element('label', {}, [decorative, ' Decorative: it adds no information (empty alternative text)'])] : []),
      error,
      element('p', {}, [ok, ' ', cancel]),
    ]);
    dialog.append(form);
    document.body.append(dialog);

    let files = [];
    const finish = (value) => {
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    cancel.addEventListener('click', () => finish(null));
    dialog.addEventListener('cancel', () => finish(null));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const file = files.find((f) => f.path === list.value);
      const value = text.value.trim();
      const problem = !file ? `Choose ${images ? 'an image' : 'a document'}.`
        : images && !value && !decorative.checked ? 'Give the image its alternative text, or mark it decorative.'
        : !images && !value ? 'Give the link its text.' : null;
      if (problem) {
        error.textContent = problem;
        error.hidden = false;
        return;
      }

      finish({ file, text: images && decorative.checked ? '' : value });
    });

    dialog.showModal();
    fetch(`${PickerUrl}?q=`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((all) => {
        files = all.filter((f) => f.isImage === images);
        status.textContent = files.length ? `${files.length} ${images ? 'images' : 'documents'} in the library.` : `The library has no ${images ? 'images' : 'documents'} yet: upload them in the media library first.`;
        for (const f of files) {
          list.append(element('option', { value: f.path, textContent: `${f.path} (${f.label})` }));
        }
        list.focus();
      })
      .catch(() => {
        status.textContent = 'The media library is not available here.';
      });
  });
}

/** Toolbar buttons for an editor: "Image" and "Document", each through the dialog above. */
export function mediaTools(getEditor) {
  return [
    {
      label: 'Image',
      click: async () => {
        const chosen = await choose('image');
        if (!chosen) return;
        const { file, text } = chosen;
        // A width from the site's fixed set: the page gets a resized copy, not the original.
        const width = file.width && file.width > 960 ? 960 : null;
        getEditor().chain().focus().insertContent({ type: 'image', attrs: { src: width ? `${file.url}?width=${width}` : file.url, alt: text } }).run();
      },
    },
    {
      label: 'Document',
      click: async () => {
        const chosen = await choose('document');
        if (!chosen) return;
        const { file, text } = chosen;
        getEditor().chain().focus().insertContent({
          type: 'text', text: `${text} (${file.label})`, marks: [{ type: 'link', attrs: { href: file.url } }],
        }).run();
      },
    },
  ];
}

import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { LibraryImage, mediaTools } from './media-insert.js';

// Buttons of the toolbar: label, command, and the mark or node whose state they show.
const tools = [
  { label: 'Bold', run: (c) => c.toggleBold(), active: ['bold'] },
  { label: 'Italic', run: (c) => c.toggleItalic(), active: ['italic'] },
  { label: 'Heading', run: (c) => c.toggleHeading({ level: 2 }), active: ['heading', { level: 2 }] },
  { label: 'Subheading', run: (c) => c.toggleHeading({ level: 3 }), active: ['heading', { level: 3 }] },
  { label: 'Bulleted list', run: (c) => c.toggleBulletList(), active: ['bulletList'] },
  { label: 'Numbered list', run: (c) => c.toggleOrderedList(), active: ['orderedList'] },
  { label: 'Quote', run: (c) => c.toggleBlockquote(), active: ['blockquote'] },
  { label: 'Link', link: true, active: ['link'] },
  { label: 'Undo', run: (c) => c.undo() },
  { label: 'Redo', run: (c) => c.redo() },
];

/** Mounts Tiptap over an HTML text area, which stays the form's input: the editor writes back into it. */
export function mountRichText(textarea) {
  const id = textarea.id;
  const label = document.querySelector(`label[for="${id}"]`);
  if (label && !label.id) {
    label.id = `${id}-label`;
  }

  const wrapper = document.createElement('div');
  wrapper.className = 'rich-editor';
  const toolbar = document.createElement('div');
  toolbar.className = 'rich-toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', `Formatting${label ? ` for ${label.textContent.trim()}` : ''}`);
  const surface = document.createElement('div');
  surface.className = 'rich-surface';
  wrapper.append(toolbar, surface);
  textarea.insertAdjacentElement('afterend', wrapper);

  const attributes = {
    role: 'textbox',
    'aria-multiline': 'true',
    id: id,
    'data-rich-text-for': textarea.name,
  };
  if (label) attributes['aria-labelledby'] = label.id;
  const describedBy = textarea.getAttribute('aria-describedby');
  if (describedBy) attributes['aria-describedby'] = describedBy;
  if (textarea.getAttribute('aria-invalid')) attributes['aria-invalid'] = 'true';

  // The text area keeps the name (and so the posted value) but gives its id to the editable.
  textarea.id = `${id}-source`;
  textarea.hidden = true;
  if (label) label.htmlFor = '';

  const editor = new Editor({
    element: surface,
    extensions: [StarterKit.configure({ link: { openOnClick: false } }), LibraryImage],
    content: textarea.value,
    editorProps: { attributes },
    onUpdate: ({ editor: e }) => {
      textarea.value = e.isEmpty ? '' : e.getHTML();
    },
  });

  const buttons = tools.map((tool) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary';
    button.textContent = tool.label;
    if (tool.active) button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', () => {
      if (tool.link) {
        const previous = editor.getAttributes('link').href || '';
        const href = window.prompt('Link address (leave empty to remove the link)', previous);
        if (href === null) return;
        const chain = editor.chain().focus().extendMarkRange('link');
        (href.trim() === '' ? chain.unsetLink() : chain.setLink({ href: href.trim() })).run();
        return;
      }

      tool.run(editor.chain().focus()).run();
    });
    toolbar.append(button);
    return { button, tool };
  });

  const refresh = () => {
    for (const { button, tool } of buttons) {
      if (tool.active) button.setAttribute('aria-pressed', String(editor.isActive(...tool.active)));
    }
  };
  for (const tool of mediaTools(() => editor)) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary';
    button.textContent = tool.label;
    button.addEventListener('click', tool.click);
    toolbar.append(button);
  }

  editor.on('selectionUpdate', refresh);
  editor.on('transaction', refresh);

  if (label) {
    label.addEventListener('click', () => editor.commands.focus());
  }

  textarea.form?.addEventListener('submit', () => {
    textarea.value = editor.isEmpty ? '' : editor.getHTML();
  });
  return editor;
}

import { Editor, mergeAttributes } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { ListItem } from '@tiptap/extension-list';
import { Table, TableRow, TableCell, TableHeader } from '@tiptap/extension-table';
import { LibraryImage, mediaTools } from './media-insert.js';
import { chooseLink } from './link-dialog.js';

// Tab always leaves the editor (WCAG 2.1.2, no keyboard trap): a list item indents with Ctrl+]
// and outdents with Ctrl+[, as the hint under the editor says, instead of taking Tab.
const KeyboardListItem = ListItem.extend({
  addKeyboardShortcuts() {
    return {
      Enter: () => this.editor.commands.splitListItem(this.name),
      'Mod-]': () => this.editor.commands.sinkListItem(this.name),
      'Mod-[': () => this.editor.commands.liftListItem(this.name),
    };
  },
});

// A data table: no colgroup or widths (the sanitizer drops layout, the theme styles tables),
// and Tab leaves the editor here too; the arrow keys move between cells.
const DataTable = Table.extend({
  renderHTML({ HTMLAttributes }) {
    return ['table', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), ['tbody', 0]];
  },
  addKeyboardShortcuts() {
    const { Tab, 'Shift-Tab': shiftTab, ...rest } = this.parent?.() ?? {};
    return rest;
  },
});

// A header cell says which cells it heads, for screen readers: the header row's cells head columns.
const ScopedHeader = TableHeader.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      scope: { default: 'col', parseHTML: (e) => e.getAttribute('scope') || 'col', renderHTML: (a) => ({ scope: a.scope }) },
    };
  },
});

const inTable = (e) => e.isActive('table');

// Buttons of the toolbar: label, command, and the mark or node whose state they show.
const tools = [
  { label: 'Bold', run: (c) => c.toggleBold(), active: ['bold'] },
  { label: 'Italic', run: (c) => c.toggleItalic(), active: ['italic'] },
  { label: 'Heading', run: (c) => c.toggleHeading({ level: 2 }), active: ['heading', { level: 2 }] },
  { label: 'Subheading', run: (c) => c.toggleHeading({ level: 3 }), active: ['heading', { level: 3 }] },
  { label: 'Bulleted list', run: (c) => c.toggleBulletList(), active: ['bulletList'] },
  { label: 'Numbered list', run: (c) => c.toggleOrderedList(), active: ['orderedList'] },
  { label: 'Indent', run: (c) => c.sinkListItem('listItem'), can: (e) => e.can().sinkListItem('listItem'), shortcut: 'Control+]', announce: 'Indented.' },
  { label: 'Outdent', run: (c) => c.liftListItem('listItem'), can: (e) => e.can().liftListItem('listItem'), shortcut: 'Control+[', announce: 'Outdented.' },
  { label: 'Quote', run: (c) => c.toggleBlockquote(), active: ['blockquote'] },
  { label: 'Link', link: true, active: ['link'] },
  { label: 'Insert table', run: (c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }), can: (e) => !inTable(e), announce: 'Table inserted, with a header row.' },
  { label: 'Add row', run: (c) => c.addRowAfter(), can: inTable, announce: 'Row added.' },
  { label: 'Add column', run: (c) => c.addColumnAfter(), can: inTable, announce: 'Column added.' },
  { label: 'Delete row', run: (c) => c.deleteRow(), can: inTable, announce: 'Row deleted.' },
  { label: 'Delete column', run: (c) => c.deleteColumn(), can: inTable, announce: 'Column deleted.' },
  { label: 'Delete table', run: (c) => c.deleteTable(), can: inTable, announce: 'Table deleted.' },
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
  const hint = document.createElement('p');
  hint.className = 'hint rich-hint';
  hint.id = `${id}-keys`;
  hint.textContent = 'Tab leaves the editor. In a list, Ctrl+] indents and Ctrl+[ outdents an item; in a table, the arrow keys move between cells. Alt+F10 goes to the formatting toolbar.';
  const announcer = document.createElement('p');
  announcer.className = 'visually-hidden';
  announcer.setAttribute('role', 'status');
  wrapper.append(hint, announcer);
  const describedBy = textarea.getAttribute('aria-describedby');
  attributes['aria-describedby'] = describedBy ? `${describedBy} ${hint.id}` : hint.id;
  if (textarea.getAttribute('aria-invalid')) attributes['aria-invalid'] = 'true';

  // The text area keeps the name (and so the posted value) but gives its id to the editable.
  textarea.id = `${id}-source`;
  textarea.hidden = true;
  if (label) label.htmlFor = '';

  const editor = new Editor({
    element: surface,
    extensions: [
      StarterKit.configure({ link: { openOnClick: false }, listItem: false }),
      KeyboardListItem,
      DataTable,
      TableRow,
      ScopedHeader,
      TableCell,
      LibraryImage,
    ],
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
    if (tool.shortcut) button.setAttribute('aria-keyshortcuts', tool.shortcut);
    button.addEventListener('click', async () => {
      if (button.getAttribute('aria-disabled') === 'true') return;
      if (tool.link) {
        const previous = editor.getAttributes('link').href || '';
        const chosen = await chooseLink(previous);
        if (!chosen) return;
        const chain = editor.chain().focus().extendMarkRange('link');
        if (chosen.remove) {
          chain.unsetLink().run();
        } else if (editor.state.selection.empty && !editor.isActive('link')) {
          // Nothing selected: the page's title (or the address) becomes the link's text.
          chain.insertContent({ type: 'text', text: chosen.title || chosen.href, marks: [{ type: 'link', attrs: { href: chosen.href } }] }).run();
        } else {
          chain.setLink({ href: chosen.href }).run();
        }

        return;
      }

      tool.run(editor.chain().focus()).run();
      if (tool.announce) announce(tool.announce);
    });
    toolbar.append(button);
    return { button, tool };
  });

  const announce = (text) => {
    // Cleared first so the same words twice are read twice.
    announcer.textContent = '';
    window.setTimeout(() => { announcer.textContent = text; }, 50);
  };

  const refresh = () => {
    for (const { button, tool } of buttons) {
      if (tool.active) button.setAttribute('aria-pressed', String(editor.isActive(...tool.active)));
      if (tool.can) button.setAttribute('aria-disabled', String(!tool.can(editor)));
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
  refresh();
  rovingToolbar(toolbar, () => editor.commands.focus());

  // The shortcuts announce what they did, as the buttons do.
  editor.view.dom.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || (event.key !== ']' && event.key !== '[')) return;
    window.setTimeout(() => announce(event.key === ']' ? 'Indented.' : 'Outdented.'), 0);
  });
  editor.view.dom.addEventListener('keydown', (event) => {
    if (event.altKey && event.key === 'F10') {
      event.preventDefault();
      toolbar.querySelector('[tabindex="0"]')?.focus();
    }
  });

  if (label) {
    label.addEventListener('click', () => editor.commands.focus());
  }

  textarea.form?.addEventListener('submit', () => {
    textarea.value = editor.isEmpty ? '' : editor.getHTML();
  });
  return editor;
}

/**
 * The WAI-ARIA toolbar pattern: one Tab stop (the last button used), Left/Right move between
 * the buttons and wrap, Home/End go to the first and last; Esc goes back to the text.
 */
function rovingToolbar(toolbar, backToText) {
  const items = () => Array.from(toolbar.querySelectorAll('button'));
  const current = (button) => {
    for (const b of items()) b.tabIndex = b === button ? 0 : -1;
  };
  current(items()[0]);
  toolbar.addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLButtonElement) current(event.target);
  });
  toolbar.addEventListener('keydown', (event) => {
    const all = items();
    const at = all.indexOf(document.activeElement);
    if (at < 0) return;
    let next = null;
    if (event.key === 'ArrowRight') next = all[(at + 1) % all.length];
    else if (event.key === 'ArrowLeft') next = all[(at - 1 + all.length) % all.length];
    else if (event.key === 'Home') next = all[0];
    else if (event.key === 'End') next = all[all.length - 1];
    else if (event.key === 'Escape') {
      event.preventDefault();
      backToText();
      return;
    }

    if (next) {
      event.preventDefault();
      current(next);
      next.focus();
    }
  });
}

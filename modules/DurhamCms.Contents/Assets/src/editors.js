// The admin editors' enhancements. Every form works without this script; it only makes
// the common tasks quicker: rich text, picker search and Markdown preview in place. A module
// with an editor of its own ships its own script, asked for by that editor's view.
import { mountRichText } from './rich-text.js';
import { enhancePicker } from './picker.js';
import { enhanceMarkdown } from './markdown.js';

function start() {
  // After a refused save, what to fix (or the conflict) is the first thing focused and read.
  (document.getElementById('error-summary') ?? document.getElementById('conflict'))?.focus();
  document.querySelectorAll('textarea[data-wysiwyg]').forEach(mountRichText);
  document.querySelectorAll('[data-content-picker]').forEach(enhancePicker);
  document.querySelectorAll('[data-markdown]').forEach(enhanceMarkdown);
  document.querySelectorAll('form[data-confirm]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      if (!window.confirm(form.dataset.confirm)) {
        event.preventDefault();
      }
    });
  });
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}

// The admin editors' enhancements. Every form works without this script; it only makes
// the common tasks quicker: rich text, picker search, and the measure series table.
import { mountRichText } from './rich-text.js';
import { enhancePicker } from './picker.js';
import { enhanceSeries } from './series.js';

function start() {
  document.querySelectorAll('textarea[data-wysiwyg]').forEach(mountRichText);
  document.querySelectorAll('[data-content-picker]').forEach(enhancePicker);
  document.querySelectorAll('[data-measure-series]').forEach(enhanceSeries);
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

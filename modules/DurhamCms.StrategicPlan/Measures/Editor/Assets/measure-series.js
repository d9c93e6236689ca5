// The measure series table in the page: add, remove and move rows without a round trip, and
// paste cells copied from a spreadsheet straight into the table. The same buttons post the
// form when this script is not running, and the server does the same things. A plain script
// of the StrategicPlan module, with no package behind it: the measure series editor's view
// asks for it (Views/Editors/MeasureSeriesField.cshtml), served by MeasureSeriesScriptController.
(function () {
  'use strict';

  function enhanceSeries(fieldset) {
    const member = fieldset.dataset.member;
    const tbody = fieldset.querySelector('[data-series-table] tbody');
    if (!member || !tbody) return;

    fieldset.addEventListener('click', (event) => {
      const button = event.target.closest('button');
      if (!button || !fieldset.contains(button)) return;

      if (button.hasAttribute('data-series-add')) {
        event.preventDefault();
        const row = addRow();
        row.querySelector('input')?.focus();
        return;
      }

      const action = button.dataset.rowAction;
      if (!action) return;
      event.preventDefault();
      const row = button.closest('tr');
      clearRowErrors();
      if (action === 'remove') {
        const next = row.nextElementSibling || row.previousElementSibling;
        row.remove();
        renumber();
        (next?.querySelector('[data-row-action="remove"]') || fieldset.querySelector('[data-series-add]'))?.focus();
      } else if (action === 'up' && row.previousElementSibling) {
        row.previousElementSibling.before(row);
        renumber();
        button.focus();
      } else if (action === 'down' && row.nextElementSibling) {
        row.nextElementSibling.after(row);
        renumber();
        button.focus();
      }
    });

    tbody.addEventListener('paste', (event) => {
      const input = event.target.closest('input');
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!input || !/[\t\n]/.test(text.trim())) return;
      event.preventDefault();
      const lines = text.replace(/\r\n?/g, '\n').split('\n').filter((l) => l.trim() !== '');
      let row = input.closest('tr');
      const firstColumn = Array.from(row.querySelectorAll('input')).indexOf(input);
      for (const line of lines) {
        if (!row) row = addRow();
        const cells = line.split('\t');
        const inputs = row.querySelectorAll('input');
        cells.forEach((cell, i) => {
          const target = inputs[firstColumn + i];
          if (target) target.value = cell.trim();
        });
        row = nextDataRow(row);
      }
    });

    function nextDataRow(row) {
      let next = row.nextElementSibling;
      while (next && !next.hasAttribute('data-row')) next = next.nextElementSibling;
      return next;
    }

    function addRow() {
      const rows = tbody.querySelectorAll('tr[data-row]');
      const template = rows[rows.length - 1];
      const row = template.cloneNode(true);
      row.classList.remove('has-error');
      row.querySelectorAll('input').forEach((i) => {
        i.value = '';
        i.removeAttribute('aria-invalid');
        i.removeAttribute('aria-describedby');
      });
      tbody.append(row);
      renumber();
      return row;
    }

    function clearRowErrors() {
      tbody.querySelectorAll('tr.row-error').forEach((r) => r.remove());
      tbody.querySelectorAll('tr.has-error').forEach((r) => r.classList.remove('has-error'));
      tbody.querySelectorAll('input[aria-describedby]').forEach((i) => i.removeAttribute('aria-describedby'));
    }

    // Names, ids, labels and button values carry the row's index; they follow its place.
    function renumber() {
      const idPrefix = member.replace(/[^A-Za-z0-9_-]/g, '_');
      tbody.querySelectorAll('tr[data-row]').forEach((row, index) => {
        const number = index + 1;
        row.querySelector('[data-row-number]').textContent = String(number);
        row.querySelectorAll('input').forEach((input) => {
          const property = input.name.slice(input.name.lastIndexOf('.') + 1);
          input.name = `${member}.Points[${index}].${property}`;
          input.id = `${idPrefix}_Points_${index}__${property}`;
        });
        row.querySelectorAll('label').forEach((label) => {
          const property = label.htmlFor.slice(label.htmlFor.lastIndexOf('_') + 1);
          label.htmlFor = `${idPrefix}_Points_${index}__${property}`;
          label.textContent = `Row ${number} ${property.toLowerCase()}`;
        });
        row.querySelectorAll('[data-row-action]').forEach((button) => {
          const action = button.dataset.rowAction;
          button.value = `${member}:${action}:${index}`;
          const hidden = button.querySelector('.visually-hidden');
          if (hidden) hidden.textContent = action === 'remove' ? ` row ${number}` : ` (row ${number})`;
        });
      });
    }
  }

  function start() {
    document.querySelectorAll('[data-measure-series]').forEach((fieldset) => {
      // Once per field, however many times the page asks for this script.
      if (fieldset.dataset.seriesEnhanced) return;
      fieldset.dataset.seriesEnhanced = 'true';
      enhanceSeries(fieldset);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

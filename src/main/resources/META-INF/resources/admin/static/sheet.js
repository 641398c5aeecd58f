// The meeting sheet table: totals follow what she types, "Absent" clears the usual amounts of that line, and Enter
// saves from any box (a select too). Without this script the form still works: the server's totals show after Save.
(function () {
  'use strict';
  const form = document.getElementById('sheet-form');
  if (!form) {
    return;
  }
  const digits = new Intl.NumberFormat(form.dataset.locale || 'en-IN', {maximumFractionDigits: 2});
  const money = (paise) => (paise < 0 ? '-' : '') + 'Rs ' + digits.format(Math.abs(paise) / 100);
  const set = (id, text) => { const e = document.getElementById(id); if (e) { e.textContent = text; } };

  /** Whole rupees typed as the server reads them ("1,500", "Rs 1500"); NaN for anything else. */
  function paise(typed) {
    const t = (typed || '').trim().replace(/^(rs\.?|₹)\s*/i, '').replace(/[,\s]/g, '');
    if (t === '') {
      return 0;
    }
    return /^[0-9]{1,10}(\.[0-9]{1,2})?$/.test(t) ? Math.round(parseFloat(t) * 100) : NaN;
  }

  function recount() {
    const counts = {PRESENT: 0, ABSENT: 0, LEAVE: 0, '': 0};
    const sums = {savings: 0, repaid: 0, fines: 0};
    form.querySelectorAll('tr.line').forEach((row) => {
      const attendance = row.querySelector('select.attendance').value;
      counts[attendance] += 1;
      row.querySelectorAll('input.amount').forEach((input) => {
        const p = paise(input.value);
        if (Number.isNaN(p)) {
          input.setAttribute('aria-invalid', 'true');
        } else {
          input.removeAttribute('aria-invalid');
          if (attendance !== '') {   // a line not entered is not sent, so it adds nothing
            sums[input.dataset.kind] += p;
          }
        }
      });
    });
    const collected = sums.savings + sums.repaid + sums.fines;
    set('t-present', counts.PRESENT);
    set('t-absent', counts.ABSENT);
    set('t-leave', counts.LEAVE);
    set('t-not-entered', counts['']);
    set('t-savings', money(sums.savings));
    set('t-repaid', money(sums.repaid));
    set('t-fines', money(sums.fines));
    const total = document.querySelector('#t-collected strong');
    if (total) {
      total.textContent = money(collected);
    }
    const cashBox = document.getElementById('cash');
    const diff = document.getElementById('t-difference');
    if (cashBox && diff) {
      const cash = paise(cashBox.value);
      if (cashBox.value.trim() === '' || Number.isNaN(cash)) {
        diff.textContent = '—';
        diff.className = '';
      } else {
        const d = cash - collected;
        // The words come from the page (data-none, data-more, data-less with # for the amount): the reader's language.
        const words = diff.dataset;
        diff.textContent = d === 0 ? (words.none || 'none: the cash matches')
          : (d > 0 ? (words.more || '+# more cash than entered') : (words.less || '# less cash than entered')).replace('#', money(d));
        diff.className = d === 0 ? 'ok' : 'bad';
      }
    }
  }

  // Absent or on leave: the usual amounts she did not bring go to 0; back to present: they come back.
  form.addEventListener('change', (e) => {
    if (e.target.matches('select.attendance')) {
      const away = e.target.value === 'ABSENT' || e.target.value === 'LEAVE';
      e.target.closest('tr').querySelectorAll('input.amount').forEach((input) => {
        const prefill = input.dataset.prefill || '0';
        if (away && input.value.trim() === prefill) {
          input.value = '0';
        } else if (e.target.value === 'PRESENT' && input.value.trim() === '0') {
          input.value = prefill;
        }
      });
    }
    recount();
  });
  form.addEventListener('input', recount);
  if (document.getElementById('refusal')) {   // a refused save shows what she typed: total that, not the saved sheet
    recount();
  }

  // Enter in a select saves too (in a text box the browser already submits with the first button, Save).
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.target.matches('select')) {
      e.preventDefault();
      form.requestSubmit(document.getElementById('save'));
    }
  });
})();

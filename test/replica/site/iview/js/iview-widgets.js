/* What View UI (iView) 4 does at run time, by hand, for these static pages: selects whose options
 * sit in a dropdown inside them, read-only date pickers, radio groups, uploads, Modal.confirm and
 * Message. The markup is what the framework renders; the values are a saved draft. */
(function () {
  'use strict';
  function $$(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function closeAll(except) {
    $$('.ivu-select-dropdown').forEach(function (d) { if (d !== except) d.style.display = 'none'; });
    $$('.ivu-select-visible').forEach(function (s) { s.classList.remove('ivu-select-visible'); });
  }
  document.addEventListener('click', function (event) {
    var t = event.target;
    var option = t.closest('.ivu-select-item');
    if (option) {
      var select = option.closest('.ivu-select');
      $$('.ivu-select-item', select).forEach(function (li) { li.classList.toggle('ivu-select-item-selected', li === option); });
      var shown = select.querySelector('.ivu-select-selected-value, .ivu-select-placeholder');
      shown.className = 'ivu-select-selected-value';
      shown.textContent = option.textContent;
      select.querySelector('input[type="hidden"]').value = option.getAttribute('data-value');
      closeAll();
      return;
    }
    var cell = t.closest('.ivu-date-picker-cells-cell');
    if (cell) {
      var picker = cell.closest('.ivu-date-picker');
      var input = picker.querySelector('.ivu-input');
      input.value = cell.getAttribute('data-date');
      input.dispatchEvent(new Event('change', { bubbles: true }));
      closeAll();
      return;
    }
    if (t.closest('.ivu-select-dropdown')) return;
    var selection = t.closest('.ivu-select-selection');
    var rel = t.closest('.ivu-date-picker-rel');
    var owner = selection ? selection.parentNode : rel ? rel.parentNode : null;
    if (owner) {
      var dropdown = owner.querySelector('.ivu-select-dropdown');
      var open = dropdown.style.display !== 'none';
      closeAll(dropdown);
      dropdown.style.display = open ? 'none' : '';
      if (!open && rel && !dropdown.firstChild) fillPanel(dropdown, rel.querySelector('.ivu-input').value);
      return;
    }
    closeAll();
  });
  /* A small day panel around the current value. */
  function fillPanel(dropdown, value) {
    var base = /^\d{4}-\d{2}/.test(value) ? value.slice(0, 7) : '2026-01';
    var body = el('div', 'ivu-picker-panel-body');
    for (var d = 1; d <= 28; d++) {
      var day = el('span', 'ivu-date-picker-cells-cell', String(d));
      day.setAttribute('data-date', base + '-' + (d < 10 ? '0' : '') + d);
      day.style.display = 'inline-block';
      day.style.width = '28px';
      body.appendChild(day);
    }
    dropdown.appendChild(body);
  }
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.classList && input.classList.contains('ivu-radio-input')) {
      $$('.ivu-radio-input', input.closest('.ivu-radio-group')).forEach(function (radio) {
        radio.closest('.ivu-radio-wrapper').classList.toggle('ivu-radio-wrapper-checked', radio.checked);
        radio.closest('.ivu-radio').classList.toggle('ivu-radio-checked', radio.checked);
      });
    }
    if (input.classList && input.classList.contains('ivu-upload-input') && input.files && input.files.length > 0) {
      var holder = input.closest('.ivu-upload').parentNode;
      var list = holder.querySelector('.ivu-upload-list') || holder.appendChild(el('ul', 'ivu-upload-list'));
      var item = el('li', 'ivu-upload-list-file ivu-upload-list-file-finish');
      item.appendChild(el('span', '', input.files[0].name));
      list.appendChild(item);
    }
  });
  document.addEventListener('click', function (event) {
    var button = event.target.closest('.ivu-upload-select');
    if (button) button.querySelector('.ivu-upload-input').click();
  });
  function message(text) {
    var box = el('div', 'ivu-message');
    box.appendChild(el('div', 'ivu-message-notice-content', text));
    document.body.appendChild(box);
    setTimeout(function () { box.remove(); }, 3000);
  }
  var submit = document.getElementById('btnSubmit');
  if (submit) submit.addEventListener('click', function () {
    var root = el('div', 'ivu-modal-root');
    root.appendChild(el('div', 'ivu-modal-mask'));
    var wrap = el('div', 'ivu-modal-wrap');
    var modal = el('div', 'ivu-modal ivu-modal-confirm');
    var head = el('div', 'ivu-modal-confirm-head');
    head.appendChild(el('div', 'ivu-modal-confirm-head-title', '提示'));
    modal.appendChild(head);
    modal.appendChild(el('div', 'ivu-modal-confirm-body', '确定提交本次申请吗？'));
    var footer = el('div', 'ivu-modal-confirm-footer');
    var cancel = el('button', 'ivu-btn ivu-btn-text ivu-btn-large');
    cancel.appendChild(el('span', '', '取消'));
    var ok = el('button', 'ivu-btn ivu-btn-primary ivu-btn-large');
    ok.appendChild(el('span', '', '确定'));
    footer.appendChild(cancel);
    footer.appendChild(ok);
    modal.appendChild(footer);
    wrap.appendChild(modal);
    root.appendChild(wrap);
    document.body.appendChild(root);
    cancel.addEventListener('click', function () { root.remove(); });
    ok.addEventListener('click', function () {
      root.remove();
      window.REPLICA_POST({ platform: 'iview', page: location.pathname, form: window.REPLICA_FORM(document.body) }).then(function (body) {
        message(body.code === 0 ? '提交成功' : body.msg);
      });
    });
  });
})();

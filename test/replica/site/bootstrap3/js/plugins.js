/* What jQuery with select2, bootstrap-select, bootstrap-datepicker and iCheck do at run time, by
 * hand, for these static pages (no jQuery: the network is closed and nothing is downloaded). The
 * markup is what the plugins leave in the page; the values are a saved draft. */
(function () {
  'use strict';
  function $$(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function fire(node, type) { node.dispatchEvent(new Event(type, { bubbles: true })); }
  function below(popup, anchor) {
    var box = anchor.getBoundingClientRect();
    popup.style.left = box.left + window.scrollX + 'px';
    popup.style.top = box.bottom + window.scrollY + 'px';
    popup.style.width = box.width + 'px';
  }
  function closeAll() {
    $$('body > .select2-container--open, .datepicker-dropdown').forEach(function (p) { p.remove(); });
    $$('.select2-container--open').forEach(function (c) { c.classList.remove('select2-container--open'); });
    $$('.bootstrap-select.open').forEach(function (b) { b.classList.remove('open'); });
  }

  /* select2: the native select is visually hidden; its container beside it shows the choice. */
  function openSelect2(container) {
    var select = container.previousElementSibling;
    var popup = el('span', 'select2-container select2-container--bootstrap select2-container--open');
    var dropdown = el('span', 'select2-dropdown select2-dropdown--below');
    var list = el('ul', 'select2-results__options');
    list.setAttribute('role', 'tree');
    Array.prototype.forEach.call(select.options, function (option) {
      if (option.value === '') return;
      var li = el('li', 'select2-results__option', option.text);
      li.setAttribute('role', 'treeitem');
      li.setAttribute('aria-selected', option.selected ? 'true' : 'false');
      li.addEventListener('click', function () {
        select.value = option.value;
        var rendered = container.querySelector('.select2-selection__rendered');
        rendered.textContent = option.text;
        rendered.title = option.text;
        fire(select, 'change');
        closeAll();
      });
      list.appendChild(li);
    });
    dropdown.appendChild(el('span', 'select2-results')).appendChild(list);
    popup.appendChild(dropdown);
    document.body.appendChild(popup);
    below(popup, container);
    container.classList.add('select2-container--open');
  }

  /* bootstrap-datepicker: a days panel on <body> for the read-only input. */
  function openDatepicker(input) {
    var base = /^\d{4}-\d{2}/.test(input.value) ? input.value.slice(0, 7) : '2026-01';
    var popup = el('div', 'datepicker datepicker-dropdown dropdown-menu datepicker-orient-left datepicker-orient-bottom');
    popup.style.display = 'block';
    var table = el('table', 'table-condensed');
    var tr;
    for (var d = 1; d <= 28; d++) {
      if ((d - 1) % 7 === 0) tr = table.appendChild(el('tr'));
      var td = el('td', 'day', String(d));
      td.setAttribute('data-date', base + '-' + (d < 10 ? '0' : '') + d);
      tr.appendChild(td);
    }
    popup.appendChild(el('div', 'datepicker-days')).appendChild(table);
    popup.addEventListener('click', function (event) {
      var day = event.target.closest('td.day');
      if (!day) return;
      input.value = day.getAttribute('data-date');
      fire(input, 'change');
      closeAll();
    });
    document.body.appendChild(popup);
    below(popup, input);
  }

  document.addEventListener('click', function (event) {
    var t = event.target;
    if (t.closest('.select2-dropdown, .datepicker-dropdown')) return;
    var select2 = t.closest('.select2-selection');
    var picker = t.closest('[data-provide="datepicker"]');
    var toggle = t.closest('.bootstrap-select > .dropdown-toggle');
    var choice = t.closest('.bootstrap-select .dropdown-menu a');
    var helper = t.closest('.iCheck-helper');
    if (choice) {
      var group = choice.closest('.bootstrap-select');
      var native = group.querySelector('select');
      native.selectedIndex = Number(choice.getAttribute('data-index'));
      group.querySelector('.filter-option-inner-inner').textContent = native.options[native.selectedIndex].text;
      group.querySelector('.dropdown-toggle').title = native.options[native.selectedIndex].text;
      fire(native, 'change');
      closeAll();
      return;
    }
    closeAll();
    if (select2) openSelect2(select2.closest('.select2-container'));
    else if (picker) openDatepicker(picker.matches('input') ? picker : picker.querySelector('input'));
    else if (toggle) toggle.parentNode.classList.add('open');
    else if (helper) iCheck(helper.previousElementSibling);
  });

  /* iCheck: the native input is transparent under a helper; the wrapper's class shows the state. */
  function iCheck(input) {
    if (input.type === 'radio') {
      $$('input[type="radio"][name="' + input.name + '"]').forEach(function (radio) {
        radio.checked = radio === input;
        radio.parentNode.classList.toggle('checked', radio === input);
      });
    } else {
      input.checked = !input.checked;
      input.parentNode.classList.toggle('checked', input.checked);
    }
    fire(input, 'change');
  }

  /* A chosen file: the row's badge counts it. */
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.type !== 'file' || !input.files || input.files.length === 0) return;
    var row = input.closest('.list-group-item');
    var badge = row && row.querySelector('.badge');
    if (badge) {
      var count = Number((/\d+/.exec(badge.textContent) || ['0'])[0]) + 1;
      badge.textContent = '已上传（' + count + '）';
      badge.className = 'badge badge-ok';
    }
  });

  /* The page's own submit: a Bootstrap modal, then the post. */
  var form = document.getElementById('applyForm');
  if (form) form.addEventListener('submit', function (event) {
    event.preventDefault();
    var backdrop = el('div', 'modal-backdrop fade in');
    var modal = el('div', 'modal fade in');
    modal.setAttribute('role', 'dialog');
    modal.style.display = 'block';
    var dialog = el('div', 'modal-dialog modal-sm');
    var content = el('div', 'modal-content');
    content.appendChild(el('div', 'modal-header')).appendChild(el('h4', 'modal-title', '提示'));
    content.appendChild(el('div', 'modal-body', '确认提交本次申请吗？提交后不可修改。'));
    var footer = content.appendChild(el('div', 'modal-footer'));
    var cancel = footer.appendChild(el('button', 'btn btn-default', '取消'));
    var ok = footer.appendChild(el('button', 'btn btn-primary', '确定'));
    cancel.type = ok.type = 'button';
    modal.appendChild(dialog).appendChild(content);
    document.body.appendChild(backdrop);
    document.body.appendChild(modal);
    function close() { modal.remove(); backdrop.remove(); }
    cancel.addEventListener('click', close);
    ok.addEventListener('click', function () {
      close();
      window.REPLICA_POST({ platform: 'bootstrap3', page: location.pathname, form: window.REPLICA_FORM(form) }).then(function (body) {
        var notice = el('div', 'alert alert-success', body.code === 0 ? '提交成功！' : body.msg);
        form.parentNode.insertBefore(notice, form);
      });
    });
  });
})();

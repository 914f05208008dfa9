/* What ant-design-vue 1.7 does at run time, by hand, for these static pages: select dropdowns in a
 * popup on <body>, read-only date pickers with a panel, radio groups, tabs, uploads, Modal.confirm
 * and message. The markup is what the framework renders; the values are a saved draft. */
(function () {
  'use strict';
  function $(selector, root) { return (root || document).querySelector(selector); }
  function $$(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function place(popup, anchor) {
    var box = anchor.getBoundingClientRect();
    popup.style.left = box.left + window.scrollX + 'px';
    popup.style.top = box.bottom + window.scrollY + 4 + 'px';
    popup.style.minWidth = box.width + 'px';
  }
  function closePopups() {
    $$('.ant-select-dropdown').forEach(function (d) { d.classList.add('ant-select-dropdown-hidden'); });
    $$('.ant-select-selection[aria-expanded="true"]').forEach(function (s) { s.setAttribute('aria-expanded', 'false'); });
    $$('.ant-calendar-picker-container').forEach(function (c) { c.parentNode.removeChild(c); });
  }

  /* Select: the options live in a dropdown on <body>, named by aria-controls. */
  function chooseOption(selection, option) {
    var rendered = $('.ant-select-selection__rendered', selection);
    rendered.textContent = '';
    var value = el('div', 'ant-select-selection-selected-value', option.textContent);
    value.title = option.textContent;
    value.style.display = 'block';
    value.style.opacity = '1';
    rendered.appendChild(value);
    var list = option.parentNode;
    $$('li', list).forEach(function (li) {
      var on = li === option;
      li.classList.toggle('ant-select-dropdown-menu-item-selected', on);
      li.setAttribute('aria-selected', on ? 'true' : 'false');
    });
    selection.dispatchEvent(new Event('change', { bubbles: true }));
  }
  document.addEventListener('click', function (event) {
    var target = event.target;
    var selection = target.closest && target.closest('.ant-select-selection');
    var option = target.closest && target.closest('.ant-select-dropdown-menu-item');
    var picker = target.closest && target.closest('.ant-calendar-picker-input');
    var inPopup = target.closest && target.closest('.ant-select-dropdown, .ant-calendar-picker-container');
    if (option) {
      var dropdown = option.closest('.ant-select-dropdown');
      var owner = $('.ant-select-selection[aria-controls="' + dropdown.firstElementChild.id + '"]');
      if (owner) chooseOption(owner, option);
      closePopups();
      return;
    }
    if (inPopup) return;
    if (selection) {
      var open = selection.getAttribute('aria-expanded') === 'true';
      closePopups();
      if (!open) {
        var menu = document.getElementById(selection.getAttribute('aria-controls'));
        var popup = menu.parentNode;
        place(popup, selection);
        popup.classList.remove('ant-select-dropdown-hidden');
        selection.setAttribute('aria-expanded', 'true');
      }
      return;
    }
    if (picker) {
      closePopups();
      openCalendar(picker);
      return;
    }
    closePopups();
  });

  /* DatePicker: the input is read-only; the panel's own input takes a typed date (antd 3 has one). */
  function openCalendar(input) {
    var container = el('div', 'ant-calendar-picker-container ant-calendar-picker-container-placement-bottomLeft');
    var calendar = el('div', 'ant-calendar');
    var wrap = el('div', 'ant-calendar-input-wrap');
    var typed = el('input', 'ant-calendar-input');
    typed.placeholder = '请选择日期';
    typed.value = input.value;
    wrap.appendChild(typed);
    var footer = el('div', 'ant-calendar-footer');
    var ok = el('a', 'ant-calendar-ok-btn', '确定');
    footer.appendChild(ok);
    calendar.appendChild(wrap);
    calendar.appendChild(footer);
    container.appendChild(calendar);
    document.body.appendChild(container);
    place(container, input);
    typed.focus();
    function commit() {
      if (/^\d{4}-\d{2}-\d{2}$/.test(typed.value)) {
        input.value = typed.value;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
      closePopups();
    }
    ok.addEventListener('click', commit);
    typed.addEventListener('keydown', function (e) { if (e.key === 'Enter') commit(); });
  }

  /* Radio group: the native input is transparent over the circle; the wrapper shows the state. */
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.classList || !input.classList.contains('ant-radio-input')) return;
    var group = input.closest('.ant-radio-group');
    $$('.ant-radio-input', group).forEach(function (radio) {
      radio.checked = radio === input;
      radio.closest('.ant-radio-wrapper').classList.toggle('ant-radio-wrapper-checked', radio === input);
      radio.closest('.ant-radio').classList.toggle('ant-radio-checked', radio === input);
    });
  });

  /* Tabs: the panes follow the active tab. */
  $$('.ant-tabs-tab').forEach(function (tab, index) {
    tab.addEventListener('click', function () {
      var tabs = tab.closest('.ant-tabs');
      $$('.ant-tabs-tab', tabs).forEach(function (t, i) {
        t.classList.toggle('ant-tabs-tab-active', i === index);
        t.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      $$('.ant-tabs-tabpane', tabs).forEach(function (pane, i) {
        pane.classList.toggle('ant-tabs-tabpane-active', i === index);
        pane.classList.toggle('ant-tabs-tabpane-inactive', i !== index);
        pane.setAttribute('aria-hidden', i === index ? 'false' : 'true');
      });
    });
  });

  /* Upload: the button opens the hidden file input; a chosen file joins the list under it. */
  document.addEventListener('click', function (event) {
    var trigger = event.target.closest && event.target.closest('span.ant-upload[role="button"]');
    if (trigger) $('input[type="file"]', trigger).click();
  });
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.type !== 'file' || !input.files || input.files.length === 0) return;
    var holder = input.closest('.ant-upload').parentNode.parentNode;
    var list = $('.ant-upload-list', holder);
    var item = el('div', 'ant-upload-list-item ant-upload-list-item-done ant-upload-list-item-list-type-text');
    var info = el('div', 'ant-upload-list-item-info');
    var name = el('a', 'ant-upload-list-item-name ant-upload-list-item-name-icon-count-1', input.files[0].name);
    name.title = input.files[0].name;
    info.appendChild(name);
    item.appendChild(info);
    list.appendChild(item);
  });

  function message(text) {
    var box = el('div', 'ant-message');
    var notice = el('div', 'ant-message-notice-content', text);
    box.appendChild(notice);
    document.body.appendChild(box);
    setTimeout(function () { box.parentNode && box.parentNode.removeChild(box); }, 3000);
  }

  /* Modal.confirm, then the page's own post. */
  function confirmThen(title, action) {
    var root = el('div', 'ant-modal-root');
    root.appendChild(el('div', 'ant-modal-mask'));
    var wrap = el('div', 'ant-modal-wrap');
    var modal = el('div', 'ant-modal ant-modal-confirm ant-modal-confirm-confirm');
    modal.setAttribute('role', 'document');
    modal.appendChild(el('span', 'ant-modal-confirm-title', title));
    var buttons = el('div', 'ant-modal-confirm-btns');
    var cancel = el('button', 'ant-btn');
    cancel.type = 'button';
    cancel.appendChild(el('span', '', '取 消'));
    var ok = el('button', 'ant-btn ant-btn-primary');
    ok.type = 'button';
    ok.appendChild(el('span', '', '确 定'));
    buttons.appendChild(cancel);
    buttons.appendChild(ok);
    modal.appendChild(buttons);
    wrap.appendChild(modal);
    root.appendChild(wrap);
    document.body.appendChild(root);
    function close() { root.parentNode.removeChild(root); }
    cancel.addEventListener('click', close);
    ok.addEventListener('click', function () { close(); action(); });
  }
  var submit = document.getElementById('btnSubmit');
  if (submit) submit.addEventListener('click', function () {
    confirmThen('确定提交申请吗？', function () {
      window.REPLICA_POST({ platform: 'antdv', page: location.pathname, form: window.REPLICA_FORM(document.body) }).then(function (body) {
        message(body.code === 0 ? '提交成功' : body.msg);
      });
    });
  });
})();

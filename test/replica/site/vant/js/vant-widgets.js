/* What Vant 2 does at run time, by hand, for these static pages: pickers in a bottom popup for the
 * read-only fields, radio and checkbox groups without native inputs (ARIA roles only), uploaders,
 * Dialog.confirm and Toast. The markup is what the framework renders; the values are a saved draft. */
(function () {
  'use strict';
  function $$(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function closePopup() { $$('body > .van-overlay, body > .van-popup').forEach(function (n) { n.remove(); }); }
  /* A picker field names its options in data-columns (the page's own data, as a Vue prop would). */
  function openPicker(field) {
    var input = field.querySelector('.van-field__control');
    var options = (field.getAttribute('data-columns') || '').split('|').filter(Boolean);
    var overlay = el('div', 'van-overlay');
    var popup = el('div', 'van-popup van-popup--round van-popup--bottom');
    var picker = el('div', 'van-picker');
    var toolbar = el('div', 'van-picker__toolbar');
    var cancel = el('button', 'van-picker__cancel', '取消');
    var title = el('div', 'van-ellipsis van-picker__title', input.placeholder);
    var confirm = el('button', 'van-picker__confirm', '确认');
    toolbar.appendChild(cancel);
    toolbar.appendChild(title);
    toolbar.appendChild(confirm);
    var list = el('ul', 'van-picker-column__wrapper');
    var chosen = input.value;
    options.forEach(function (text) {
      var item = el('li', 'van-picker-column__item' + (text === chosen ? ' van-picker-column__item--selected' : ''), text);
      item.setAttribute('role', 'button');
      item.tabIndex = 0;
      item.addEventListener('click', function () {
        chosen = text;
        $$('.van-picker-column__item', list).forEach(function (li) { li.classList.toggle('van-picker-column__item--selected', li === item); });
      });
      list.appendChild(item);
    });
    picker.appendChild(toolbar);
    picker.appendChild(el('div', 'van-picker__columns')).appendChild(el('div', 'van-picker-column')).appendChild(list);
    popup.appendChild(picker);
    document.body.appendChild(overlay);
    document.body.appendChild(popup);
    cancel.addEventListener('click', closePopup);
    overlay.addEventListener('click', closePopup);
    confirm.addEventListener('click', function () {
      input.value = chosen;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      closePopup();
    });
  }
  document.addEventListener('click', function (event) {
    var t = event.target;
    var picker = t.closest('.van-field[data-columns]');
    var radio = t.closest('[role="radio"]');
    var box = t.closest('[role="checkbox"]');
    if (picker) return openPicker(picker);
    if (radio) {
      $$('[role="radio"]', radio.closest('[role="radiogroup"]')).forEach(function (r) {
        var on = r === radio;
        r.setAttribute('aria-checked', on ? 'true' : 'false');
        r.querySelector('.van-radio__icon').classList.toggle('van-radio__icon--checked', on);
      });
      return;
    }
    if (box) {
      var on = box.getAttribute('aria-checked') !== 'true';
      box.setAttribute('aria-checked', on ? 'true' : 'false');
      box.querySelector('.van-checkbox__icon').classList.toggle('van-checkbox__icon--checked', on);
    }
  });
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.classList.contains('van-uploader__input') || !input.files || !input.files.length) return;
    var wrapper = input.closest('.van-uploader__wrapper');
    var preview = el('div', 'van-uploader__preview');
    var file = el('div', 'van-uploader__file');
    file.appendChild(el('i', 'van-icon van-icon-description van-uploader__file-icon'));
    file.appendChild(el('div', 'van-uploader__file-name van-ellipsis', input.files[0].name));
    preview.appendChild(file);
    wrapper.insertBefore(preview, input.closest('.van-uploader__upload'));
  });
  function toast(text) {
    var node = el('div', 'van-toast van-toast--middle van-toast--text');
    node.appendChild(el('div', 'van-toast__text', text));
    document.body.appendChild(node);
    setTimeout(function () { node.remove(); }, 2000);
  }
  var submit = document.getElementById('btnSubmit');
  if (submit) submit.addEventListener('click', function () {
    var overlay = el('div', 'van-overlay');
    var dialog = el('div', 'van-popup van-popup--center van-dialog');
    dialog.setAttribute('role', 'dialog');
    dialog.appendChild(el('div', 'van-dialog__header', '提示'));
    dialog.appendChild(el('div', 'van-dialog__content')).appendChild(el('div', 'van-dialog__message van-dialog__message--has-title', '确认提交申请？'));
    var footer = dialog.appendChild(el('div', 'van-hairline--top van-dialog__footer'));
    var cancel = footer.appendChild(el('button', 'van-button van-button--default van-button--large van-dialog__cancel'));
    cancel.appendChild(el('div', 'van-button__content')).appendChild(el('span', 'van-button__text', '取消'));
    var ok = footer.appendChild(el('button', 'van-button van-button--default van-button--large van-dialog__confirm van-hairline--left'));
    ok.appendChild(el('div', 'van-button__content')).appendChild(el('span', 'van-button__text', '确认'));
    document.body.appendChild(overlay);
    document.body.appendChild(dialog);
    cancel.addEventListener('click', closePopup);
    ok.addEventListener('click', function () {
      closePopup();
      window.REPLICA_POST({ platform: 'vant', page: location.pathname, form: window.REPLICA_FORM(document.body) }).then(function (body) {
        toast(body.code === 0 ? '提交成功' : body.msg);
      });
    });
  });
})();

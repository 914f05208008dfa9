/* The old system's page script: My97-style WdatePicker for its read-only date inputs, a layer-style
 * confirm before submitting, and the file-input status beside each attachment. */
(function (global) {
  'use strict';
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function closePicker() {
    var open = document.getElementById('WdateDiv');
    if (open) open.parentNode.removeChild(open);
  }
  /** WdatePicker({dateFmt:'yyyy-MM-dd'}) on the focused input: a days panel under it. */
  global.WdatePicker = function () {
    var input = document.activeElement;
    if (!input || input.tagName !== 'INPUT') return;
    closePicker();
    var panel = el('div');
    panel.id = 'WdateDiv';
    var base = /^\d{4}-\d{2}/.test(input.value) ? input.value.slice(0, 7) : '2026-01';
    for (var d = 1; d <= 28; d++) {
      var day = el('span', '', String(d));
      day.setAttribute('data-date', base + '-' + (d < 10 ? '0' : '') + d);
      panel.appendChild(day);
    }
    var box = input.getBoundingClientRect();
    panel.style.left = box.left + window.scrollX + 'px';
    panel.style.top = box.bottom + window.scrollY + 'px';
    panel.addEventListener('mousedown', function (event) {
      var date = event.target.getAttribute('data-date');
      if (!date) return;
      input.value = date;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      closePicker();
    });
    document.body.appendChild(panel);
  };
  document.addEventListener('mousedown', function (event) {
    if (!event.target.closest('#WdateDiv') && !event.target.classList.contains('Wdate')) closePicker();
  });
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.type !== 'file' || !input.files || !input.files.length) return;
    var status = input.parentNode.querySelector('font');
    if (status) {
      status.color = 'green';
      status.textContent = '[已上传]';
    }
  });
  function layerConfirm(text, yes) {
    var shade = el('div', 'layui-layer-shade');
    var layer = el('div', 'layui-layer layui-layer-dialog');
    layer.appendChild(el('div', 'layui-layer-title', '信息'));
    layer.appendChild(el('div', 'layui-layer-content', text));
    var buttons = el('div', 'layui-layer-btn');
    var ok = el('a', 'layui-layer-btn0', '确定');
    var cancel = el('a', 'layui-layer-btn1', '取消');
    buttons.appendChild(ok);
    buttons.appendChild(cancel);
    layer.appendChild(buttons);
    document.body.appendChild(shade);
    document.body.appendChild(layer);
    function close() { shade.remove(); layer.remove(); }
    cancel.onclick = close;
    ok.onclick = function () { close(); yes(); };
  }
  /** onclick="doSubmit()" of the 提交 button. */
  global.doSubmit = function () {
    layerConfirm('确定要提交吗？提交后将不能修改！', function () {
      global.REPLICA_POST({ platform: 'legacy', page: location.pathname, form: global.REPLICA_FORM(document.forms[0]) }).then(function (body) {
        layerConfirm(body.code === 0 ? '提交成功！' : body.msg, function () {});
      });
    });
  };
})(window);

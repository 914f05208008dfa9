/* 北京市工作居住证管理系统（个人用户）公共脚本 */
var submittedCount = 0;

function $id(id) { return document.getElementById(id); }

/* ---------- 弹出层 (layer 风格) ---------- */
var layerIndex = 0;
function layerShade() {
  var shade = document.createElement('div');
  shade.className = 'layui-layer-shade';
  shade.id = 'layui-layer-shade' + layerIndex;
  document.body.appendChild(shade);
  return shade;
}
function layerOpen(content, buttons, title) {
  layerIndex++;
  var shade = layerShade();
  var box = document.createElement('div');
  box.className = 'layui-layer layui-layer-dialog';
  box.id = 'layui-layer' + layerIndex;
  box.setAttribute('type', 'dialog');
  box.innerHTML = '<div class="layui-layer-title">' + (title || '信息') + '</div>' +
    '<div class="layui-layer-content layui-layer-padding"><i class="layui-layer-ico layui-layer-ico3"></i>' + content + '</div>' +
    '<span class="layui-layer-setwin"><a class="layui-layer-ico layui-layer-close layui-layer-close1" href="javascript:;"></a></span>' +
    '<div class="layui-layer-btn layui-layer-btn-">' + buttons.map(function (b, i) {
      return '<a class="layui-layer-btn' + i + '">' + b.text + '</a>';
    }).join('') + '</div>';
  document.body.appendChild(box);
  var close = function () { box.parentNode.removeChild(box); shade.parentNode.removeChild(shade); };
  buttons.forEach(function (b, i) {
    box.querySelector('.layui-layer-btn' + i).onclick = function () { close(); if (b.fn) b.fn(); };
  });
  box.querySelector('.layui-layer-close').onclick = close;
  return close;
}
function layerConfirm(msg, yes) {
  layerOpen(msg, [{ text: '确定', fn: yes }, { text: '取消' }], '信息');
}
function layerMsg(msg) {
  layerOpen(msg, [{ text: '确定' }], '提示');
}

/* ---------- 动态行 ---------- */
function addRow(tableId) {
  var table = $id(tableId);
  var tpl = table.querySelector('tr.tpl');
  var row = tpl.cloneNode(true);
  row.className = 'datarow';
  row.style.display = '';
  tpl.parentNode.appendChild(row);
  renumber(table);
  return row;
}
function delRow(link) {
  var row = link.parentNode.parentNode;
  var table = row.parentNode.parentNode;
  row.parentNode.removeChild(row);
  renumber(table);
}
function renumber(table) {
  var rows = table.querySelectorAll('tr.datarow');
  for (var i = 0; i < rows.length; i++) {
    var no = rows[i].querySelector('.xh');
    if (no) no.innerHTML = String(i + 1);
  }
}
function dataRows(tableId) {
  return Array.prototype.slice.call($id(tableId).querySelectorAll('tr.datarow'));
}

/* ---------- 联动 ---------- */
function showRows(cls, show) {
  var rows = document.querySelectorAll('tr.' + cls);
  for (var i = 0; i < rows.length; i++) rows[i].style.display = show ? '' : 'none';
}
function zslxChange(sel) {
  var v = sel.value;
  showRows('zs-jzz', v === '1');
  showRows('zs-zf', v === '2' || v === '3');
  showRows('zs-zl', v === '4');
  showRows('zs-gf', v === '5');
}
function wgdqxChange(cb) {
  var ipt = $id('htqx');
  ipt.disabled = cb.checked;
  if (cb.checked) ipt.value = '';
}

/* ---------- 附件上传 ---------- */
function chooseFile(btn) {
  btn.parentNode.querySelector('input[type=file]').click();
}
function fileChosen(fileInput) {
  if (fileInput.files && fileInput.files[0]) setAttachment(fileInput.parentNode.parentNode, fileInput.files[0].name);
  fileInput.value = '';
}
function setAttachment(row, fileName) {
  var state = row.querySelector('.fjzt');
  state.innerHTML = fileName ? '已上传' : '未上传';
  state.className = 'fjzt ' + (fileName ? 'green' : 'red');
  row.querySelector('.fjmc').innerHTML = fileName ? '<a href="javascript:void(0)">' + fileName + '</a>' : '&nbsp;';
  row.setAttribute('data-file', fileName || '');
}

/* ---------- 保存 / 提交 ---------- */
function serialize(form) {
  var data = {};
  for (var i = 0; i < form.elements.length; i++) {
    var el = form.elements[i];
    if (!el.name || el.type === 'button' || el.type === 'file') continue;
    var tr = el.closest('tr');
    if (tr && tr.classList.contains('tpl')) continue;
    if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) continue;
    if (/\[\]$/.test(el.name)) (data[el.name] = data[el.name] || []).push(el.value);
    else data[el.name] = el.value;
  }
  var files = {};
  var rows = document.querySelectorAll('#fjtable tr.fjrow');
  for (var j = 0; j < rows.length; j++) {
    var name = rows[j].querySelector('.clmc').textContent.replace(/^\s*\*?\s*/, '').trim();
    if (rows[j].getAttribute('data-file')) files[name] = rows[j].getAttribute('data-file');
  }
  data.fj = files;
  return data;
}
function saveForm() {
  layerMsg('保存成功！');
}
function submitForm(business) {
  layerConfirm('确定提交申请吗？', function () {
    var xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/submit', true);
    xhr.setRequestHeader('Content-Type', 'application/json;charset=UTF-8');
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4) return;
      var ok = false;
      try { ok = xhr.status === 200 && JSON.parse(xhr.responseText).code === 0; } catch (e) { ok = false; }
      if (ok) {
        submittedCount++;
        layerMsg('提交成功');
      } else {
        layerMsg('提交失败，请稍后重试');
      }
    };
    xhr.send(JSON.stringify({ platform: 'person-platform-classic', business: business, form: serialize(document.forms[0]) }));
  });
}

/*!
 * element-lite — Element-UI-style widgets for plain DOM, with a tiny Vue-like update loop.
 * Model writes schedule one flush per microtask (like Vue's nextTick); effects registered
 * while a scope is current are dropped when that scope stops (a route change, a v-if switch).
 */
(function (global) {
  'use strict';

  /* ------------------------------------------------------------------ reactivity */
  var effects = new Set();
  var flushQueued = false;
  var currentScope = null;

  function notify() {
    if (flushQueued) return;
    flushQueued = true;
    queueMicrotask(function () {
      flushQueued = false;
      Array.from(effects).forEach(function (fn) {
        if (effects.has(fn)) fn();
      });
    });
  }
  function createScope() {
    return { cleanups: [] };
  }
  function onCleanup(fn) {
    if (currentScope) currentScope.cleanups.push(fn);
  }
  function runInScope(scope, fn) {
    var prev = currentScope;
    currentScope = scope;
    try {
      return fn();
    } finally {
      currentScope = prev;
    }
  }
  function stopScope(scope) {
    scope.cleanups.splice(0).reverse().forEach(function (fn) { fn(); });
  }
  function effect(fn) {
    effects.add(fn);
    onCleanup(function () { effects.delete(fn); });
  }
  /** Resolves after pending model updates have reached the DOM. */
  function nextTick() {
    return new Promise(function (resolve) { setTimeout(resolve, 0); });
  }

  /** A binding to obj[key]. */
  function model(obj, key) {
    return {
      get: function () { return obj[key]; },
      set: function (v) { obj[key] = v; notify(); },
    };
  }
  /** A binding to a dotted path under root, creating objects on write. */
  function at(root, path) {
    var parts = path.split('.');
    return {
      get: function () {
        var o = root;
        for (var i = 0; i < parts.length && o != null; i++) o = o[parts[i]];
        return o;
      },
      set: function (v) {
        var o = root;
        for (var i = 0; i < parts.length - 1; i++) {
          if (o[parts[i]] == null) o[parts[i]] = {};
          o = o[parts[i]];
        }
        o[parts[parts.length - 1]] = v;
        notify();
      },
    };
  }

  /* ------------------------------------------------------------------ DOM helpers */
  var scopeAttr = null;
  function classNames(v) {
    if (!v) return '';
    if (typeof v === 'string') return v;
    if (Array.isArray(v)) return v.map(classNames).filter(Boolean).join(' ');
    return Object.keys(v).filter(function (k) { return v[k]; }).join(' ');
  }
  function appendChildren(el, children) {
    children.flat(Infinity).forEach(function (c) {
      if (c == null || c === false || c === true) return;
      el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    });
  }
  function make(scoped, tag, props, children) {
    var el = document.createElement(tag);
    if (scoped && scopeAttr) el.setAttribute(scopeAttr, '');
    if (props) {
      Object.keys(props).forEach(function (k) {
        var v = props[k];
        if (v == null || v === false) return;
        if (k === 'class') {
          var c = classNames(v);
          if (c) el.className = c;
        } else if (k === 'style') {
          if (typeof v === 'string') el.setAttribute('style', v);
          else Object.assign(el.style, v);
        } else if (k === 'on') {
          Object.keys(v).forEach(function (ev) { el.addEventListener(ev, v[ev]); });
        } else if (k === 'value') {
          el.value = v;
        } else {
          el.setAttribute(k, v === true ? '' : String(v));
        }
      });
    }
    appendChildren(el, children);
    return el;
  }
  /** Element for page templates: carries the page's scoped-CSS attribute (data-v-xxxxxxxx). */
  function h(tag, props) {
    return make(true, tag, props, Array.prototype.slice.call(arguments, 2));
  }
  /** Element for widget internals. */
  function x(tag, props) {
    return make(false, tag, props, Array.prototype.slice.call(arguments, 2));
  }
  /** The empty comment Vue leaves for a v-if that is false. */
  function C() {
    return document.createComment('');
  }
  function setScopeAttr(attr) {
    scopeAttr = attr;
  }
  /** Writes an attribute only when it changes, so idle updates cause no DOM mutations. */
  function setAttr(el, name, value) {
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
  function fire(el, type) {
    el.dispatchEvent(new Event(type, { bubbles: true }));
  }
  function text(fn) {
    var node = document.createTextNode('');
    effect(function () {
      var v = fn();
      v = v == null ? '' : String(v);
      if (node.data !== v) node.data = v;
    });
    node.data = fn() == null ? '' : String(fn());
    return node;
  }

  /** v-if: the node, or an empty comment, switched when cond changes. */
  /** Runs fn with the scoped-CSS attribute that was current when `later` was created. */
  function keepScopeAttr(fn) {
    var attr = scopeAttr;
    return function () {
      var prev = scopeAttr;
      scopeAttr = attr;
      try {
        return fn.apply(null, arguments);
      } finally {
        scopeAttr = prev;
      }
    };
  }
  function vIf(cond, render) {
    render = keepScopeAttr(render);
    var state = !!cond();
    var child = createScope();
    var node = state ? runInScope(child, render) : C();
    onCleanup(function () { stopScope(child); });
    effect(function () {
      var s = !!cond();
      if (s === state) return;
      state = s;
      stopScope(child);
      child = createScope();
      var next = s ? runInScope(child, render) : C();
      node.replaceWith(next);
      node = next;
    });
    return node;
  }
  /** v-show: toggles display:none. */
  function vShow(node, cond) {
    var apply = function () {
      var d = cond() ? '' : 'none';
      if (node.style.display !== d) node.style.display = d;
    };
    apply();
    effect(apply);
    return node;
  }

  /* Controllers let the app's own test hooks drive a widget the way a user would. */
  var controllers = new WeakMap();
  function ctl(node) {
    return controllers.get(node);
  }

  /* ------------------------------------------------------------------ popper */
  var zIndex = 2000;
  function nextZIndex() {
    return ++zIndex;
  }
  var openPoppers = new Set();
  document.addEventListener('mousedown', function (e) {
    openPoppers.forEach(function (p) {
      if (!p.reference.contains(e.target) && !p.popper.contains(e.target)) p.close();
    });
  }, true);
  function placePopper(popper, reference) {
    var r = reference.getBoundingClientRect();
    popper.style.position = 'absolute';
    popper.style.top = Math.round(r.bottom + window.scrollY) + 'px';
    popper.style.left = Math.round(r.left + window.scrollX) + 'px';
    popper.style.zIndex = String(nextZIndex());
    popper.setAttribute('x-placement', 'bottom-start');
  }

  /* ------------------------------------------------------------------ input */
  function elInput(m, o) {
    o = o || {};
    var size = o.size || 'small';
    if (o.type === 'textarea') {
      var ta = x('textarea', { autocomplete: 'off', placeholder: o.placeholder, class: 'el-textarea__inner', rows: o.rows || 3, maxlength: o.maxlength, disabled: o.disabled && 'disabled', style: 'min-height: 33px;' });
      var troot = x('div', { class: ['el-textarea', 'el-input--' + size, o.disabled && 'is-disabled'] }, ta, C());
      bindText(ta, m, troot);
      return troot;
    }
    var input = x('input', {
      type: o.type || 'text', autocomplete: 'off', placeholder: o.placeholder, class: 'el-input__inner',
      maxlength: o.maxlength, readonly: o.readonly && 'readonly', disabled: o.disabled && 'disabled', name: o.name,
    });
    var grouped = o.append || o.prepend;
    var root = x('div', {
      class: ['el-input', 'el-input--' + size, o.disabled && 'is-disabled', grouped && 'el-input-group',
        o.append && 'el-input-group--append', o.prepend && 'el-input-group--prepend'],
      style: o.style,
    },
    o.prepend ? x('div', { class: 'el-input-group__prepend' }, o.prepend) : C(),
    input, C(), C(),
    o.append ? x('div', { class: 'el-input-group__append' }, o.append) : C(),
    C());
    bindText(input, m, root);
    return root;
  }
  function bindText(input, m, root) {
    var show = function () {
      var v = m.get();
      v = v == null ? '' : String(v);
      if (input.value !== v) input.value = v;
    };
    show();
    effect(show);
    input.addEventListener('input', function () { m.set(input.value); });
    root.addEventListener('focusin', function () { root.classList.add('is-focus'); });
    root.addEventListener('focusout', function () { root.classList.remove('is-focus'); });
    controllers.set(root, {
      kind: 'input',
      empty: function () { return m.get() == null || m.get() === ''; },
      userSet: function (value) {
        input.focus();
        input.value = value == null ? '' : String(value);
        fire(input, 'input');
        fire(input, 'change');
        input.blur();
        return nextTick();
      },
    });
  }

  /** el-input-number: a spin button with − / + handles. */
  function elInputNumber(m, o) {
    o = o || {};
    var min = o.min != null ? o.min : 0;
    var max = o.max != null ? o.max : Infinity;
    var input = x('input', { type: 'text', autocomplete: 'off', max: max === Infinity ? null : max, min: min, class: 'el-input__inner', role: 'spinbutton', 'aria-valuemax': max === Infinity ? 'Infinity' : max, 'aria-valuemin': min, 'aria-disabled': 'false' });
    var clamp = function (n) { return Math.min(max, Math.max(min, n)); };
    var step = function (d) { m.set(clamp((Number(m.get()) || 0) + d)); };
    var dec = x('span', { role: 'button', class: 'el-input-number__decrease', on: { click: function () { step(-1); } } }, x('i', { class: 'el-icon-minus' }));
    var inc = x('span', { role: 'button', class: 'el-input-number__increase', on: { click: function () { step(1); } } }, x('i', { class: 'el-icon-plus' }));
    var root = x('div', { class: 'el-input-number el-input-number--small' }, dec, inc,
      x('div', { class: 'el-input el-input--small' }, input, C(), C(), C(), C()));
    var show = function () {
      var v = m.get();
      v = v == null ? '' : String(v);
      if (input.value !== v) input.value = v;
      setAttr(input, 'aria-valuenow', v);
    };
    show();
    effect(show);
    input.addEventListener('change', function () {
      var n = Number(input.value);
      if (input.value.trim() === '' || Number.isNaN(n)) show();
      else m.set(clamp(Math.round(n)));
    });
    controllers.set(root, {
      kind: 'number',
      empty: function () { return m.get() == null || m.get() === ''; },
      userSet: function (value) {
        input.focus();
        input.value = String(value);
        fire(input, 'input');
        fire(input, 'change');
        input.blur();
        return nextTick();
      },
    });
    return root;
  }

  /* ------------------------------------------------------------------ select */
  function elSelect(m, options, o) {
    o = o || {};
    var size = o.size || 'small';
    var scope = currentScope;
    var input = x('input', { type: 'text', readonly: 'readonly', autocomplete: 'off', placeholder: o.placeholder != null ? o.placeholder : '请选择', class: 'el-input__inner', disabled: o.disabled && 'disabled' });
    var caret = x('i', { class: 'el-select__caret el-input__icon el-icon-arrow-up' });
    var inputWrap = x('div', { class: ['el-input', 'el-input--' + size, 'el-input--suffix', o.disabled && 'is-disabled'] },
      input, C(),
      x('span', { class: 'el-input__suffix' }, x('span', { class: 'el-input__suffix-inner' }, caret, C(), C(), C(), C(), C()), C()),
      C(), C());
    var root = x('div', { class: ['el-select', 'el-select--' + size], style: o.style }, C(), inputWrap, C());
    var list = null;
    var dropdown = null;
    var entry = null;
    var opts = function () { return typeof options === 'function' ? options() : options; };
    var labelOf = function (v) {
      if (v == null || v === '') return '';
      var f = opts().find(function (op) { return op.value === v; });
      return f ? f.label : String(v);
    };
    function build() {
      list = x('ul', { class: 'el-scrollbar__view el-select-dropdown__list' });
      dropdown = x('div', { class: 'el-select-dropdown el-popper', style: 'display: none;' },
        x('div', { class: 'el-scrollbar' },
          x('div', { class: 'el-select-dropdown__wrap el-scrollbar__wrap' }, list),
          x('div', { class: 'el-scrollbar__bar is-horizontal' }, x('div', { class: 'el-scrollbar__thumb' })),
          x('div', { class: 'el-scrollbar__bar is-vertical' }, x('div', { class: 'el-scrollbar__thumb' }))),
        x('div', { 'x-arrow': '', class: 'popper__arrow', style: 'left: 35px;' }));
      root.insertBefore(dropdown, root.lastChild);
    }
    function renderOptions() {
      var current = m.get();
      var items = opts().map(function (op) {
        var li = x('li', { class: ['el-select-dropdown__item', op.value === current && 'selected', op.disabled && 'is-disabled'] }, x('span', null, op.label));
        li.addEventListener('mouseenter', function () {
          list.querySelectorAll('.hover').forEach(function (n) { n.classList.remove('hover'); });
          li.classList.add('hover');
        });
        li.addEventListener('click', function (e) {
          e.stopPropagation();
          choose(op);
        });
        return li;
      });
      list.replaceChildren.apply(list, items.length ? items : [x('p', { class: 'el-select-dropdown__empty' }, '无数据')]);
    }
    function choose(op) {
      if (op.disabled) return;
      m.set(op.value);
      input.value = op.label;
      fire(input, 'input');
      fire(input, 'change');
      hide();
    }
    function show() {
      if (o.disabled || entry) return;
      renderOptions();
      // Like vue-popper: the menu starts inside the select and moves to <body> when first shown.
      if (dropdown.parentNode !== document.body) document.body.appendChild(dropdown);
      dropdown.style.display = '';
      dropdown.style.minWidth = root.offsetWidth + 'px';
      placePopper(dropdown, root);
      inputWrap.classList.add('is-focus');
      caret.classList.add('is-reverse');
      entry = { reference: root, popper: dropdown, close: hide };
      openPoppers.add(entry);
    }
    function hide() {
      if (!entry) return;
      openPoppers.delete(entry);
      entry = null;
      dropdown.style.display = 'none';
      inputWrap.classList.remove('is-focus');
      caret.classList.remove('is-reverse');
    }
    root.addEventListener('click', function () {
      if (entry) hide();
      else show();
    });
    var display = function () {
      var l = labelOf(m.get());
      if (input.value !== l) input.value = l;
    };
    build();
    renderOptions();
    display();
    effect(display);
    if (scope) scope.cleanups.push(function () {
      if (entry) openPoppers.delete(entry);
      dropdown.remove();
    });
    controllers.set(root, {
      kind: 'select',
      empty: function () { return m.get() == null || m.get() === ''; },
      userSet: function (label) {
        input.click();
        var li = Array.from(list.children).find(function (n) { return n.textContent.trim() === String(label); });
        if (!li) {
          hide();
          return Promise.reject(new Error('no option ' + label));
        }
        li.click();
        return nextTick();
      },
    });
    return root;
  }

  /* ------------------------------------------------------------------ date picker */
  var pad2 = function (n) { return (n < 10 ? '0' : '') + n; };
  var MONTH_NAMES = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'];
  function parseDate(s, type) {
    var re = type === 'month' ? /^(\d{4})-(\d{1,2})$/ : type === 'year' ? /^(\d{4})$/ : /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
    var mt = re.exec(String(s || '').trim());
    if (!mt) return null;
    var y = +mt[1], mo = mt[2] ? +mt[2] - 1 : 0, d = mt[3] ? +mt[3] : 1;
    var dt = new Date(y, mo, d);
    if (dt.getFullYear() !== y || dt.getMonth() !== mo || dt.getDate() !== d) return null;
    return dt;
  }
  function formatDate(dt, type) {
    if (type === 'year') return String(dt.getFullYear());
    if (type === 'month') return dt.getFullYear() + '-' + pad2(dt.getMonth() + 1);
    return dt.getFullYear() + '-' + pad2(dt.getMonth() + 1) + '-' + pad2(dt.getDate());
  }

  function elDatePicker(m, o) {
    o = o || {};
    var type = o.type || 'date';
    var scope = currentScope;
    var placeholder = o.placeholder != null ? o.placeholder : { date: '选择日期', month: '选择月', year: '选择年' }[type];
    var input = x('input', { type: 'text', autocomplete: 'off', name: '', placeholder: placeholder, class: 'el-input__inner', readonly: 'readonly', disabled: o.disabled && 'disabled' });
    var clearIcon = x('i', { class: 'el-input__icon' });
    var root = x('div', {
      class: ['el-date-editor', 'el-input', 'el-input--small', 'el-input--prefix', 'el-input--suffix', 'el-date-editor--' + type, o.disabled && 'is-disabled'],
      style: o.style,
    }, C(), input, C(),
    x('span', { class: 'el-input__prefix' }, x('i', { class: 'el-input__icon el-icon-date' }), C()),
    x('span', { class: 'el-input__suffix' }, x('span', { class: 'el-input__suffix-inner' }, clearIcon, C(), C(), C(), C()), C()),
    C(), C());

    var panel = null;
    var entry = null;
    var view = type;
    var viewYear = 0;
    var viewMonth = 0;

    function currentValue() {
      return parseDate(m.get(), type);
    }
    function pick(dt) {
      var v = formatDate(dt, type);
      m.set(v);
      input.value = v;
      fire(input, 'input');
      fire(input, 'change');
      hide();
    }
    function iconBtn(label, cls, onClick) {
      return x('button', { type: 'button', 'aria-label': label, class: 'el-picker-panel__icon-btn ' + cls, on: { click: onClick } });
    }
    function renderPanel() {
      var header;
      var content;
      if (view === 'date') {
        header = [
          iconBtn('前一年', 'el-date-picker__prev-btn el-icon-d-arrow-left', function () { viewYear--; renderPanel(); }),
          iconBtn('上个月', 'el-date-picker__prev-btn el-icon-arrow-left', function () { if (--viewMonth < 0) { viewMonth = 11; viewYear--; } renderPanel(); }),
          x('span', { role: 'button', class: 'el-date-picker__header-label', on: { click: function () { view = 'year'; renderPanel(); } } }, viewYear + ' 年'),
          x('span', { role: 'button', class: 'el-date-picker__header-label', on: { click: function () { view = 'month'; renderPanel(); } } }, (viewMonth + 1) + ' 月'),
          iconBtn('后一年', 'el-date-picker__next-btn el-icon-d-arrow-right', function () { viewYear++; renderPanel(); }),
          iconBtn('下个月', 'el-date-picker__next-btn el-icon-arrow-right', function () { if (++viewMonth > 11) { viewMonth = 0; viewYear++; } renderPanel(); }),
        ];
        content = dateTable();
      } else if (view === 'month') {
        header = [
          iconBtn('前一年', 'el-date-picker__prev-btn el-icon-d-arrow-left', function () { viewYear--; renderPanel(); }),
          C(),
          x('span', { role: 'button', class: 'el-date-picker__header-label', on: { click: function () { view = 'year'; renderPanel(); } } }, viewYear + ' 年'),
          C(),
          iconBtn('后一年', 'el-date-picker__next-btn el-icon-d-arrow-right', function () { viewYear++; renderPanel(); }),
          C(),
        ];
        content = monthTable();
      } else {
        var start = Math.floor(viewYear / 10) * 10;
        header = [
          iconBtn('前一年', 'el-date-picker__prev-btn el-icon-d-arrow-left', function () { viewYear -= 10; renderPanel(); }),
          C(),
          x('span', { class: 'el-date-picker__header-label' }, start + ' 年 - ' + (start + 9) + ' 年'),
          C(),
          iconBtn('后一年', 'el-date-picker__next-btn el-icon-d-arrow-right', function () { viewYear += 10; renderPanel(); }),
          C(),
        ];
        content = yearTable(start);
      }
      panel.replaceChildren(
        x('div', { class: 'el-picker-panel__body-wrapper' }, C(),
          x('div', { class: 'el-picker-panel__body' }, C(),
            x('div', { class: ['el-date-picker__header', view !== 'date' && 'el-date-picker__header--bordered'] }, header),
            x('div', { class: 'el-picker-panel__content' }, content))),
        C(),
        x('div', { 'x-arrow': '', class: 'popper__arrow', style: 'left: 35px;' }));
    }
    function dateTable() {
      var first = new Date(viewYear, viewMonth, 1);
      var startDay = new Date(viewYear, viewMonth, 1 - first.getDay());
      var today = new Date();
      var sel = currentValue();
      var rows = [x('tr', null, ['日', '一', '二', '三', '四', '五', '六'].map(function (d) { return x('th', null, d); }))];
      for (var r = 0; r < 6; r++) {
        var cells = [];
        for (var c = 0; c < 7; c++) {
          (function (dt) {
            var rel = dt.getMonth() === viewMonth ? 'available' : (dt < first ? 'prev-month' : 'next-month');
            var same = function (a) { return a && a.getFullYear() === dt.getFullYear() && a.getMonth() === dt.getMonth() && a.getDate() === dt.getDate(); };
            cells.push(x('td', {
              class: [rel, same(today) && 'today', same(sel) && 'current'],
              on: { click: function () { pick(dt); } },
            }, x('div', null, x('span', null, ' ' + dt.getDate() + ' '))));
          })(new Date(startDay.getFullYear(), startDay.getMonth(), startDay.getDate() + r * 7 + c));
        }
        rows.push(x('tr', { class: 'el-date-table__row' }, cells));
      }
      return x('table', { cellspacing: '0', cellpadding: '0', class: 'el-date-table' }, x('tbody', null, rows));
    }
    function monthTable() {
      var sel = currentValue();
      var rows = [];
      for (var r = 0; r < 3; r++) {
        var cells = [];
        for (var c = 0; c < 4; c++) {
          (function (mo) {
            var isCur = sel && sel.getFullYear() === viewYear && sel.getMonth() === mo;
            cells.push(x('td', {
              class: [isCur && 'current'],
              on: { click: function () {
                if (type === 'month') pick(new Date(viewYear, mo, 1));
                else { viewMonth = mo; view = 'date'; renderPanel(); }
              } },
            }, x('div', null, x('a', { class: 'cell' }, MONTH_NAMES[mo]))));
          })(r * 4 + c);
        }
        rows.push(x('tr', null, cells));
      }
      return x('table', { class: 'el-month-table' }, x('tbody', null, rows));
    }
    function yearTable(start) {
      var sel = currentValue();
      var rows = [];
      for (var r = 0; r < 4; r++) {
        var cells = [];
        for (var c = 0; c < 3 && r * 3 + c < 10; c++) {
          (function (yr) {
            cells.push(x('td', {
              class: ['available', sel && sel.getFullYear() === yr && 'current'],
              on: { click: function () {
                if (type === 'year') pick(new Date(yr, 0, 1));
                else { viewYear = yr; view = 'month'; renderPanel(); }
              } },
            }, x('a', { class: 'cell' }, String(yr))));
          })(start + r * 3 + c);
        }
        rows.push(x('tr', null, cells));
      }
      return x('table', { class: 'el-year-table' }, x('tbody', null, rows));
    }
    function show() {
      if (o.disabled || entry) return;
      if (!panel) {
        panel = x('div', { class: ['el-picker-panel', 'el-date-picker', 'el-popper', type === 'date' && 'has-time-false'] });
        document.body.appendChild(panel);
      }
      var base = currentValue() || new Date();
      viewYear = base.getFullYear();
      viewMonth = base.getMonth();
      view = type;
      renderPanel();
      panel.style.display = '';
      placePopper(panel, root);
      entry = { reference: root, popper: panel, close: hide };
      openPoppers.add(entry);
    }
    function hide() {
      if (!entry) return;
      openPoppers.delete(entry);
      entry = null;
      panel.style.display = 'none';
    }
    input.addEventListener('focus', show);
    input.addEventListener('click', show);
    input.addEventListener('keydown', function (e) { if (e.key === 'Escape' || e.key === 'Tab') hide(); });
    // Like Element's picker: text set from outside is parsed on change and kept only when valid.
    input.addEventListener('change', function (e) {
      if (!e.isTrusted && input.value === (m.get() || '')) return;
      var dt = parseDate(input.value, type);
      if (dt) m.set(formatDate(dt, type));
      else if (input.value === '') m.set('');
      display();
    });
    root.addEventListener('mouseenter', function () {
      if (m.get() && !o.disabled) clearIcon.className = 'el-input__icon el-icon-circle-close';
    });
    root.addEventListener('mouseleave', function () { clearIcon.className = 'el-input__icon'; });
    clearIcon.addEventListener('click', function (e) {
      if (!m.get()) return;
      e.stopPropagation();
      m.set('');
      input.value = '';
      fire(input, 'input');
      fire(input, 'change');
      hide();
    });
    var display = function () {
      var v = m.get() || '';
      if (input.value !== v) input.value = v;
    };
    display();
    effect(display);
    if (scope) scope.cleanups.push(function () {
      if (entry) openPoppers.delete(entry);
      if (panel) panel.remove();
    });
    controllers.set(root, {
      kind: 'date',
      empty: function () { return !m.get(); },
      /** Opens the panel and clicks through year → month → day, as a user would. */
      userSet: function (value) {
        if (value == null || value === '') {
          root.dispatchEvent(new Event('mouseenter'));
          clearIcon.click();
          return nextTick();
        }
        var dt = parseDate(value, type);
        if (!dt) return Promise.reject(new Error('bad date ' + value));
        input.click();
        var q = function (sel) { return Array.from(panel.querySelectorAll(sel)); };
        if (type !== 'year') {
          var yearLabel = q('.el-date-picker__header-label')[0];
          if (view !== 'year' && yearLabel) yearLabel.click();
        }
        var guard = 0;
        while (guard++ < 50) {
          var label = q('.el-date-picker__header-label')[0].textContent;
          var start = parseInt(label, 10);
          if (dt.getFullYear() < start) q('.el-date-picker__prev-btn')[0].click();
          else if (dt.getFullYear() > start + 9) q('.el-date-picker__next-btn')[0].click();
          else break;
        }
        var yearCell = q('.el-year-table td').find(function (td) { return td.textContent.trim() === String(dt.getFullYear()); });
        yearCell.click();
        if (type === 'year') return nextTick();
        q('.el-month-table td')[dt.getMonth()].click();
        if (type === 'month') return nextTick();
        q('.el-date-table td.available').find(function (td) { return +td.textContent.trim() === dt.getDate(); }).click();
        return nextTick();
      },
    });
    return root;
  }

  /* ------------------------------------------------------------------ radio / checkbox */
  function elRadioGroup(m, options, o) {
    o = o || {};
    var labels = options.map(function (op) {
      var original = x('input', { type: 'radio', 'aria-hidden': 'true', tabindex: '-1', autocomplete: 'off', class: 'el-radio__original', value: op.value, disabled: o.disabled && 'disabled' });
      var inputSpan = x('span', { class: 'el-radio__input' }, x('span', { class: 'el-radio__inner' }), original);
      var label = x('label', { role: 'radio', tabindex: '-1', class: 'el-radio' }, inputSpan, x('span', { class: 'el-radio__label' }, op.label, C()));
      original.addEventListener('change', function () { if (original.checked) m.set(op.value); });
      return { op: op, label: label, inputSpan: inputSpan, original: original };
    });
    var root = x('div', { role: 'radiogroup', class: 'el-radio-group' }, labels.map(function (l) { return l.label; }));
    var sync = function () {
      var v = m.get();
      labels.forEach(function (l, i) {
        var on = l.op.value === v;
        l.label.classList.toggle('is-checked', on);
        l.inputSpan.classList.toggle('is-checked', on);
        setAttr(l.label, 'aria-checked', String(on));
        setAttr(l.label, 'tabindex', on || (v == null && i === 0) ? '0' : '-1');
        l.original.checked = on;
      });
    };
    sync();
    effect(sync);
    controllers.set(root, {
      kind: 'radio',
      empty: function () { return m.get() == null || m.get() === ''; },
      userSet: function (label) {
        var l = labels.find(function (it) { return it.op.label === label; });
        if (!l) return Promise.reject(new Error('no radio ' + label));
        l.label.click();
        return nextTick();
      },
    });
    return root;
  }

  function checkboxNode(label, value, disabled) {
    var original = x('input', { type: 'checkbox', 'aria-hidden': 'false', class: 'el-checkbox__original', value: value, disabled: disabled && 'disabled' });
    var inputSpan = x('span', { class: 'el-checkbox__input' }, x('span', { class: 'el-checkbox__inner' }), original);
    var node = x('label', { class: 'el-checkbox' }, inputSpan, x('span', { class: 'el-checkbox__label' }, label, C()));
    return { node: node, inputSpan: inputSpan, original: original };
  }
  /** A single el-checkbox bound to a boolean. */
  function elCheckbox(m, label, o) {
    o = o || {};
    var cb = checkboxNode(label, '', o.disabled);
    cb.original.addEventListener('change', function () { m.set(cb.original.checked); });
    var sync = function () {
      var on = !!m.get();
      cb.node.classList.toggle('is-checked', on);
      cb.inputSpan.classList.toggle('is-checked', on);
      cb.original.checked = on;
    };
    sync();
    effect(sync);
    controllers.set(cb.node, {
      kind: 'checkbox',
      empty: function () { return false; },
      userSet: function (on) {
        if (!!m.get() !== !!on) cb.node.click();
        return nextTick();
      },
    });
    return cb.node;
  }
  /** el-checkbox-group bound to an array of values. */
  function elCheckboxGroup(m, options) {
    var boxes = options.map(function (op) {
      var cb = checkboxNode(op.label, op.value);
      cb.original.addEventListener('change', function () {
        var cur = (m.get() || []).filter(function (v) { return v !== op.value; });
        if (cb.original.checked) cur.push(op.value);
        m.set(cur);
      });
      return { op: op, cb: cb };
    });
    var root = x('div', { role: 'group', 'aria-label': 'checkbox-group', class: 'el-checkbox-group' }, boxes.map(function (b) { return b.cb.node; }));
    var sync = function () {
      var cur = m.get() || [];
      boxes.forEach(function (b) {
        var on = cur.indexOf(b.op.value) >= 0;
        b.cb.node.classList.toggle('is-checked', on);
        b.cb.inputSpan.classList.toggle('is-checked', on);
        b.cb.original.checked = on;
      });
    };
    sync();
    effect(sync);
    controllers.set(root, {
      kind: 'checkbox-group',
      empty: function () { return !(m.get() || []).length; },
      userSet: function (labels) {
        boxes.forEach(function (b) {
          var want = labels.indexOf(b.op.label) >= 0;
          if (b.cb.original.checked !== want) b.cb.node.click();
        });
        return nextTick();
      },
    });
    return root;
  }

  /* ------------------------------------------------------------------ form */
  /**
   * el-form-item. o: { required, prop (label's for), labelWidth, m (binding, for the
   * required rule), message }. The rule runs on blur for text inputs, on change otherwise.
   */
  function elFormItem(label, content, o) {
    o = o || {};
    var lw = o.labelWidth || '120px';
    var sized = lw !== 'auto';
    var slot = C();
    var contentEl = x('div', { class: 'el-form-item__content', style: label == null || !sized ? null : 'margin-left: ' + lw + ';' }, content, slot);
    var root = x('div', { class: ['el-form-item', o.required && 'is-required', 'el-form-item--small', o.className] },
      label == null ? C() : x('label', { for: o.prop, class: 'el-form-item__label', style: sized ? 'width: ' + lw + ';' : null }, label),
      contentEl);
    if (o.required && o.m) {
      var c = content instanceof Node ? ctl(content) : null;
      var kind = c ? c.kind : 'input';
      var message = o.message || (kind === 'input' || kind === 'number' ? '请输入' : '请选择') + label;
      var validate = function () {
        var v = o.m.get();
        var bad = v == null || v === '' || (Array.isArray(v) && !v.length);
        root.classList.toggle('is-error', bad);
        if (bad && slot.nodeType === 8) {
          var err = x('div', { class: 'el-form-item__error' }, ' ' + message + ' ');
          slot.replaceWith(err);
          slot = err;
        } else if (!bad && slot.nodeType === 1) {
          var cm = C();
          slot.replaceWith(cm);
          slot = cm;
        }
      };
      contentEl.addEventListener(kind === 'input' || kind === 'number' ? 'focusout' : 'change', function () { setTimeout(validate, 0); });
      contentEl.addEventListener('input', function () { if (root.classList.contains('is-error')) setTimeout(validate, 0); });
    }
    return root;
  }
  function elForm(o) {
    o = o || {};
    return x('form', { class: ['el-form', 'el-form--label-' + (o.labelPosition || 'right'), o.inline && 'el-form--inline'], on: { submit: function (e) { e.preventDefault(); } } },
      Array.prototype.slice.call(arguments, 1));
  }
  function elRow(o) {
    o = o || {};
    return x('div', { class: 'el-row', style: o.gutter ? 'margin-left: -' + o.gutter / 2 + 'px; margin-right: -' + o.gutter / 2 + 'px;' : null },
      Array.prototype.slice.call(arguments, 1));
  }
  function elCol(span, o) {
    o = o || {};
    return x('div', { class: 'el-col el-col-' + span, style: o.gutter ? 'padding-left: ' + o.gutter / 2 + 'px; padding-right: ' + o.gutter / 2 + 'px;' : null },
      Array.prototype.slice.call(arguments, 2));
  }

  /* ------------------------------------------------------------------ buttons, tags, misc */
  function elButton(label, o) {
    o = o || {};
    var b = x('button', {
      type: 'button',
      class: ['el-button', 'el-button--' + (o.type || 'default'), 'el-button--' + (o.size || 'small'), o.plain && 'is-plain', o.disabled && 'is-disabled', o.className],
      disabled: o.disabled && 'disabled',
      on: o.onClick ? { click: o.onClick } : null,
    }, C(), o.icon ? x('i', { class: o.icon }) : C(), label != null ? x('span', null, label) : C());
    return b;
  }
  function elTag(label, type, o) {
    o = o || {};
    return x('span', { class: ['el-tag', type && 'el-tag--' + type, 'el-tag--' + (o.size || 'small'), 'el-tag--' + (o.effect || 'light')] }, label, C());
  }
  function elCard(header, body, o) {
    o = o || {};
    return x('div', { class: ['el-card', 'is-' + (o.shadow || 'always') + '-shadow', o.className] },
      header != null ? x('div', { class: 'el-card__header' }, header) : C(),
      x('div', { class: 'el-card__body', style: o.bodyStyle }, body));
  }
  function elAlert(title, o) {
    o = o || {};
    return x('div', { role: 'alert', class: ['el-alert', 'el-alert--' + (o.type || 'info'), 'is-light'] }, C(),
      x('div', { class: 'el-alert__content' },
        x('span', { class: ['el-alert__title', o.description && 'is-bold'] }, title),
        o.description ? x('p', { class: 'el-alert__description' }, o.description) : C(), C()));
  }
  function elDivider(label) {
    return x('div', { class: 'el-divider el-divider--horizontal' }, label ? x('div', { class: 'el-divider__text is-left' }, label) : C());
  }
  function elBreadcrumb(items) {
    return x('div', { 'aria-label': 'Breadcrumb', role: 'navigation', class: 'el-breadcrumb' }, items.map(function (it) {
      return x('span', { class: 'el-breadcrumb__item' },
        x('span', { role: 'link', class: ['el-breadcrumb__inner', it.to && 'is-link'], on: it.to ? { click: function () { location.hash = it.to; } } : null }, it.label),
        x('span', { role: 'presentation', class: 'el-breadcrumb__separator' }, '/'));
    }));
  }
  function elSteps(titles, active) {
    return x('div', { class: 'el-steps el-steps--horizontal' }, titles.map(function (t, i) {
      var status = i < active ? 'finish' : i === active ? 'process' : 'wait';
      return x('div', { class: 'el-step is-horizontal', style: 'flex-basis: ' + (100 / titles.length) + '%;' },
        x('div', { class: 'el-step__head is-' + status },
          x('div', { class: 'el-step__line' }, x('i', { class: 'el-step__line-inner' })),
          x('div', { class: 'el-step__icon is-text' }, x('div', { class: 'el-step__icon-inner' }, String(i + 1)))),
        x('div', { class: 'el-step__main' }, x('div', { class: 'el-step__title is-' + status }, t), x('div', { class: 'el-step__description is-' + status })));
    }));
  }
  /** el-descriptions (bordered). items: [{ label, value: () => string|Node, span }] */
  function elDescriptions(o) {
    var column = o.column || 2;
    var rows = [];
    var row = [];
    var used = 0;
    o.items.forEach(function (it) {
      var span = Math.min(it.span || 1, column);
      if (used + span > column) { rows.push(row); row = []; used = 0; }
      var content = x('td', { colspan: String(span * 2 - 1), class: 'el-descriptions-item__cell el-descriptions-item__content' });
      var fill = function () {
        var v = it.value();
        if (v instanceof Node) {
          var old = content.firstElementChild;
          if (!old || content.childNodes.length !== 1 || old.outerHTML !== v.outerHTML) content.replaceChildren(v);
          return;
        }
        var s = v == null || v === '' ? '' : String(v);
        if (content.firstElementChild || content.textContent !== s) content.textContent = s;
      };
      fill();
      effect(fill);
      row.push(x('th', { colspan: '1', class: 'el-descriptions-item__cell el-descriptions-item__label is-bordered-label' }, it.label), content);
      used += span;
    });
    if (row.length) rows.push(row);
    return x('div', { class: 'el-descriptions' },
      o.title ? x('div', { class: 'el-descriptions__header' }, x('div', { class: 'el-descriptions__title' }, o.title), x('div', { class: 'el-descriptions__extra' })) : C(),
      x('div', { class: 'el-descriptions__body' },
        x('table', { class: 'el-descriptions__table is-bordered el-descriptions--small' },
          x('tbody', null, rows.map(function (r) { return x('tr', { class: 'el-descriptions-row' }, r); })))));
  }

  /* ------------------------------------------------------------------ table */
  var tableSeed = 0;
  /**
   * el-table with header and body in two separate <table>s, as Element renders them.
   * columns: [{ label, width, align, type: 'index', required, render(row, index) }]
   * data: () => array of row objects (rows keep their <tr> while the object stays in the array)
   */
  function elTable(o) {
    var id = ++tableSeed;
    var colClass = function (i) { return 'el-table_' + id + '_column_' + (i + 1); };
    var colgroup = function () {
      return x('colgroup', null, o.columns.map(function (c, i) { return x('col', { name: colClass(i), width: c.width || null }); }));
    };
    var header = x('table', { cellspacing: '0', cellpadding: '0', border: '0', class: 'el-table__header', style: 'width: 100%;' },
      colgroup(),
      x('thead', { class: 'has-gutter' }, x('tr', null, o.columns.map(function (c, i) {
        return x('th', { colspan: '1', rowspan: '1', class: [colClass(i), c.align === 'center' && 'is-center', 'is-leaf'] },
          x('div', { class: 'cell' }, c.required ? x('span', { style: 'color: #f56c6c; margin-right: 4px;' }, '*') : null, c.label));
      }), x('th', { class: 'el-table__cell gutter', style: 'width: 0px; display: none;' }))));
    var tbody = x('tbody');
    var body = x('table', { cellspacing: '0', cellpadding: '0', border: '0', class: 'el-table__body', style: 'width: 100%;' }, colgroup(), tbody);
    var empty = x('div', { class: 'el-table__empty-block', style: 'width: 100%;' }, x('span', { class: 'el-table__empty-text' }, o.emptyText || '暂无数据'));
    var root = x('div', { class: ['el-table', 'el-table--fit', o.border !== false && 'el-table--border', o.stripe && 'el-table--striped', 'el-table--enable-row-hover', 'el-table--enable-row-transition', 'el-table--' + (o.size || 'small')], style: 'width: 100%;' },
      x('div', { class: 'hidden-columns' }, o.columns.map(function () { return x('div'); })),
      x('div', { class: 'el-table__header-wrapper' }, header),
      x('div', { class: 'el-table__body-wrapper is-scrolling-none' }, body, empty),
      C(), C(), C(), C(),
      x('div', { class: 'el-table__column-resize-proxy', style: 'display: none;' }));

    var rowsByObject = new Map();
    var buildRow = keepScopeAttr(function (row) {
      var scope = createScope();
      var entry = { scope: scope, index: 0, indexCells: [] };
      entry.tr = runInScope(scope, function () {
        return x('tr', { class: 'el-table__row' }, o.columns.map(function (c, i) {
          var cell;
          if (c.type === 'index') {
            cell = x('div', { class: 'cell' }, '');
            entry.indexCells.push(cell);
          } else {
            cell = x('div', { class: 'cell' }, c.render(row, function () { return entry.index; }));
          }
          return x('td', { rowspan: '1', colspan: '1', class: [colClass(i), c.align === 'center' && 'is-center'] }, cell);
        }));
      });
      return entry;
    });
    function sync() {
      var rows = o.data() || [];
      var seen = new Set();
      rows.forEach(function (row, i) {
        var entry = rowsByObject.get(row);
        if (!entry) {
          entry = buildRow(row);
          rowsByObject.set(row, entry);
        }
        seen.add(row);
        entry.index = i;
        entry.indexCells.forEach(function (cell) { if (cell.textContent !== String(i + 1)) cell.textContent = String(i + 1); });
        entry.tr.classList.toggle('el-table__row--striped', !!o.stripe && i % 2 === 1);
        if (tbody.children[i] !== entry.tr) tbody.insertBefore(entry.tr, tbody.children[i] || null);
      });
      rowsByObject.forEach(function (entry, row) {
        if (!seen.has(row)) {
          stopScope(entry.scope);
          entry.tr.remove();
          rowsByObject.delete(row);
        }
      });
      var emptyDisplay = rows.length ? 'none' : '';
      if (empty.style.display !== emptyDisplay) empty.style.display = emptyDisplay;
    }
    sync();
    effect(sync);
    onCleanup(function () { rowsByObject.forEach(function (e) { stopScope(e.scope); }); });
    controllers.set(root, {
      kind: 'table',
      rows: function () { return Array.from(tbody.children); },
      /** The widget root in a row's cell for a column index. */
      cell: function (tr, col) {
        var cell = tr.children[col].querySelector('.cell');
        return cell.firstElementChild;
      },
    });
    return root;
  }

  /* ------------------------------------------------------------------ tabs */
  var tabsSeed = 0;
  /** el-tabs; panes: [{ label, name, render() }]. All panes are rendered, inactive ones hidden. */
  function elTabs(panes, o) {
    o = o || {};
    ++tabsSeed;
    var active = o.value || panes[0].name;
    var bar = x('div', { class: 'el-tabs__active-bar is-top' });
    var items = panes.map(function (p) {
      return x('div', { id: 'tab-' + p.name, 'aria-controls': 'pane-' + p.name, role: 'tab', class: 'el-tabs__item is-top', on: { click: function () { select(p.name); } } }, p.label);
    });
    var bodies = panes.map(function (p) {
      return x('div', { role: 'tabpanel', id: 'pane-' + p.name, 'aria-labelledby': 'tab-' + p.name, class: 'el-tab-pane' }, p.render());
    });
    var root = x('div', { class: ['el-tabs', 'el-tabs--card' === o.type ? 'el-tabs--card' : null, o.type === 'border-card' && 'el-tabs--border-card', 'el-tabs--top'] },
      x('div', { class: 'el-tabs__header is-top' },
        x('div', { class: 'el-tabs__nav-wrap is-top' },
          x('div', { class: 'el-tabs__nav-scroll' },
            x('div', { role: 'tablist', class: 'el-tabs__nav is-top', style: 'transform: translateX(0px);' }, bar, items)))),
      x('div', { class: 'el-tabs__content' }, bodies));
    function select(name) {
      active = name;
      panes.forEach(function (p, i) {
        var on = p.name === name;
        items[i].classList.toggle('is-active', on);
        items[i].setAttribute('aria-selected', String(on));
        items[i].setAttribute('tabindex', on ? '0' : '-1');
        bodies[i].style.display = on ? '' : 'none';
        bodies[i].setAttribute('aria-hidden', String(!on));
        if (on) {
          bar.style.width = items[i].offsetWidth + 'px';
          bar.style.transform = 'translateX(' + items[i].offsetLeft + 'px)';
        }
      });
    }
    select(active);
    controllers.set(root, {
      kind: 'tabs',
      select: function (label) {
        var i = panes.findIndex(function (p) { return p.label === label || p.name === label; });
        if (i >= 0) items[i].click();
        return nextTick();
      },
      pane: function (label) {
        var i = panes.findIndex(function (p) { return p.label === label || p.name === label; });
        return bodies[i];
      },
    });
    return root;
  }

  /* ------------------------------------------------------------------ upload */
  /** el-upload: a trigger button with the hidden file input Element uses. */
  function elUpload(onFile, o) {
    o = o || {};
    var fileInput = x('input', { type: 'file', name: 'file', accept: o.accept || null, class: 'el-upload__input' });
    var trigger = x('div', { tabindex: '0', class: 'el-upload el-upload--text', on: { click: function (e) { if (e.target !== fileInput) fileInput.click(); } } },
      elButton(o.label || '上传', { type: o.type || 'primary', size: 'mini', plain: o.plain, icon: o.icon }), fileInput);
    fileInput.addEventListener('change', function () {
      var f = fileInput.files && fileInput.files[0];
      if (f) onFile(f.name);
      fileInput.value = '';
    });
    return x('div', { class: o.className || 'upload-demo' }, trigger, C(), C());
  }

  /* ------------------------------------------------------------------ menu */
  /** el-menu; items: [{ index, title, icon } | { title, icon, children: [...] }] */
  function elMenu(items, o) {
    o = o || {};
    var bg = o.backgroundColor;
    var style = bg ? 'background-color: ' + bg + ';' : null;
    var nodes = [];
    var menuItem = function (it, nested) {
      var li = x('li', { role: 'menuitem', tabindex: '-1', class: 'el-menu-item', style: (nested ? 'padding-left: 40px; ' : 'padding-left: 20px; ') + 'color: ' + (o.textColor || '#303133') + '; ' + (style || ''), on: { click: function () { if (o.onSelect) o.onSelect(it.index); } } },
        it.icon ? x('i', { class: it.icon }) : C(), x('span', null, it.title));
      nodes.push({ index: it.index, li: li });
      return li;
    };
    var root = x('ul', { role: 'menubar', class: 'el-menu-vertical el-menu', style: style }, items.map(function (it) {
      if (!it.children) return menuItem(it, false);
      var sub = x('ul', { role: 'menu', class: 'el-menu el-menu--inline', style: style }, it.children.map(function (c) { return menuItem(c, true); }));
      var li = x('li', { role: 'menuitem', 'aria-haspopup': 'true', 'aria-expanded': 'true', class: 'el-submenu is-opened' },
        x('div', { class: 'el-submenu__title', style: 'padding-left: 20px; color: ' + (o.textColor || '#303133') + '; ' + (style || ''), on: { click: function () {
          var open = li.classList.toggle('is-opened');
          li.setAttribute('aria-expanded', String(open));
          sub.style.display = open ? '' : 'none';
        } } }, it.icon ? x('i', { class: it.icon }) : C(), x('span', null, it.title), x('i', { class: 'el-submenu__icon-arrow el-icon-arrow-down' })),
        sub);
      return li;
    }));
    root.setActive = function (index) {
      nodes.forEach(function (n) {
        var on = n.index === index;
        n.li.classList.toggle('is-active', on);
        n.li.style.color = on ? (o.activeTextColor || '#409eff') : (o.textColor || '#303133');
      });
    };
    return root;
  }

  /* ------------------------------------------------------------------ message box, message, loading */
  /** $confirm / $alert. Resolves true for 确定, false for 取消 or close. */
  function messageBox(o) {
    return new Promise(function (resolve) {
      var z = nextZIndex();
      var modal = x('div', { class: 'v-modal', tabindex: '0', style: 'z-index: ' + z + ';' });
      var done = function (ok) {
        wrapper.remove();
        modal.remove();
        document.body.classList.remove('el-popup-parent--hidden');
        resolve(ok);
      };
      var buttons = [];
      if (o.showCancelButton) buttons.push(elButton(o.cancelButtonText || '取消', { onClick: function () { done(false); } }));
      buttons.push(elButton(o.confirmButtonText || '确定', { type: 'primary', onClick: function () { done(true); } }));
      var wrapper = x('div', { tabindex: '-1', role: 'dialog', 'aria-modal': 'true', 'aria-label': o.title || '提示', class: 'el-message-box__wrapper', style: 'z-index: ' + nextZIndex() + ';' },
        x('div', { class: 'el-message-box' + (o.customClass ? ' ' + o.customClass : '') },
          x('div', { class: 'el-message-box__header' },
            x('div', { class: 'el-message-box__title' }, C(), x('span', null, o.title || '提示')),
            x('button', { type: 'button', 'aria-label': 'Close', class: 'el-message-box__headerbtn', on: { click: function () { done(false); } } }, x('i', { class: 'el-message-box__close el-icon-close' }))),
          x('div', { class: 'el-message-box__content' },
            x('div', { class: 'el-message-box__container' },
              o.type ? x('div', { class: 'el-message-box__status el-icon-' + o.type }) : C(),
              x('div', { class: 'el-message-box__message' }, x('p', null, o.message))),
            x('div', { class: 'el-message-box__input', style: 'display: none;' })),
          x('div', { class: 'el-message-box__btns' }, buttons)));
      document.body.classList.add('el-popup-parent--hidden');
      document.body.appendChild(wrapper);
      document.body.appendChild(modal);
      buttons[buttons.length - 1].focus();
    });
  }
  function confirm(message, title, o) {
    return messageBox(Object.assign({ message: message, title: title, showCancelButton: true, type: 'warning' }, o || {}));
  }
  function alertBox(message, title, o) {
    return messageBox(Object.assign({ message: message, title: title }, o || {}));
  }
  function message(text, type) {
    var node = x('div', { role: 'alert', class: 'el-message el-message--' + (type || 'info'), style: 'top: 20px; z-index: ' + nextZIndex() + ';' },
      x('i', { class: 'el-message__icon el-icon-' + (type || 'info') }), C(), x('p', { class: 'el-message__content' }, text), C());
    document.body.appendChild(node);
    setTimeout(function () { node.remove(); }, 3000);
    return node;
  }
  function loading(target, textLabel) {
    var mask = x('div', { class: 'el-loading-mask' },
      x('div', { class: 'el-loading-spinner' },
        (function () {
          var ns = 'http://www.w3.org/2000/svg';
          var svg = document.createElementNS(ns, 'svg');
          svg.setAttribute('viewBox', '25 25 50 50');
          svg.setAttribute('class', 'circular');
          var circle = document.createElementNS(ns, 'circle');
          circle.setAttribute('cx', '50'); circle.setAttribute('cy', '50'); circle.setAttribute('r', '20'); circle.setAttribute('fill', 'none');
          circle.setAttribute('class', 'path');
          svg.appendChild(circle);
          return svg;
        })(),
        textLabel ? x('p', { class: 'el-loading-text' }, textLabel) : C()));
    target.classList.add('el-loading-parent--relative');
    target.appendChild(mask);
    return function () {
      mask.remove();
      target.classList.remove('el-loading-parent--relative');
    };
  }

  global.ELEMENT = {
    version: '2.15.14',
    h: h, x: x, C: C, text: text, fire: fire, setScopeAttr: setScopeAttr,
    model: model, at: at, notify: notify, effect: effect, nextTick: nextTick, vIf: vIf, vShow: vShow,
    createScope: createScope, runInScope: runInScope, stopScope: stopScope, onCleanup: onCleanup, ctl: ctl,
    parseDate: parseDate, formatDate: formatDate,
    Input: elInput, InputNumber: elInputNumber, Select: elSelect, DatePicker: elDatePicker,
    RadioGroup: elRadioGroup, Checkbox: elCheckbox, CheckboxGroup: elCheckboxGroup,
    Form: elForm, FormItem: elFormItem, Row: elRow, Col: elCol,
    Button: elButton, Tag: elTag, Card: elCard, Alert: elAlert, Divider: elDivider, Breadcrumb: elBreadcrumb,
    Steps: elSteps, Descriptions: elDescriptions, Table: elTable, Tabs: elTabs, Upload: elUpload, Menu: elMenu,
    MessageBox: messageBox, confirm: confirm, alert: alertBox, Message: message, Loading: loading,
  };
})(window);

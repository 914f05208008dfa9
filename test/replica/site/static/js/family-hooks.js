/* Shared by the family pages (antdv, iview, bootstrap3, legacy, vant): how they post an application,
 * and the test hooks (window.__replica; the product must not use them). The pages are static: the
 * values a user entered earlier are already in the markup, so there is nothing to route or fill. */
(function (global) {
  'use strict';
  var submitted = 0;
  /** Posts the form as the portal does; resolves with the server's answer. */
  global.REPLICA_POST = function (payload) {
    return fetch('/api/submit', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json;charset=UTF-8' },
      body: JSON.stringify(payload),
    }).then(function (res) { return res.json(); }).then(function (body) {
      if (body.code === 0) submitted++;
      return body;
    });
  };
  /** The values of a form's named controls, as a plain object. */
  global.REPLICA_FORM = function (root) {
    var out = {};
    var controls = root.querySelectorAll('input[name], select[name], textarea[name]');
    for (var i = 0; i < controls.length; i++) {
      var c = controls[i];
      if ((c.type === 'radio' || c.type === 'checkbox') && !c.checked) continue;
      out[c.name] = c.value;
    }
    return out;
  };
  Object.defineProperty(global, '__replica', {
    enumerable: false,
    value: {
      get submitted() { return submitted; },
      route: function () { return Promise.resolve(); },
    },
  });
})(window);

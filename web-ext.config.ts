import { defineWebExtConfig } from 'wxt';

// No display on CI or dev machines here: `npm start` drives the browser itself.
export default defineWebExtConfig({ disabled: true });

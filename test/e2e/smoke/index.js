// Entry of the smoke suite that checks the installed .vsix (see runInCodeServer.mjs, POLICY_LENS_E2E_VSIX).
const path = require('path');
const Mocha = require('mocha');

exports.run = function run() {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30000, color: false, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'installed.e2e.test.js'));
  return new Promise((resolve, reject) => mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} smoke test(s) failed`)) : resolve())));
};

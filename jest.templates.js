// jest's globalSetup for the suites that start databases: builds the templates their test
// databases are copied from (prisma/src/testing/templates.ts) before any test file starts.
module.exports = () => require("@parley/db/testing").prepareTemplates();
